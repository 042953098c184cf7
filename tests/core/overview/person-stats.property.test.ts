/**
 * The incremental index and its stats cache agree with a rebuild from scratch, after
 * any sequence of create, modify, rename and delete events, person-note property
 * changes, refreshes at any moment and days going by.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from '../../../src/core/shared/dates';
import { MeetingIndex } from '../../../src/core/meetings/meeting-index';
import { recordFromFrontmatter } from '../../../src/core/meetings/meeting-record';
import { BUILT_IN_TYPES } from '../../../src/core/settings/note-types';
import {
  profileFromFrontmatter,
  type PersonProfile,
} from '../../../src/core/people/person-profile';
import { PersonStatsCache, type StatsContext } from '../../../src/core/overview/person-stats';

interface NoteSpec {
  person: string;
  date: string;
  status: string;
  kind: string;
  tasks: string;
}

type Event =
  | { t: 'write'; path: string; note: NoteSpec }
  | { t: 'rename'; from: string; to: string }
  | { t: 'delete'; path: string }
  | { t: 'profile'; person: string; cadence: number }
  | { t: 'refresh' }
  | { t: 'day'; days: number }
  | { t: 'closed'; closed: string };

const PATHS = ['a.md', 'b.md', 'c.md', 'd.md', 'e.md', 'f/g.md', 'f/h.md', 'i.md'];
const PEOPLE = ['Alex', 'Blair', 'Casey', 'Drew'];
/** Alex and Blair have person notes; Casey and Drew are unresolved links. */
const resolve = (link: string): string | null =>
  link === 'Alex' || link === 'Blair' ? `People/${link}.md` : null;

const noteSpec = fc.record({
  person: fc.constantFrom(...PEOPLE, ''),
  date: fc.oneof(
    fc.integer({ min: -200, max: 20 }).map((d) => addDays('2026-11-22', d)),
    fc.constant('2026-13-45'),
  ),
  status: fc.constantFrom('held', 'held', 'cancelled', 'rescheduled'),
  kind: fc.constantFrom('regular', 'regular', 'career'),
  tasks: fc.stringMatching(/^[ x>\-/?]{0,4}$/),
});

const event: fc.Arbitrary<Event> = fc.oneof(
  {
    weight: 5,
    arbitrary: fc.record({
      t: fc.constant('write' as const),
      path: fc.constantFrom(...PATHS),
      note: noteSpec,
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      t: fc.constant('rename' as const),
      from: fc.constantFrom(...PATHS),
      to: fc.constantFrom(...PATHS),
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({ t: fc.constant('delete' as const), path: fc.constantFrom(...PATHS) }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      t: fc.constant('profile' as const),
      person: fc.constantFrom('Alex', 'Blair'),
      cadence: fc.integer({ min: 3, max: 30 }),
    }),
  },
  { weight: 3, arbitrary: fc.constant({ t: 'refresh' as const }) },
  {
    weight: 1,
    arbitrary: fc.record({ t: fc.constant('day' as const), days: fc.integer({ min: 0, max: 3 }) }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      t: fc.constant('closed' as const),
      closed: fc.constantFrom('xX->', 'xX-/', 'x'),
    }),
  },
);

function frontmatter(n: NoteSpec): Record<string, unknown> {
  return {
    type: 'one-on-one',
    ...(n.person ? { person: `[[${n.person}]]` } : {}),
    date: n.date,
    status: n.status,
    kind: n.kind,
  };
}

/** The world the events act on, and a context for the stats. */
class World {
  readonly vault = new Map<string, NoteSpec>();
  readonly cadence = new Map<string, number>();
  today = '2026-11-22';
  closed = 'xX->';

  ctx(): StatsContext {
    const defaults = { cadenceDays: 14, careerCadence: [28, 42] as [number, number] };
    return {
      today: this.today,
      config: { closedStatuses: this.closed, noteTypes: BUILT_IN_TYPES.map((t) => ({ ...t })) },
      profile: (p): PersonProfile =>
        profileFromFrontmatter(
          p && this.cadence.has(p) ? { cadence: this.cadence.get(p) } : null,
          defaults,
        ),
    };
  }

