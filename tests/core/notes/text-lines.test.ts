import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { indentWidth, joinLines, splitLines } from '../../../src/core/notes/text-lines';

describe('splitLines / joinLines', () => {
  it.each([
    ['', [''], ['']],
    ['a', ['a'], ['']],
    ['a\n', ['a', ''], ['\n', '']],
    ['a\r\nb', ['a', 'b'], ['\r\n', '']],
    ['a\r\n\r\n', ['a', '', ''], ['\r\n', '\r\n', '']],
    ['a\rb\n', ['a\rb', ''], ['\n', '']],
    ['\n\n', ['', '', ''], ['\n', '\n', '']],
    ['a\n\r\nb', ['a', '', 'b'], ['\n', '\r\n', '']],
  ])('splits %j', (text, lines, eols) => {
    expect(splitLines(text)).toEqual({ lines, eols });
    expect(joinLines(lines, eols)).toBe(text);
  });

  it('round-trips any string exactly', () => {
    const pieces = fc.constantFrom(
      'a',
      ' ',
      '\t',
      '\n',
      '\r',
      '\r\n',
      '- [ ] x',
      '> ',
      '```',
      'é',
      '➕\uFE0F',
    );
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.array(pieces).map((p) => p.join('')),
        ),
        (text) => {
          const { lines, eols } = splitLines(text);
          expect(lines.length).toBe(eols.length);
          expect(eols[eols.length - 1]).toBe('');
          for (const l of lines) expect(l).not.toContain('\n');
          expect(joinLines(lines, eols)).toBe(text);
        },
      ),
      { seed: 20261122, numRuns: 300 },
    );
  });
});

describe('indentWidth', () => {
  it.each([
    ['', 0],
    ['  ', 2],
    ['\t', 4],
    ['  \t', 4],
    ['\t  ', 6],
    ['    \t', 8],
    ['\t\t', 8],
  ])('%j is %i columns', (ws, width) => {
    expect(indentWidth(ws)).toBe(width);
  });
});
