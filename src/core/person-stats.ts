/**
 * Everything the sidebar and the `cadence` command know about a person, and a cache of
 * it over the meeting index that recomputes only the people whose meetings changed
 * (the index's dirty set), or everyone when the day or the settings change.
 */
import { careerClock, countOpenTasks, recentStats, regularClock, type CareerClock, type RecentStats, type RegularClock } from './cadence';
import { planTopics } from './carry-over';
import { closedSet, type TouchpointsConfig } from './config';
import type { IsoDate } from './dates';
import { parseGoals, type Goal } from './goals';
import type { MeetingIndex, PersonEntry } from './index';
import type { PersonProfile, Relationship } from './people';

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
  /** What was wrong with the person note's properties. */
  warnings: string[];
}

/** What computing stats needs besides the meetings. */
export interface StatsContext {
  today: IsoDate;
  config: Pick<TouchpointsConfig, 'closedStatuses' | 'noteTypes'>;
  /** The profile of a person note (defaults when null or missing). */
  profile: (personPath: string | null) => PersonProfile;
}

/** The note type ids that count as career conversations. */
export function careerKinds(config: Pick<TouchpointsConfig, 'noteTypes'>): Set<string> {
  return new Set(config.noteTypes.filter((t) => t.career).map((t) => t.id));
}

/** A person's clocks, recent stats and open items. */
export function computePersonStats(entry: PersonEntry, ctx: StatsContext): PersonStats {
  return statsWith(entry, ctx, careerKinds(ctx.config), closedSet(ctx.config));
}

/** The same, with the sets made from the settings given (made once for everyone). */
function statsWith(entry: PersonEntry, ctx: StatsContext, kinds: ReadonlySet<string>, closed: ReadonlySet<string>): PersonStats {
  const profile = ctx.profile(entry.personPath);
  const regular = regularClock(entry.meetings, profile.cadenceDays, ctx.today);
  return {
    key: entry.key,
    name: entry.name,
    personPath: entry.personPath,
    relationship: profile.relationship,
    cadenceDays: profile.cadenceDays,
    careerCadence: profile.careerCadence,
    regular,
    career: careerClock(entry.meetings, kinds, profile.careerCadence, ctx.today),
    recent: recentStats(entry.meetings, profile.cadenceDays, ctx.today, regular.status === 'overdue'),
    openActionItems: countOpenTasks(entry.meetings, closed),
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
export function personDetails(text: string, config: Pick<TouchpointsConfig, 'goalsHeading' | 'topicsHeading'>): PersonDetails {
  return { goals: parseGoals(text, config.goalsHeading), topics: planTopics(text, config.topicsHeading).topics.length };
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
    const kinds = careerKinds(ctx.config);
    const closed = closedSet(ctx.config);
    const key = `${ctx.today}|${[...closed].sort().join('')}|${[...kinds].sort().join(',')}`;
    const dirty = new Set([...this.index.takeDirty(), ...this.pending]);
    this.pending.clear();
    if (key !== this.contextKey) {
      this.contextKey = key;
      this.stats.clear();
      for (const k of this.index.personKeys()) dirty.add(k);
    }
    for (const k of dirty) {
      const entry = this.index.person(k);
      if (entry) this.stats.set(k, statsWith(entry, ctx, kinds, closed));
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
    return [...this.stats.values()].sort((a, b) => a.name.localeCompare(b.name) || a.key.localeCompare(b.key));
  }
}
