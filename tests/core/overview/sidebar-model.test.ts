import { describe, expect, it } from 'vitest';
import type { CareerClock, RegularClock } from '../../../src/core/overview/clocks';
import type { MeetingRecord } from '../../../src/core/meetings/meeting-record';
import type { PersonDetails, PersonStats } from '../../../src/core/overview/person-stats';
import {
  buildSidebarModel,
  buildTimeline,
  compareUrgency,
  summaryLine,
  TIMELINE_DAYS,
  type SidebarInput,
} from '../../../src/core/overview/sidebar-model';
import { meetingRecord } from '../../helpers/builders';

const TODAY = '2026-11-22';

function regular(over: Partial<RegularClock>): RegularClock {
  return {
    lastMeeting: '2026-11-15',
    nextDue: '2026-11-29',
    status: 'ok',
    daysOverdue: 0,
    daysUntilDue: 7,
    scheduled: null,
    ...over,
  };
}

function career(over: Partial<CareerClock> = {}): CareerClock {
  return {
    last: null,
    windowStart: null,
    windowEnd: null,
    status: 'never',
    daysOverdue: 0,
    daysLeft: null,
    ...over,
  };
}

function person(
  name: string,
  r: Partial<RegularClock> = {},
  c: Partial<CareerClock> = {},
  over: Partial<PersonStats> = {},
): PersonStats {
  return {
    key: `People/${name}.md`,
    name,
    personPath: `People/${name}.md`,
    relationship: 'report',
    cadenceDays: 14,
    careerCadence: [28, 42],
    regular: regular(r),
    career: career(c),
    recent: {
      from: '2026-05-26',
      held: 0,
      cancelled: 0,
      rescheduled: 0,
      adherence: null,
      streak: 0,
    },
    openActionItems: 0,
    nextMeeting: null,
    warnings: [],
    ...over,
  };
}

const OVERDUE_10 = { status: 'overdue', daysOverdue: 10, daysUntilDue: -10 } as const;
const NEVER = { status: 'never', lastMeeting: null, nextDue: null, daysUntilDue: null } as const;

describe('compareUrgency', () => {
  it.each<[string, PersonStats[], string[]]>([
    [
      'overdue before due soon before on track',
      [
        person('Ok'),
        person('Soon', { status: 'due-soon', daysUntilDue: 1 }),
        person('Late', OVERDUE_10),
      ],
      ['Late', 'Soon', 'Ok'],
    ],
    ['never met comes first', [person('Late', OVERDUE_10), person('New', NEVER)], ['New', 'Late']],
    [
      'more days overdue first',
      [
        person('Ten', OVERDUE_10),
        person('Two', { status: 'overdue', daysOverdue: 2, daysUntilDue: -2 }),
      ],
      ['Ten', 'Two'],
    ],
    [
      'an overdue career conversation counts as overdue',
      [person('Late', OVERDUE_10), person('Career', {}, { status: 'overdue', daysOverdue: 38 })],
      ['Career', 'Late'],
    ],
    [
      'an open career window counts as due soon',
      [person('Ok'), person('Window', { daysUntilDue: 9 }, { status: 'due', daysLeft: 3 })],
      ['Window', 'Ok'],
    ],
    [
      'on track: soonest due first',
      [person('Nine', { daysUntilDue: 9 }), person('Five', { daysUntilDue: 5 })],
      ['Five', 'Nine'],
    ],
    ['ties by name', [person('Bea'), person('Abe')], ['Abe', 'Bea']],
  ])('%s', (_, people, names) => {
    expect([...people].sort(compareUrgency).map((p) => p.name)).toEqual(names);
  });
});

describe('summaryLine', () => {
  it.each<[string, PersonStats[], string]>([
    ['nobody', [], 'No 1:1 notes yet'],
    ['all on track', [person('A'), person('B')], 'All caught up'],
    [
      'the issue example',
      [
        person('A', OVERDUE_10),
        person('B', OVERDUE_10),
        person('C', {}, { status: 'due', daysLeft: 2 }),
      ],
      '2 overdue · 1 career conversation due',
    ],
    [
      'every part',
      [
        person('A', OVERDUE_10, { status: 'overdue', daysOverdue: 3 }),
        person('B', NEVER),
        person('C', { status: 'due-soon', daysUntilDue: 0 }, { status: 'due' }),
        person('D', {}, { status: 'due' }),
      ],
      '1 overdue · 1 not met yet · 1 due soon · 2 career conversations due · 1 career conversation overdue',
    ],
  ])('%s', (_, people, line) => {
    expect(summaryLine(people)).toBe(line);
  });
});

function meeting(date: string, over: Partial<MeetingRecord> = {}): MeetingRecord {
  const record = meetingRecord({
    path: `${date}.md`,
    personKey: 'k',
    personName: 'A',
    personPath: null,
    personLink: 'A',
    date,
  });
  return { ...record, ...over };
}

