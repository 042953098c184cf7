/**
 * Issue 12, privacy in every Markdown form: carry-over reads a note as the recap does
 * (one reading of what Obsidian shows), never shows in the new note what the source
 * hides, and marks `[>]` exactly what the new note holds.
 */
import { describe, expect, it } from 'vitest';
import { planCarryOver } from '../../../src/core/next-note/carry-over';
import {
  planNextNote,
  type NextNoteInput,
  type NextNotePlan,
} from '../../../src/core/next-note/plan-next-note';
import { applyLineEdits } from '../../../src/core/notes/line-edits';
import { parseNote } from '../../../src/core/notes/markdown';
import { stripPrivate } from '../../../src/core/notes/privacy';
import { BUILT_IN_TYPES, REGULAR_TEMPLATE } from '../../../src/core/settings/note-types';
import { carryOptions, note, section } from '../../helpers/builders';

const DATE = '2026-11-08';
const PRIVACY = { privateHeadings: ['Private'] };

/** Plan the next note from `text` with the built-in regular template. */
function next(text: string, template = REGULAR_TEMPLATE): NextNotePlan {
  return planNextNote(nextInput(text, template));
}

/** The input of `next`. */
function nextInput(text: string, template = REGULAR_TEMPLATE): NextNoteInput {
  return {
    path: 'One-on-ones/Alex/2026-11-22 Alex.md',
    type: BUILT_IN_TYPES[0]!,
    date: '2026-11-22',
    person: { name: 'Alex', linkText: 'Alex' },
    template,
    source: {
      path: 'One-on-ones/Alex/2026-11-08 Alex.md',
      date: DATE,
      text,
      linkText: '2026-11-08 Alex',
    },
    personNote: null,
    options: { carry: carryOptions(), topicsHeading: 'Topics for next time' },
  };
}

/** The marked source: every planned edit applies. */
function marked(text: string, plan: NextNotePlan): string {
  const r = applyLineEdits(text, plan.sourceEdits.flat());
  expect(r.skipped).toEqual([]);
  return r.text;
}

/** Every task line marked `[>]` is in the new note exactly once, and the counts agree. */
function expectMarkedCarriedOnce(text: string, plan: NextNotePlan): void {
  const after = marked(text, plan).split('\n');
  const forwarded = after.filter((l, i) => /\[>\]/.test(l) && !/\[>\]/.test(text.split('\n')[i]!));
  expect(forwarded.length).toBe(plan.carried.length);
  for (const l of forwarded) {
    const words = l.replace(/^.*\[>\]\s*/, '').trim();
    expect(plan.text.split(words).length - 1, words).toBe(1);
  }
}

/** The words the source's recap hides do not show in the new note's recap. */
function expectHiddenStaysHidden(text: string, plan: NextNotePlan, secrets: string[]): void {
  const source = stripPrivate(text, PRIVACY).text;
  const shown = stripPrivate(plan.text, PRIVACY).text;
  for (const s of secrets) {
    expect(source).not.toContain(s);
    expect(shown, s).not.toContain(s);
  }
}

describe('issue 12.1: a task that a comment partly hides', () => {
  it('is not carried when a comment opened above closes on its line', () => {
    const text = note(
      '## Action items',
      '- [ ] Book the offsite',
      '%% draft, not for Alex:',
      '- [ ] Tell Alex the reorg cuts his team %% (ask HR first)',
      '- [ ] Send the slides',
    );
    const plan = next(text);
    expect(plan.carried.map((c) => c.text)).toEqual([
      '- [ ] Book the offsite ➕ 2026-11-08',
      '- [ ] Send the slides ➕ 2026-11-08',
    ]);
    expect(marked(text, plan)).toContain('- [ ] Tell Alex the reorg');
    expectHiddenStaysHidden(text, plan, ['reorg', 'draft']);
    expectMarkedCarriedOnce(text, plan);
  });

  it('is not carried when an inline %%x%% sits inside a multi-line comment', () => {
    const text = note(
      '## Action items',
      '%% start of notes',
      '- [ ] Secret plan %%x%% secret tail',
      'end %%',
      '- [ ] Shown task',
    );
    const plan = next(text);
    expect(plan.carried.map((c) => c.text)).toEqual(['- [ ] Shown task ➕ 2026-11-08']);
    expectHiddenStaysHidden(text, plan, ['Secret plan', 'secret tail']);
    expect(section(plan.text, 'Action items', { headings: 'any' })).toEqual([
      '- [ ] Shown task ➕ 2026-11-08',
    ]);
  });
});

