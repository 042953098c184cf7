import { describe, expect, it } from 'vitest';
import { isOpenTask, parseNote } from '../../../src/core/notes/markdown';
import type { ParsedNote } from '../../../src/core/notes/parsed-note';
import { calloutTypes } from '../../../src/core/notes/sections';
import { CLOSED, crlf, noFinalEol, note } from '../../helpers/builders';

/** Items as `line:status:text` (status `·` for a plain item), in order. */
function items(n: ParsedNote): string[] {
  return n.items.map((i) => `${i.line}:${i.status ?? '·'}:${i.text}`);
}

/** Each item's line with the line of its parent, or null. */
function parents(n: ParsedNote): Array<[number, number | null]> {
  return n.items.map((i) => [i.line, i.parent === null ? null : n.items[i.parent]!.line]);
}

describe('parseNote: empty notes and frontmatter', () => {
  it('parses an empty note', () => {
    const n = parseNote('');
    expect(n.lines).toEqual(['']);
    expect(n.frontmatter).toBeNull();
    expect(n.headings).toEqual([]);
    expect(n.items).toEqual([]);
  });

  it('finds frontmatter and skips it', () => {
    const n = parseNote(note('---', 'tags:', '  - a', '---', '- [ ] task'));
    expect(n.frontmatter).toEqual({ start: 0, end: 4 });
    expect(items(n)).toEqual(['4: :task']);
  });

  it('parses a note that is frontmatter only', () => {
    const n = parseNote(noFinalEol(note('---', 'type: one-on-one', '---')));
    expect(n.frontmatter).toEqual({ start: 0, end: 3 });
    expect(n.items).toEqual([]);
    expect(n.headings).toEqual([]);
  });

  it('accepts `...` as the closing fence', () => {
    expect(parseNote(note('---', 'a: 1', '...', 'x')).frontmatter).toEqual({ start: 0, end: 3 });
  });

  it('treats frontmatter that is never closed as body text', () => {
    const n = parseNote(note('---', 'title: x', '## Agenda', '- [ ] task'));
    expect(n.frontmatter).toBeNull();
    expect(n.headings.map((h) => h.text)).toEqual(['Agenda']);
    expect(items(n)).toEqual(['3: :task']);
  });

  it('only recognises frontmatter on the first line', () => {
    expect(parseNote(note('', '---', 'a: 1', '---')).frontmatter).toBeNull();
  });
});

describe('parseNote: headings', () => {
  it.each([
    ['# Title', 1, 'Title'],
    ['## Agenda', 2, 'Agenda'],
    ['## Agenda ##', 2, 'Agenda'],
    ['## Agenda #', 2, 'Agenda'],
    ['###   Spaced   ', 3, 'Spaced'],
    ['   ## Indented three', 2, 'Indented three'],
    ['## C#', 2, 'C#'],
    ['## Topic #hashtag', 2, 'Topic #hashtag'],
    ['###### Six', 6, 'Six'],
    ['##', 2, ''],
    ['## Agenda\t##\t', 2, 'Agenda'],
  ])('%j is a heading of level %i named %j', (line, level, text) => {
    const n = parseNote(note(line));
    expect(n.headings).toEqual([{ line: 0, level, text }]);
  });

  it.each([
    ['#tag'],
    ['#private task notes'],
    ['####### Seven'],
    ['    ## Four spaces'],
    ['> ## In a quote'],
    ['##NoSpace'],
  ])('%j is not a heading', (line) => {
    expect(parseNote(note(line)).headings).toEqual([]);
  });

  it('does not see headings inside code fences', () => {
    const n = parseNote(note('```', '## Not a heading', '```', '## Real'));
    expect(n.headings.map((h) => [h.line, h.text])).toEqual([[3, 'Real']]);
  });

  it('ends every open list item at a heading', () => {
    const n = parseNote(note('- [ ] a', '  more', '## Next', '  - [ ] b'));
    expect(n.items.map((i) => [i.line, i.end, i.parent])).toEqual([
      [0, 2, null],
      [3, 4, null],
    ]);
    expect(n.items[1]!.heading).toBe(0);
  });
});

