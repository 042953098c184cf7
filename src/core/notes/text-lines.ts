/**
 * A note's text as lines: split with each line's exact ending kept, joined back byte for
 * byte, and the width of a line's indentation. Line numbers are 0-based indexes into
 * the array `splitLines` returns.
 */

/** Split text into lines and their line endings, keeping `\r\n` and `\n` apart. */
export function splitLines(text: string): { lines: string[]; eols: string[] } {
  const lines: string[] = [];
  const eols: string[] = [];
  let start = 0;
  // indexOf finds the next line feed much faster than a loop over every character.
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', start)) {
    const crlf = i > start && text.charCodeAt(i - 1) === 13;
    lines.push(text.slice(start, crlf ? i - 1 : i));
    eols.push(crlf ? '\r\n' : '\n');
    start = i + 1;
  }
  lines.push(text.slice(start));
  eols.push('');
  return { lines, eols };
}

/** Join lines and line endings back into text: the inverse of `splitLines`. */
export function joinLines(lines: readonly string[], eols: readonly string[]): string {
  let out = '';
  for (let i = 0; i < lines.length; i++) out += lines[i] + (eols[i] ?? '');
  return out;
}

/**
 * Width in columns of a run of whitespace that starts at column `from` (0: leading
 * whitespace). Tabs stop every 4 columns.
 */
export function indentWidth(ws: string, from = 0): number {
  let col = from;
  for (const ch of ws) col = ch === '\t' ? col + 4 - (col % 4) : col + 1;
  return col - from;
}

/** Width in columns of the whitespace a line starts with, the line starting at column `from`. */
export function leadingWidth(line: string, from = 0): number {
  let col = from;
  for (let i = 0; i < line.length; i++) {
    const c = line.charCodeAt(i);
    if (c === 32) col++;
    else if (c === 9) col += 4 - (col % 4);
    else break;
  }
  return col - from;
}

/** A run of `n` spaces: hidden text keeps its place, so positions stay valid. */
export function spaces(n: number): string {
  return ' '.repeat(n);
}
