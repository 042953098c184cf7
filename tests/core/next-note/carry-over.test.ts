import { describe, expect, it } from 'vitest';
import {
  addCreatedStamp,
  hasCreatedStamp,
  lineIndent,
  planCarryOver,
  planTopics,
  type CarryOptions,
  type CarryPlan,
} from '../../../src/core/next-note/carry-over';
import { applyLineEdits, type LineEdit } from '../../../src/core/notes/line-edits';
import { blockDestination, insertIntoSections } from '../../../src/core/next-note/note-insert';
import { parseNote } from '../../../src/core/notes/markdown';
import { carryOptions, crlf, noFinalEol, note, personNote } from '../../helpers/builders';

const DATE = '2026-11-10';
const STAMP = `➕ ${DATE}`;

function carry(text: string, over: Partial<CarryOptions> = {}): CarryPlan {
  return planCarryOver(text, DATE, carryOptions(over));
}

/** The lines of every carried block, concatenated. */
function carriedLines(text: string, over: Partial<CarryOptions> = {}): string[] {
  return carry(text, over).blocks.flatMap((b) => b.lines);
}

/** The source after its planned edits. */
function marked(text: string, over: Partial<CarryOptions> = {}): string {
  const r = applyLineEdits(text, carry(text, over).sourceEdits);
  expect(r.skipped).toEqual([]);
  return r.text;
}

