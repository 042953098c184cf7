/**
 * Putting carried blocks and topics into the new note: which section each goes to,
 * and the insertion itself, one parse and one pass for every section.
 */
import type { CarryBlock } from './carry-over';
import { parseNote } from '../notes/markdown';
import type { ParsedNote } from '../notes/parsed-note';
import { sameHeading } from '../notes/sections';

/** The names of a note's headings as `sameHeading` compares them (trimmed, lower case). */
export function headingNames(note: ParsedNote): Set<string> {
  return new Set(note.headings.map((h) => h.text.trim().toLowerCase()));
}

/**
 * Where a block goes in the new note: private, or the first of its headings the note
 * has (`note`, or the note's `headingNames` when placing many blocks).
 */
export function blockDestination(
  block: CarryBlock,
  note: ParsedNote | ReadonlySet<string>,
  actionItemsHeading: string,
  privateHeading: string,
): string {
  if (block.private) return privateHeading;
  const names = note instanceof Set ? note : headingNames(note as ParsedNote);
  for (const h of block.headings) {
    if (names.has(h.trim().toLowerCase())) return h;
  }
  return actionItemsHeading;
}

/**
 * Insert groups of lines at the end of named sections (after their last non-blank
 * line, before any nested heading), creating a missing section at the end of the note.
 * Groups are inserted in the order given. `parsed`: the text parsed, when the caller
 * has parsed it already.
 */
export function insertIntoSections(
  text: string,
  groups: ReadonlyArray<{ heading: string; lines: string[] }>,
  parsed?: ParsedNote,
): string {
  const byHeading = new Map<string, { heading: string; lines: string[] }>();
  for (const g of groups) {
    if (!g.lines.length) continue;
    const key = g.heading.trim().toLowerCase();
    const entry = byHeading.get(key) ?? { heading: g.heading, lines: [] };
    entry.lines.push(...g.lines);
    byHeading.set(key, entry);
  }
  if (!byHeading.size) return text;
  // One parse, then one pass: each existing section gets its lines after its last
  // non-blank line; sections the note lacks are added at its end, in order.
  const note = parsed ?? parseNote(text);
  const { lines, eols } = note;
  const eol = eols.find((e) => e !== '') ?? '\n';
  const insertAt = new Map<number, string[]>();
  const missing: Array<{ heading: string; lines: string[] }> = [];
  for (const entry of byHeading.values()) {
    const index = note.headings.findIndex((h) => sameHeading(h.text, entry.heading));
    if (index < 0) {
      missing.push(entry);
      continue;
    }
    const start = note.headings[index]!.line + 1;
    const stop = note.headings[index + 1]?.line ?? lines.length;
    let at = start;
    for (let l = start; l < stop; l++) if (lines[l]!.trim() !== '') at = l + 1;
    insertAt.set(at, [...(insertAt.get(at) ?? []), ...entry.lines]);
  }
  let out = '';
  for (let i = 0; i <= lines.length; i++) {
    const add = insertAt.get(i);
    if (add) {
      // The line before the insertion point may be the last one, with no line ending.
      if (i > 0 && eols[i - 1] === '') out += eol;
      out += add.join(eol) + eol;
      if (i < lines.length && lines[i]!.trim() !== '') out += eol;
    }
    if (i < lines.length) out += lines[i]! + eols[i]!;
  }
  for (const entry of missing) {
    out = out.replace(/\s+$/, '');
    out += `${out ? eol + eol : ''}## ${entry.heading}${eol}${entry.lines.join(eol)}${eol}`;
  }
  return out;
}
