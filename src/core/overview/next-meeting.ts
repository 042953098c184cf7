/**
 * A person's next meeting: the 1:1 note dated today or later, else the schedule's next
 * date (not within half a period of the last held 1:1), else the regular clock's due
 * date; with its time and whether it is prepared (its note's agenda holds something).
 * Pure: today and what a note holds come in as parameters.
 */
import { addDays, weekdayOf, type IsoDate } from '../shared/dates';
import { displayMeetingDay } from '../shared/display';
import type { MeetingRecord } from '../meetings/meeting-record';
import type { PersonProfile } from '../people/person-profile';
import {
  firstOccurrence,
  halfPeriodDays,
  onOrAfterWeekday,
  type Schedule,
} from '../people/schedule';

/** Where a next meeting's date comes from. */
export type NextMeetingSource = 'note' | 'schedule' | 'cadence';

/** The next 1:1 with a person. */
export interface NextMeeting {
  date: IsoDate;
  /** `HH:mm`, or null when neither the note nor the schedule says. */
  time: string | null;
  from: NextMeetingSource;
  /** The meeting's note (source `note`), else null. */
  path: string | null;
  /** The note's type id (source `note`), else null. */
  typeId: string | null;
  /** Items and lines in the note's agenda; 0 without a note. */
  agendaItems: number;
  /** The meeting has a note and its agenda holds at least one item or line. */
  prepared: boolean;
}

/** What a 1:1 note says that the index does not hold: its `time` and its agenda. */
export interface MeetingNoteFacts {
  time: string | null;
  agendaItems: number;
}

/** Reads a note's facts (from the metadata cache or the text); null when unknown. */
export type MeetingNoteReader = (path: string, typeId: string) => MeetingNoteFacts | null;

/** What `nextMeeting` needs of a person besides their meetings. */
export interface NextMeetingInput {
  /** The person's meetings, oldest first. */
  sorted: readonly MeetingRecord[];
  /** Position of the first meeting dated today or later in `sorted`. */
  firstFromToday: number;
  profile: Pick<PersonProfile, 'schedule' | 'meetsFrom'>;
  /** The latest held 1:1 dated today or earlier (the regular clock's), or null. */
  lastHeld: IsoDate | null;
  /** The regular clock's next due date, or null. */
  nextDue: IsoDate | null;
  today: IsoDate;
  facts?: MeetingNoteReader;
}

/**
 * The date a series of every N weeks runs from: `meets-from` when set, else the latest
 * of the person's 1:1 notes on the schedule's weekday (whatever its status), else the
 * first such weekday on or after today.
 */
export function schedulePhase(
  schedule: Schedule,
  meetsFrom: IsoDate | undefined,
  sorted: readonly Pick<MeetingRecord, 'date'>[],
  today: IsoDate,
): IsoDate {
  if (meetsFrom) return meetsFrom;
  for (let i = sorted.length - 1; i >= 0; i--) {
    const date = sorted[i]!.date;
    if (weekdayOf(date) === schedule.weekday) return date;
  }
  return onOrAfterWeekday(today, schedule.weekday);
}

/** The schedule's next date: today or later, at least half a period after the last held 1:1. */
export function scheduledDate(
  schedule: Schedule,
  phase: IsoDate,
  lastHeld: IsoDate | null,
  today: IsoDate,
): IsoDate {
  const notBefore = lastHeld === null ? today : addDays(lastHeld, halfPeriodDays(schedule));
  return firstOccurrence(schedule, notBefore > today ? notBefore : today, phase);
}

/** The person's next meeting, or null without a held 1:1, a schedule or a note ahead. */
export function nextMeeting(input: NextMeetingInput): NextMeeting | null {
  const { sorted, profile, today } = input;
  const schedule = profile.schedule ?? null;
  for (let i = input.firstFromToday; i < sorted.length; i++) {
    const m = sorted[i]!;
    if (m.status !== 'held') continue;
    const facts = input.facts?.(m.path, m.typeId) ?? null;
    const agendaItems = facts?.agendaItems ?? 0;
    return {
      date: m.date,
      time: facts?.time ?? schedule?.time ?? null,
      from: 'note',
      path: m.path,
      typeId: m.typeId,
      agendaItems,
      prepared: agendaItems > 0,
    };
  }
  const none = { path: null, typeId: null, agendaItems: 0, prepared: false };
  if (schedule) {
    const phase = schedulePhase(schedule, profile.meetsFrom, sorted, today);
    const date = scheduledDate(schedule, phase, input.lastHeld, today);
    return { date, time: schedule.time, from: 'schedule', ...none };
  }
  if (input.nextDue === null) return null;
  return {
    date: input.nextDue >= today ? input.nextDue : today,
    time: null,
    from: 'cadence',
    ...none,
  };
}

/** When the meeting is, as people read it: `Tue, Dec 8, 10:30` (the locale's date). */
export function meetingWhen(next: Pick<NextMeeting, 'date' | 'time'>, locale?: string): string {
  const day = displayMeetingDay(next.date, locale);
  return next.time ? `${day}, ${next.time}` : day;
}

/** What a card says of the next meeting: `Next: Tue, Dec 8, 10:30 · agenda: 3 items`. */
export function nextMeetingLine(next: NextMeeting | null, locale?: string): string {
  if (!next) return 'Next: none planned';
  const n = next.agendaItems;
  const state = next.prepared ? `agenda: ${n} item${n === 1 ? '' : 's'}` : 'not prepared yet';
  return `Next: ${meetingWhen(next, locale)} · ${state}`;
}

/** A 1:1 of today or tomorrow whose agenda is still empty. */
export interface PrepareReminder {
  key: string;
  name: string;
  next: NextMeeting;
  day: 'today' | 'tomorrow';
}

/** The people whose next 1:1 is today or tomorrow and not prepared, soonest first. */
export function unpreparedSoon(
  people: readonly { key: string; name: string; nextMeeting: NextMeeting | null }[],
  today: IsoDate,
): PrepareReminder[] {
  const tomorrow = addDays(today, 1);
  const out: PrepareReminder[] = [];
  for (const p of people) {
    const next = p.nextMeeting;
    if (!next || next.prepared || (next.date !== today && next.date !== tomorrow)) continue;
    out.push({ key: p.key, name: p.name, next, day: next.date === today ? 'today' : 'tomorrow' });
  }
  const when = (r: PrepareReminder): string => `${r.next.date} ${r.next.time ?? '99:99'}`;
  return out.sort((a, b) => when(a).localeCompare(when(b)) || a.name.localeCompare(b.name));
}