describe('rule 2: which tasks are open', () => {
  it.each([
    [' ', true],
    ['/', true],
    ['?', true],
    ['!', true],
    ['x', false],
    ['X', false],
    ['-', false],
    ['>', false],
  ])('a task with status %j carries: %s', (status, carries) => {
    const plan = carry(note('## Action items', `- [${status}] task`));
    expect(plan.blocks.length).toBe(carries ? 1 : 0);
    expect(plan.sourceEdits.length).toBe(carries ? 1 : 0);
  });

  it('marks a custom status of two UTF-16 units as a whole', () => {
    const text = note('- [🔥] hot', '- [ ] next');
    expect(carriedLines(text)).toEqual([`- [🔥] hot ${STAMP}`, `- [ ] next ${STAMP}`]);
    expect(marked(text)).toBe(note('- [>] hot', '- [>] next'));
  });

  it('uses the configured closed set', () => {
    const text = note('- [x] done', '- [-] cancelled', '- [/] started', '- [ ] todo');
    const plan = carry(text, { closed: new Set(['x', '/']) });
    expect(plan.blocks.map((b) => b.sourceLine)).toEqual([1, 3]);
  });

  it.each([
    ['a %% block', ['%%', '- [ ] hidden', '%%']],
    [
      'a %% block opened at the end of a line',
      ['Notes to self %%', '- [ ] hidden', 'still hidden %%'],
    ],
    ['an HTML comment block', ['<!--', '- [ ] hidden', '-->']],
  ])('leaves a task commented out in %s where it is, unmarked', (_, lines) => {
    const text = note('- [ ] before', ...lines, '- [ ] after');
    const plan = carry(text);
    expect(plan.blocks.map((b) => b.lines)).toEqual([
      [`- [ ] before ${STAMP}`],
      [`- [ ] after ${STAMP}`],
    ]);
    expect(marked(text)).toContain('- [ ] hidden');
    expect(marked(text)).not.toContain('- [ ] before');
  });

  it('carries a task with a comment on its own line, the comment kept as a comment', () => {
    const text = note('- [ ] Ask about the budget %%they said no in May%%');
    expect(carriedLines(text)).toEqual([
      `- [ ] Ask about the budget %%they said no in May%% ${STAMP}`,
    ]);
  });

  it.each([
    ['%%', ['- [ ] task %% aside', '  more of it', '', '## Notes', 'end %%']],
    ['-->', ['- [ ] task <!-- aside', '  more of it', '', '## Notes', 'end -->']],
    ['%%', ['- [ ] task', '  %% never closed', '  still hidden']],
  ])(
    'closes a comment that the carried block opens and the note closes later (%s)',
    (close, lines) => {
      const carried = carriedLines(note(...lines));
      expect(carried[carried.length - 1]).toBe(close);
      expect(carried[0]).toMatch(/^- \[ \] task/);
    },
  );

  it('carries a task whose child is commented out, the comment carried whole', () => {
    const text = note('- [ ] parent', '  %%', '  - [ ] hidden child', '  %%');
    expect(carriedLines(text)).toEqual([
      `- [ ] parent ${STAMP}`,
      '  %%',
      `  - [ ] hidden child ${STAMP}`,
      '  %%',
    ]);
  });

  it('does not carry plain list items', () => {
    expect(carry(note('- just a bullet', '1. a number', '* [link](x)')).blocks).toEqual([]);
  });

  it.each([
    ['a backtick fence', ['```', '- [ ] code', '```']],
    ['a tilde fence', ['~~~', '- [ ] code', '~~~']],
    ['an indented fence', ['   ```md', '   - [ ] code', '   ```']],
    ['a fence inside a quote', ['> ```', '> - [ ] code', '> ```']],
    ['a fence inside a callout', ['> [!note]', '> ```', '> - [ ] code', '> ```']],
    ['an unclosed fence', ['```', '- [ ] code']],
    ['a fence with a quoted fence line inside', ['```', '> ```', '- [ ] code', '```']],
  ])('does not carry list items inside %s', (_, lines) => {
    const text = note('## Notes', ...lines);
    expect(carry(text).blocks).toEqual([]);
    expect(marked(text)).toBe(text);
  });

  it.each([
    ['a quote', ['> - [ ] quoted task'], ['- [ ] quoted task ➕ 2026-11-10']],
    ['a quote without a space', ['>- [ ] quoted task'], ['- [ ] quoted task ➕ 2026-11-10']],
    ['a nested quote', ['> > - [ ] deep task'], ['- [ ] deep task ➕ 2026-11-10']],
    [
      'a note callout',
      ['> [!note] Title', '> - [ ] in callout', '>   more'],
      ['- [ ] in callout ➕ 2026-11-10', '  more'],
    ],
    ['a foldable callout', ['> [!todo]-', '> - [/] folded'], ['- [/] folded ➕ 2026-11-10']],
    [
      'a quoted subtree',
      ['> - [ ] a', '>   - [x] b', '>', '>   - [ ] c'],
      ['- [ ] a ➕ 2026-11-10', '  - [x] b', '', '  - [ ] c ➕ 2026-11-10'],
    ],
  ])('carries a task in %s without its quote markers', (_, lines, carried) => {
    const text = note('## Notes', ...lines);
    expect(carriedLines(text)).toEqual(carried);
  });

  it('keeps the quote markers in the source and changes only the status character', () => {
    const text = note('> [!note]', '> - [ ] a', '>   - [/] b', '> > - [ ] c');
    expect(marked(text)).toBe(note('> [!note]', '> - [>] a', '>   - [>] b', '> > - [>] c'));
  });
});

