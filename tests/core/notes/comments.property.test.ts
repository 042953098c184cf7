/**
 * Hiding comments parses the note again only when a hidden comment could move a code
 * block, and not at all without a fence. Whatever the note, that must read exactly as
 * parsing again after every comment does. And commentedOutLines is exactly the
 * non-blank lines that the comments hide whole, the properties excepted.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseNote } from '../../../src/core/notes/markdown';
import { blankComments, readComments } from '../../../src/core/notes/comments';

const commentedOutLines = (note: ReturnType<typeof parseNote>): Set<number> =>
  readComments(note).hidden;

const LINE = fc.constantFrom(
  '%%',
  'text %%',
  '%% hidden %%',
  '<!--',
  '-->',
  'note <!-- a --> b',
  '- item',
  '  - [ ] task',
  '- [ ] task %% aside',
  '> quoted %%',
  '> - [ ] quoted task',
  '`%%` in a span',
  '``double`` span',
  'before `code` after %%',
  '',
  'plain text',
  '    indented like code',
  '\tTabbed',
  '1. numbered',
  '## Heading %%',
  '```',
  '  ```',
  '~~~ %%',
  '- ```',
  'a %% b ``` c %%',
  '%% x %% then `%%` and %%',
);

describe('comments', () => {
  it('read exactly as when the note is parsed again after every comment', () => {
    fc.assert(
      fc.property(fc.array(LINE, { maxLength: 30 }), fc.boolean(), (lines, spans) => {
        expect(blankComments(lines, spans)).toEqual(blankComments(lines, spans, true));
      }),
      { numRuns: 3000, seed: 20261122 },
    );
  });

  it('a note with no three backticks or tildes has no code block, however it is blanked', () => {
    const noFence = fc.array(
      LINE.filter((l) => !/```|~~~/.test(l)),
      { maxLength: 30 },
    );
    fc.assert(
      fc.property(noFence, fc.boolean(), (lines, spans) => {
        expect(parseNote(lines.join('\n')).codeLines.size).toBe(0);
        expect(parseNote(blankComments(lines, spans).join('\n')).codeLines.size).toBe(0);
      }),
      { numRuns: 1500, seed: 20261122 },
    );
  });

  it('commentedOutLines are the non-blank lines that the comments hide whole', () => {
    fc.assert(
      fc.property(fc.array(LINE, { maxLength: 24 }), (lines) => {
        const shown = blankComments(lines, true);
        const expected = lines.flatMap((s, l) =>
          s.trim() !== '' && shown[l]!.trim() === '' ? [l] : [],
        );
        expect([...commentedOutLines(parseNote(lines.join('\n')))].sort((a, b) => a - b)).toEqual(
          expected,
        );
      }),
      { numRuns: 1000, seed: 20261122 },
    );
  });

  it('finds a task hidden by a comment over several lines, and only that', () => {
    const text = ['- [ ] shown', '%% notes to self', '- [ ] hidden', 'end %%', '- [ ] after'].join(
      '\n',
    );
    expect([...commentedOutLines(parseNote(text))]).toEqual([1, 2, 3]);
    expect([...commentedOutLines(parseNote('- [ ] no comments here'))]).toEqual([]);
  });

  it('reads markers in the properties as text', () => {
    const text = ['---', 'title: 50%% done', '---', '## Action items', '- [ ] real task'].join(
      '\n',
    );
    expect([...commentedOutLines(parseNote(text))]).toEqual([]);
    const crlf = ['---', 'a: 1', '---', '%%', '- [ ] hidden', '%%', '- [ ] shown'].join('\r\n');
    expect([...commentedOutLines(parseNote(crlf))]).toEqual([3, 4, 5]);
  });
});
