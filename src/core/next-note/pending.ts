/**
 * The mark of an unfinished creation: a frontmatter line the new note carries from
 * the moment it is written until the sources are marked and the topics moved. A note
 * that still has it was left half-done (the app or the command was killed), and the
 * next run completes it.
 */
import { splitLines } from '../notes/text-lines';

/** The frontmatter line of a note whose creation is unfinished. */
export const PENDING_LINE = 'carry-over: pending';

/** The line number of the pending mark in the frontmatter, or -1. */
function pendingLine(lines: readonly string[]): number {
  if (lines[0]?.replace(/^\uFEFF/, '').trimEnd() !== '---') return -1;
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i]!.trimEnd();
    if (line === '---' || line === '...') return -1;
    if (line === PENDING_LINE) return i;
  }
  return -1;
}

/** Whether a note's creation is unfinished (its frontmatter has the pending mark). */
export function isPending(text: string): boolean {
  return pendingLine(splitLines(text).lines) >= 0;
}

/** A new note's text with the pending mark as the first line of its frontmatter. */
export function withPending(text: string): string {
  const { lines, eols } = splitLines(text);
  if (lines[0]?.trimEnd() !== '---') throw new Error('a new note always has frontmatter');
  const eol = eols[0] || '\n';
  return lines[0] + eol + PENDING_LINE + eol + text.slice(lines[0].length + eols[0]!.length);
}

/** The text without its pending mark (every other byte as it was). */
export function withoutPending(text: string): string {
  const { lines, eols } = splitLines(text);
  const at = pendingLine(lines);
  if (at < 0) return text;
  let out = '';
  for (let i = 0; i < lines.length; i++) if (i !== at) out += lines[i]! + eols[i]!;
  return out;
}
