/** Small builders for notes in core tests. */
import type { CarryOptions } from '../../src/core/next-note/carry-over';

/** A note from its lines, joined with `\n`, ending with a newline. */
export function note(...lines: string[]): string {
  return lines.map((l) => `${l}\n`).join('');
}

/** The same note with CRLF line endings. */
export function crlf(text: string): string {
  return text.replace(/\r?\n/g, '\r\n');
}

/** The same note without its final line ending. */
export function noFinalEol(text: string): string {
  return text.replace(/\r?\n$/, '');
}

/** A 1:1 note: frontmatter from `fields`, then the body lines. */
export function meetingNote(fields: Record<string, string>, ...body: string[]): string {
  return note('---', ...Object.entries(fields).map(([k, v]) => `${k}: ${v}`), '---', ...body);
}

export const CLOSED: ReadonlySet<string> = new Set(['x', 'X', '-', '>']);

/** Carry options as the defaults have them, with overrides. */
export function carryOptions(over: Partial<CarryOptions> = {}): CarryOptions {
  return {
    closed: CLOSED,
    stamp: true,
    markForwarded: true,
    privateHeadings: ['Private'],
    ...over,
  };
}
