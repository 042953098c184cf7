/**
 * Reading a note again after some of its lines changed (`reparseLines`, what hiding a
 * comment does) reads only from the last clean line before the change to the first
 * clean line after it, and takes the rest from the earlier parse. Whatever the note and
 * whatever changed, that must be exactly the parse of the changed note from scratch:
 * every heading, item (index, parent, children, heading, end), code line and callout,
 * and the reader's clean lines; and again after a second change, from the first re-read.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  parseLines,
  parseNote,
  reparseLines,
  type SyncedParse,
} from '../../../src/core/notes/markdown';
import { splitLines } from '../../../src/core/notes/text-lines';

/** Lines that open, continue and close every construct the reader keeps open. */
const LINE = fc.constantFrom(
  '',
  '   ',
  '---',
  '...',
  'title: x',
  '\uFEFF---',
  '\uFEFF- [ ] task at the start',
  '# Heading',
  '## Private',
  '### Notes ##',
  'Setext text',
  '===',
  '- item',
  '- [ ] task',
  '  - [x] nested done',
  '    - [ ] nested deeper',
  '\t- [/] tabbed',
  '1. numbered',
  '2) [ ] numbered task',
  '* star',
  '+ plus #private',
  'lazy continuation',
  '      continuation indented',
  '    indented like code',
  '> quoted',
  '> - [ ] quoted task',
  '> [!private] Secret',
  '> [!note]',
  '> > [!tip] nested',
  '>',
  '```',
  '```js',
  '~~~',
  '  ```',
  '- ```',
  '    ```',
  '<div>',
  '</div>',
  '***',
  '%% comment %%',
  'text %% open',
  'close %%',
  '<!-- html -->',
  'a line\r',
  'two\nlines',
);

/** A change: lines from `at` on, `count` of them, become `with` (cycled), or spaces. */
const CHANGE = fc.record({
  at: fc.nat(40),
  count: fc.integer({ min: 1, max: 6 }),
  with: fc.array(LINE, { minLength: 1, maxLength: 6 }),
  blank: fc.boolean(),
});

type Change = { at: number; count: number; with: string[]; blank: boolean };

function applied(lines: readonly string[], c: Change): string[] {
  const out = [...lines];
  const at = Math.min(c.at, out.length - 1);
  for (let k = 0; k < c.count && at + k < out.length; k++) {
    const l = at + k;
    out[l] = c.blank ? ' '.repeat(out[l]!.length) : c.with[k % c.with.length]!;
  }
  return out;
}

function fromScratch(lines: readonly string[]): SyncedParse {
  const { lines: split, eols } = splitLines(lines.join('\n'));
  return parseLines(split, eols);
}

describe('reparseLines', () => {
  it('reads a changed note exactly as a parse from scratch, twice in a row', () => {
    fc.assert(
      fc.property(
        fc.array(LINE, { minLength: 1, maxLength: 40 }),
        CHANGE,
        CHANGE,
        (lines, a, b) => {
          const first = applied(lines, a);
          const second = applied(first, b);
          const once = reparseLines(fromScratch(lines), first);
          expect(once.note).toEqual(parseNote(first.join('\n')));
          expect(once.clean).toEqual(fromScratch(first).clean);
          const twice = reparseLines(once, second);
          expect(twice.note).toEqual(parseNote(second.join('\n')));
          expect(twice.clean).toEqual(fromScratch(second).clean);
        },
      ),
      { numRuns: 4000, seed: 20261202 },
    );
  });

  it('reads a note with properties from a parse of it as written (the properties blanked)', () => {
    const lines = [
      '---',
      'a: 1',
      '---',
      '## Agenda',
      '%% to self',
      '- [ ] hidden',
      '%%',
      '## Notes',
    ];
    const asWritten = parseLines(lines, [...lines.map(() => '\n').slice(1), '']);
    const changed = ['', '', '', '## Agenda', '          ', '            ', '  ', '## Notes'];
    const again = reparseLines(asWritten, changed);
    expect(again.note).toEqual(parseNote(changed.join('\n')));
    expect(again.note.items).toEqual([]);
  });

  it('renumbers the items and headings after the change, and shares none it changed', () => {
    const lines = [
      '# A',
      '- [ ] one',
      '%%',
      '- [ ] two',
      '%%',
      '',
      '# B',
      '- [ ] three',
      '  - four',
    ];
    const old = fromScratch(lines);
    const changed = [
      '# A',
      '- [ ] one',
      '  ',
      '           ',
      '  ',
      '',
      '# B',
      '- [ ] three',
      '  - four',
    ];
    const again = reparseLines(old, changed);
    expect(again.note).toEqual(parseNote(changed.join('\n')));
    const three = again.note.items.find((it) => it.line === 7)!;
    expect(three).toMatchObject({ index: 1, children: [2], heading: 1 });
    // The earlier parse is left as it was.
    expect(old.note.items.find((it) => it.line === 7)!.index).toBe(2);
  });
});
