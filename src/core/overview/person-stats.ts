/**
 * Everything the sidebar and the `cadence` command know about a person, and a cache of
 * it over the meeting index that recomputes only the people whose meetings changed
 * (the index's dirty set), or everyone when the day or the settings change.
 */
import {
  careerClock,
  countOpenTasks,
  recentStats,
  regularClock,
  STATS_WINDOW_DAYS,
  type CareerClock,
  type ClockMeeting,
  type RecentStats,
  type RegularClock,
} from './clocks';
import { nextMeeting, type MeetingNoteReader, type NextMeeting } from './next-meeting';
import { planTopics } from '../next-note/carry-over';
import { closedSet, type TouchpointsConfig } from '../settings/config';
import { addDays, type IsoDate } from '../shared/dates';
import { parseGoals, type Goal } from '../people/goals';
import type { MeetingIndex, PersonEntry } from '../meetings/meeting-index';
import { shownName, type PersonProfile, type Relationship } from '../people/person-profile';

/** One person's stats from the index alone (no file reads): profile, clocks, recent stats. */
export interface PersonStats {
  key: string;
  name: string;
  personPath: string | null;
  relationship: Relationship | null;
  cadenceDays: number;
  careerCadence: [number, number];
  regular: RegularClock;
  career: CareerClock;
  recent: RecentStats;
  openActionItems: number;
  /** The next 1:1: from a note ahead, the schedule or the regular clock; null when none. */
  nextMeeting: NextMeeting | null;
  /** What was wrong with the person note's properties. */
  warnings: string[];
}

/** What computing stats needs besides the meetings. */
export interface StatsContext {
  today: IsoDate;
  config: Pick<TouchpointsConfig, 'closedStatuses' | 'noteTypes'>;
  /** The profile of a person note (defaults when null or missing). */
  profile: (personPath: string | null) => PersonProfile;
  /** What a 1:1 note says of its time and agenda (no facts: no time, not prepared). */
  meetingFacts?: MeetingNoteReader;
}

/** The note type ids that count as career conversations. */
export function careerTypeIds(config: Pick<TouchpointsConfig, 'noteTypes'>): Set<string> {
  return new Set(config.noteTypes.filter((t) => t.career).map((t) => t.id));
}

/** A person's clocks, recent stats and open items. */
export function computePersonStats(entry: PersonEntry, ctx: StatsContext): PersonStats {
  return statsWith(entry, ctx, careerTypeIds(ctx.config), closedSet(ctx.config));
}