describe('rule 3: where a carried task goes', () => {
  const newNote = parseNote(
    note('## Agenda', '', '## Action items', '', '## Notes', '', '## Private', ''),
  );

  it.each([
    ['## Agenda', 'Agenda'],
    ['## Notes', 'Notes'],
    ['## notes', 'notes'],
    ['## Action items', 'Action items'],
    ['## Decisions', 'Action items'],
    ['## Notes\n### Follow-ups', 'Notes'],
    ['## Decisions\n### Agenda', 'Agenda'],
    ['# Meeting\n## Risks', 'Action items'],
    ['', 'Action items'],
  ])('a task under %j goes under %j', (headings, destination) => {
    const text = `${headings}${headings ? '\n' : ''}- [ ] task\n`;
    const [block] = carry(text).blocks;
    expect(blockDestination(block!, newNote, 'Action items', 'Private')).toBe(destination);
  });

  it('records the headings innermost first', () => {
    const [block] = carry(note('# Top', '## Notes ##', '### Sub', '- [ ] task')).blocks;
    expect(block!.headings).toEqual(['Sub', 'Notes', 'Top']);
  });

  it.each([
    ['the Private section', note('## Private', '- [ ] task')],
    ['a private section in capitals', note('## PRIVATE', '- [ ] task')],
    ['a subsection of the private section', note('## Private', '### Career', '- [ ] task')],
    ['a private callout', note('## Agenda', '> [!private]', '> - [ ] task')],
    ['a foldable private callout', note('## Agenda', '> [!private]- Mine', '> - [ ] task')],
    ['a private callout in capitals', note('## Agenda', '> [!PRIVATE]+', '> - [ ] task')],
    ['a quote inside a private callout', note('> [!private]', '> > - [ ] task')],
    ['a callout inside a private callout', note('> [!private]', '> > [!note]', '> > - [ ] task')],
    [
      'a private callout inside a note callout',
      note('> [!note]', '> > [!private]', '> > - [ ] task'),
    ],
    ['a #private tag on the task', note('## Agenda', '- [ ] task #private')],
    ['a #Private tag with punctuation', note('## Agenda', '- [ ] task #Private, about pay')],
    ['a #private tag on the parent', note('## Agenda', '- [x] parent #private', '  - [ ] task')],
    [
      'a #private tag on a grandparent plain item',
      note('- #private', '  - [x] parent', '    - [ ] task'),
    ],
    ['a #private tag on a child', note('## Agenda', '- [ ] task', '  - [x] child #private')],
    [
      'a #private tag on a continuation line',
      note('## Agenda', '- [ ] task', '  about pay #private'),
    ],
  ])('a task from %s is private', (_, text) => {
    const plan = carry(text);
    expect(plan.blocks.length).toBe(1);
    expect(plan.blocks[0]!.private).toBe(true);
    expect(blockDestination(plan.blocks[0]!, newNote, 'Action items', 'Private')).toBe('Private');
  });

  it('uses the configured private headings, and every heading with the word "private"', () => {
    const text = note('## Confidential', '- [ ] a', '## Private', '- [ ] b', '## Notes', '- [ ] c');
    expect(carry(text, { privateHeadings: ['Confidential'] }).blocks.map((b) => b.private)).toEqual(
      [true, true, false],
    );
  });

  it.each([
    ['a note callout', note('> [!note]', '> - [ ] task')],
    ['a #privateer tag', note('- [ ] task #privateer')],
    ['a #private/sub tag-like word in a URL', note('- [ ] see https://x.org/#private-docs')],
    ['a heading named Privately', note('## Privately', '- [ ] task')],
    ['a #private tag on a sibling', note('- [ ] task', '- [ ] other #private')],
    ['a private callout that ended', note('> [!private]', '> text', '', '- [ ] task')],
  ])('a task next to %s is not private', (_, text) => {
    expect(carry(text).blocks[0]!.private).toBe(false);
  });
});

