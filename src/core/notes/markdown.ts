/**
 * The one parser of Markdown structure used everywhere in Touchpoints: carry-over,
 * recap, editor badges and the command line. It works line by line (note-reader.ts),
 * keeps every line's exact text and line ending, and never normalises anything, so that
 * edits planned from it can change single characters and leave every other byte alone.
 * What it returns is described in parsed-note.ts; line numbers are 0-based.
 */
import type { ListItem, ParsedNote } from './parsed-note';
import { frontmatterRange, markdownLines } from './block-syntax';
import { NoteReader, type ReadSoFar } from './note-reader';
import { splitLines } from './text-lines';

/** Parse a note body into headings, list items with hierarchy, code blocks and callouts. */
export function parseNote(text: string): ParsedNote {
  const { lines, eols } = splitLines(text);
  return parseLines(lines, eols).note;
}

/** `parseNote` of split lines, with the reader's clean lines (see `NoteReader.clean`). */
export function parseLines(lines: string[], eols: string[]): { note: ParsedNote; clean: number[] } {
  const read = markdownLines(lines);
  const frontmatter = frontmatterRange(read);
  const reader = new NoteReader(read);
  reader.readLines(frontmatter ? frontmatter.end : 0);
  // The status offsets are in the lines as written, byte-order mark included.
  if (read !== lines) for (const it of reader.items) if (it.line === 0) it.statusOffset++;
  return { note: noteOf(reader, lines, eols, frontmatter), clean: reader.clean };
}

/** The `ParsedNote` a reader has read. */
export function noteOf(
  reader: ReadSoFar,
  lines: string[],
  eols: string[],
  frontmatter: ParsedNote['frontmatter'],
): ParsedNote {
  return {
    lines,
    eols,
    frontmatter,
    headings: reader.headings,
    items: reader.items,
    codeLines: reader.codeLines,
    indentedCode: reader.indentedCode,
    calloutOf: reader.calloutOf,
    callouts: reader.callouts,
    calloutParent: reader.calloutParent,
  };
}

/** A parse and its reader's clean lines, in order: what `reparseLines` resumes from. */
export interface SyncedParse {
  note: ParsedNote;
  clean: number[];
}

/** `parseNote(lines.join('\n'))`, with the reader's clean lines. */
export function parseJoined(lines: readonly string[]): SyncedParse {
  const split = splitLines(lines.join('\n'));
  return parseLines(split.lines, split.eols);
}

/**
 * `parseNote(lines.join('\n'))`, with `clean`, from `old`, the parse of lines of the same
 * count: only the lines from the last clean line of `old` before the first changed line,
 * to the first line from the last changed one on after which both readings are clean,
 * are read again. The lines before and after are taken from `old` (they read the same from
 * a clean start), their items and headings renumbered; items and headings that keep
 * their numbers are shared with `old`. Parsed whole when the lines do not split back.
 * `old`: a parse of split lines (`parseLines`, `parseJoined` or this).
 */
export function reparseLines(old: SyncedParse, changed: readonly string[]): SyncedParse {
  const was = old.note;
  if (was.lines.length !== changed.length) return parseJoined(changed);
  let first = 0;
  while (first < changed.length && changed[first] === was.lines[first]) first++;
  let last = changed.length - 1;
  while (last > first && changed[last] === was.lines[last]) last--;
  // Joined with `\n` and split again, a line ending in a carriage return, or a changed one
  // holding a line feed (the others are lines of `old`, split already), is not the same.
  for (let l = 0; l < changed.length; l++) {
    const s = changed[l]!;
    if (s.charCodeAt(s.length - 1) === 13 || (l >= first && l <= last && s.includes('\n')))
      return parseJoined(changed);
  }
  const lines = [...changed];
  const eols = lines.map((_, i) => (i < lines.length - 1 ? '\n' : ''));
  const read = markdownLines(lines);
  const frontmatter = frontmatterRange(read);
  const begin = frontmatter ? frontmatter.end : 0;
  const sameStart = begin === (was.frontmatter ? was.frontmatter.end : 0);
  // Resume after the last clean line before the change (its reading is the same).
  let from = begin;
  if (sameStart) for (const c of old.clean) if (c < first) from = c + 1;
  // What `old` read before `from` holds for the lines before it (none when reading from the start).
  const resumed = from > begin;
  const clean = resumed ? old.clean.filter((c) => c < from) : [];
  const reader = new NoteReader(read, resumed ? partsOf(was, (l) => l < from) : undefined);
  // Stop at the first line from the last changed one on where both readings are clean.
  let k = 0;
  const until = (l: number): boolean => {
    while (k < old.clean.length && old.clean[k]! < l) k++;
    return l >= last && old.clean[k] === l;
  };
  const stop = reader.readLines(from, until);
  if (read !== lines && from === 0)
    for (const it of reader.items) if (it.line === 0) it.statusOffset++;
  clean.push(...reader.clean);
  if (stop < lines.length) {
    const tail = partsOf(was, (l) => l > stop);
    const di = reader.items.length - (was.items.length - tail.items.length);
    const dh = reader.headings.length - (was.headings.length - tail.headings.length);
    reader.headings.push(...tail.headings);
    for (const it of tail.items) reader.items.push(renumbered(it, di, dh));
    for (const l of tail.codeLines) reader.codeLines.add(l);
    for (const l of tail.indentedCode) reader.indentedCode.add(l);
    for (const [l, c] of tail.calloutOf) reader.calloutOf.set(l, c);
    for (const [l, t] of tail.callouts) reader.callouts.set(l, t);
    for (const [l, c] of tail.calloutParent) reader.calloutParent.set(l, c);
    for (const c of old.clean) if (c > stop) clean.push(c);
  }
  return { note: noteOf(reader, lines, eols, frontmatter), clean };
}

/** What `note` found on the lines that `keep` says (a run at its start or its end). */
function partsOf(note: ParsedNote, keep: (line: number) => boolean): ReadSoFar {
  const lineKept = <T>(entries: Iterable<[number, T]>): Map<number, T> => {
    const out = new Map<number, T>();
    for (const [l, v] of entries) if (keep(l)) out.set(l, v);
    return out;
  };
  const setKept = (lines: Iterable<number>): Set<number> => {
    const out = new Set<number>();
    for (const l of lines) if (keep(l)) out.add(l);
    return out;
  };
  return {
    headings: note.headings.filter((h) => keep(h.line)),
    items: note.items.filter((it) => keep(it.line)),
    codeLines: setKept(note.codeLines),
    indentedCode: setKept(note.indentedCode),
    calloutOf: lineKept(note.calloutOf),
    callouts: lineKept(note.callouts),
    calloutParent: lineKept(note.calloutParent),
  };
}

/** An item with its index, parent and children moved by `di` and its heading by `dh`. */
function renumbered(it: ListItem, di: number, dh: number): ListItem {
  if (di === 0 && dh === 0) return it;
  const heading = (it.heading ?? -1) + dh;
  return {
    ...it,
    index: it.index + di,
    parent: it.parent === null ? null : it.parent + di,
    children: it.children.map((c) => c + di),
    heading: heading < 0 ? null : heading,
  };
}

/** True when `item` is a task whose status character is not in `closed`. */
export function isOpenTask(item: ListItem, closed: ReadonlySet<string>): boolean {
  return item.status !== null && !closed.has(item.status);
}
