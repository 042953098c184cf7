/**
 * The lines a note's private constructs take, read from one parse: the private
 * sections (default "Private", any level, with their subsections), `> [!private]`
 * callouts (nested ones too, with their lazy continuation lines) and lines tagged
 * `#private` (a list item with its whole subtree, a heading with its section).
 * privacy.ts applies it to every reading of a note.
 */
import type { ListItem, ParsedNote } from './parsed-note';
import { calloutTypes, sameHeading, sections } from './sections';
import { lazyRegExp } from '../shared/memo';
import { firstSolid } from './block-syntax';

/** The character code of `>`: a private callout's line starts with one (`firstSolid`). */
const GT = 62;

/** What counts as private beyond callouts, comments and tags. */
export interface PrivacyOptions {
  /**
   * Headings of private sections (compared without case), besides every heading whose
   * text holds the word "private" (see `isPrivateHeading`).
   */
  privateHeadings: readonly string[];
}

/**
 * The word "private" in a heading, any case, as a word of its own (`## 🔒 Private
 * Notes`, `### Private (not shared)`), not inside a longer word (`Privateer`,
 * `Privately`). Written without lookbehind (mobile Safari lacks it).
 */
const PRIVATE_WORD = lazyRegExp(String.raw`(?:^|[^\p{L}\p{N}_])private(?![\p{L}\p{N}_])`, 'iu');

/** `#private`, also as a nested tag (`#private/hr`); not `#privateer`. */
const PRIVATE_TAG = lazyRegExp(String.raw`#private(?![\p{L}\p{N}_-])`, 'iu');
/** A private callout header anywhere, also indented inside a list item. */
const PRIVATE_CALLOUT = /^[ \t]*(?:>[ \t]*)+\[!private(?:\|[^\]]*)?\]/i;
const QUOTED = /^[ \t]*>/;
const QUOTE_MARKS = /^(?:[ \t]*>)+[ \t]?/;
/**
 * Lines that start a block of their own and so end a paragraph: callouts, lists,
 * headings, fences, setext underlines and rules.
 */
const BLOCK_START =
  /^(?:\[!|[-*+](?:[ \t]|$)|\d{1,9}[.)](?:[ \t]|$)|#{1,6}(?:[ \t]|$)|`{3,}|~{3,}|=+[ \t]*$|(?:[-*_][ \t]*){3,}$)/;

/** True when a line carries the `#private` tag. */
export function hasPrivateTag(line: string): boolean {
  return line.includes('#') && PRIVATE_TAG().test(line);
}

/** A heading text without emphasis markers and a trailing colon, for name matching. */
function plainHeading(text: string): string {
  return text
    .replace(/[*_~=`]/g, '')
    .replace(/:\s*$/, '')
    .trim();
}

/**
 * True when a heading's text starts a private section: it holds the word "private", or
 * it is one of the headings of the setting (case, emphasis and a trailing colon aside).
 * The one test of a private heading: the recap, the agenda, carry-over and the
 * accomplishment log all read sections through it.
 */
export function isPrivateHeading(text: string, opts: PrivacyOptions): boolean {
  const plain = plainHeading(text);
  return (
    PRIVATE_WORD().test(plain) ||
    opts.privateHeadings.some((p) => sameHeading(plainHeading(p), plain))
  );
}

/**
 * Lines (0-based) of private sections, private callouts and `#private` tags (a tagged
 * heading takes its section, a tagged item its subtree). Carry-over uses the same set,
 * so what the recap hides is exactly what carry-over keeps private.
 */
export function privateLines(note: ParsedNote, opts: PrivacyOptions): Set<number> {
  const out = new Set<number>();
  const blank = (from: number, to: number): void => {
    for (let l = from; l < to; l++) out.add(l);
  };
  const headingLines = new Set<number>();
  for (const h of note.headings) headingLines.add(h.line);
  const itemAt = new Map<number, ListItem>();
  for (const it of note.items) itemAt.set(it.line, it);

  // A setext heading may be a thematic break after a paragraph to the writer: a
  // section is private when it is read with the setext headings or without them.
  const atx = note.headings.filter((h) => !h.setext);
  const readings = atx.length === note.headings.length ? [note.headings] : [note.headings, atx];
  for (const s of readings.flatMap((hs) => sections(note, hs))) {
    if (isPrivateHeading(s.heading.text, opts) || hasPrivateTag(note.lines[s.heading.line]!))
      blank(s.heading.line, s.end);
  }

  // Callouts: what the parser recognises, and private headers it cannot see (indented
  // inside list items), each with its quoted lines and lazy continuation lines.
  const calloutEnds: number[] = [];
  for (let l = 0; l < note.lines.length; l++) {
    const parsed =
      note.calloutOf.has(l) && calloutTypes(note, note.calloutOf.get(l)!).includes('private');
    if (!parsed && (firstSolid(note.lines[l]!) !== GT || !PRIVATE_CALLOUT.test(note.lines[l]!)))
      continue;
    let end = l;
    if (!parsed) while (end + 1 < note.lines.length && QUOTED.test(note.lines[end + 1]!)) end++;
    blank(l, end + 1);
    calloutEnds.push(end);
    l = end;
  }
  // A callout's last paragraph goes on lazily on the next lines (quoted less deeply,
  // or not at all) until a blank line or a line that starts another block.
  for (const end of calloutEnds) {
    if (note.lines[end]!.replace(QUOTE_MARKS, '').trim() === '') continue;
    for (let l = end + 1; l < note.lines.length; l++) {
      const content = note.lines[l]!.replace(QUOTE_MARKS, '').trim();
      if (
        content === '' ||
        headingLines.has(l) ||
        itemAt.has(l) ||
        note.codeLines.has(l) ||
        BLOCK_START.test(content)
      )
        break;
      out.add(l);
    }
  }

  // Tagged lines: an item takes its subtree and its lazy continuation lines, a heading
  // its section (above), any other line its paragraph, and a tagged continuation line
  // (indented or lazy) the item it continues.
  const fmEnd = note.frontmatter?.end ?? 0;
  /** Line `l` continues the paragraph of the line before it. */
  const continues = (l: number): boolean => {
    if (l < fmEnd || l >= note.lines.length || headingLines.has(l) || itemAt.has(l)) return false;
    if (note.codeLines.has(l)) return false;
    const content = note.lines[l]!.replace(QUOTE_MARKS, '').trim();
    return content !== '' && !BLOCK_START.test(content);
  };
  for (let l = 0; l < note.lines.length; l++) {
    if (!hasPrivateTag(note.lines[l]!)) continue;
    out.add(l);
    if (headingLines.has(l) || note.codeLines.has(l)) continue;
    let start = l;
    let end = l + 1;
    if (!itemAt.has(l)) {
      while (start > fmEnd && continues(start - 1)) start--;
      while (continues(end)) end++;
      blank(start, end);
    }
    const item = itemAt.get(l) ?? itemAt.get(start - 1) ?? innermostItem(note, l);
    if (!item) continue;
    blank(item.line, item.end);
    // The item's last paragraph goes on lazily on the lines after it.
    if (note.lines[item.end - 1]!.trim() === '') continue;
    for (let k = item.end; continues(k); k++) out.add(k);
  }
  return out;
}

/** The innermost item whose subtree holds `line` below the item's own line, if any. */
function innermostItem(note: ParsedNote, line: number): ListItem | undefined {
  let best: ListItem | undefined;
  for (const it of note.items)
    if (it.line < line && line < it.end && (!best || it.line > best.line)) best = it;
  return best;
}
