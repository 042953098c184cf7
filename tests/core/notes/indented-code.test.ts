/**
 * Issue 12, item 18a: tasks inside indented code blocks are code, not tasks; and the
 * lazy continuation lines of a list item keep the item open, so the indented lines
 * after them (a nested task, say) stay in the item instead of looking like code.
 */
import { describe, expect, it } from 'vitest';
import { planCarryOver, planTopics, type CarryBlock } from '../../../src/core/next-note/carry-over';
import { parseNote } from '../../../src/core/notes/markdown';
import { stripPrivate } from '../../../src/core/notes/privacy';
import { carryOptions, note } from '../../helpers/builders';

const blocks = (text: string): CarryBlock[] =>
  planCarryOver(text, '2026-11-08', carryOptions()).blocks;
/** Items as `line:text` with the line of their parent (`-` for none). */
const items = (text: string): string[] => {
  const n = parseNote(text);
  return n.items.map(
    (i) => `${i.line}:${i.text}<${i.parent === null ? '-' : n.items[i.parent]!.line}`,
  );
};

describe('issue 12.18a: a task in an indented code block is code', () => {
  it.each([
    ['after a blank line', ['## Notes', 'Some text', '', '    - [ ] code task']],
    ['right after a heading', ['## Notes', '    - [ ] code task']],
    ['tab-indented after a blank line', ['## Notes', '', '\t- [ ] code task']],
    ['at the start of the body', ['    - [ ] code task']],
    ['after a closed fence', ['```', 'x', '```', '    - [ ] code task']],
    ['in a quote', ['> text', '>', '>     - [ ] code task']],
    ['several lines with a blank inside', ['', '    code', '', '    - [ ] code task']],
    ['a quote marker in code', ['', '\t> - [ ] code task']],
  ])('%s: not parsed, not carried', (_, lines) => {
    const text = note(...lines, '', '- [ ] real task');
    expect(parseNote(text).items.map((i) => i.text)).toEqual(['real task']);
    expect(blocks(text).map((b) => b.lines)).toEqual([['- [ ] real task ➕ 2026-11-08']]);
  });

  it('in a quote, a tab after `> ` reaches column four: two columns of indent, no code', () => {
    expect(parseNote(note('>', '> \t- [ ] task')).items.map((i) => i.text)).toEqual(['task']);
  });

  it('the code block runs to the next line indented less than four columns', () => {
    const text = note('## Notes', '', '    ```', '    - [ ] code task', '- [ ] real task');
    const n = parseNote(text);
    expect([...n.indentedCode]).toEqual([2, 3]);
    // A fence inside an indented code block opens nothing.
    expect(n.codeLines.size).toBe(0);
    expect(n.items.map((i) => i.text)).toEqual(['real task']);
  });

  it('inside a list item, code is indented four columns past the item content', () => {
    const text = note('- [ ] parent', '', '      - [ ] code task', '', '    - [ ] child');
    expect(items(text)).toEqual(['0:parent<-', '4:child<0']);
    expect(parseNote(text).items[0]!.end).toBe(5);
    // The parent carries the code as it stands, the code task is not a task of its own.
    expect(blocks(text).map((b) => b.tasks)).toEqual([
      ['- [ ] parent ➕ 2026-11-08', '    - [ ] child ➕ 2026-11-08'],
    ]);
  });

  it('is not a task in the recap either', () => {
    const text = note('## Action items', '- [ ] real task', '', '## Notes', '', '    - [ ] code');
    const pub = stripPrivate(text, { privateHeadings: ['Private'] });
    expect(pub.note.items.map((i) => i.text)).toEqual(['real task']);
  });
});

describe('issue 12.18a: tab-indented lists and lazy continuation lines stay lists', () => {
  it('a tab-indented task list under a task after a heading carries', () => {
    const text = note('## Action items', '- [ ] parent', '\t- [ ] child', '\t\t- [ ] grandchild');
    expect(items(text)).toEqual(['1:parent<-', '2:child<1', '3:grandchild<2']);
    expect(blocks(text).map((b) => b.lines)).toEqual([
      [
        '- [ ] parent ➕ 2026-11-08',
        '\t- [ ] child ➕ 2026-11-08',
        '\t\t- [ ] grandchild ➕ 2026-11-08',
      ],
    ]);
  });

  it('a nested task after a lazy continuation line carries with its parent', () => {
    const text = note(
      '## Action items',
      '- [ ] parent',
      'lazy words',
      '\t- [ ] child',
      '- [ ] next',
    );
    expect(items(text)).toEqual(['1:parent<-', '3:child<1', '4:next<-']);
    expect(blocks(text).map((b) => b.lines)).toEqual([
      ['- [ ] parent ➕ 2026-11-08', 'lazy words', '\t- [ ] child ➕ 2026-11-08'],
      ['- [ ] next ➕ 2026-11-08'],
    ]);
  });

  it('a lazy line continues the innermost item, whatever its indent', () => {
    const text = note('- a', '  - [ ] b', '  lazy of b', '    - [ ] c', '  - [ ] d');
    expect(items(text)).toEqual(['0:a<-', '1:b<0', '3:c<1', '4:d<0']);
  });

  it('a blank line ends laziness', () => {
    const text = note('- [ ] a', 'lazy', '', 'paragraph', '', '    - [ ] code');
    expect(items(text)).toEqual(['0:a<-']);
    expect(parseNote(text).items[0]!.end).toBe(2);
  });

  it.each([
    ['a rule', '***'],
    ['a fence', '```'],
    ['a list item', '- x'],
    ['an HTML block', '<div>'],
  ])('%s after an item is no lazy line', (_, line) => {
    expect(parseNote(note('- [ ] a', line)).items[0]!.end).toBe(1);
  });

  it('the lazy line after a quote inside an item is the item', () => {
    const text = note('- [ ] a', '  > quoted', 'lazy', '\t- [ ] child');
    expect(items(text)).toEqual(['0:a<-', '3:child<0']);
  });
});

describe('issue 12.18a: an indented code block in the topic queue stays there', () => {
  it('is no topic', () => {
    const person = note('## Topics for next time', 'plain topic', '', '    - [ ] code', '');
    const plan = planTopics(person, 'Topics for next time');
    expect(plan.topics).toEqual([['- plain topic']]);
    expect(plan.edits.map((e) => e.line)).toEqual([1]);
  });
});
