import { describe, expect, it } from 'vitest';
import { goalHints, parseGoals, withHints, type Goal } from '../../../src/core/people/goals';
import { personDetails } from '../../../src/core/overview/person-stats';
import { crlf, note } from '../../helpers/builders';
import { exampleNote } from '../../helpers/vault-files';

const TODAY = '2026-11-22';

describe('parseGoals', () => {
  it('reads the example vault: Priya Shah', () => {
    const text = exampleNote('People/Priya Shah.md');
    const goals = withHints(parseGoals(text, 'Goals'), TODAY);
    expect(
      goals.map(({ text, due, progress, done, hints }) => ({ text, due, progress, done, hints })),
    ).toEqual([
      {
        text: 'Ship the Atlas billing migration with zero data-loss incidents',
        due: '2027-03-31',
        progress: 40,
        done: false,
        hints: [],
      },
      {
        text: 'Grow the team to 7 engineers',
        due: '2027-01-31',
        progress: 50,
        done: false,
        hints: [],
      },
      {
        text: "Run the team's first blameless incident review programme",
        due: null,
        progress: 100,
        done: true,
        hints: [],
      },
      { text: 'Get promoted to Senior EM', due: '2027-06-30', progress: 0, done: false, hints: [] },
    ]);
    expect(goals[0]!.steps.map((s) => s.done)).toEqual([true, false, false]);
    expect(goals[0]!.line).toBe(9);
  });

  it('reads the example vault: Sam Lee (two-space indents, a goal past its date)', () => {
    const text = exampleNote('People/Sam Lee.md');
    const goals = withHints(parseGoals(text, 'Goals'), TODAY);
    expect(goals.map((g) => [g.progress, g.hints])).toEqual([
      [33, []],
      [0, ['Past its target date']],
      [0, []],
    ]);
  });

  it.each<[string, string, Partial<Goal>[]]>([
    ['no Goals section', note('## Notes', '- [ ] Not a goal'), []],
    ['an empty Goals section', note('## Goals', '', '## Notes'), []],
    ['a plain bullet is not a goal', note('## Goals', '- Be kinder'), []],
    [
      'the heading matches without case',
      note('## goals', '- [ ] Ship it 📅 2027-01-01'),
      [{ text: 'Ship it', due: '2027-01-01' }],
    ],
    [
      'a progress field wins over steps',
      note('## Goals', '- [ ] A [progress:: 75]', '    - [ ] s1'),
      [{ text: 'A', progress: 75 }],
    ],
    [
      'a progress field in parentheses, with a percent sign',
      note('## Goals', '- [ ] A (progress:: 20%)'),
      [{ progress: 20 }],
    ],
    [
      'progress is clamped and rounded',
      note(
        '## Goals',
        '- [ ] A [progress:: 140]',
        '- [ ] B [progress:: 33.6]',
        '- [ ] C [progress:: -5]',
      ),
      [{ progress: 100 }, { progress: 34 }, { progress: 0 }],
    ],
    [
      'else the share of checked steps',
      note('## Goals', '- [ ] A', '  - [x] s1', '  - [ ] s2', '    - [x] s2a'),
      [{ progress: 67 }],
    ],
    [
      'cancelled steps are left out',
      note('## Goals', '- [ ] A', '  - [x] s1', '  - [-] s2'),
      [{ progress: 100, done: false }],
    ],
    [
      'a done goal is at 100',
      note('## Goals', '- [x] A ✅ 2026-10-01', '  - [ ] s1'),
      [{ text: 'A', progress: 100, done: true }],
    ],
    ['an abandoned goal is left out', note('## Goals', '- [-] A', '- [ ] B'), [{ text: 'B' }]],
    [
      'an in-progress goal is not done',
      note('## Goals', '- [/] A'),
      [{ done: false, progress: 0 }],
    ],
    [
      'an invalid target date is no target',
      note('## Goals', '- [ ] A 📅 2026-02-30'),
      [{ due: null }],
    ],
    [
      'a target date outside the years 1900 to 2999 is no target',
      note('## Goals', '- [ ] A 📅 9999-12-31', '- [ ] B 📅 0100-01-01'),
      [{ due: null }, { due: null }],
    ],
    [
      'the emoji with a variation selector',
      note('## Goals', '- [ ] A 📅\uFE0F 2027-01-01'),
      [{ due: '2027-01-01', text: 'A' }],
    ],
    [
      'goals in a subsection count, the next section does not',
      note('## Goals', '### This year', '- [ ] A', '## Development plan', '- [ ] B'),
      [{ text: 'A' }],
    ],
    [
      'a task in a code block is not a goal',
      note('## Goals', '```', '- [ ] code', '```', '- [ ] A'),
      [{ text: 'A' }],
    ],
    [
      'CRLF line endings',
      crlf(note('## Goals', '- [ ] A 📅 2027-01-01', '    - [x] s')),
      [{ text: 'A', due: '2027-01-01', progress: 100 }],
    ],
    ['tab indents', note('## Goals', '- [ ] A', '\t- [x] s1', '\t- [ ] s2'), [{ progress: 50 }]],
  ])('%s', (_, text, expected) => {
    const goals = parseGoals(text, 'Goals');
    expect(goals).toHaveLength(expected.length);
    expected.forEach((e, i) => expect(goals[i]).toMatchObject(e));
  });
});

describe('goalHints', () => {
  const goal = (over: Partial<Goal>): Goal => ({
    text: 'A',
    line: 0,
    due: null,
    progress: 0,
    done: false,
    steps: [],
    ...over,
  });
  it.each<[string, Partial<Goal>, string[]]>([
    ['no target date', {}, ['No target date']],
    ['target date in the future', { due: '2026-12-01' }, []],
    ['target date today', { due: TODAY }, []],
    ['target date yesterday', { due: '2026-11-21' }, ['Past its target date']],
    ['done, past its date', { due: '2026-11-01', done: true }, []],
    ['done, no date', { done: true }, []],
  ])('%s', (_, over, hints) => {
    expect(goalHints(goal(over), TODAY)).toEqual(hints);
  });
});

describe('personDetails', () => {
  it('counts the queued topics of the example vault', () => {
    const text = exampleNote('People/Marcus Chen.md');
    expect(
      personDetails(text, { goalsHeading: 'Goals', topicsHeading: 'Topics for next time' }),
    ).toMatchObject({ topics: 3 });
  });

  it('counts a topic with sub-items once, and none without the section', () => {
    const config = { goalsHeading: 'Goals', topicsHeading: 'Topics for next time' };
    expect(
      personDetails(note('## Topics for next time', '- A', '  - a1', '- B'), config).topics,
    ).toBe(2);
    expect(personDetails(note('## Goals'), config)).toEqual({ goals: [], topics: 0 });
  });
});