/** First position in date-sorted `meetings` whose date is after `date` (`after`) or not before it. */
function bound(meetings: readonly ClockMeeting[], date: IsoDate, after: boolean): number {
  let lo = 0;
  let hi = meetings.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const d = meetings[mid]!.date;
    if (d < date || (after && d === date)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * What the clocks read of a person's meetings, found from "today" in date order: the
 * last held meeting up to today and the first one after it (regular clock), the last
 * held career conversation (career clock), the last 180 days (recent stats). Each
 * clock gives the same result on these as on every meeting, at a fraction of the work.
 */
function clockInputs<M extends ClockMeeting>(
  all: readonly M[],
  today: IsoDate,
  careerTypeIds: ReadonlySet<string>,
): {
  regular: ClockMeeting[];
  career: ClockMeeting[];
  recent: readonly ClockMeeting[];
  sorted: readonly M[];
  fromToday: number;
} {
  let sorted = all;
  for (let i = 1; i < all.length; i++) {
    if (all[i - 1]!.date > all[i]!.date) {
      sorted = [...all].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
      break;
    }
  }
  const end = bound(sorted, today, true);
  const regular: ClockMeeting[] = [];
  const career: ClockMeeting[] = [];
  for (let i = end - 1; i >= 0 && (regular.length === 0 || career.length === 0); i--) {
    const m = sorted[i]!;
    if (m.status !== 'held') continue;
    if (regular.length === 0) regular.push(m);
    if (career.length === 0 && careerTypeIds.has(m.typeId)) career.push(m);
  }
  for (let i = end; i < sorted.length; i++) {
    if (sorted[i]!.status === 'held') {
      regular.push(sorted[i]!);
      break;
    }
  }
  const recent = sorted.slice(bound(sorted, addDays(today, -STATS_WINDOW_DAYS), false), end);
  return { regular, career, recent, sorted, fromToday: bound(sorted, today, false) };
}

/** Open tasks from counts by status character: every status not in the closed set. */
function openOf(counts: ReadonlyMap<string, number>, closed: ReadonlySet<string>): number {
  let n = 0;
  for (const [ch, count] of counts) if (!closed.has(ch)) n += count;
  return n;
}

/** The same, with the sets made from the settings given (made once for everyone). */
function statsWith(
  entry: PersonEntry,
  ctx: StatsContext,
  careerTypeIds: ReadonlySet<string>,
  closed: ReadonlySet<string>,
): PersonStats {
  const profile = ctx.profile(entry.personPath);
  const inputs = clockInputs(entry.meetings, ctx.today, careerTypeIds);
  const regular = regularClock(inputs.regular, profile.cadenceDays, ctx.today);
  return {
    key: entry.key,
    name: shownName(entry.name, entry.personPath, profile),
    personPath: entry.personPath,
    relationship: profile.relationship,
    cadenceDays: profile.cadenceDays,
    careerCadence: profile.careerCadence,
    regular,
    career: careerClock(inputs.career, careerTypeIds, profile.careerCadence, ctx.today),
    recent: recentStats(
      inputs.recent,
      profile.cadenceDays,
      ctx.today,
      regular.status === 'overdue',
    ),
    openActionItems: entry.taskStatusCounts
      ? openOf(entry.taskStatusCounts, closed)
      : countOpenTasks(entry.meetings, closed),
    nextMeeting: nextMeeting({
      sorted: inputs.sorted,
      firstFromToday: inputs.fromToday,
      profile,
      lastHeld: regular.lastMeeting,
      nextDue: regular.nextDue,
      today: ctx.today,
      facts: ctx.meetingFacts,
    }),
    warnings: profile.warnings,
  };
}

/** What the sidebar shows from a person note's text. */
export interface PersonDetails {
  goals: Goal[];
  /** Queued topics: top-level items of the topics section. */
  topics: number;
}

/** Goals and the number of queued topics of a person note. */
export function personDetails(
  text: string,
  config: Pick<TouchpointsConfig, 'goalsHeading' | 'topicsHeading'>,
): PersonDetails {
  return {
    goals: parseGoals(text, config.goalsHeading),
    topics: planTopics(text, config.topicsHeading).topics.length,
  };
}

/**
 * Per-person stats kept over a meeting index. `refresh` takes the index's dirty
 * people and recomputes only them, unless the day or the settings changed, when it
 * recomputes everyone. A change to a person note's properties is not seen by the
 * index: call `invalidate(key)` for it.
 */
export class PersonStatsCache {
  private readonly stats = new Map<string, PersonStats>();
  private readonly pending = new Set<string>();
  private contextKey: string | null = null;
  /** How many person stats were computed so far (for diagnostics and tests). */
  computed = 0;

  constructor(private readonly index: MeetingIndex) {}

  /** Recompute a person's stats on the next refresh; everyone's without a key. */
  invalidate(key?: string): void {
    if (key === undefined) this.contextKey = null;
    else this.pending.add(key);
  }

  /** Bring the cache up to date; returns the keys recomputed. */
  refresh(ctx: StatsContext): string[] {
    const careerIds = careerTypeIds(ctx.config);
    const closed = closedSet(ctx.config);
    const key = `${ctx.today}|${[...closed].sort().join('')}|${[...careerIds].sort().join(',')}`;
    const dirty = new Set([...this.index.takeDirty(), ...this.pending]);
    this.pending.clear();
    if (key !== this.contextKey) {
      this.contextKey = key;
      this.stats.clear();
      for (const k of this.index.personKeys()) dirty.add(k);
    }
    for (const k of dirty) {
      const entry = this.index.person(k);
      if (entry) this.stats.set(k, statsWith(entry, ctx, careerIds, closed));
      else this.stats.delete(k);
    }
    this.computed += dirty.size;
    return [...dirty];
  }

  get(key: string): PersonStats | undefined {
    return this.stats.get(key);
  }

  /** Every person's stats as of the last refresh, by name. */
  all(): PersonStats[] {
    return [...this.stats.values()].sort(
      (a, b) => a.name.localeCompare(b.name) || a.key.localeCompare(b.key),
    );
  }
}
