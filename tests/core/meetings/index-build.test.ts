/**
 * Building the index fast: the time-sliced build (every item once, in order, each step
 * stopping once its budget is spent), one note from its cached metadata, a person's
 * meetings kept in order as they come and go, and the date and link checks every 1:1
 * note goes through.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isIsoDate, toIsoDate } from '../../../src/core/shared/dates';
import { MeetingIndex } from '../../../src/core/meetings/meeting-index';
import type { MeetingRecord } from '../../../src/core/meetings/meeting-record';
import {
  indexNote,
  recordFromMetadata,
  SlicedBuild,
  type NoteMetadata,
} from '../../../src/core/meetings/index-build';
import { parseLink } from '../../../src/core/shared/links';
import { basename } from '../../../src/core/shared/vault-path';
import { byDateThenPath, PersonMeetings } from '../../../src/core/meetings/person-meetings';
import { meetingRecord } from '../../helpers/builders';

/** A clock that moves `tick` ms every time it is read. */
function clock(tick: number): () => number {
  let t = 0;
  return () => (t += tick);
}

describe('SlicedBuild', () => {
  it.each([
    // items, ms per clock read, budget, expected steps
    [100, 1, 0, 7],
    [100, 1, 1, 7],
    [100, 0.1, 1, 1],
    [200, 0.1, 1, 2],
    [100, 0.01, 1, 1],
    [100, 1, Infinity, 1],
    [16, 1, 0, 1],
    [17, 1, 0, 2],
    [0, 1, 0, 0],
  ])('%i items, clock +%f per read, budget %f ms: %i steps', (count, tick, budget, steps) => {
    const seen: number[] = [];
    const build = new SlicedBuild(
      Array.from({ length: count }, (_, i) => i),
      (i) => seen.push(i),
    );
    const now = clock(tick);
    let guard = 0;
    while (!build.step(now, budget) && guard++ < 1000);
    expect(seen).toEqual(Array.from({ length: count }, (_, i) => i));
    expect(build.steps).toBe(steps);
    expect(build.done).toBe(true);
    expect(build.processed).toBe(count);
    expect(build.step(now, budget)).toBe(true);
    expect(build.steps).toBe(steps);
  });

  it('applies every item exactly once, in order, whatever the budgets and the clock', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer(), { maxLength: 300 }),
        fc.array(fc.double({ min: 0, max: 3, noNaN: true }), { minLength: 1 }),
        fc.double({ min: 0, max: 2, noNaN: true }),
        (items, budgets, tick) => {
          const seen: number[] = [];
          const build = new SlicedBuild(items, (i) => seen.push(i));
          const now = clock(tick);
          for (let k = 0; !build.step(now, budgets[k % budgets.length]!); k++)
            if (k > 10_000) throw new Error('no progress');
          expect(seen).toEqual(items);
        },
      ),
      { seed: 61, numRuns: 200 },
    );
  });
});

const resolve = (link: string): string | null =>
  link === 'Alex Rivera' || link === 'People/Alex Rivera' ? 'People/Alex Rivera.md' : null;
const meeting = (over: Record<string, unknown> = {}, tasks: string[] = []): NoteMetadata => ({
  frontmatter: { type: 'one-on-one', person: '[[Alex Rivera]]', date: '2026-11-10', ...over },
  listItems: tasks.map((task) => (task === '' ? {} : { task })),
});

