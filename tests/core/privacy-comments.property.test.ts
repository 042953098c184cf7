/**
 * Hiding comments does not parse a note that has no fence: it relies on such a note
 * having no code block, whatever its lines. And commentedOutLines is exactly the
 * non-blank lines that the comments hide whole.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseNote } from '../../src/core/markdown';
import { blankComments, commentedOutLines } from '../../src/core/privacy';

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
);

describe('comments', () => {
  it('a note with no three backticks or tildes has no code block, however it is blanked', () => {
    fc.assert(
      fc.property(fc.array(LINE, { maxLength: 30 }), fc.boolean(), (lines, spans) => {
        expect(parseNote(lines.join('\n')).codeLines.size).toBe(0);
        expect(parseNote(blankComments(lines, spans).join('\n')).codeLines.size).toBe(0);
      }),
      { numRuns: 1500, seed: 20261122 },
    );
  });

  it('commentedOutLines are the non-blank lines that the comments hide whole', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(LINE, fc.constant('```')), { maxLength: 24 }), (lines) => {
        const shown = blankComments(lines, true);
        const expected = lines.flatMap((s, l) =>
          s.trim() !== '' && shown[l]!.trim() === '' ? [l] : [],
        );
        expect([...commentedOutLines(lines.join('\n'))].sort((a, b) => a - b)).toEqual(expected);
      }),
      { numRuns: 1000, seed: 20261122 },
    );
  });

  it('finds a task hidden by a comment over several lines, and only that', () => {
    const text = ['- [ ] shown', '%% notes to self', '- [ ] hidden', 'end %%', '- [ ] after'].join(
      '\n',
    );
    expect([...commentedOutLines(text)]).toEqual([1, 2, 3]);
    expect([...commentedOutLines('- [ ] no comments here')]).toEqual([]);
  });
});
