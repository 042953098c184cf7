// The #1on1 option's one change to the create flow: extra agenda topics, with no queue edits.
import { describe, expect, it } from 'vitest';
import { planNextNote, type NextNoteInput } from '../../../src/core/next-note/plan-next-note';
import { BUILT_IN_TYPES, REGULAR_TEMPLATE } from '../../../src/core/settings/note-types';
import { carryOptions, note } from '../../helpers/builders';

function input(over: Partial<NextNoteInput> = {}): NextNoteInput {
  return {
    path: 'One-on-ones/Priya Shah/2026-11-24 Priya Shah.md',
    type: BUILT_IN_TYPES[0]!,
    date: '2026-11-24',
    person: { name: 'Priya Shah', linkText: 'Priya Shah' },
    template: REGULAR_TEMPLATE,
    source: null,
    personNote: {
      path: 'People/Priya Shah.md',
      text: note('## Topics for next time', '- Queued one', '- Queued two'),
    },
    options: { carry: carryOptions(), topicsHeading: 'Topics for next time' },
    ...over,
  };
}

function agenda(text: string): string[] {
  return text
    .split('## Agenda\n')[1]!
    .split('\n## ')[0]!
    .split('\n')
    .filter((l) => l.trim() !== '');
}

describe('planNextNote with extra topics', () => {
  it('puts them in the agenda after the queued topics, with an empty edit group each', () => {
    const plan = planNextNote(input({ extraTopics: [['- Offsite (from [[2026-11-20]])']] }));
    expect(agenda(plan.text)).toEqual([
      '- Queued one',
      '- Queued two',
      '- Offsite (from [[2026-11-20]])',
    ]);
    expect(plan.topics).toHaveLength(3);
    expect(plan.topicEdits.map((g) => g.length)).toEqual([1, 1, 0]);
  });

  it.each([
    ['absent', undefined],
    ['empty', []],
  ])('changes nothing when %s', (_label, extraTopics) => {
    const plain = planNextNote(input());
    expect(planNextNote(input({ extraTopics })).text).toBe(plain.text);
    expect(planNextNote(input({ extraTopics })).topicEdits).toEqual(plain.topicEdits);
  });

  it('works for a person with no person note yet', () => {
    const plan = planNextNote(input({ personNote: null, extraTopics: [['- Offsite']] }));
    expect(agenda(plan.text)).toEqual(['- Offsite']);
    expect(plan.topicEdits).toEqual([[]]);
  });
});