describe('recordFromMetadata and indexNote', () => {
  it.each([
    ['no metadata', null, null],
    ['no frontmatter', { listItems: [{ task: ' ' }] }, null],
    ['another type', { frontmatter: { type: 'project' } }, null],
  ])('%s: not a 1:1 note', (_, meta, expected) => {
    const r = recordFromMetadata('a.md', meta, resolve);
    expect(r).toEqual({ ok: true, value: expected });
  });

  it('does not read the list items of a note that is not a 1:1 note', () => {
    const meta = {
      frontmatter: { type: 'daily' },
      get listItems(): never {
        throw new Error('read');
      },
    };
    expect(recordFromMetadata('a.md', meta, resolve)).toEqual({ ok: true, value: null });
  });

  it('makes a record with the task statuses, skipping plain list items', () => {
    const r = recordFromMetadata(
      'One/2026-11-10.md',
      meeting({ kind: 'career', status: 'Cancelled' }, [' ', '', 'x', '>', '/']),
      resolve,
    );
    expect(r).toEqual({
      ok: true,
      value: {
        path: 'One/2026-11-10.md',
        personKey: 'People/Alex Rivera.md',
        personName: 'Alex Rivera',
        personPath: 'People/Alex Rivera.md',
        personLink: 'Alex Rivera',
        date: '2026-11-10',
        typeId: 'career',
        status: 'cancelled',
        taskStatuses: ' x>/',
      },
    });
  });

  it('moves meetings that waited for a person note when that note appears', () => {
    const index = new MeetingIndex();
    let exists = false;
    const late = (link: string): string | null =>
      exists && link === 'Sam Lee' ? 'People/Sam Lee.md' : null;
    indexNote(index, 'One/a.md', 'a', meeting({ person: '[[Sam Lee]]' }), late);
    expect(index.get('One/a.md')?.personKey).toBe('?sam lee');
    expect(index.hasUnresolved()).toBe(true);
    exists = true;
    indexNote(index, 'People/Sam Lee.md', 'Sam Lee', { frontmatter: { type: 'person' } }, late);
    expect(index.get('One/a.md')?.personKey).toBe('People/Sam Lee.md');
    expect(index.hasUnresolved()).toBe(false);
    expect(index.personKeys()).toEqual(['People/Sam Lee.md']);
  });
});

describe('the first build (indexNote with fresh)', () => {
  // A vault with every kind of note the index tells apart: meetings resolved, aliased,
  // unresolved and with a list person; every problem; person notes; other notes.
  const links: Record<string, string> = {
    'Alex Rivera': 'People/Alex Rivera.md',
    'People/Bo': 'People/Bo.md',
    Bo: 'People/Bo.md',
  };
  const vault: Array<[string, NoteMetadata | null]> = [
    ['One/1.md', meeting({}, [' ', 'x'])],
    ['One/2.md', meeting({ person: '[[People/Bo|Bobby]]', date: '2026-11-12' }, ['>'])],
    ['One/3.md', meeting({ person: '[[Nobody Yet]]', date: '2026-11-13' }, [' '])],
    ['One/4.md', meeting({ person: undefined, people: ['[[Bo]]'], date: '2026-11-14' })],
    ['One/5.md', meeting({ person: 'Alex Rivera', date: '2026-11-15T09:30' }, [' '])],
    ['One/6.md', meeting({ person: undefined, date: 'soon' })],
    ['One/7.md', meeting({ person: undefined, people: ['[[Bo]]', '[[Alex Rivera]]'] })],
    ['One/8.md', meeting({ date: undefined })],
    ['One/9.md', { frontmatter: { type: ['one-on-one'], person: [['Bo']], date: '2026-11-16' } }],
    ['People/Alex Rivera.md', { frontmatter: { type: 'person', relationship: 'manager' } }],
    ['People/Bo.md', { frontmatter: { relationship: 'report' } }],
    ['People/Cy.md', { frontmatter: { relationship: 'mentor' } }],
    ['Daily/2026-11-10.md', { frontmatter: { tags: ['daily'] }, listItems: [{ task: ' ' }] }],
    ['Projects/Plan.md', { frontmatter: { type: 'project', status: 'active' } }],
    ['Inbox/Loose.md', null],
  ];
  const resolveIn = (link: string): string | null => links[link] ?? null;
  const build = (fresh: boolean): MeetingIndex => {
    const index = new MeetingIndex();
    for (const [path, meta] of vault)
      indexNote(index, path, basename(path), meta, resolveIn, fresh);
    return index;
  };
  const contents = (index: MeetingIndex): unknown => ({
    problems: index.problems(),
    people: index
      .people()
      .map((p) => ({ ...p, taskStatusCounts: [...(p.taskStatusCounts ?? [])].sort() }))
      .sort((a, b) => a.key.localeCompare(b.key)),
    unresolved: index.hasUnresolved(),
  });

  it('gives the index that reading every note as changed gives', () => {
    const fresh = build(true);
    expect(contents(fresh)).toEqual(contents(build(false)));
    // And it is not empty: every kind above is in it.
    expect(fresh.size).toBe(6);
    expect(fresh.problems()).toHaveLength(3);
    expect(fresh.personKeys()).toContain('People/Cy.md');
    expect(fresh.hasUnresolved()).toBe(true);
  });

  it('does not ask the index anything for a note that is neither a 1:1 nor a person note', () => {
    // The index as the build leaves it, with a link waiting: counted from here on.
    class Counting extends MeetingIndex {
      calls = 0;
      override set(...args: Parameters<MeetingIndex['set']>): void {
        this.calls++;
        super.set(...args);
      }
      override setPersonNote(...args: Parameters<MeetingIndex['setPersonNote']>): void {
        this.calls++;
        super.setPersonNote(...args);
      }
      override hasUnresolved(): boolean {
        this.calls++;
        return super.hasUnresolved();
      }
    }
    const run = (fresh: boolean): number => {
      const index = new Counting();
      for (const [path, meta] of vault.slice(0, -3))
        indexNote(index, path, basename(path), meta, resolveIn, fresh);
      index.calls = 0;
      for (const [path, meta] of vault.slice(-3))
        indexNote(index, path, basename(path), meta, resolveIn, fresh);
      return index.calls;
    };
    expect(run(true)).toBe(0);
    expect(run(false)).toBe(9);
  });
});

