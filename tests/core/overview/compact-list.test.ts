/**
 * The sidebar's compact list as data: the summary's parts and the filter each one sets,
 * the rows remembered open (renamed and removed people included), and where the arrow
 * keys move between rows.
 */
import { describe, expect, it } from 'vitest';
import type { CareerClock, RegularClock } from '../../../src/core/overview/clocks';
import {
  activeFilter,
  matchesFilter,
  OpenRows,
  rowAfterKey,
  shownPeople,
  summaryParts,
  type ListFilter,
} from '../../../src/core/overview/compact-list';
import { summaryLine } from '../../../src/core/overview/sidebar-model';
import type { PersonStats } from '../../../src/core/overview/person-stats';

type Clocks = { regular: RegularClock; career: CareerClock };

const r = (status: RegularClock['status']): RegularClock => ({
  lastMeeting: status === 'never' ? null : '2026-11-01',
  nextDue: status === 'never' ? null : '2026-11-15',
  status,
  daysOverdue: status === 'overdue' ? 7 : 0,
  daysUntilDue: status === 'never' ? null : 1,
  scheduled: null,
});
const c = (status: CareerClock['status']): CareerClock => ({
  last: null,
  windowStart: null,
  windowEnd: null,
  status,
  daysOverdue: status === 'overdue' ? 3 : 0,
  daysLeft: null,
});
const who = (
  name: string,
  regular: RegularClock['status'],
  career: CareerClock['status'] = 'never',
): Clocks & { name: string } => ({ name, regular: r(regular), career: c(career) });

const PEOPLE = [
  who('Ann', 'overdue', 'overdue'),
  who('Bo', 'overdue'),
  who('Cy', 'never'),
  who('Di', 'due-soon', 'due'),
  who('Ed', 'ok', 'due'),
  who('Fay', 'ok', 'not-yet'),
];

describe('summaryParts', () => {
  it('names each group with its count, in the order of the summary line', () => {
    expect(summaryParts(PEOPLE)).toEqual([
      { filter: 'overdue', count: 2, text: '2 overdue' },
      { filter: 'never', count: 1, text: '1 not met yet' },
      { filter: 'due-soon', count: 1, text: '1 due soon' },
      { filter: 'career-due', count: 2, text: '2 career conversations due' },
      { filter: 'career-overdue', count: 1, text: '1 career conversation overdue' },
    ]);
  });

  it('is the summary line, part for part', () => {
    const people = PEOPLE as unknown as PersonStats[];
    expect(
      summaryParts(people)
        .map((p) => p.text)
        .join(' · '),
    ).toBe(summaryLine(people));
  });

  it('has no part when everyone is on track', () => {
    expect(summaryParts([who('Fay', 'ok', 'not-yet')])).toEqual([]);
  });
});

describe('the filter', () => {
  it.each<[ListFilter, string[]]>([
    ['overdue', ['Ann', 'Bo']],
    ['never', ['Cy']],
    ['due-soon', ['Di']],
    ['career-due', ['Di', 'Ed']],
    ['career-overdue', ['Ann']],
  ])('%s shows only those people, in the order given', (filter, names) => {
    expect(shownPeople(PEOPLE, filter).map((p) => p.name)).toEqual(names);
    for (const p of PEOPLE) expect(matchesFilter(p, filter)).toBe(names.includes(p.name));
  });

  it('shows everyone without a filter', () => {
    expect(shownPeople(PEOPLE, null)).toEqual(PEOPLE);
  });

  it('falls back to everyone when nobody is left in the group', () => {
    const parts = summaryParts([who('Bo', 'overdue')]);
    expect(activeFilter('overdue', parts)).toBe('overdue');
    expect(activeFilter('due-soon', parts)).toBeNull();
    expect(activeFilter(null, parts)).toBeNull();
  });
});

describe('OpenRows', () => {
  it('remembers the rows open, and toggles them', () => {
    const open = OpenRows.from(['People/Ann.md']);
    expect(open.has('People/Ann.md')).toBe(true);
    open.toggle('People/Bo.md');
    open.toggle('People/Ann.md');
    expect(open.keys()).toEqual(['People/Bo.md']);
  });

  it.each<[string, unknown]>([
    ['nothing saved', null],
    ['not a list', { a: 1 }],
    ['a list with other things', [3, null, 'People/Ann.md', '']],
  ])('reads what was saved leniently (%s)', (_, raw) => {
    const keys = OpenRows.from(raw).keys();
    expect(keys.every((k) => typeof k === 'string' && k !== '')).toBe(true);
  });

  it('follows a person note that is renamed', () => {
    const open = OpenRows.from(['People/Ann.md', 'People/Bo.md']);
    expect(open.rename('People/Ann.md', 'Team/Ann Lee.md')).toBe(true);
    expect(open.rename('People/Zed.md', 'People/Zoe.md')).toBe(false);
    expect(open.keys()).toEqual(['People/Bo.md', 'Team/Ann Lee.md']);
  });

  it('forgets people who are no longer there', () => {
    const open = OpenRows.from(['People/Ann.md', 'People/Bo.md']);
    expect(open.prune(['People/Bo.md', 'People/Cy.md'])).toBe(true);
    expect(open.keys()).toEqual(['People/Bo.md']);
    expect(open.prune(['People/Bo.md'])).toBe(false);
  });

  it('takes the rows of another state in place, true when they differ', () => {
    const open = OpenRows.from(['People/Ann.md']);
    expect(open.takeKeys(['People/Bo.md', 7, 'People/Ann.md'])).toBe(true);
    expect(open.keys()).toEqual(['People/Ann.md', 'People/Bo.md']);
    expect(open.takeKeys(['People/Bo.md', 'People/Ann.md'])).toBe(false);
    expect(open.takeKeys('not a list')).toBe(true);
    expect(open.keys()).toEqual([]);
  });

  it('counts its changes (the view compares that, not the keys), and only real ones', () => {
    const open = OpenRows.from(['People/Ann.md']);
    const seen = [open.revision];
    open.toggle('People/Bo.md');
    seen.push(open.revision);
    open.rename('People/Zed.md', 'People/Zoe.md');
    open.prune(['People/Ann.md', 'People/Bo.md']);
    open.takeKeys(['People/Bo.md', 'People/Ann.md']);
    seen.push(open.revision);
    open.rename('People/Ann.md', 'Team/Ann.md');
    seen.push(open.revision);
    open.prune(['Team/Ann.md']);
    seen.push(open.revision);
    open.takeKeys([]);
    seen.push(open.revision);
    // Each change a new number; the four that changed nothing none.
    expect(new Set(seen).size).toBe(5);
    expect(seen[1]).toBe(seen[2]);
  });
});

describe('rowAfterKey', () => {
  it.each<[string, number, number, number | null]>([
    ['ArrowDown', 0, 5, 1],
    ['ArrowDown', 4, 5, 4],
    ['ArrowUp', 3, 5, 2],
    ['ArrowUp', 0, 5, 0],
    ['Home', 3, 5, 0],
    ['End', 1, 5, 4],
    ['Enter', 1, 5, null],
    ['ArrowDown', 0, 0, null],
  ])('%s from row %i of %i goes to %s', (key, index, count, to) => {
    expect(rowAfterKey(key, index, count)).toBe(to);
  });
});