describe('rule 4: what a carried task brings', () => {
  it('brings children, nested items, continuation lines and blank lines, indentation kept', () => {
    const text = note(
      '- [ ] root',
      '  continuation',
      '',
      '  - [x] done child',
      '    - [ ] open grandchild',
      '\t- tab child',
      '',
      '',
      '- [ ] next',
    );
    expect(carry(text).blocks.map((b) => b.lines)).toEqual([
      [
        `- [ ] root ${STAMP}`,
        '  continuation',
        '',
        '  - [x] done child',
        `    - [ ] open grandchild ${STAMP}`,
        '\t- tab child',
      ],
      [`- [ ] next ${STAMP}`],
    ]);
  });

  it('brings a fenced code block inside the subtree as it is', () => {
    const text = note('- [ ] root', '  ```', '  - [ ] code', '  ```');
    expect(carriedLines(text)).toEqual([`- [ ] root ${STAMP}`, '  ```', '  - [ ] code', '  ```']);
    expect(marked(text)).toBe(note('- [>] root', '  ```', '  - [ ] code', '  ```'));
  });

  it.each([
    ['a closed parent', ['- [x] parent', '  - [ ] child', '    - grandchild', '      detail']],
    ['a cancelled parent', ['- [-] parent', '  - [ ] child', '    - grandchild', '      detail']],
    ['a plain bullet', ['- parent', '  - [ ] child', '    - grandchild', '      detail']],
    ['a numbered item', ['1. parent', '   - [ ] child', '     - grandchild', '       detail']],
  ])('an open task under %s carries its own subtree at the top level', (_, lines) => {
    const plan = carry(note(...lines));
    expect(plan.blocks.length).toBe(1);
    expect(plan.blocks[0]!.sourceLine).toBe(1);
    const indent = lines[1]!.indexOf('-');
    expect(plan.blocks[0]!.lines).toEqual([
      `- [ ] child ${STAMP}`,
      ...lines.slice(2).map((l) => l.slice(indent)),
    ]);
  });

  it.each([
    [
      'tabs',
      ['- [x] p', '\t- [ ] child', '\t\t- gc', '\t\t  text'],
      [`- [ ] child ${STAMP}`, '\t- gc', '\t  text'],
    ],
    [
      'spaces under a tab',
      ['- [x] p', '\t- [ ] child', '\t    - gc'],
      [`- [ ] child ${STAMP}`, '    - gc'],
    ],
    [
      'a tab under spaces',
      ['- [x] p', '    - [ ] child', '    \t- gc'],
      [`- [ ] child ${STAMP}`, '\t- gc'],
    ],
    [
      'a tab after two spaces',
      ['- [x] p', '  - [ ] child', '  \t- gc'],
      [`- [ ] child ${STAMP}`, '\t- gc'],
    ],
    [
      'a tab wider than the cut',
      ['- [x] p', '  - [ ] child', '\t- gc'],
      [`- [ ] child ${STAMP}`, '\t- gc'],
    ],
    [
      'spaces then tab',
      ['- [x] p', '\t- [ ] child', '  \t  - gc'],
      [`- [ ] child ${STAMP}`, '  - gc'],
    ],
  ])('re-indents with %s, keeping the subtree below the carried task', (_, lines, carried) => {
    const out = carriedLines(note(...lines));
    expect(out).toEqual(carried);
    expect(lineIndent(out[1]!)).toBeGreaterThan(0);
  });

  it('does not carry a closed task on its own, only inside an open subtree', () => {
    const text = note('- [x] done', '  - [-] dropped', '- [ ] open', '  - [x] done child');
    const plan = carry(text);
    expect(plan.blocks.map((b) => b.lines[0])).toEqual([`- [ ] open ${STAMP}`]);
    expect(plan.blocks[0]!.lines[1]).toBe('  - [x] done child');
  });

  it('leaves the text of every carried line byte-identical apart from the stamp', () => {
    const line =
      '- [/] Draft *the* `plan` [[Q1 roadmap#Goals|roadmap]] 📅 2026-12-05 🔺 🔁 every week ⏳️ 2026-11-30';
    expect(carriedLines(note('\t' + line, '\t  tail  '))).toEqual([`${line} ${STAMP}`, '  tail  ']);
  });

  it('lists every open task line of a block in `tasks`', () => {
    const [block] = carry(note('- [ ] a', '  - [x] b', '  - [/] c', '    - [?] d')).blocks;
    expect(block!.tasks).toEqual([
      `- [ ] a ${STAMP}`,
      `  - [/] c ${STAMP}`,
      `    - [?] d ${STAMP}`,
    ]);
  });
});