describe('buildTimeline', () => {
  const careerTypeIds = new Set(['career']);
  it('places meetings of the last 26 weeks by day, with their kinds (meetings oldest first)', () => {
    const p = person('A', { lastMeeting: '2026-11-15', nextDue: '2026-11-29' });
    const t = buildTimeline(
      p,
      [
        meeting('2026-05-24'),
        meeting('2026-05-25'),
        meeting('2026-10-01', { typeId: 'career' }),
        meeting('2026-11-01', { status: 'cancelled' }),
        meeting('2026-11-08', { status: 'rescheduled' }),
        meeting('2026-11-15'),
        meeting('2026-11-29'),
      ],
      careerTypeIds,
      TODAY,
    );
    expect(t.start).toBe('2026-05-25');
    expect(t.days).toBe(TIMELINE_DAYS);
    expect(t.points.map((x) => [x.day, x.kind])).toEqual([
      [0, 'held'],
      [129, 'career'],
      [160, 'cancelled'],
      [167, 'rescheduled'],
      [174, 'held'],
    ]);
    // Expected 1:1s every 14 days before the next due date; none after today.
    expect(t.ticks.at(-1)).toBe(174);
    expect(t.ticks[1]! - t.ticks[0]!).toBe(14);
    expect(t.ticks[0]).toBeLessThan(14);
    expect(t.gap).toBeNull();
  });

  it('highlights the open gap when overdue, and has no ticks for someone never met', () => {
    const late = buildTimeline(
      person('A', { lastMeeting: '2026-11-01', nextDue: '2026-11-15', ...OVERDUE_10 }),
      [meeting('2026-11-01')],
      careerTypeIds,
      TODAY,
    );
    expect(late.gap).toEqual({ from: 160, to: 181 });
    // The expected rhythm starts at the first held meeting, not before the person's first 1:1.
    expect(late.ticks).toEqual([160, 174]);
    const older = buildTimeline(
      person('A', { lastMeeting: '2026-01-01', nextDue: '2026-01-15', ...OVERDUE_10 }),
      [],
      careerTypeIds,
      TODAY,
    );
    expect(older.gap).toEqual({ from: 0, to: 181 });
    expect(older.ticks).toEqual([]);
    expect(buildTimeline(person('A', NEVER), [], careerTypeIds, TODAY)).toMatchObject({
      ticks: [],
      gap: null,
      points: [],
    });
  });
});

describe('buildSidebarModel', () => {
  const details = new Map<string, PersonDetails>([
    [
      'People/Late.md',
      {
        goals: [{ text: 'G', line: 3, due: null, progress: 50, done: false, steps: [] }],
        topics: 2,
      },
    ],
  ]);
  const input = (people: PersonStats[], over: Partial<SidebarInput> = {}): SidebarInput => ({
    today: TODAY,
    people,
    meetingsOf: () => [],
    careerTypeIds: new Set(['career']),
    details: (p) => details.get(p) ?? null,
    problems: [],
    ...over,
  });

  it('orders cards, sets chips and fills goals and topics where they are known', () => {
    const model = buildSidebarModel(
      input([
        person('Ok'),
        person('Late', OVERDUE_10, { status: 'not-yet', daysLeft: 4 }),
        person('Soon', { status: 'due-soon', daysUntilDue: 1 }, { status: 'due', daysLeft: 0 }),
        person('Nobody', NEVER, {}, { personPath: null, key: '?nobody' }),
      ]),
    );
    expect(
      model.cards.map((c) => [
        c.name,
        c.chip.text,
        c.chip.tone,
        c.careerChip.text,
        c.careerChip.tone,
      ]),
    ).toEqual([
      ['Nobody', 'Not met yet', 'never', 'None held yet', 'never'],
      ['Late', '10 days overdue', 'overdue', 'Window opens in 4 days', 'ok'],
      ['Soon', 'Due tomorrow', 'due', 'Due, last day', 'due'],
      ['Ok', 'Due in 7 days', 'ok', 'None held yet', 'never'],
    ]);
    expect(model.cards[1]).toMatchObject({
      topics: 2,
      goals: [{ text: 'G', hints: ['No target date'] }],
    });
    // No person note: nothing to read. A person note not read yet: null.
    expect(model.cards[0]).toMatchObject({ goals: [], topics: 0 });
    expect(model.cards[3]).toMatchObject({ goals: null, topics: null });
    expect(model.dueCount).toBe(3);
    expect(model.summary).toBe(
      '1 overdue · 1 not met yet · 1 due soon · 1 career conversation due',
    );
  });

  it('lists index problems and person-note warnings together, by path', () => {
    const model = buildSidebarModel(
      input([person('Zed', {}, {}, { warnings: ['cadence "often" is not a number of days'] })], {
        problems: [{ path: 'One-on-ones/Broken/2026-10-01 Untitled.md', message: 'no person' }],
      }),
    );
    expect(model.problems).toEqual([
      { path: 'One-on-ones/Broken/2026-10-01 Untitled.md', message: 'no person' },
      { path: 'People/Zed.md', message: 'cadence "often" is not a number of days' },
    ]);
  });

  it('is empty without people', () => {
    expect(buildSidebarModel(input([]))).toMatchObject({
      cards: [],
      dueCount: 0,
      summary: 'No 1:1 notes yet',
    });
  });
});
