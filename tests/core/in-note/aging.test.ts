import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  ageLabel,
  agedTasks,
  applyLineChange,
  createdDateOf,
  delegateChange,
  dropChange,
  isAgingWarning,
  meetingAge,
  ownerToken,
  type AgingContext,
  type MeetingOnDate,
} from '../../../src/core/in-note/aging';
import { ordinal } from '../../../src/core/shared/date-format';
import type { MeetingStatus } from '../../../src/core/meetings/meeting-record';
import { CLOSED, crlf, note, oneOnOne } from '../../helpers/builders';
import { exampleNote } from '../../helpers/vault-files';

const THIS = 'One-on-ones/Priya/2026-11-10 Priya.md';

function m(
  date: string,
  status: MeetingStatus = 'held',
  path = `One-on-ones/Priya/${date} Priya.md`,
): MeetingOnDate {
  return { path, date, status };
}

/** Priya's last three meetings as in the example vault: held, cancelled, this one. */
const PRIYA: AgingContext = {
  path: THIS,
  date: '2026-11-10',
  meetings: [
    m('2026-09-29'),
    m('2026-10-13'),
    m('2026-10-27', 'cancelled'),
    m('2026-11-10', 'held', THIS),
  ],
};

describe('ordinal and label', () => {
  it.each([
    [1, '1st'],
    [2, '2nd'],
    [3, '3rd'],
    [4, '4th'],
    [10, '10th'],
    [11, '11th'],
    [12, '12th'],
    [13, '13th'],
    [21, '21st'],
    [22, '22nd'],
    [23, '23rd'],
    [101, '101st'],
    [111, '111th'],
    [112, '112th'],
    [121, '121st'],
  ])('%i is %s', (n, text) => {
    expect(ordinal(n)).toBe(text);
    expect(ageLabel(n)).toBe(`${text} meeting`);
  });

  it.each([
    [2, 3, false],
    [3, 3, true],
    [4, 3, true],
    [2, 2, true],
  ])('age %i with threshold %i is a warning: %s', (age, threshold, warning) => {
    expect(isAgingWarning(age, threshold)).toBe(warning);
  });
});

describe('createdDateOf', () => {
  it.each([
    ['Do it ➕ 2026-10-13', '2026-10-13'],
    ['Do it ➕️ 2026-10-13', '2026-10-13'],
    ['Do it ➕2026-10-13 📅 2026-12-01', '2026-10-13'],
    ['Do it 📅 2026-12-01', null],
    ['Do it ➕ 2026-02-30', null],
    ['Do it ➕ 26-10-13', null],
  ])('%s gives %s', (text, date) => {
    expect(createdDateOf(text)).toBe(date);
  });
});

describe('meetingAge: meetings from the created date up to this note, rescheduled ones excluded', () => {
  it.each([
    ['raised at the previous (held) meeting, a cancelled one between', '2026-10-13', 3],
    ['raised at the cancelled meeting', '2026-10-27', 2],
    ['raised between two meetings', '2026-11-01', 1],
    ['raised the day before a meeting', '2026-10-12', 3],
    ['raised long before the first meeting known', '2026-01-01', 4],
  ])('%s: %s gives %i', (_label, created, age) => {
    expect(meetingAge(created, PRIYA)).toBe(age);
  });

  it('does not count a rescheduled meeting: the meeting moved to another date, which has its own note', () => {
    const ctx: AgingContext = {
      ...PRIYA,
      meetings: [...PRIYA.meetings, m('2026-10-20', 'rescheduled')],
    };
    expect(meetingAge('2026-10-13', ctx)).toBe(3);
  });

  it('counts this note once, also when the index does not have it yet', () => {
    const ctx: AgingContext = { ...PRIYA, meetings: PRIYA.meetings.filter((x) => x.path !== THIS) };
    expect(meetingAge('2026-10-13', ctx)).toBe(3);
  });

  it("does not count another note on this note's own date, nor later meetings", () => {
    const ctx: AgingContext = {
      ...PRIYA,
      meetings: [...PRIYA.meetings, m('2026-11-10', 'held', 'career.md'), m('2026-11-24')],
    };
    expect(meetingAge('2026-10-13', ctx)).toBe(3);
  });

  it('never goes below 1 and never decreases for an earlier created date (property)', () => {
    const day = fc
      .integer({ min: 0, max: 120 })
      .map((d) => new Date(Date.UTC(2026, 0, 1 + d)).toISOString().slice(0, 10));
    const meeting = fc.record({
      date: day,
      status: fc.constantFrom<MeetingStatus>('held', 'cancelled', 'rescheduled'),
    });
    fc.assert(
      fc.property(fc.array(meeting, { maxLength: 12 }), day, day, day, (ms, noteDate, a, b) => {
        const ctx: AgingContext = {
          path: 'this.md',
          date: noteDate,
          meetings: ms.map((x, i) => ({ ...x, path: `${i}.md` })),
        };
        const [early, late] = a <= b ? [a, b] : [b, a];
        expect(meetingAge(late, ctx)).toBeGreaterThanOrEqual(1);
        expect(meetingAge(early, ctx)).toBeGreaterThanOrEqual(meetingAge(late, ctx));
      }),
      { seed: 5, numRuns: 300 },
    );
  });
});