  index(path: string, index: MeetingIndex): void {
    const n = this.vault.get(path)!;
    index.set(
      path,
      recordFromFrontmatter(path, frontmatter(n), resolve, { taskStatuses: n.tasks }),
    );
  }
}

function apply(world: World, index: MeetingIndex, cache: PersonStatsCache, e: Event): void {
  switch (e.t) {
    case 'write':
      world.vault.set(e.path, e.note);
      world.index(e.path, index);
      break;
    case 'rename':
      if (!world.vault.has(e.from) || world.vault.has(e.to)) break;
      world.vault.set(e.to, world.vault.get(e.from)!);
      world.vault.delete(e.from);
      index.rename(e.from, e.to);
      break;
    case 'delete':
      if (!world.vault.delete(e.path)) break;
      index.remove(e.path);
      break;
    case 'profile':
      world.cadence.set(`People/${e.person}.md`, e.cadence);
      cache.invalidate(`People/${e.person}.md`);
      break;
    case 'refresh':
      cache.refresh(world.ctx());
      break;
    case 'day':
      world.today = addDays(world.today, e.days);
      break;
    case 'closed':
      world.closed = e.closed;
      break;
  }
}

function rebuild(world: World): { index: MeetingIndex; cache: PersonStatsCache } {
  const index = new MeetingIndex();
  for (const path of world.vault.keys()) world.index(path, index);
  const cache = new PersonStatsCache(index);
  cache.refresh(world.ctx());
  return { index, cache };
}

describe('PersonStatsCache over the incremental index', () => {
  it('has the same stats as a rebuild after any sequence of events', () => {
    fc.assert(
      fc.property(fc.array(event, { maxLength: 40 }), (events) => {
        const world = new World();
        const index = new MeetingIndex();
        const cache = new PersonStatsCache(index);
        for (const e of events) apply(world, index, cache, e);
        cache.refresh(world.ctx());
        const fresh = rebuild(world);
        expect(cache.all()).toEqual(fresh.cache.all());
        expect(index.problems()).toEqual(fresh.index.problems());
        for (const p of fresh.index.people()) expect(index.meetingsOf(p.key)).toEqual(p.meetings);
      }),
      { seed: 20261122, numRuns: 400 },
    );
  });

  it('recomputes only the people whose meetings changed', () => {
    const world = new World();
    const index = new MeetingIndex();
    const cache = new PersonStatsCache(index);
    const write = (path: string, person: string, date: string): void =>
      apply(world, index, cache, {
        t: 'write',
        path,
        note: { person, date, status: 'held', kind: 'regular', tasks: ' ' },
      });
    write('a.md', 'Alex', '2026-11-01');
    write('b.md', 'Blair', '2026-11-02');
    write('c.md', 'Casey', '2026-11-03');
    expect(cache.refresh(world.ctx()).sort()).toEqual([
      '?casey',
      'People/Alex.md',
      'People/Blair.md',
    ]);
    expect(cache.refresh(world.ctx())).toEqual([]);
    write('d.md', 'Alex', '2026-11-20');
    expect(cache.refresh(world.ctx())).toEqual(['People/Alex.md']);
    expect(cache.get('People/Alex.md')?.regular.lastMeeting).toBe('2026-11-20');
    apply(world, index, cache, { t: 'rename', from: 'b.md', to: 'f/g.md' });
    expect(cache.refresh(world.ctx())).toEqual(['People/Blair.md']);
    apply(world, index, cache, { t: 'delete', path: 'c.md' });
    expect(cache.refresh(world.ctx())).toEqual(['?casey']);
    expect(cache.get('?casey')).toBeUndefined();
    apply(world, index, cache, { t: 'day', days: 1 });
    expect(cache.refresh(world.ctx())).toHaveLength(2);
  });
});