describe('rule 4: the created stamp', () => {
  it.each([
    ['- [ ] a', `- [ ] a ${STAMP}`],
    ['- [ ] a ^block-1', `- [ ] a ${STAMP} ^block-1`],
    ['- [ ] a 📅 2026-12-01 ^abc', `- [ ] a 📅 2026-12-01 ${STAMP} ^abc`],
    ['- [ ] a  ', `- [ ] a ${STAMP}  `],
    ['- [ ] a ^id  ', `- [ ] a ${STAMP} ^id  `],
    ['- [ ]', `- [ ] ${STAMP}`],
    ['- [ ] a ➕ 2026-01-01', '- [ ] a ➕ 2026-01-01'],
    ['- [ ] a ➕\uFE0F 2026-01-01', '- [ ] a ➕\uFE0F 2026-01-01'],
    ['- [ ] a ➕2026-01-01 ^x', '- [ ] a ➕2026-01-01 ^x'],
    ['- [ ] a ➕ 2026-01-01 📅 2026-02-01', '- [ ] a ➕ 2026-01-01 📅 2026-02-01'],
  ])('addCreatedStamp(%j)', (line, stamped) => {
    expect(addCreatedStamp(line, DATE)).toBe(stamped);
    expect(addCreatedStamp(stamped, '2027-01-01')).toBe(stamped);
  });

  it.each([
    ['➕ 2026-01-01', true],
    ['➕\uFE0F 2026-01-01', true],
    ['➕ 26-01-01', false],
    ['✅ 2026-01-01', false],
    ['plus 2026-01-01', false],
  ])('hasCreatedStamp(%j) is %s', (text, has) => {
    expect(hasCreatedStamp(`- [ ] a ${text}`)).toBe(has);
  });

  it('stamps with the source meeting date', () => {
    const plan = planCarryOver(note('- [ ] a'), '2025-02-28', carryOptions());
    expect(plan.blocks[0]!.lines).toEqual(['- [ ] a ➕ 2025-02-28']);
  });

  it('stamps open lines only, nested ones included, and never twice', () => {
    const text = note(
      '- [ ] a ➕ 2026-01-01',
      '  - [ ] b',
      '  - [x] c',
      '  - [ ] d ➕\uFE0F 2026-02-02',
      '  - plain',
    );
    expect(carriedLines(text)).toEqual([
      '- [ ] a ➕ 2026-01-01',
      `  - [ ] b ${STAMP}`,
      '  - [x] c',
      '  - [ ] d ➕\uFE0F 2026-02-02',
      '  - plain',
    ]);
  });

  it('adds no stamp when stamping is off', () => {
    expect(carriedLines(note('- [ ] a', '  - [ ] b'), { stamp: false })).toEqual([
      '- [ ] a',
      '  - [ ] b',
    ]);
  });
});

describe('rule 5: the source changes only in status characters', () => {
  const source = note(
    '---',
    'date: 2026-11-10',
    '---',
    '## Agenda',
    '- [ ] a ^id',
    '  - [x] done',
    '  - [/] doing',
    '- [x] closed',
    '\t- [ ] under closed',
    '> [!private]',
    '> - [?] asked',
    '```',
    '- [ ] code',
    '```',
  );
  const expected = note(
    '---',
    'date: 2026-11-10',
    '---',
    '## Agenda',
    '- [>] a ^id',
    '  - [x] done',
    '  - [>] doing',
    '- [x] closed',
    '\t- [>] under closed',
    '> [!private]',
    '> - [>] asked',
    '```',
    '- [ ] code',
    '```',
  );

  it.each([
    ['LF', (t: string) => t],
    ['CRLF', crlf],
    ['LF without a final newline', noFinalEol],
    ['CRLF without a final newline', (t: string) => noFinalEol(crlf(t))],
  ])('marks every carried line `[>]` and keeps every other byte (%s)', (_, form) => {
    expect(marked(form(source))).toBe(form(expected));
  });

  it('plans one verified edit per carried task line', () => {
    expect(carry(source).sourceEdits).toEqual([
      { line: 4, expected: '- [ ] a ^id', replacement: '- [>] a ^id' },
      { line: 6, expected: '  - [/] doing', replacement: '  - [>] doing' },
      { line: 8, expected: '\t- [ ] under closed', replacement: '\t- [>] under closed' },
      { line: 10, expected: '> - [?] asked', replacement: '> - [>] asked' },
    ]);
  });

  it('plans no edits when marking is off, and still carries', () => {
    const plan = carry(source, { markForwarded: false });
    expect(plan.sourceEdits).toEqual([]);
    expect(plan.blocks.map((b) => b.sourceLine)).toEqual([4, 8, 10]);
  });

  it('carries nothing from a source it has marked', () => {
    const plan = carry(marked(source));
    expect(plan.blocks).toEqual([]);
    expect(plan.sourceEdits).toEqual([]);
  });
});