const rec = (path: string, date: string, name = 'Alex', link = 'Alex', tasks = ''): MeetingRecord =>
  meetingRecord({
    path,
    personKey: 'People/Alex.md',
    personName: name,
    personPath: 'People/Alex.md',
    personLink: link,
    date,
    taskStatuses: tasks,
  });

/** The name rule, written out plainly: the latest name that is not the link's file name, else the latest name. */
function expectedName(sorted: readonly MeetingRecord[]): string {
  return (
    [...sorted].reverse().find((m) => m.personName !== basename(m.personLink)) ??
    sorted[sorted.length - 1]!
  ).personName;
}

describe('PersonMeetings', () => {
  it('sorts once when read, then keeps order as meetings come and go', () => {
    const p = new PersonMeetings();
    const a = rec('b.md', '2026-11-10');
    const b = rec('a.md', '2026-11-10');
    const c = rec('c.md', '2026-10-01');
    for (const r of [a, b, c]) p.add(r);
    expect(p.meetings.map((m) => m.path)).toEqual(['c.md', 'a.md', 'b.md']);
    const d = rec('d.md', '2026-10-15');
    p.add(d);
    expect(p.meetings.map((m) => m.path)).toEqual(['c.md', 'd.md', 'a.md', 'b.md']);
    p.remove(b);
    p.remove(rec('a.md', '2026-11-10'));
    expect(p.meetings.map((m) => m.path)).toEqual(['c.md', 'd.md', 'b.md']);
    expect(p.size).toBe(3);
  });

  it('stays equal to a sort of what it holds, with the right name and task counts, after any changes', () => {
    const spec = fc.record({
      path: fc.constantFrom('a.md', 'b.md', 'c.md', 'd.md', 'e.md'),
      date: fc.constantFrom('2026-01-01', '2026-02-01', '2026-03-01'),
      name: fc.constantFrom('Alex', 'Al', 'Alex R'),
      link: fc.constantFrom('Alex', 'People/Alex', 'Alex.md'),
      tasks: fc.stringMatching(/^[ x>\-/é]{0,3}$/),
    });
    const op = fc.oneof(
      fc.record({ t: fc.constant('add' as const), r: spec }),
      fc.record({ t: fc.constant('remove' as const), i: fc.nat() }),
      fc.constant({ t: 'read' as const }),
    );
    fc.assert(
      fc.property(fc.array(op, { maxLength: 40 }), (ops) => {
        const p = new PersonMeetings();
        const held: MeetingRecord[] = [];
        for (const o of ops) {
          if (o.t === 'add') {
            const r = rec(o.r.path, o.r.date, o.r.name, o.r.link, o.r.tasks);
            p.add(r);
            held.push(r);
          } else if (o.t === 'remove' && held.length) {
            const [r] = held.splice(o.i % held.length, 1);
            p.remove(r!);
          } else if (o.t === 'read' && held.length) {
            expect(p.name).toBe(expectedName([...held].sort(byDateThenPath)));
          }
        }
        const sorted = [...held].sort(byDateThenPath);
        expect(p.meetings.map((m) => m.path + m.date)).toEqual(sorted.map((m) => m.path + m.date));
        if (held.length) expect(p.name).toBe(expectedName(sorted));
        const counts = new Map<string, number>();
        for (const m of held)
          for (const ch of m.taskStatuses ?? '') counts.set(ch, (counts.get(ch) ?? 0) + 1);
        expect([...p.taskStatusCounts].sort()).toEqual([...counts].sort());
      }),
      { seed: 62, numRuns: 300 },
    );
  });
});