describe('agedTasks', () => {
  const text = oneOnOne(
    { date: '2026-11-10' },
    '## Action items',
    '- [ ] Raised last time ➕ 2026-10-27',
    '- [/] In progress, raised long ago ➕ 2026-10-13',
    '- [x] Done ✅ 2026-11-09 ➕ 2026-10-13',
    '- [>] Forwarded ➕ 2026-10-13',
    '- [-] Dropped ➕ 2026-10-13',
    '- [ ] Raised today ➕ 2026-11-10',
    '- [ ] No created date',
    '- Not a task ➕ 2026-10-13',
    '    - [ ] Nested with its own date ➕ 2026-10-27',
    '> - [ ] In a quote ➕️ 2026-10-27',
    '```',
    '- [ ] In code ➕ 2026-10-13',
    '```',
    '- [?] Custom status ➕ 2026-10-13',
  );

  it('finds open tasks with a created date before the note date, with their ages', () => {
    const tasks = agedTasks(text, PRIYA, CLOSED);
    expect(tasks.map((t) => [t.line, t.status, t.created, t.age])).toEqual([
      [5, ' ', '2026-10-27', 2],
      [6, '/', '2026-10-13', 3],
      [13, ' ', '2026-10-27', 2],
      [14, ' ', '2026-10-27', 2],
      [18, '?', '2026-10-13', 3],
    ]);
  });

  it('gives offsets that point at the status and the text', () => {
    for (const t of agedTasks(text, PRIYA, CLOSED)) {
      expect(t.lineText[t.statusOffset]).toBe(t.status);
      expect(t.lineText.slice(t.textOffset)).toMatch(/^[A-Z]/);
    }
  });

  it('uses the closed statuses it is given', () => {
    const closed = new Set([...CLOSED, '?', '/']);
    expect(agedTasks(text, PRIYA, closed).map((t) => t.line)).toEqual([5, 13, 14]);
  });

  it('reads CRLF notes the same', () => {
    expect(agedTasks(crlf(text), PRIYA, CLOSED).map((t) => [t.line, t.age, t.lineText])).toEqual(
      agedTasks(text, PRIYA, CLOSED).map((t) => [t.line, t.age, t.lineText]),
    );
  });

  it.each([
    ['an empty note', ''],
    ['a note without tasks', note('## Agenda', '- talk')],
  ])('finds nothing in %s', (_l, t) => {
    expect(agedTasks(t, PRIYA, CLOSED)).toEqual([]);
  });

  it('finds nothing when the note date is not a date', () => {
    expect(agedTasks(text, { ...PRIYA, date: 'soon' }, CLOSED)).toEqual([]);
  });

  it("matches the example vault: Priya's note of 2026-11-10", () => {
    const read = (d: string): string => exampleNote(`One-on-ones/Priya Shah/${d} Priya Shah.md`);
    const dates = ['2026-09-29', '2026-10-13', '2026-10-27', '2026-11-10'];
    const meetings = dates.map((d) => {
      const status = /^status: (\w+)/m.exec(read(d))?.[1] ?? 'held';
      return { path: `${d}.md`, date: d, status: status as MeetingStatus };
    });
    const tasks = agedTasks(
      read('2026-11-10'),
      { path: '2026-11-10.md', date: '2026-11-10', meetings },
      CLOSED,
    );
    expect(
      tasks.map((t) => [t.lineText.replace(/^- \[.\] /, '').slice(0, 24), ageLabel(t.age)]),
    ).toEqual([
      ['Q1 headcount: backfill f', '2nd meeting'],
      ['Draft the Q1 roadmap 📅 ', '3rd meeting'],
      ['Pick a stretch project t', '3rd meeting'],
    ]);
  });
});