describe('insertIntoSections', () => {
  it.each([
    [
      'an empty section',
      note('## Agenda', '', '## Notes', ''),
      [{ heading: 'Agenda', lines: ['- a'] }],
      note('## Agenda', '- a', '', '## Notes', ''),
    ],
    [
      'an empty section right before the next heading',
      note('## Agenda', '## Notes'),
      [{ heading: 'Agenda', lines: ['- a'] }],
      note('## Agenda', '- a', '', '## Notes'),
    ],
    [
      'a section with content',
      note('## Agenda', '- first', '  detail', '', '', '## Notes'),
      [{ heading: 'agenda', lines: ['- a', '  - b'] }],
      note('## Agenda', '- first', '  detail', '- a', '  - b', '', '', '## Notes'),
    ],
    [
      'a section with a subsection',
      note('## Agenda', '- first', '### Later', '- x'),
      [{ heading: 'Agenda', lines: ['- a'] }],
      note('## Agenda', '- first', '- a', '', '### Later', '- x'),
    ],
    [
      'a missing section',
      note('## Agenda', '- first', '', ''),
      [{ heading: 'Private', lines: ['- [ ] secret'] }],
      note('## Agenda', '- first', '', '## Private', '- [ ] secret'),
    ],
    [
      'a missing section in an empty note',
      '',
      [{ heading: 'Private', lines: ['- a'] }],
      note('## Private', '- a'),
    ],
    [
      'the last section, last line without newline',
      '## Agenda\n- first',
      [{ heading: 'Agenda', lines: ['- a'] }],
      note('## Agenda', '- first', '- a'),
    ],
    [
      'a heading without newline',
      '## Agenda',
      [{ heading: 'Agenda', lines: ['- a'] }],
      note('## Agenda', '- a'),
    ],
    [
      'several groups for one heading, in order',
      note('## A', '', '## B', ''),
      [
        { heading: 'B', lines: ['- b1'] },
        { heading: 'A', lines: ['- a1'] },
        { heading: 'b', lines: ['- b2'] },
        { heading: 'A', lines: [] },
      ],
      note('## A', '- a1', '', '## B', '- b1', '- b2', ''),
    ],
  ])('inserts into %s', (_, text, groups, expected) => {
    expect(insertIntoSections(text, groups)).toBe(expected);
  });

  it('keeps CRLF, also in inserted and created lines', () => {
    const text = crlf(note('## Agenda', '- x', '', '## Notes'));
    const out = insertIntoSections(text, [
      { heading: 'Agenda', lines: ['- y', '  - z'] },
      { heading: 'Private', lines: ['- p'] },
    ]);
    expect(out).toBe(
      crlf(note('## Agenda', '- x', '- y', '  - z', '', '## Notes', '', '## Private', '- p')),
    );
    expect(out.replace(/\r\n/g, '')).not.toContain('\n');
  });

  it('changes nothing when there is nothing to insert', () => {
    const text = note('## Agenda', 'x');
    expect(insertIntoSections(text, [{ heading: 'Missing', lines: [] }])).toBe(text);
  });
});

