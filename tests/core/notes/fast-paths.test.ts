/**
 * The shortcuts the benchmark asked for give the same answers as the plain way: stats
 * from the few meetings each clock reads (and open items from the index's counts)
 * equal the clocks run on every meeting; open tasks with non-ASCII statuses; sidebar
 * cards reused only while nothing they show changed; cached date formats; the parser's
 * line patterns tried only where they can match, and a list item read without its pattern.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  careerClock,
  countOpenTasks,
  recentStats,
  regularClock,
} from '../../../src/core/overview/clocks';
import { addDays } from '../../../src/core/shared/dates';
import { displayDate, formatIsoDate } from '../../../src/core/shared/display';
import { MeetingIndex } from '../../../src/core/meetings/meeting-index';
import { recordFromFrontmatter } from '../../../src/core/meetings/meeting-record';
import {
  computePersonStats,
  PersonStatsCache,
  type PersonStats,
} from '../../../src/core/overview/person-stats';
import {
  buildSidebarModel,
  type CardMemo,
  type SidebarInput,
} from '../../../src/core/overview/sidebar-model';
import { migrateSettings } from '../../../src/core/settings/settings';
import {
  FENCE,
  firstSolid,
  HEADING,
  LIST_ITEM,
  listItemParts,
  QUOTE,
} from '../../../src/core/notes/block-syntax';

const TODAY = '2026-11-22';
const CLOSED = new Set(['x', 'X', '-', '>']);

describe('countOpenTasks', () => {
  it.each([
    ['ASCII statuses', [' x>/', '-?'], 3],
    ['a status outside ASCII', ['é x', 'ü'], 2],
    ['a status made of a surrogate pair counts once', ['😀x', '😀'], 2],
    ['a lone surrogate counts once', ['\ud83d', 'x'], 1],
    ['no tasks', ['', ''], 0],
  ])('%s', (_, tasks, open) => {
    expect(
      countOpenTasks(
        tasks.map((t) => ({ taskStatuses: t })),
        new Set([...CLOSED, 'ü']),
      ),
    ).toBe(open);
  });
});

describe('stats from the meetings each clock reads', () => {
  const meeting = fc.record({
    day: fc.integer({ min: -400, max: 40 }),
    status: fc.constantFrom('held', 'held', 'held', 'cancelled', 'rescheduled'),
    kind: fc.constantFrom('regular', 'regular', 'career'),
    tasks: fc.stringMatching(/^[ x>\-/é]{0,4}$/),
  });

  it('equal the clocks, recent stats and open items computed over every meeting', () => {
    const settings = migrateSettings({});
    const careerTypeIds = new Set(['career']);
    fc.assert(
      fc.property(
        fc.array(meeting, { maxLength: 60 }),
        fc.integer({ min: 3, max: 30 }),
        (specs, cadence) => {
          const index = new MeetingIndex();
          specs.forEach((m, i) => {
            const fm = {
              type: 'one-on-one',
              person: '[[Alex]]',
              date: addDays(TODAY, m.day),
              status: m.status,
              kind: m.kind,
            };
            index.set(
              `n${i}.md`,
              recordFromFrontmatter(`n${i}.md`, fm, () => 'People/Alex.md', {
                taskStatuses: m.tasks,
              }),
            );
          });
          const entry = index.person('People/Alex.md');
          if (!entry) return;
          const profile = {
            relationship: null,
            cadenceDays: cadence,
            careerCadence: [28, 42] as [number, number],
            email: null,
            warnings: [],
          };
          const stats = computePersonStats(entry, {
            today: TODAY,
            config: settings,
            profile: () => profile,
          });
          const all = [...entry.meetings].reverse();
          const regular = regularClock(all, cadence, TODAY);
          expect(stats.regular).toEqual(regular);
          expect(stats.career).toEqual(careerClock(all, careerTypeIds, [28, 42], TODAY));
          expect(stats.recent).toEqual(
            recentStats(all, cadence, TODAY, regular.status === 'overdue'),
          );
          expect(stats.openActionItems).toBe(
            countOpenTasks(all, new Set([...settings.closedStatuses, '>'])),
          );
        },
      ),
      { seed: 64, numRuns: 300 },
    );
  });

  it('are the same for meetings handed over out of order', () => {
    const index = new MeetingIndex();
    for (const [i, d] of [5, -20, -3, -60, 12].entries()) {
      index.set(
        `n${i}.md`,
        recordFromFrontmatter(
          `n${i}.md`,
          { type: 'one-on-one', person: '[[Alex]]', date: addDays(TODAY, d) },
          () => 'People/Alex.md',
        ),
      );
    }
    const entry = index.person('People/Alex.md')!;
    const ctx = {
      today: TODAY,
      config: migrateSettings({}),
      profile: () => ({
        relationship: null,
        cadenceDays: 14,
        careerCadence: [28, 42] as [number, number],
        email: null,
        warnings: [],
      }),
    };
    const shuffled = {
      ...entry,
      meetings: [
        entry.meetings[3]!,
        entry.meetings[0]!,
        entry.meetings[4]!,
        entry.meetings[2]!,
        entry.meetings[1]!,
      ],
      taskStatusCounts: undefined,
    };
    expect(computePersonStats(shuffled, ctx)).toEqual(computePersonStats(entry, ctx));
  });
});

describe('sidebar cards reused between builds', () => {
  const settings = migrateSettings({});
  function setup(): {
    input: (over?: Partial<SidebarInput>) => SidebarInput;
    stats: PersonStatsCache;
    index: MeetingIndex;
  } {
    const index = new MeetingIndex();
    for (const [i, person] of ['Alex', 'Blair'].entries()) {
      index.set(
        `n${i}.md`,
        recordFromFrontmatter(
          `n${i}.md`,
          { type: 'one-on-one', person: `[[${person}]]`, date: '2026-11-10' },
          (l) => `People/${l}.md`,
        ),
      );
    }
    const stats = new PersonStatsCache(index);
    const memo: CardMemo = new WeakMap();
    const details = { goals: [], topics: 1 };
    const input = (over: Partial<SidebarInput> = {}): SidebarInput => {
      stats.refresh({
        today: over.today ?? TODAY,
        config: settings,
        profile: () => ({
          relationship: null,
          cadenceDays: 14,
          careerCadence: [28, 42],
          email: null,
          warnings: [],
        }),
      });
      return {
        today: TODAY,
        people: stats.all(),
        meetingsOf: (k) => index.meetingsOf(k),
        careerTypeIds: new Set(['career']),
        details: () => details,
        problems: [],
        memo,
        ...over,
      };
    };
    return { input, stats, index };
  }

  it('keeps the card of a person whose stats and details did not change', () => {
    const { input, index } = setup();
    const first = buildSidebarModel(input());
    index.set(
      'n2.md',
      recordFromFrontmatter(
        'n2.md',
        { type: 'one-on-one', person: '[[Blair]]', date: '2026-11-20' },
        (l) => `People/${l}.md`,
      ),
    );
    const second = buildSidebarModel(input());
    const card = (m: typeof first, name: string): PersonStats =>
      m.cards.find((c) => c.name === name)!;
    expect(card(second, 'Alex')).toBe(card(first, 'Alex'));
    expect(card(second, 'Blair')).not.toBe(card(first, 'Blair'));
    expect(card(second, 'Blair').regular.lastMeeting).toBe('2026-11-20');
  });

  it.each([
    ['other details', { details: () => ({ goals: [], topics: 2 }) }],
    ['other career types', { careerTypeIds: new Set(['career', 'growth']) }],
  ])('makes every card anew for %s', (_, over) => {
    const { input } = setup();
    const first = buildSidebarModel(input());
    const second = buildSidebarModel(input(over));
    expect(second.cards.map((c, i) => c === first.cards[i])).toEqual([false, false]);
  });
});

describe('formatIsoDate', () => {
  it.each([
    ['2026-11-22', 'en-US', { dateStyle: 'medium' }],
    ['2026-01-01', 'de-DE', { dateStyle: 'medium' }],
    ['2027-03-31', 'en-GB', { weekday: 'long', month: 'short', day: 'numeric', year: 'numeric' }],
    ['0999-05-06', 'en-US', { year: 'numeric', month: 'long' }],
  ] as const)('%s in %s equals a new Intl format of that calendar day', (date, locale, options) => {
    const fresh = new Intl.DateTimeFormat(locale, { ...options, timeZone: 'UTC' }).format(
      Date.UTC(
        Number(date.slice(0, 4)),
        Number(date.slice(5, 7)) - 1,
        Number(date.slice(8, 10)),
        12,
      ),
    );
    expect(formatIsoDate(date, locale, { ...options })).toBe(fresh);
    expect(formatIsoDate(date, locale, { ...options })).toBe(fresh);
  });

  it('shows the same day in every time zone (noon UTC, formatted in UTC)', () => {
    expect(displayDate('2026-11-22', 'en-US')).toBe('Nov 22, 2026');
  });
});

describe("the parser's shortcuts past its line patterns", () => {
  const line = fc
    .array(
      fc.constantFrom(
        ' ',
        '\t',
        '-',
        '*',
        '+',
        '1',
        '9',
        '0',
        '.',
        ')',
        '#',
        '>',
        '`',
        '~',
        'a',
        '[',
        ']',
        'x',
        '\r',
        '\u2028',
        '\u2029',
      ),
      {
        maxLength: 16,
      },
    )
    .map((cs) => cs.join(''));

  it('listItemParts finds what LIST_ITEM captures, on any line', () => {
    fc.assert(
      fc.property(line, (s) => {
        expect(listItemParts(s)).toEqual(LIST_ITEM.exec(s)?.slice(1, 5) ?? null);
      }),
      { numRuns: 20000, seed: 20261202 },
    );
    expect(listItemParts('1234567890. ten digits')).toBeNull();
    expect(listItemParts('123456789) nine')).toEqual(['', '123456789)', ' ', 'nine']);
  });

  it('a line matches a heading, quote or fence pattern only with that first solid character', () => {
    fc.assert(
      fc.property(line, (s) => {
        const first = String.fromCharCode(firstSolid(s));
        if (HEADING.test(s)) expect(first).toBe('#');
        if (QUOTE.test(s)) expect(first).toBe('>');
        if (FENCE.test(s)) expect(['`', '~']).toContain(first);
      }),
      { numRuns: 20000, seed: 20261202 },
    );
  });
});