describe('parseNote: list items', () => {
  it('parses bullets, numbers with `.` and `)`, and task boxes', () => {
    const n = parseNote(
      note(
        '- [ ] dash',
        '* [x] star',
        '+ [/] plus',
        '1. [ ] one dot',
        '2) [?] two paren',
        '3. plain',
        '- [-]',
        '-',
        '123456789. [ ] big',
      ),
    );
    expect(n.items.map((i) => [i.marker, i.status, i.text])).toEqual([
      ['-', ' ', 'dash'],
      ['*', 'x', 'star'],
      ['+', '/', 'plus'],
      ['1.', ' ', 'one dot'],
      ['2)', '?', 'two paren'],
      ['3.', null, 'plain'],
      ['-', '-', ''],
      ['-', null, ''],
      ['123456789.', ' ', 'big'],
    ]);
  });

  it.each([
    ['---'],
    ['**bold**'],
    ['-no space'],
    ['1.no space'],
    ['1234567890. too long'],
    ['a - b'],
  ])('%j is not a list item', (line) => {
    expect(parseNote(note(line)).items).toEqual([]);
  });

  it.each([
    ['- [x]done', null, '[x]done'],
    ['- [ ]', ' ', ''],
    ['- [ ]  two spaces', ' ', ' two spaces'],
    ['- [xx] no', null, '[xx] no'],
    ['- []', null, '[]'],
    ['-\t[ ]\ttab', ' ', 'tab'],
  ])('task box of %j', (line, status, text) => {
    const item = parseNote(note(line)).items[0]!;
    expect([item.status, item.text]).toEqual([status, text]);
  });

  it.each([
    ['- [ ] a', 3],
    ['  - [ ] a', 5],
    ['\t- [ ] a', 4],
    ['1. [ ] a', 4],
    ['10) [ ] a', 5],
    ['-\t[ ] a', 3],
    ['> - [ ] a', 5],
    ['> > 1. [ ] a', 8],
  ])('statusOffset of %j points at the status character', (line, offset) => {
    // After an item: a note that starts with a tab starts with indented code.
    const item = parseNote(note('- parent', line)).items.at(-1)!;
    expect(item.statusOffset).toBe(offset);
    expect(line[offset]).toBe(' ');
    expect(line[offset - 1]).toBe('[');
  });

  it('builds the hierarchy of nested lists with spaces', () => {
    const n = parseNote(note('- a', '  - b', '    - c', '  - d', '- e'));
    expect(parents(n)).toEqual([
      [0, null],
      [1, 0],
      [2, 1],
      [3, 0],
      [4, null],
    ]);
    expect(n.items.map((i) => i.end)).toEqual([4, 3, 3, 4, 5]);
    expect(n.items[0]!.children).toEqual([1, 3]);
  });

  it('builds the hierarchy of nested lists with tabs', () => {
    const n = parseNote(note('- [ ] a', '\t- [ ] b', '\t\t- [x] c', '\t- [ ] d', '- [ ] e'));
    expect(parents(n)).toEqual([
      [0, null],
      [1, 0],
      [2, 1],
      [3, 0],
      [4, null],
    ]);
    expect(n.items.map((i) => [i.indent, i.column])).toEqual([
      ['', 0],
      ['\t', 4],
      ['\t\t', 8],
      ['\t', 4],
      ['', 0],
    ]);
  });

  it('treats a tab and four spaces as the same depth', () => {
    const n = parseNote(note('- a', '\t- b', '    - c', '  \t- d'));
    expect(parents(n)).toEqual([
      [0, null],
      [1, 0],
      [2, 0],
      [3, 0],
    ]);
  });

  it('nests numbered lists and bullets', () => {
    const n = parseNote(note('1. one', '   - [ ] sub', '2) two', '   1) [x] sub'));
    expect(parents(n)).toEqual([
      [0, null],
      [1, 0],
      [2, null],
      [3, 2],
    ]);
  });

  it('keeps continuation lines in the subtree, lazy ones too', () => {
    const n = parseNote(note('- [ ] a', '  continued', '    more', 'lazy', '- [ ] b'));
    expect(n.items.map((i) => [i.line, i.end])).toEqual([
      [0, 4],
      [4, 5],
    ]);
    const after = parseNote(note('- [ ] a', '  continued', '', 'not continued', '- [ ] b'));
    expect(after.items.map((i) => [i.line, i.end])).toEqual([
      [0, 2],
      [4, 5],
    ]);
  });

  it('keeps blank lines inside a subtree but not after it', () => {
    const n = parseNote(note('- [ ] a', '', '  - [ ] b', '', '', '  text', '', '', '- [ ] c'));
    expect(n.items.map((i) => [i.line, i.end, i.parent])).toEqual([
      [0, 6, null],
      [2, 3, 0],
      [8, 9, null],
    ]);
  });

  it.each([
    ['the last line', note('- [ ] a', '  b'), 2],
    ['no final newline', noFinalEol(note('- [ ] a', '  b')), 2],
    ['a paragraph after it', note('- [ ] a', '', 'para'), 1],
    ['the end of its lazy continuation lines', note('- [ ] a', 'lazy', 'lazy', '', 'para'), 3],
    ['trailing blank lines', note('- [ ] a', '', ''), 1],
    ['a less indented sibling', note('  - [ ] a', ' - b'), 1],
  ])('ends an item at %s', (_, text, end) => {
    expect(parseNote(text).items[0]!.end).toBe(end);
  });

  it('records the heading an item stands under', () => {
    const n = parseNote(note('- [ ] before', '## A', '- [ ] in a', '### B', '- [ ] in b'));
    expect(n.items.map((i) => i.heading)).toEqual([null, 0, 1]);
  });

  it('reads Tasks emoji fields as plain text, with and without U+FE0F', () => {
    const line =
      '- [ ] Ship it 📅 2026-12-05 ➕\uFE0F 2026-01-01 ⏳️ 2026-11-30 🔺 🔁 every week ^abc-1';
    const n = parseNote(note(line));
    expect(n.items[0]!.text).toBe(line.slice(6));
    expect(n.lines[0]).toBe(line);
  });

  it('works the same with CRLF line endings', () => {
    const text = note('## Agenda', '- [ ] a', '\t- [/] b', '', '```', '- [ ] code', '```');
    const lf = parseNote(text);
    const cr = parseNote(crlf(text));
    expect(cr.lines).toEqual(lf.lines);
    expect(cr.eols.slice(0, -1).every((e) => e === '\r\n')).toBe(true);
    expect(cr.items).toEqual(lf.items);
    expect(cr.headings).toEqual(lf.headings);
    expect([...cr.codeLines]).toEqual([...lf.codeLines]);
  });
});