describe('applyLineEdits', () => {
  const text = note('a', 'b', 'c', 'd');
  const edit = (line: number, expected: string, replacement: string | null): LineEdit => ({
    line,
    expected,
    replacement,
  });

  it('applies edits where the lines still read as expected', () => {
    const r = applyLineEdits(text, [edit(1, 'b', 'B'), edit(3, 'd', null)]);
    expect(r.text).toBe(note('a', 'B', 'c'));
    expect(r.applied.length).toBe(2);
    expect(r.skipped).toEqual([]);
  });

  it('follows a line that moved to the one other line reading exactly the same', () => {
    const moved = note('new', 'a', 'b', 'c', 'd');
    const r = applyLineEdits(moved, [edit(1, 'b', 'B'), edit(2, 'c', null)]);
    expect(r.text).toBe(note('new', 'a', 'B', 'd'));
    expect(r.skipped).toEqual([]);
  });

  it('skips and reports an edit whose line changed', () => {
    const e = edit(1, 'b', 'B');
    const r = applyLineEdits(note('a', 'b changed', 'c'), [e, edit(2, 'c', 'C')]);
    expect(r.text).toBe(note('a', 'b changed', 'C'));
    expect(r.skipped).toEqual([e]);
    expect(r.applied).toEqual([edit(2, 'c', 'C')]);
  });

  it('skips a moved line whose text now appears twice', () => {
    const e = edit(0, '- [ ] same', '- [>] same');
    const r = applyLineEdits(note('inserted', '- [ ] same', '- [ ] same'), [e]);
    expect(r.skipped).toEqual([e]);
    expect(r.text).toBe(note('inserted', '- [ ] same', '- [ ] same'));
  });

  it('applies at the planned line even when the text also appears elsewhere', () => {
    const r = applyLineEdits(note('x', 'x'), [edit(1, 'x', 'y')]);
    expect(r.text).toBe(note('x', 'y'));
  });

  it('does not apply two edits to one line', () => {
    const r = applyLineEdits(note('x'), [edit(0, 'x', 'y'), edit(0, 'x', 'z')]);
    expect(r.text).toBe(note('y'));
    expect(r.skipped).toEqual([edit(0, 'x', 'z')]);
  });

  it.each([
    ['the last line, no final newline', 'a\nb', [edit(1, 'b', null)], 'a'],
    ['the last line, final newline', 'a\nb\n', [edit(1, 'b', null)], 'a\n'],
    ['the last two lines', 'a\nb\nc', [edit(1, 'b', null), edit(2, 'c', null)], 'a'],
    ['the only line', 'a', [edit(0, 'a', null)], ''],
    ['a CRLF line', 'a\r\nb\r\nc\r\n', [edit(1, 'b', null)], 'a\r\nc\r\n'],
    ['the last CRLF line without newline', 'a\r\nb', [edit(1, 'b', null)], 'a'],
    ['the first line', 'a\nb', [edit(0, 'a', null)], 'b'],
  ])('deletes %s', (_, before, edits, after) => {
    expect(applyLineEdits(before, edits).text).toBe(after);
  });

  it('keeps CRLF and a missing final newline when replacing', () => {
    expect(applyLineEdits('a\r\nb\r\nc', [edit(2, 'c', 'C'), edit(0, 'a', 'A')]).text).toBe(
      'A\r\nb\r\nC',
    );
  });
});

describe('rule 6: planTopics', () => {
  const person = personNote(
    { cadence: 14 },
    '## Goals',
    '- [ ] goal',
    '## Topics for next time',
    '- first',
    '  - detail',
    '',
    'a plain line',
    '<!-- a comment stays -->',
    '```',
    '- code stays',
    '```',
    '    - [ ] indented topic',
    '      more',
    '### Nested',
    '- stays',
  );

  it('takes each top-level item with its subtree, and plain lines as items', () => {
    expect(planTopics(person, 'topics for next time').topics).toEqual([
      ['- first', '  - detail'],
      ['- a plain line'],
      ['- [ ] indented topic', '  more'],
    ]);
  });

  it('removes exactly the taken lines from the person note', () => {
    const plan = planTopics(person, 'Topics for next time');
    const r = applyLineEdits(person, plan.edits);
    expect(r.skipped).toEqual([]);
    expect(r.text).toBe(
      note(
        '---',
        'cadence: 14',
        '---',
        '## Goals',
        '- [ ] goal',
        '## Topics for next time',
        '',
        '<!-- a comment stays -->',
        '```',
        '- code stays',
        '```',
        '### Nested',
        '- stays',
      ),
    );
  });

  it.each([
    ['no topics section', note('## Goals', '- x')],
    ['an empty topics section', note('## Topics for next time', '', '## Goals')],
    ['a topics section at the end', note('## Topics for next time')],
  ])('finds no topics in %s', (_, text) => {
    expect(planTopics(text, 'Topics for next time')).toEqual({
      topics: [],
      edits: [],
      private: [],
    });
  });

  it('empties the queue of a CRLF note without a final newline', () => {
    const text = noFinalEol(crlf(note('## Goals', '## Topics for next time', '- a', '- b')));
    const plan = planTopics(text, 'Topics for next time');
    expect(plan.topics).toEqual([['- a'], ['- b']]);
    expect(applyLineEdits(text, plan.edits).text).toBe('## Goals\r\n## Topics for next time');
  });
});