describe('isIsoDate, toIsoDate, basename and parseLink', () => {
  it.each([
    ['2026-11-22', true],
    ['2024-02-29', true],
    ['2000-02-29', true],
    ['2100-02-29', false],
    ['2023-02-29', false],
    ['2026-04-31', false],
    ['2026-12-31', true],
    ['2026-13-01', false],
    ['2026-00-10', false],
    ['2026-01-00', false],
    ['0100-01-01', false],
    ['1900-01-01', true],
    ['0099-12-31', false],
    ['2026-1-01', false],
    ['2026/01/01', false],
    ['２０２６-01-01', false],
    [' 2026-01-01', false],
    ['2026-01-01T10:00', false],
    [20261122, false],
  ])('isIsoDate(%j) is %s', (value, ok) => {
    expect(isIsoDate(value)).toBe(ok);
  });

  it.each([
    ['2026-11-22', '2026-11-22'],
    [' 2026-11-22 ', '2026-11-22'],
    ['2026-11-22T09:30', '2026-11-22'],
    ['2026-11-22 09:30:00Z', '2026-11-22'],
    ['2026-02-30', null],
    ['22/11/2026', null],
  ])('toIsoDate(%j) is %j', (value, iso) => {
    expect(toIsoDate(value)).toBe(iso);
  });

  it.each([
    ['People/Alex Rivera.md', 'Alex Rivera'],
    ['Alex Rivera', 'Alex Rivera'],
    ['a/b/C.MD', 'C'],
    ['a/.md', ''],
    ['.md', ''],
    ['x/md', 'md'],
    ['folder.md/name', 'name'],
    ['', ''],
  ])('basename(%j) is %j', (path, name) => {
    expect(basename(path)).toBe(name);
  });

  it('reads [[...]] the same with and without its fast path', () => {
    const slow = (s: string): ReturnType<typeof parseLink> => {
      const m = /^!?\[\[([^\]|#^]*)(?:[#^][^\]|]*)?(?:\|([^\]]*))?\]\]$/.exec(s.trim());
      // No match: the fast path was not taken either (it needs a plain [[...]]).
      if (!m) return parseLink(s);
      const path = m[1]!.trim();
      return path ? { path: path.replace(/\.md$/i, ''), alias: m[2]?.trim() || null } : null;
    };
    fc.assert(
      fc.property(fc.stringMatching(/^ ?\[\[[ A-Za-z./|#^\]]{0,12}\]\] ?$/), (s) => {
        expect(parseLink(s)).toEqual(slow(s));
      }),
      { seed: 63, numRuns: 500 },
    );
  });
});