describe('drop and delegate', () => {
  const ctx: AgingContext = { path: 'n.md', date: '2026-11-10', meetings: [] };
  // Each line under a plain item: a note that starts with a tab starts with indented code.
  const under = (line: string): string => `- parent\n${line}`;
  const taskOf = (line: string) => agedTasks(under(line), ctx, CLOSED)[0]!;

  it.each([
    ['- [ ] Call Finance ➕ 2026-10-13', '- [-] Call Finance ➕ 2026-10-13'],
    ['\t- [/] Call Finance ➕ 2026-10-13 ^abc', '\t- [-] Call Finance ➕ 2026-10-13 ^abc'],
    ['> - [?] Call Finance ➕ 2026-10-13', '> - [-] Call Finance ➕ 2026-10-13'],
    ['- [🔥] Call Finance ➕ 2026-10-13', '- [-] Call Finance ➕ 2026-10-13'],
  ])('drop: %s', (line, after) => {
    expect(applyLineChange(line, dropChange(taskOf(line)))).toBe(after);
  });

  it.each([
    ['- [ ] Call Finance ➕ 2026-10-13', 'Priya', '- [ ] @Priya Call Finance ➕ 2026-10-13'],
    ['- [ ] Call Finance ➕ 2026-10-13', '@Priya', '- [ ] @Priya Call Finance ➕ 2026-10-13'],
    [
      '- [ ] Call Finance ➕ 2026-10-13',
      ' Mary  Jane ',
      '- [ ] @Mary-Jane Call Finance ➕ 2026-10-13',
    ],
    ['- [ ] @Sam call Finance ➕ 2026-10-13', 'Jo', '- [ ] @Jo call Finance ➕ 2026-10-13'],
    ['  * [/] Call Finance ➕ 2026-10-13', 'Jo', '  * [/] @Jo Call Finance ➕ 2026-10-13'],
  ])('delegate: %s to %s', (line, name, after) => {
    expect(applyLineChange(line, delegateChange(taskOf(line), name)!)).toBe(after);
  });

  it.each(['', '   ', '@'])('delegate to %j is no change', (name) => {
    expect(ownerToken(name)).toBeNull();
    expect(delegateChange(taskOf('- [ ] Call ➕ 2026-10-13'), name)).toBeNull();
  });

  it('dropping changes the status character and nothing else (property)', () => {
    const text = fc.string({ maxLength: 30 }).filter((s) => !/[\r\n]/.test(s));
    fc.assert(
      fc.property(
        fc.constantFrom('', '  ', '\t', '> '),
        fc.constantFrom('-', '*', '+', '1.'),
        fc.constantFrom(' ', '/', '?'),
        text,
        (indent, marker, status, body) => {
          const line = `${indent}${marker} [${status}] ${body} ➕ 2026-10-01`;
          const tasks = agedTasks(under(line), ctx, CLOSED);
          expect(tasks).toHaveLength(1);
          const after = applyLineChange(line, dropChange(tasks[0]!));
          expect(after.length).toBe(line.length);
          const diff = [...after].filter((c, i) => c !== line[i]);
          expect(diff).toEqual(['-']);
        },
      ),
      { seed: 7, numRuns: 200 },
    );
  });
});
