import { describe, expect, it } from 'vitest';
import { MeetingIndex } from '../../../src/core/meetings/meeting-index';
import {
  isMeetingFrontmatter,
  recordFromFrontmatter,
  unresolvedKey,
  type LinkResolver,
  type MeetingRecord,
} from '../../../src/core/meetings/meeting-record';
import { ok, type Result } from '../../../src/core/shared/result';

const PEOPLE: Record<string, string> = {
  'Priya Shah': 'People/Priya Shah.md',
  'People/Priya Shah': 'People/Priya Shah.md',
  'Jo - Ops-Infra': 'People/Jo - Ops-Infra.md',
  'Sam Lee': 'People/Sam Lee.md',
};
const resolve: LinkResolver = (link) => PEOPLE[link] ?? null;

function fm(
  person: unknown,
  date: unknown,
  extra: Record<string, unknown> = {},
): Record<string, unknown> {
  return { type: 'one-on-one', person, date, ...extra };
}

function record(
  path: string,
  person: string,
  date: string,
  extra: Record<string, unknown> = {},
): Result<MeetingRecord | null> {
  return recordFromFrontmatter(path, fm(`[[${person}]]`, date, extra), resolve);
}

function value(r: Result<MeetingRecord | null>): MeetingRecord | null {
  if (!r.ok) throw new Error(r.error);
  return r.value;
}

describe('recordFromFrontmatter', () => {
  it('makes a record of a 1:1 note', () => {
    expect(
      value(
        recordFromFrontmatter(
          '1-1/a.md',
          fm('[[Jo - Ops-Infra|Jo: Ops/Infra]]', '2026-11-13'),
          resolve,
        ),
      ),
    ).toEqual({
      path: '1-1/a.md',
      personKey: 'People/Jo - Ops-Infra.md',
      personName: 'Jo: Ops/Infra',
      personPath: 'People/Jo - Ops-Infra.md',
      personLink: 'Jo - Ops-Infra',
      date: '2026-11-13',
      typeId: 'regular',
      status: 'held',
    });
  });

  it.each([
    ['no frontmatter', null],
    ['no type', { person: '[[Priya Shah]]', date: '2026-11-10' }],
    ['another type', { type: 'meeting', person: '[[Priya Shah]]', date: '2026-11-10' }],
    ['a list of other types', { type: ['meeting', 'project'], person: '[[Priya Shah]]' }],
  ])('is not a 1:1 note with %s', (_, frontmatter) => {
    expect(recordFromFrontmatter('a.md', frontmatter, resolve)).toEqual(ok(null));
    expect(isMeetingFrontmatter(frontmatter)).toBe(false);
  });

  it('accepts the type in any case, with spaces around it, and nothing shorter', () => {
    expect(isMeetingFrontmatter({ type: ' One-on-One ' })).toBe(true);
    expect(isMeetingFrontmatter({ type: 'ONE-ON-ONE' })).toBe(true);
    expect(isMeetingFrontmatter({ type: ['\tone-on-one\n'] })).toBe(true);
    for (const type of ['one-on-on', 'one-on-one-x', 'oneonone', '', ' ', '1:1'])
      expect(isMeetingFrontmatter({ type })).toBe(false);
  });

  it.each([
    [
      'a missing person',
      fm(undefined, '2026-11-10'),
      'no person: add a "person" property that links to the person note',
    ],
    [
      'an empty person',
      fm('', '2026-11-10'),
      'no person: add a "person" property that links to the person note',
    ],
    [
      'a null person',
      fm(null, '2026-11-10'),
      'no person: add a "person" property that links to the person note',
    ],
    ['a person that is a number', fm(42, '2026-11-10'), 'person 42 is not a link or a name'],
    ['an empty link', fm('[[]]', '2026-11-10'), 'person "[[]]" is not a link or a name'],
    [
      'a missing date',
      fm('[[Priya Shah]]', undefined),
      'no date: add a "date" property (yyyy-MM-dd)',
    ],
    ['an empty date', fm('[[Priya Shah]]', ''), 'no date: add a "date" property (yyyy-MM-dd)'],
    [
      'a bad date',
      fm('[[Priya Shah]]', '2026-13-45'),
      'date "2026-13-45" is not a yyyy-MM-dd date',
    ],
    [
      'a date in another format',
      fm('[[Priya Shah]]', '10/11/2026'),
      'date "10/11/2026" is not a yyyy-MM-dd date',
    ],
    [
      'an invalid Date',
      fm('[[Priya Shah]]', new Date('x')),
      'date an invalid date is not a yyyy-MM-dd date',
    ],
  ])('reports %s', (_, frontmatter, message) => {
    expect(recordFromFrontmatter('a.md', frontmatter, resolve)).toEqual({
      ok: false,
      error: message,
    });
  });

  it.each([
    [{}, 'held'],
    [{ status: 'held' }, 'held'],
    [{ status: 'Cancelled' }, 'cancelled'],
    [{ status: 'canceled' }, 'cancelled'],
    [{ status: 'rescheduled' }, 'rescheduled'],
    [{ status: 'whatever' }, 'held'],
  ])('reads the status of %j', (extra, status) => {
    expect(value(record('a.md', 'Priya Shah', '2026-11-10', extra))!.status).toBe(status);
  });

  it('reads kind, a list of people, a Date and a date with a time', () => {
    const r = value(
      recordFromFrontmatter(
        'a.md',
        fm(['[[Sam Lee]]', '[[Jo - Ops-Infra]]'], new Date(Date.UTC(2026, 10, 5)), {
          kind: ' career ',
        }),
        resolve,
      ),
    )!;
    expect([r.personKey, r.date, r.typeId]).toEqual(['People/Sam Lee.md', '2026-11-05', 'career']);
    expect(value(record('a.md', 'Sam Lee', '2026-11-05T09:30'))!.date).toBe('2026-11-05');
  });

  it('keys an unresolved person by name', () => {
    const r = value(
      recordFromFrontmatter('a.md', fm('[[Folder/New Person]]', '2026-11-10'), resolve),
    )!;
    expect([r.personKey, r.personName, r.personPath]).toEqual(['?new person', 'New Person', null]);
    expect(unresolvedKey(' New Person ')).toBe('?new person');
  });
});

