/**
 * The two clocks of a person and their recent history, from meeting records alone.
 * The regular clock says when the next 1:1 is due; the career clock tracks the
 * career conversation on its own window, so it cannot quietly lapse behind the
 * regular 1:1s. Pure: "today" is always a parameter.
 */
import { addDays, daysBetween, type IsoDate } from '../shared/dates';
import type { MeetingStatus } from '../meetings/meeting-record';

/** What the clocks need of a meeting: its date, status, type and task statuses. */
export interface ClockMeeting {
  date: IsoDate;
  status: MeetingStatus;
  typeId: string;
  /** The status characters of the note's tasks (see `MeetingRecord.taskStatuses`). */
  taskStatuses?: string;
}

/** Where the regular 1:1 clock stands. */
export type RegularStatus = 'never' | 'ok' | 'due-soon' | 'overdue';
/** Where the career-conversation clock stands: before, inside or past its window. */
export type CareerStatus = 'never' | 'not-yet' | 'due' | 'overdue';

/** The regular 1:1 clock: the last meeting, the next due date, and how far off it is. */
export interface RegularClock {
  /** The latest held meeting dated today or earlier. */
  lastMeeting: IsoDate | null;
  /** `lastMeeting` plus the cadence. */
  nextDue: IsoDate | null;
  status: RegularStatus;
  /** Days past `nextDue`; 0 unless overdue. */
  daysOverdue: number;
  /** Days from today to `nextDue` (negative when overdue), or null when never met. */
  daysUntilDue: number | null;
  /** The earliest note dated after today that is not cancelled or rescheduled. */
  scheduled: IsoDate | null;
}

/** The career-conversation clock: the last one and the window for the next. */
export interface CareerClock {
  /** The latest held career conversation dated today or earlier. */
  last: IsoDate | null;
  windowStart: IsoDate | null;
  windowEnd: IsoDate | null;
  status: CareerStatus;
  /** Days past `windowEnd`; 0 unless overdue. */
  daysOverdue: number;
  /** Days from today to `windowStart` while not yet due, to `windowEnd` while due; else null. */
  daysLeft: number | null;
}

/** What the last 180 days show: meetings held, cancelled, rescheduled, on time. */
export interface RecentStats {
  /** First day of the window (today minus `STATS_WINDOW_DAYS`). */
  from: IsoDate;
  held: number;
  cancelled: number;
  rescheduled: number;
  /**
   * Share (0 to 1) of the gaps that were on time, or null without gaps: the gaps between
   * held meetings, and while the regular 1:1 is overdue the open gap to today, late.
   */
  adherence: number | null;
  /** Most recent on-time gaps in a row; 0 while the regular clock is overdue. */
  streak: number;
}

/** A 1:1 is "due soon" when its due date is today or at most this many days ahead. */
export const DUE_SOON_DAYS = 2;
/** The stats window: meetings dated from today minus this many days to today. */
export const STATS_WINDOW_DAYS = 180;
/** A gap between held meetings is on time when it is at most the cadence plus this. */
export const ON_TIME_SLACK_DAYS = 2;

function latestHeld(
  meetings: readonly ClockMeeting[],
  today: IsoDate,
  accept: (m: ClockMeeting) => boolean,
): IsoDate | null {
  let last: IsoDate | null = null;
  for (const m of meetings) {
    if (m.status === 'held' && m.date <= today && accept(m) && (last === null || m.date > last))
      last = m.date;
  }
  return last;
}

/**
 * The regular clock: the last held meeting dated today or earlier, the next due date
 * (last plus the cadence) and a status: `never` without a held meeting, `overdue`
 * after the due date, `due-soon` on it or up to two days before, else `ok`. A note
 * dated after today (not cancelled or rescheduled) is reported as `scheduled`.
 */
export function regularClock(
  meetings: readonly ClockMeeting[],
  cadenceDays: number,
  today: IsoDate,
): RegularClock {
  // One pass: the last held meeting up to today and the first one after it.
  let lastMeeting: IsoDate | null = null;
  let scheduled: IsoDate | null = null;
  for (const m of meetings) {
    if (m.status !== 'held') continue;
    if (m.date <= today) {
      if (lastMeeting === null || m.date > lastMeeting) lastMeeting = m.date;
    } else if (scheduled === null || m.date < scheduled) scheduled = m.date;
  }
  if (lastMeeting === null) {
    return {
      lastMeeting,
      nextDue: null,
      status: 'never',
      daysOverdue: 0,
      daysUntilDue: null,
      scheduled,
    };
  }
  const nextDue = addDays(lastMeeting, cadenceDays);
  const daysUntilDue = daysBetween(today, nextDue);
  const status: RegularStatus =
    daysUntilDue < 0 ? 'overdue' : daysUntilDue <= DUE_SOON_DAYS ? 'due-soon' : 'ok';
  return {
    lastMeeting,
    nextDue,
    status,
    daysOverdue: Math.max(0, -daysUntilDue),
    daysUntilDue,
    scheduled,
  };
}

