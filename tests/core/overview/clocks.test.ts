import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  careerClock,
  countOpenTasks,
  holdsOpenTask,
  recentStats,
  regularClock,
  type ClockMeeting,
} from '../../../src/core/overview/clocks';
import { MeetingIndex } from '../../../src/core/meetings/meeting-index';
import { recordFromFrontmatter } from '../../../src/core/meetings/meeting-record';
import { profileFromFrontmatter } from '../../../src/core/people/person-profile';
import { computePersonStats } from '../../../src/core/overview/person-stats';
import { BUILT_IN_TYPES } from '../../../src/core/settings/note-types';

const TODAY = '2026-11-22';
const CAREER = new Set(['career']);

function m(
  date: string,
  status: ClockMeeting['status'] = 'held',
  typeId = 'regular',
): ClockMeeting {
  return { date, status, typeId };
}

describe('regularClock (cadence 14, today 2026-11-22)', () => {
  it.each<[string, ClockMeeting[], Partial<ReturnType<typeof regularClock>>]>([
    [
      'no meetings',
      [],
      {
        status: 'never',
        lastMeeting: null,
        nextDue: null,
        daysOverdue: 0,
        daysUntilDue: null,
        scheduled: null,
      },
    ],
    [
      'only cancelled meetings',
      [m('2026-11-01', 'cancelled'), m('2026-11-15', 'cancelled')],
      { status: 'never', lastMeeting: null },
    ],
    ['only rescheduled meetings', [m('2026-11-15', 'rescheduled')], { status: 'never' }],
    [
      'due exactly today',
      [m('2026-11-08')],
      { status: 'due-soon', nextDue: '2026-11-22', daysOverdue: 0, daysUntilDue: 0 },
    ],
    [
      'one day over',
      [m('2026-11-07')],
      { status: 'overdue', nextDue: '2026-11-21', daysOverdue: 1, daysUntilDue: -1 },
    ],
    ['due tomorrow', [m('2026-11-09')], { status: 'due-soon', daysUntilDue: 1 }],
    ['due the day after tomorrow', [m('2026-11-10')], { status: 'due-soon', daysUntilDue: 2 }],
    ['due in three days', [m('2026-11-11')], { status: 'ok', daysUntilDue: 3, daysOverdue: 0 }],
    [
      'held today',
      [m('2026-10-01'), m(TODAY)],
      { status: 'ok', lastMeeting: TODAY, nextDue: '2026-12-06' },
    ],
    [
      'the latest held meeting counts, not a later cancelled one',
      [m('2026-11-01'), m('2026-11-15', 'cancelled')],
      { lastMeeting: '2026-11-01', status: 'overdue', daysOverdue: 7 },
    ],
    [
      'a future note is scheduled, not the last meeting',
      [m('2026-11-01'), m('2026-11-27'), m('2026-12-11')],
      { lastMeeting: '2026-11-01', status: 'overdue', scheduled: '2026-11-27' },
    ],
    [
      'a future cancelled note is not scheduled',
      [m('2026-11-13'), m('2026-11-27', 'cancelled')],
      { scheduled: null, status: 'ok' },
    ],
    [
      'a future note without any held meeting',
      [m('2026-11-30')],
      { status: 'never', scheduled: '2026-11-30' },
    ],
    [
      'unsorted input',
      [m('2026-11-20'), m('2026-06-01'), m('2026-11-02')],
      { lastMeeting: '2026-11-20' },
    ],
  ])('%s', (_, meetings, expected) => {
    expect(regularClock(meetings, 14, TODAY)).toMatchObject(expected);
  });

  it('crosses a month and a year', () => {
    expect(regularClock([m('2026-12-25')], 14, '2027-01-05')).toMatchObject({
      nextDue: '2027-01-08',
      status: 'ok',
      daysUntilDue: 3,
    });
  });
});