describe('parseNote: quotes and callouts', () => {
  it('finds tasks inside quotes, with their quote markers', () => {
    const n = parseNote(note('> - [ ] a', '>   - [x] b', '> > - [/] c', 'after'));
    expect(n.items.map((i) => [i.line, i.quote, i.status, i.parent])).toEqual([
      [0, '> ', ' ', null],
      [1, '> ', 'x', 0],
      [2, '> > ', '/', null],
    ]);
  });

  it('ends quoted items where the quote ends', () => {
    const n = parseNote(note('> - [ ] a', '>   more', '', '  - [ ] not a child'));
    expect(n.items.map((i) => [i.line, i.end, i.parent])).toEqual([
      [0, 2, null],
      [3, 4, null],
    ]);
  });

  it('keeps a quoted subtree open across a blank quote line', () => {
    const n = parseNote(note('> - [ ] a', '>', '>   - [ ] b'));
    expect(n.items.map((i) => [i.line, i.end, i.parent])).toEqual([
      [0, 3, null],
      [2, 3, 0],
    ]);
  });

  it.each([
    ['> [!note]', 'note'],
    ['> [!NOTE] Title', 'note'],
    ['> [!private]-', 'private'],
    ['> [!Private]+ Folded open', 'private'],
    ['>[!tip]', 'tip'],
  ])('reads the callout %j', (header, type) => {
    const n = parseNote(note(header, '> - [ ] task', '> text'));
    expect([...n.callouts]).toEqual([[0, type]]);
    expect(n.items[0]!.calloutLine).toBe(0);
    expect([...n.calloutOf]).toEqual([
      [0, 0],
      [1, 0],
      [2, 0],
    ]);
  });

  it('only starts a callout on the first line of a quote', () => {
    const n = parseNote(note('> text', '> [!private]', '> - [ ] task'));
    expect(n.callouts.size).toBe(0);
    expect(n.items[0]!.calloutLine).toBeNull();
  });

  it('ends a callout at the first line outside the quote', () => {
    const n = parseNote(note('> [!private]', '> - [ ] in', '', '> - [ ] new quote', '- [ ] out'));
    expect(n.items.map((i) => i.calloutLine)).toEqual([0, null, null]);
  });

  it('nests callouts, and knows the callouts around a nested one', () => {
    const n = parseNote(
      note('> [!private]', '> > [!note] inner', '> > - [ ] deep', '> - [ ] outer'),
    );
    expect(n.items.map((i) => [i.line, i.calloutLine])).toEqual([
      [2, 1],
      [3, 0],
    ]);
    expect(calloutTypes(n, 1)).toEqual(['note', 'private']);
    expect(calloutTypes(n, 0)).toEqual(['private']);
    expect(calloutTypes(n, null)).toEqual([]);
  });
});