/**
 * The career clock: the last held meeting of a type that counts as a career
 * conversation, and its window from last plus `min` to last plus `max` days. Status:
 * `never`, `not-yet` before the window, `due` inside it (both ends included),
 * `overdue` after it.
 */
export function careerClock(
  meetings: readonly ClockMeeting[],
  careerTypeIds: ReadonlySet<string>,
  window: readonly [number, number],
  today: IsoDate,
): CareerClock {
  const last = latestHeld(meetings, today, (m) => careerTypeIds.has(m.typeId));
  if (last === null)
    return {
      last,
      windowStart: null,
      windowEnd: null,
      status: 'never',
      daysOverdue: 0,
      daysLeft: null,
    };
  const windowStart = addDays(last, window[0]);
  const windowEnd = addDays(last, window[1]);
  if (today < windowStart) {
    return {
      last,
      windowStart,
      windowEnd,
      status: 'not-yet',
      daysOverdue: 0,
      daysLeft: daysBetween(today, windowStart),
    };
  }
  if (today <= windowEnd) {
    return {
      last,
      windowStart,
      windowEnd,
      status: 'due',
      daysOverdue: 0,
      daysLeft: daysBetween(today, windowEnd),
    };
  }
  return {
    last,
    windowStart,
    windowEnd,
    status: 'overdue',
    daysOverdue: daysBetween(windowEnd, today),
    daysLeft: null,
  };
}

/**
 * Counts over the last 180 days (meetings dated from today minus 180 days to today,
 * both included), and how regular the held ones were: adherence is the share of gaps
 * that were on time. A gap between consecutive held meetings is on time when it is at
 * most the cadence plus two days (two notes on the same day are one meeting day).
 * While the regular 1:1 is `overdue`, the open gap from the last held 1:1 to today is
 * one more gap, late (even when that 1:1 is older than the window): a card never says
 * "10 days overdue" and "100% on time" at once. The streak is how many of the most
 * recent gaps in a row were on time, so 0 while `overdue`.
 */
export function recentStats(
  meetings: readonly ClockMeeting[],
  cadenceDays: number,
  today: IsoDate,
  overdue: boolean,
): RecentStats {
  const from = addDays(today, -STATS_WINDOW_DAYS);
  const stats: RecentStats = {
    from,
    held: 0,
    cancelled: 0,
    rescheduled: 0,
    adherence: null,
    streak: 0,
  };
  const heldDays = new Set<IsoDate>();
  for (const m of meetings) {
    if (m.date < from || m.date > today) continue;
    stats[m.status]++;
    if (m.status === 'held') heldDays.add(m.date);
  }
  const days = [...heldDays].sort();
  const onTime: boolean[] = [];
  for (let i = 1; i < days.length; i++)
    onTime.push(daysBetween(days[i - 1]!, days[i]!) <= cadenceDays + ON_TIME_SLACK_DAYS);
  if (overdue) onTime.push(false);
  if (onTime.length) stats.adherence = onTime.filter(Boolean).length / onTime.length;
  for (let i = onTime.length - 1; i >= 0 && onTime[i]; i--) stats.streak++;
  return stats;
}

/**
 * Whether one note's task statuses hold an open task (a status not closed). Allocates
 * nothing for statuses of one UTF-16 unit: the sidebar asks it of every note of a person
 * whose card it redraws.
 */
export function holdsOpenTask(statuses: string | undefined, closed: ReadonlySet<string>): boolean {
  if (!statuses) return false;
  for (let i = 0; i < statuses.length; i++) {
    const code = statuses.charCodeAt(i);
    const pair = code >= 0xd800 && code <= 0xdbff && i + 1 < statuses.length;
    if (!closed.has(pair ? statuses.slice(i, i + 2) : statuses[i]!)) return true;
    if (pair) i++;
  }
  return false;
}

/**
 * Open tasks across meetings: every task whose status character is not in the
 * closed set (forwarded `>` is always closed, so a carried item counts once).
 */
export function countOpenTasks(
  meetings: readonly Pick<ClockMeeting, 'taskStatuses'>[],
  closed: ReadonlySet<string>,
): number {
  // Statuses are almost always ASCII: look those up in a table, the rest in the set.
  const closedAscii = new Uint8Array(128);
  for (const ch of closed)
    if (ch.length === 1 && ch.charCodeAt(0) < 128) closedAscii[ch.charCodeAt(0)] = 1;
  let n = 0;
  for (const m of meetings) {
    const tasks = m.taskStatuses;
    if (!tasks) continue;
    for (let i = 0; i < tasks.length; i++) {
      const code = tasks.charCodeAt(i);
      if (code < 128) n += 1 - closedAscii[code]!;
      else {
        const ch = String.fromCodePoint(tasks.codePointAt(i)!);
        i += ch.length - 1;
        if (!closed.has(ch)) n++;
      }
    }
  }
  return n;
}