describe('issue 15.2: what people already write', () => {
  const priya = (extra: Record<string, unknown>): MeetingRecord | null =>
    value(recordFromFrontmatter('m/a.md', { date: '2026-11-10', ...extra }, resolve));

  it.each<[string, Record<string, unknown>]>([
    [
      'a type that is a list holding one-on-one',
      { type: ['one-on-one'], person: '[[Priya Shah]]' },
    ],
    [
      'a list with other types too',
      { type: ['meeting', ' One-on-one '], person: '[[Priya Shah]]' },
    ],
    ['a person as a plain name', { type: 'one-on-one', person: 'Priya Shah' }],
    ['a person as a plain name with a type list', { type: ['one-on-one'], person: 'Priya Shah' }],
    ['a people list with one link', { type: 'one-on-one', people: ['[[Priya Shah]]'] }],
    ['a people list with one plain name', { type: ['one-on-one'], people: ['Priya Shah'] }],
    [
      'a people list written [[Priya Shah]] unquoted',
      { type: 'one-on-one', people: [[['Priya Shah']]] },
    ],
  ])('reads %s', (_, extra) => {
    expect(priya(extra)).toMatchObject({
      personPath: 'People/Priya Shah.md',
      personName: 'Priya Shah',
      date: '2026-11-10',
    });
  });

  it('resolves a plain name as the link [[name]] would be', () => {
    const seen: string[] = [];
    const spy: LinkResolver = (link, source) => (
      seen.push(`${link}|${source}`),
      resolve(link, source)
    );
    recordFromFrontmatter(
      'm/a.md',
      { type: 'one-on-one', person: 'Sam Lee', date: '2026-11-10' },
      spy,
    );
    expect(seen).toEqual(['Sam Lee|m/a.md']);
  });

  it('does not read a people list without type one-on-one', () => {
    expect(
      recordFromFrontmatter('a.md', { people: ['[[Priya Shah]]'], date: '2026-11-10' }, resolve),
    ).toEqual(ok(null));
  });

  it('names a people list of several as the problem', () => {
    const r = recordFromFrontmatter(
      'a.md',
      { type: 'one-on-one', people: ['[[Priya Shah]]', '[[Sam Lee]]'], date: '2026-11-10' },
      resolve,
    );
    expect(r.ok ? null : r.error).toMatch(/several people/);
  });

  it('lists every problem of a note, not only the first', () => {
    const r = recordFromFrontmatter('a.md', { type: 'one-on-one', date: '2026-13-45' }, resolve);
    expect(r.ok).toBe(false);
    const error = r.ok ? '' : r.error;
    expect(error).toMatch(/^no person/);
    expect(error).toContain('date "2026-13-45"');
    const both = recordFromFrontmatter('b.md', { type: ['one-on-one'], person: 42 }, resolve);
    expect(both.ok ? '' : both.error).toMatch(/person 42 is not a link or a name.*no date/);
  });
});