describe('parseNote: code fences', () => {
  it.each([
    ['backticks', ['```', '- [ ] code', '```']],
    ['tildes', ['~~~', '- [ ] code', '~~~']],
    ['an info string', ['```text', '- [ ] code', '```']],
    ['a longer closing fence', ['```', '- [ ] code', '`````']],
    ['an indented fence', ['  ```', '- [ ] code', '  ```']],
    ['a fence in a quote', ['> ```', '> - [ ] code', '> ```']],
    ['a fence in a callout', ['> [!note]', '> ~~~', '> - [ ] code', '> ~~~']],
  ])('list items inside %s are code, not tasks', (_, lines) => {
    const n = parseNote(note(...lines, '- [ ] after'));
    expect(items(n)).toEqual([`${lines.length}: :after`]);
    const fenced = lines.map((_, i) => i).filter((i) => !lines[i]!.includes('[!'));
    expect([...n.codeLines]).toEqual(fenced);
  });

  it.each([
    ['a shorter closing fence', ['````', '```', '- [ ] code', '````']],
    ['the other fence character', ['~~~', '```', '- [ ] code', '~~~']],
    ['a "closing" fence with an info string', ['```', '```js', '- [ ] code', '```']],
    ['a quoted fence inside an unquoted one', ['```', '> ```', '- [ ] code', '```']],
  ])('does not close a fence at %s', (_, lines) => {
    const n = parseNote(note(...lines, '- [ ] after'));
    expect(items(n)).toEqual([`${lines.length}: :after`]);
  });

  it('reads an inline code span with backticks as text, not a fence', () => {
    const n = parseNote(note('```a` b```', '- [ ] task'));
    expect(n.codeLines.size).toBe(0);
    expect(items(n)).toEqual(['1: :task']);
  });

  it('lets an unclosed fence run to the end of the note', () => {
    const n = parseNote(note('- [ ] before', '```', '- [ ] code', '## Not a heading'));
    expect(items(n)).toEqual(['0: :before']);
    expect(n.headings).toEqual([]);
    expect([...n.codeLines]).toEqual([1, 2, 3, 4]);
  });

  it('ends a fence in a quote where the quote ends', () => {
    const n = parseNote(note('> ```', '> code', 'after', '- [ ] task'));
    expect(items(n)).toEqual(['3: :task']);
    expect([...n.codeLines]).toEqual([0, 1]);
  });

  it('keeps a fence inside a list item in the item subtree', () => {
    const n = parseNote(
      note('- [ ] a', '  ```', '  - [ ] code', '', '  ```', '  - [ ] child', '- [ ] b'),
    );
    expect(items(n)).toEqual(['0: :a', '5: :child', '6: :b']);
    expect(n.items.map((i) => [i.line, i.end])).toEqual([
      [0, 6],
      [5, 6],
      [6, 7],
    ]);
  });

  it('ends a list item at a fence that is not indented under it', () => {
    const n = parseNote(note('- [ ] a', '```', 'code', '```', '  - [ ] not a child'));
    expect(n.items.map((i) => [i.line, i.end, i.parent])).toEqual([
      [0, 1, null],
      [4, 5, null],
    ]);
  });

  it('ends an unclosed fence of a list item where the item ends', () => {
    const n = parseNote(note('- [ ] a', '  ```', '  - [ ] code', '- [ ] b'));
    expect(items(n)).toEqual(['0: :a', '3: :b']);
    expect(n.items[0]!.end).toBe(3);
  });
});

describe('isOpenTask', () => {
  it.each([
    [' ', true],
    ['/', true],
    ['?', true],
    ['x', false],
    ['X', false],
    ['-', false],
    ['>', false],
  ])('status %j is open: %s', (status, open) => {
    const n = parseNote(note(`- [${status}] task`));
    expect(isOpenTask(n.items[0]!, CLOSED)).toBe(open);
  });

  it('a plain item is not a task', () => {
    expect(isOpenTask(parseNote(note('- item')).items[0]!, CLOSED)).toBe(false);
  });
});
