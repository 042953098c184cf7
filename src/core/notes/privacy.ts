/**
 * The privacy filter: everything the recap and the agenda show comes from a
 * `PublicNote`, and the only way to get one is `stripPrivate`. So private text is
 * taken out before anything is rendered, for every output format alike.
 *
 * Private is: the sections under the private headings (default "Private", any level,
 * with their subsections), `> [!private]` callouts (nested ones too, with their lazy
 * continuation lines), `%%comments%%` and `<!-- HTML comments -->` (inline or over
 * several lines; an unclosed one hides the rest of the note, as in Obsidian), and
 * lines tagged `#private` (a list item with its whole subtree, a heading with its
 * section). When in doubt, more is hidden, never less: see `stripPrivate`.
 */
import { blankComments, blankOneLineComments } from './comments';
import { parseNote } from './markdown';
import type { ListItem, ParsedNote } from './parsed-note';
import { calloutTypes, sameHeading, sections } from './sections';
import { spaces, splitLines } from './text-lines';

/** What counts as private beyond callouts, comments and tags. */
export interface PrivacyOptions {
  /** Headings of private sections (compared without case). */
  privateHeadings: readonly string[];
}

declare const publicBrand: unique symbol;

/**
 * A note body with every private part removed: the frontmatter and private lines are
 * blank (so line numbers stay those of the original note), comments are gone.
 */
export interface PublicNote {
  /** The public text, `\n` line endings. */
  readonly text: string;
  /** `text` parsed by the one Markdown parser. */
  readonly note: ParsedNote;
  readonly [publicBrand]: true;
}

/** `#private`, also as a nested tag (`#private/hr`); not `#privateer`. */
const PRIVATE_TAG = /#private(?![\p{L}\p{N}_-])/iu;
/** A private callout header anywhere, also indented inside a list item. */
const PRIVATE_CALLOUT = /^[ \t]*(?:>[ \t]*)+\[!private\]/i;
const QUOTED = /^[ \t]*>/;
const QUOTE_MARKS = /^(?:[ \t]*>)+[ \t]?/;
/** Lines that start a block of their own and so end a paragraph: callouts, lists, headings, fences. */
const BLOCK_START =
  /^(?:\[!|[-*+](?:[ \t]|$)|\d{1,9}[.)](?:[ \t]|$)|#{1,6}(?:[ \t]|$)|`{3,}|~{3,})/;

/** True when a line carries the `#private` tag. */
export function hasPrivateTag(line: string): boolean {
  return PRIVATE_TAG.test(line);
}

/** A heading text without emphasis markers and a trailing colon, for name matching. */
function plainHeading(text: string): string {
  return text
    .replace(/[*_~=`]/g, '')
    .replace(/:\s*$/, '')
    .trim();
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
  const headingLines = new Set(note.headings.map((h) => h.line));
  const itemAt = new Map(note.items.map((it) => [it.line, it]));

  for (const s of sections(note)) {
    const named = opts.privateHeadings.some((p) =>
      sameHeading(plainHeading(p), plainHeading(s.heading.text)),
    );
    if (named || hasPrivateTag(note.lines[s.heading.line]!)) blank(s.heading.line, s.end);
  }

  // Callouts: what the parser recognises, and private headers it cannot see (indented
  // inside list items), each with its quoted lines and lazy continuation lines.
  const calloutEnds: number[] = [];
  for (let l = 0; l < note.lines.length; l++) {
    const parsed =
      note.calloutOf.has(l) && calloutTypes(note, note.calloutOf.get(l)!).includes('private');
    if (!parsed && !PRIVATE_CALLOUT.test(note.lines[l]!)) continue;
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

  // Tagged lines: an item takes its subtree, a heading its section (above), any other
  // line itself, and a tagged continuation line the item it continues.
  for (let l = 0; l < note.lines.length; l++) {
    if (!hasPrivateTag(note.lines[l]!)) continue;
    out.add(l);
    const item = itemAt.get(l) ?? innermostItem(note, l);
    if (item) blank(item.line, item.end);
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

/**
 * One reading of the note: its comments hidden (markers in code spans literal or not,
 * as `spans` says), then its private sections, callouts and tagged lines. Hidden text
 * is spaces, so readings line up character by character.
 */
function reading(base: readonly string[], spans: boolean, opts: PrivacyOptions): string[] {
  const lines = blankComments(base, spans);
  const drop = privateLines(parseNote(lines.join('\n')), opts);
  return lines.map((l, i) => (drop.has(i) ? spaces(l.length) : l));
}

/**
 * The public part of a note: frontmatter, comments, private sections, private callouts
 * and `#private` lines removed. Everything the recap and the agenda render goes
 * through this first.
 *
 * Where Obsidian's reading is uncertain (is `%%` inside a code span a comment
 * marker?), the note is read both ways and only what both readings show is public.
 * And a comment that opens and closes on one line is hidden wherever it stands, in
 * code spans and code blocks too: someone who wrote `%%...%%` meant to hide it.
 * Backslashes do not escape markers (as in Obsidian).
 */
export function stripPrivate(text: string, opts: PrivacyOptions): PublicNote {
  const { lines } = splitLines(text.replace(/^\uFEFF/, ''));
  const parsed = parseNote(lines.join('\n'));
  if (parsed.frontmatter)
    for (let l = parsed.frontmatter.start; l < parsed.frontmatter.end; l++) lines[l] = '';
  // A third mask: every comment that opens and closes on one line, in code or not.
  const pairs = blankOneLineComments(lines);
  // And a fourth: the private sections, callouts and tags as written, comments or not.
  const drop = privateLines(parsed, opts);
  const asWritten = lines.map((s, l) => (drop.has(l) ? spaces(s.length) : s));
  const readings = [reading(lines, true, opts), reading(lines, false, opts), pairs, asWritten];
  const kept = lines.map((s, l) => {
    // Most lines are the same in every reading: keep them without a pass per character.
    let out = s;
    if (readings.some((r) => r[l] !== s)) {
      out = '';
      for (let i = 0; i < s.length; i++)
        out += readings.some((r) => r[l]![i] !== s[i]) ? ' ' : s[i];
    }
    return out.trim() === '' ? '' : out.trimEnd();
  });
  const publicText = kept.join('\n');
  return { text: publicText, note: parseNote(publicText) } as PublicNote;
}