describe('issue 12.2: a heading inside a comment', () => {
  it('does not end the Private section for carry-over', () => {
    const text = note(
      '## Private',
      '- [ ] Ask HR about the raise',
      '%%',
      '## Public',
      '%%',
      '- [ ] Talk to legal about the visa',
      '## Notes',
      '- [ ] Shared task',
    );
    const plan = next(text);
    expect(section(plan.text, 'Private', { headings: 'any' })).toEqual([
      '- [ ] Ask HR about the raise ➕ 2026-11-08',
      '- [ ] Talk to legal about the visa ➕ 2026-11-08',
    ]);
    expectHiddenStaysHidden(text, plan, ['raise', 'visa']);
  });
});

describe('issue 12.9: every item marked [>] is in the new note exactly once', () => {
  it('the closing marker added to a block does not claim the next line', () => {
    const text = note('- [ ] A %%note starts', '- [ ] B %% visible tail', '- [ ] C');
    const plan = next(text);
    expectMarkedCarriedOnce(text, plan);
    expect(plan.sourceEdits.flat().map((e) => e.line)).toEqual(
      plan.blocks.map((b) => b.sourceLine),
    );
    // B's text is hidden in the source: it stays there, open.
    expect(marked(text, plan)).toContain('- [ ] B');
    expectHiddenStaysHidden(text, plan, ['note starts']);
  });

  it('groups the edits by the lines each block came from', () => {
    const carry = planCarryOver(note('- [ ] A %%x', '- [ ] B %% y'), DATE, carryOptions());
    expect(carry.blocks.map((b) => [b.sourceLine, b.sourceEnd])).toEqual([[0, 1]]);
  });
});

describe('issue 12.16: a template with a byte-order mark', () => {
  it('keeps its frontmatter as frontmatter, one block at the top', () => {
    const plan = next(note('- [ ] task'), note('\uFEFF---', 'tags: [meeting]', '---', '## Agenda'));
    const lines = plan.text.split('\n');
    expect(lines[0]).toBe('---');
    const end = lines.indexOf('---', 1);
    expect(lines.slice(1, end)).toContain('tags: [meeting]');
    expect(lines.slice(1, end)).toContain('type: one-on-one');
    expect(lines.slice(end + 1).join('\n')).not.toMatch(/---|tags/);
  });
});

describe('issue 12.8: a template with an unclosed code fence', () => {
  it.each([
    ['backticks', ['```js', 'const x = 1;']],
    ['tildes, indented', ['  ~~~~', 'code']],
  ])('does not swallow the sections appended after it (%s)', (_, fence) => {
    const source = note('## Action items', '- [ ] Shared task', '## Private', '- [ ] Secret task');
    const plan = next(source, note('## Notes', ...fence));
    const n = parseNote(plan.text);
    expect(n.headings.map((h) => h.text)).toEqual(['Notes', 'Agenda', 'Action items', 'Private']);
    for (const h of n.headings) expect(n.codeLines.has(h.line)).toBe(false);
    expect(section(plan.text, 'Private', { headings: 'any' })).toEqual([
      '- [ ] Secret task ➕ 2026-11-08',
    ]);
    expect(stripPrivate(plan.text, PRIVACY).text).not.toContain('Secret');
    expect(plan.text).toContain(fence[1]);
  });
});

describe('issue 12.7: a comment in the topic queue', () => {
  const person = note(
    '## Topics for next time',
    '- Shared topic',
    '%% draft, not yet:',
    '## Development plan',
    '- Secret promotion plan',
    '%%',
    '- Inline %%secret aside%% topic',
    '%% secret one-liner %%',
    '- Half %% secret tail',
    'more secret %% and shown',
    '## Goals',
  );

  it('moves no marker alone, and shows nothing the person note hides', () => {
    const plan = planNextNote({
      ...nextInput(note('- [ ] task')),
      personNote: { path: 'People/Alex.md', text: person },
    });
    const moved = plan.topics.flat();
    expect(moved).toEqual(['- Shared topic']);
    const after = applyLineEdits(person, plan.topicEdits.flat());
    expect(after.skipped).toEqual([]);
    expect(stripPrivate(after.text, PRIVACY).text).not.toMatch(/secret/i);
    expect(stripPrivate(plan.text, PRIVACY).text).not.toMatch(/secret/i);
  });
});

describe('issue 15.5: the 1:1 Manager plugin writes "## 🔒 Private Notes"', () => {
  it.each(['## 🔒 Private Notes', '### Private (not shared)'])(
    'a task under %s is carried only into the private section',
    (heading) => {
      const text = note(
        '## Action items',
        '- [ ] shared task',
        heading,
        '- [ ] ask HR about the transfer',
      );
      const plan = next(text);
      expect(section(plan.text, 'Private').join('\n')).toContain('ask HR');
      expect(section(plan.text, 'Action items').join('\n')).not.toContain('ask HR');
      expectHiddenStaysHidden(text, plan, ['ask HR']);
    },
  );
});
