/**
 * The people to choose from in the person picker, in the sidebar's order: most urgent
 * first by the same clocks (the regular 1:1 and the career conversation), so the
 * picker and the sidebar never disagree on who comes first.
 */
import type { IsoDate } from '../shared/dates';
import type { MeetingIndex } from '../meetings/meeting-index';
import { computePersonStats, type StatsContext } from './person-stats';
import { compareUrgency } from './sidebar-model';
import type { NextMeeting } from './next-meeting';

/** One known person in the person picker: who, and how late their conversations are. */
export interface PickerEntry {
  key: string;
  name: string;
  personPath: string | null;
  /** The last held meeting on or before today, or null. */
  lastMeeting: IsoDate | null;
  /** Days past the regular 1:1's due date (negative: days left); null when never met. */
  overdue: number | null;
  /** Days past the career conversation's window when it is overdue, else null. */
  careerOverdue: number | null;
  /** The person's next meeting, or null (left out by pickers that do not show it). */
  next?: NextMeeting | null;
}

/** Known people, most urgent first, as the sidebar orders them. */
export function pickerEntries(index: MeetingIndex, ctx: StatsContext): PickerEntry[] {
  return index
    .people()
    .map((entry) => computePersonStats(entry, ctx))
    .sort(compareUrgency)
    .map((s) => ({
      key: s.key,
      name: s.name,
      personPath: s.personPath,
      lastMeeting: s.regular.lastMeeting,
      overdue:
        s.regular.status === 'never'
          ? null
          : s.regular.daysOverdue > 0
            ? s.regular.daysOverdue
            : -(s.regular.daysUntilDue ?? 0),
      careerOverdue: s.career.status === 'overdue' ? s.career.daysOverdue : null,
      next: s.nextMeeting,
    }));
}

/**
 * The picker of "Prepare next 1:1": the soonest next meeting first (by date and time),
 * people without one last, ties in the sidebar's order.
 */
export function preparePickerEntries(index: MeetingIndex, ctx: StatsContext): PickerEntry[] {
  const when = (e: PickerEntry): string =>
    e.next ? `${e.next.date} ${e.next.time ?? '99:99'}` : '~';
  return pickerEntries(index, ctx)
    .map((e, i) => ({ e, i }))
    .sort((a, b) => (when(a.e) < when(b.e) ? -1 : when(a.e) > when(b.e) ? 1 : a.i - b.i))
    .map(({ e }) => e);
}
