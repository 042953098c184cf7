/**
 * What "Prepare next 1:1" proposes for a person: the date of their next meeting (today
 * when there is none), the note type, the schedule's time, and the note the meeting
 * already has. The note itself is made by the one create flow (`createNextNote`).
 */
import type { IsoDate } from '../shared/dates';
import type { PersonEntry } from '../meetings/meeting-index';
import { computePersonStats, type StatsContext } from './person-stats';
import type { NextMeeting } from './next-meeting';

/** The proposal: a date the user may change, the type and time the note gets. */
export interface PrepareProposal {
  date: IsoDate;
  /** The type asked for, or the type of the note the next meeting already has. */
  typeId: string;
  /** The schedule's `at` time, written as the note's `time`; null without one. */
  time: string | null;
  /** The note the next meeting already has (it is opened, nothing changes), or null. */
  existing: string | null;
  next: NextMeeting | null;
}

/**
 * Propose the next meeting of a person: `entry` is their index entry (null for a person
 * with no 1:1 note yet: their profile alone, a schedule or nothing).
 */
export function proposePreparation(
  entry: PersonEntry | null,
  personPath: string | null,
  typeId: string,
  ctx: StatsContext,
): PrepareProposal {
  const person: PersonEntry = entry ?? {
    key: personPath ?? '',
    name: '',
    personPath,
    meetings: [],
  };
  const next = computePersonStats(person, ctx).nextMeeting;
  const schedule = ctx.profile(person.personPath).schedule;
  if (next?.from === 'note')
    return {
      date: next.date,
      typeId: next.typeId ?? typeId,
      time: next.time,
      existing: next.path,
      next,
    };
  return {
    date: next?.date ?? ctx.today,
    typeId,
    time: schedule?.time ?? null,
    existing: null,
    next,
  };
}