describe('careerClock (window 28-42, today 2026-11-22)', () => {
  it.each<[string, ClockMeeting[], Partial<ReturnType<typeof careerClock>>]>([
    [
      'no career conversation',
      [m('2026-11-20')],
      { status: 'never', last: null, windowStart: null, windowEnd: null, daysOverdue: 0 },
    ],
    [
      'one day before the window',
      [m('2026-10-26', 'held', 'career')],
      { status: 'not-yet', windowStart: '2026-11-23', daysLeft: 1 },
    ],
    [
      'the window opens today',
      [m('2026-10-25', 'held', 'career')],
      { status: 'due', windowStart: TODAY, windowEnd: '2026-12-06', daysLeft: 14 },
    ],
    [
      'the window closes today',
      [m('2026-10-11', 'held', 'career')],
      { status: 'due', windowEnd: TODAY, daysLeft: 0, daysOverdue: 0 },
    ],
    [
      'one day after the window',
      [m('2026-10-10', 'held', 'career')],
      { status: 'overdue', windowEnd: '2026-11-21', daysOverdue: 1, daysLeft: null },
    ],
    [
      'a cancelled career conversation does not count',
      [m('2026-11-01', 'cancelled', 'career'), m('2026-09-01', 'held', 'career')],
      { last: '2026-09-01', status: 'overdue', daysOverdue: 40 },
    ],
    [
      'a future career conversation does not count',
      [m('2026-12-01', 'held', 'career')],
      { status: 'never' },
    ],
    [
      'regular meetings do not reset it',
      [m('2026-09-01', 'held', 'career'), m('2026-11-20')],
      { last: '2026-09-01' },
    ],
  ])('%s', (_, meetings, expected) => {
    expect(careerClock(meetings, CAREER, [28, 42], TODAY)).toMatchObject(expected);
  });

  it('counts every type marked as a career conversation', () => {
    const careerTypeIds = new Set(['career', 'growth']);
    expect(
      careerClock([m('2026-11-01', 'held', 'growth')], careerTypeIds, [28, 42], TODAY),
    ).toMatchObject({
      last: '2026-11-01',
      status: 'not-yet',
    });
  });
});

describe('recentStats (cadence 14, today 2026-11-22)', () => {
  it.each<[string, ClockMeeting[], boolean, Partial<ReturnType<typeof recentStats>>]>([
    [
      'no meetings',
      [],
      false,
      { held: 0, cancelled: 0, rescheduled: 0, adherence: null, streak: 0, from: '2026-05-26' },
    ],
    [
      'one held meeting has no gap',
      [m('2026-11-20')],
      false,
      { held: 1, adherence: null, streak: 0 },
    ],
    [
      'the window includes today minus 180 days and excludes the day before and the future',
      [
        m('2026-05-25'),
        m('2026-05-26'),
        m('2026-11-22'),
        m('2026-11-23'),
        m('2026-06-01', 'cancelled'),
        m('2026-05-25', 'cancelled'),
      ],
      false,
      { held: 2, cancelled: 1 },
    ],
    [
      'gaps of 14, 16 and 17 days: two on time, the late one breaks the streak',
      [m('2026-10-01'), m('2026-10-15'), m('2026-10-31'), m('2026-11-17')],
      false,
      { held: 4, adherence: 2 / 3, streak: 0 },
    ],
    [
      'a late gap followed by two on time ones',
      [m('2026-09-01'), m('2026-10-01'), m('2026-10-15'), m('2026-10-29')],
      false,
      { adherence: 2 / 3, streak: 2 },
    ],
    [
      'while overdue the open gap to today is one late gap, and the streak is 0',
      [m('2026-10-01'), m('2026-10-15')],
      true,
      { adherence: 1 / 2, streak: 0 },
    ],
    [
      'overdue after one 1:1: its open gap is the only gap, late (never "100% on time")',
      [m('2026-11-01')],
      true,
      { held: 1, adherence: 0, streak: 0 },
    ],
    [
      'overdue with the last 1:1 before the window: the open gap still counts as late',
      [m('2026-04-01'), m('2026-05-01')],
      true,
      { held: 0, adherence: 0, streak: 0 },
    ],
    [
      'not overdue: the open gap is not counted (it may still end on time)',
      [m('2026-10-29'), m('2026-11-12')],
      false,
      { adherence: 1, streak: 1 },
    ],
    [
      'cancelled and rescheduled meetings are counted, not gaps',
      [
        m('2026-11-01'),
        m('2026-11-08', 'cancelled'),
        m('2026-11-10', 'rescheduled'),
        m('2026-11-15'),
      ],
      false,
      { held: 2, cancelled: 1, rescheduled: 1, adherence: 1, streak: 1 },
    ],
    [
      'two notes on one day are one meeting day',
      [m('2026-11-01'), m('2026-11-01', 'held', 'career'), m('2026-11-15')],
      false,
      { held: 3, adherence: 1, streak: 1 },
    ],
  ])('%s', (_, meetings, overdue, expected) => {
    expect(recentStats(meetings, 14, TODAY, overdue)).toMatchObject(expected);
  });
});

describe('countOpenTasks', () => {
  const closed = new Set(['x', 'X', '-', '>']);
  it.each<[string, Array<{ taskStatuses?: string }>, number]>([
    ['no tasks known', [{}], 0],
    ['open, in progress and custom statuses count', [{ taskStatuses: ' /?' }], 3],
    ['done, cancelled and forwarded do not', [{ taskStatuses: 'xX->' }], 0],
    ['a forwarded item and its copy count once', [{ taskStatuses: '>' }, { taskStatuses: ' ' }], 1],
    ['across notes', [{ taskStatuses: ' x' }, { taskStatuses: '  ' }], 3],
  ])('%s', (_, meetings, expected) => {
    expect(countOpenTasks(meetings, closed)).toBe(expected);
  });
});