describe('MeetingIndex', () => {
  function build(): MeetingIndex {
    const index = new MeetingIndex();
    index.set(
      'P/2026-10-27 Priya Shah.md',
      record('P/2026-10-27 Priya Shah.md', 'Priya Shah', '2026-10-27'),
    );
    index.set(
      'P/2026-11-10 Priya Shah.md',
      record('P/2026-11-10 Priya Shah.md', 'Priya Shah', '2026-11-10', { status: 'cancelled' }),
    );
    index.set(
      'P/2026-11-24 Priya Shah.md',
      record('P/2026-11-24 Priya Shah.md', 'Priya Shah', '2026-11-24'),
    );
    index.set(
      'J/2026-11-13 Jo.md',
      recordFromFrontmatter(
        'J/2026-11-13 Jo.md',
        fm('[[Jo - Ops-Infra|Jo: Ops/Infra]]', '2026-11-13'),
        resolve,
      ),
    );
    return index;
  }
  const PRIYA = 'People/Priya Shah.md';

  it('holds records by path and by person, oldest first', () => {
    const index = build();
    expect(index.size).toBe(4);
    expect(index.meetingsOf(PRIYA).map((m) => m.date)).toEqual([
      '2026-10-27',
      '2026-11-10',
      '2026-11-24',
    ]);
    expect(index.get('J/2026-11-13 Jo.md')?.personName).toBe('Jo: Ops/Infra');
    expect(index.meetingsOf('nobody')).toEqual([]);
  });

  it.each([
    ['2026-11-25', '2026-11-24'],
    ['2026-11-24', '2026-11-10'],
    ['2026-11-11', '2026-11-10'],
    ['2026-11-10', '2026-10-27'],
    ['2026-10-28', '2026-10-27'],
    ['2026-10-27', null],
    ['2026-01-01', null],
  ])(
    'latestBefore(%j) is the meeting of %j (strictly before; cancelled ones count)',
    (date, found) => {
      expect(build().latestBefore(PRIYA, date)?.date ?? null).toBe(found);
    },
  );

  it('breaks a tie on one day by path, and knows no source for an unknown person', () => {
    const index = build();
    index.set(
      'Q/2026-11-10 Priya Shah.md',
      record('Q/2026-11-10 Priya Shah.md', 'Priya Shah', '2026-11-10'),
    );
    expect(index.latestBefore(PRIYA, '2026-11-11')?.path).toBe('Q/2026-11-10 Priya Shah.md');
    expect(
      index
        .meetingsOf(PRIYA)
        .map((m) => m.path)
        .slice(1, 3),
    ).toEqual(['P/2026-11-10 Priya Shah.md', 'Q/2026-11-10 Priya Shah.md']);
    expect(index.latestBefore('?nobody', '2026-11-11')).toBeNull();
  });

  it('finds a meeting by person, kind and date', () => {
    const index = build();
    index.set('P/career.md', record('P/career.md', 'Priya Shah', '2026-11-24', { kind: 'career' }));
    expect(index.find(PRIYA, 'regular', '2026-11-24')?.path).toBe('P/2026-11-24 Priya Shah.md');
    expect(index.find(PRIYA, 'career', '2026-11-24')?.path).toBe('P/career.md');
    expect(index.find(PRIYA, 'career', '2026-11-10')).toBeNull();
  });

  it('replaces a record on set, and drops it when the note is no 1:1 any more', () => {
    const index = build();
    const path = 'P/2026-11-24 Priya Shah.md';
    index.set(path, record(path, 'Sam Lee', '2026-11-24'));
    expect(index.meetingsOf(PRIYA).length).toBe(2);
    expect(index.meetingsOf('People/Sam Lee.md').map((m) => m.path)).toEqual([path]);
    index.set(path, ok(null));
    expect(index.get(path)).toBeUndefined();
    expect(index.person('People/Sam Lee.md')).toBeNull();
  });

  it("changes a person's version when one of their meetings comes, changes or goes, and only theirs", () => {
    const index = build();
    const sam = 'People/Sam Lee.md';
    const seen = new Set<number>([index.versionOf(PRIYA)]);
    const priya = (): number => index.versionOf(PRIYA);
    const step = (change: () => void, priyaChanges: boolean): void => {
      const before = priya();
      const samBefore = index.versionOf(sam);
      change();
      if (priyaChanges) {
        expect(priya()).not.toBe(before);
        expect(seen.has(priya())).toBe(false);
        seen.add(priya());
      } else expect(priya()).toBe(before);
      // Sam has no meetings before the first step below, and none after the last.
      if (!priyaChanges) expect(index.versionOf(sam)).not.toBe(samBefore);
    };
    const path = 'P/2026-11-24 x.md';
    expect(index.versionOf(sam)).toBe(0);
    step(() => index.set(path, record(path, 'Priya Shah', '2026-11-24')), true);
    step(
      () => index.set(path, record(path, 'Priya Shah', '2026-11-24', { status: 'cancelled' })),
      true,
    );
    step(() => index.set(path, record(path, 'Sam Lee', '2026-11-24')), true);
    step(() => index.set(path, record(path, 'Sam Lee', '2026-11-25')), false);
    step(() => index.remove(path), false);
    expect(index.versionOf(sam)).toBe(0);
  });

  it('does not count a change for a note that is not and was not a 1:1', () => {
    const index = build();
    const revision = index.revision;
    index.set('Projects/x.md', ok(null));
    index.remove('Projects/x.md');
    index.rename('Projects/x.md', 'Projects/y.md');
    expect(index.revision).toBe(revision);
  });

  it('keeps problems, sorted by path, and forgets them when fixed or removed', () => {
    const index = build();
    index.set('z.md', recordFromFrontmatter('z.md', fm(undefined, '2026-11-01'), resolve));
    index.set('a.md', recordFromFrontmatter('a.md', fm('[[Priya Shah]]', '2026-13-45'), resolve));
    expect(index.problems()).toEqual([
      { path: 'a.md', message: 'date "2026-13-45" is not a yyyy-MM-dd date' },
      { path: 'z.md', message: 'no person: add a "person" property that links to the person note' },
    ]);
    index.set('a.md', record('a.md', 'Priya Shah', '2026-11-01'));
    index.remove('z.md');
    expect(index.problems()).toEqual([]);
    expect(index.get('a.md')?.date).toBe('2026-11-01');
  });

  it('turns a record into a problem and back', () => {
    const index = build();
    const path = 'P/2026-10-27 Priya Shah.md';
    index.set(path, recordFromFrontmatter(path, fm('[[Priya Shah]]', 'soon'), resolve));
    expect(index.get(path)).toBeUndefined();
    expect(index.problems().map((p) => p.path)).toEqual([path]);
    expect(index.latestBefore(PRIYA, '2026-11-01')).toBeNull();
  });

  it('removes a record', () => {
    const index = build();
    const revision = index.revision;
    index.remove('J/2026-11-13 Jo.md');
    expect(index.size).toBe(3);
    expect(index.person('People/Jo - Ops-Infra.md')).toBeNull();
    expect(index.revision).toBe(revision + 1);
  });

  it('renames a record and a problem', () => {
    const index = build();
    index.set('bad.md', recordFromFrontmatter('bad.md', fm(undefined, '2026-11-01'), resolve));
    index.rename('P/2026-10-27 Priya Shah.md', 'Archive/2026-10-27 Priya Shah.md');
    index.rename('bad.md', 'still-bad.md');
    expect(index.get('P/2026-10-27 Priya Shah.md')).toBeUndefined();
    expect(index.get('Archive/2026-10-27 Priya Shah.md')).toMatchObject({
      path: 'Archive/2026-10-27 Priya Shah.md',
      date: '2026-10-27',
      personKey: PRIYA,
    });
    expect(index.meetingsOf(PRIYA).map((m) => m.path)).toContain(
      'Archive/2026-10-27 Priya Shah.md',
    );
    expect(index.problems().map((p) => p.path)).toEqual(['still-bad.md']);
    expect(index.size).toBe(4);
  });

  it('names a person by the latest alias, and lists everyone', () => {
    const index = build();
    expect(index.person('People/Jo - Ops-Infra.md')).toMatchObject({
      name: 'Jo: Ops/Infra',
      personPath: 'People/Jo - Ops-Infra.md',
    });
    expect(index.person(PRIYA)?.name).toBe('Priya Shah');
    expect(
      index
        .people()
        .map((p) => p.key)
        .sort(),
    ).toEqual(['People/Jo - Ops-Infra.md', PRIYA]);
  });

  it.each([
    ['Jo: Ops/Infra', ['People/Jo - Ops-Infra.md']],
    ['jo - ops-infra', ['People/Jo - Ops-Infra.md']],
    ['  PRIYA SHAH ', ['People/Priya Shah.md']],
    ['Priya', []],
    ['Sam Lee', []],
  ])('findPeopleByName(%j)', (name, keys) => {
    expect(build().findPeopleByName(name)).toEqual(keys);
  });

  it('finds two people who share a name', () => {
    const index = build();
    index.set(
      'x.md',
      recordFromFrontmatter('x.md', fm('[[Other/Priya Shah]]', '2026-11-01'), resolve),
    );
    expect(index.findPeopleByName('Priya Shah').sort()).toEqual(['?priya shah', PRIYA]);
  });

  it('moves the meetings of an unresolved person to a new person note', () => {
    const index = new MeetingIndex();
    index.set('a.md', recordFromFrontmatter('a.md', fm('[[New Person]]', '2026-11-01'), resolve));
    index.set('b.md', recordFromFrontmatter('b.md', fm('[[New Person]]', '2026-11-08'), resolve));
    index.takeDirty();
    index.attachPersonNote('?new person', 'People/New Person.md');
    expect(index.meetingsOf('?new person')).toEqual([]);
    expect(index.meetingsOf('People/New Person.md').map((m) => [m.path, m.personPath])).toEqual([
      ['a.md', 'People/New Person.md'],
      ['b.md', 'People/New Person.md'],
    ]);
    expect(index.takeDirty().sort()).toEqual(['?new person', 'People/New Person.md']);
    expect(index.takeDirty()).toEqual([]);
  });

  it('reports the people whose meetings changed', () => {
    const index = build();
    expect(index.takeDirty().sort()).toEqual(['People/Jo - Ops-Infra.md', PRIYA]);
    index.remove('J/2026-11-13 Jo.md');
    expect(index.takeDirty()).toEqual(['People/Jo - Ops-Infra.md']);
  });
});