describe('computePersonStats', () => {
  const resolve = (link: string): string | null => (link === 'Alex' ? 'People/Alex.md' : null);
  const config = { closedStatuses: 'xX->', noteTypes: BUILT_IN_TYPES.map((t) => ({ ...t })) };
  const defaults = { cadenceDays: 14, careerCadence: [28, 42] as [number, number] };

  function indexOf(notes: Array<[string, Record<string, unknown>, string?]>): MeetingIndex {
    const index = new MeetingIndex();
    for (const [path, fm, tasks] of notes) {
      index.set(
        path,
        recordFromFrontmatter(
          path,
          { type: 'one-on-one', person: '[[Alex]]', ...fm },
          resolve,
          tasks === undefined ? undefined : { taskStatuses: tasks },
        ),
      );
    }
    return index;
  }

  it('uses a person note that overrides cadence and career window', () => {
    const index = indexOf([
      ['a.md', { date: '2026-11-10' }],
      ['b.md', { date: '2026-09-01', kind: 'career' }],
    ]);
    const profile = profileFromFrontmatter(
      { relationship: 'report', cadence: 7, 'career-cadence': '60-90' },
      defaults,
    );
    const stats = computePersonStats(index.person('People/Alex.md')!, {
      today: TODAY,
      config,
      profile: () => profile,
    });
    expect(stats).toMatchObject({
      relationship: 'report',
      cadenceDays: 7,
      careerCadence: [60, 90],
      regular: { status: 'overdue', nextDue: '2026-11-17', daysOverdue: 5 },
      career: { status: 'due', windowStart: '2026-10-31', windowEnd: '2026-11-30' },
      warnings: [],
    });
  });

  it('falls back to the defaults, with a warning, for a bad cadence', () => {
    const index = indexOf([['a.md', { date: '2026-11-10' }]]);
    const profile = profileFromFrontmatter({ cadence: 'often' }, defaults);
    const stats = computePersonStats(index.person('People/Alex.md')!, {
      today: TODAY,
      config,
      profile: () => profile,
    });
    expect(stats.cadenceDays).toBe(14);
    expect(stats.warnings).toEqual(['cadence "often" is not a number of days']);
  });

  it('leaves a meeting with a bad date out of the clocks and lists it as a problem', () => {
    const index = indexOf([
      ['a.md', { date: '2026-11-01' }],
      ['bad.md', { date: '2026-13-45' }],
    ]);
    const stats = computePersonStats(index.person('People/Alex.md')!, {
      today: TODAY,
      config,
      profile: () => profileFromFrontmatter(null, defaults),
    });
    expect(stats.regular).toMatchObject({
      lastMeeting: '2026-11-01',
      status: 'overdue',
      daysOverdue: 7,
    });
    expect(index.problems()).toEqual([
      { path: 'bad.md', message: 'date "2026-13-45" is not a yyyy-MM-dd date' },
    ]);
  });

  it('counts open items across the notes against the closed statuses setting', () => {
    const index = indexOf([
      ['a.md', { date: '2026-11-01' }, ' >x'],
      ['b.md', { date: '2026-11-15' }, ' /-'],
    ]);
    const ctx = { today: TODAY, config, profile: () => profileFromFrontmatter(null, defaults) };
    expect(computePersonStats(index.person('People/Alex.md')!, ctx).openActionItems).toBe(3);
    const slash = { ...ctx, config: { ...config, closedStatuses: 'xX-/' } };
    expect(computePersonStats(index.person('People/Alex.md')!, slash).openActionItems).toBe(2);
  });
});

describe('holdsOpenTask', () => {
  it('says whether countOpenTasks counts any open task of one note, for any statuses', () => {
    const closed = new Set(['x', 'X', '-', '>', '✅', '🗓️']);
    const status = fc.constantFrom(' ', 'x', 'X', '-', '>', '/', '?', '✅', '🔥', '🗓️', 'é');
    fc.assert(
      fc.property(fc.array(status, { maxLength: 8 }), (list) => {
        const statuses = list.join('');
        expect(holdsOpenTask(statuses, closed)).toBe(
          countOpenTasks([{ taskStatuses: statuses }], closed) > 0,
        );
      }),
    );
    expect(holdsOpenTask(undefined, closed)).toBe(false);
    expect(holdsOpenTask('x✅', closed)).toBe(false);
    expect(holdsOpenTask('x🔥', closed)).toBe(true);
  });
});
