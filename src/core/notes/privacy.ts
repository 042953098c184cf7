/**
 * The one reading of what Obsidian shows of a note (`readVisibility`), and the privacy
 * filter built on it: everything the recap and the agenda show comes from a
 * `PublicNote`, and the only way to get one is `stripPrivate`. Carry-over, the topic
 * queue and the accomplishment log read notes through the same `readVisibility`, so
 * they never disagree with the recap on what is hidden.
 *
 * Hidden is: the private constructs (private-lines.ts), `%%comments%%` and
 * `<!-- HTML comments -->` (inline or over several lines; an unclosed one hides the
 * rest of the note, as in Obsidian) and the frontmatter. When in doubt, more is hidden,
 * never less: see `readVisibility`.
 */
import { blankComments, blankOneLineComments, type CommentRange, type LastParse } from './comments';
import { parseJoined, parseLines, parseNote, reparseLines } from './markdown';
import type { ParsedNote } from './parsed-note';
import { privateLines, type PrivacyOptions } from './private-lines';
import { spaces, splitLines } from './text-lines';

export {
  hasPrivateTag,
  isPrivateHeading,
  privateLines,
  type PrivacyOptions,
} from './private-lines';

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

/** What Obsidian shows of a note, read every way Obsidian might read it. Lines are 0-based. */
export interface Visibility {
  /** The note as written, parsed (a leading byte-order mark is not part of line 0). */
  note: ParsedNote;
  /** Each line as every reading shows it: what any reading hides is spaces (empty when not wanted). */
  shown: string[];
  /** Lines that a private construct takes in any reading. */
  private: Set<number>;
  /** The comments of each reading: markers in code spans as text, then as markers. */
  comments: CommentRange[][];
}

const MARKERS = /%%|<!--/;
/** Text that could open or close a code block. */
const FENCE_LIKE = /```|~~~/;

/**
 * One reading of the note: its comments hidden (markers in code spans literal or not,
 * as `spans` says), then its private sections, callouts and tagged lines, which go into
 * `drop`. Hidden text is spaces, so readings line up character by character. The note
 * without its comments is parsed again only when the comments could change its
 * structure (see `blankComments`).
 */
function reading(
  base: readonly string[],
  spans: boolean,
  opts: PrivacyOptions,
  out: {
    drop: Set<number>;
    ranges: CommentRange[];
    note: ParsedNote;
    /** The clean lines of `note`'s reader (empty when unknown). */
    clean: number[];
    code?: ReadonlySet<number>;
    shown: boolean;
  },
): string[] {
  const last: LastParse = { note: out.code ? out.note : null, clean: out.clean, at: 0 };
  const lines = blankComments(base, spans, false, out.code, out.ranges, last);
  // Read again (around the comments hidden since the last parse) only if needed.
  const parsed = sameStructure(last, out.ranges)
    ? { ...last.note!, lines }
    : last.note
      ? reparseLines({ note: last.note, clean: last.clean }, lines).note
      : parseJoined(lines).note;
  const own = privateLines(parsed, opts);
  for (const l of own) out.drop.add(l);
  // The reading's text only when the caller wants what is shown.
  return out.shown ? lines.map((l, i) => (own.has(i) ? spaces(l.length) : l)) : [];
}

/**
 * Whether the note without its comments has the structure of the last parse: every
 * comment hidden since is inside one line, after its first character, on no heading,
 * setext underline or callout header line, so only text changed.
 */
function sameStructure(last: LastParse, ranges: readonly CommentRange[]): boolean {
  const note = last.note;
  if (!note) return false;
  for (let k = last.at; k < ranges.length; k++) {
    const c = ranges[k]!;
    if (c.endLine !== c.line || !c.closed || c.col <= note.lines[c.line]!.search(/\S/))
      return false;
    if (note.callouts.has(c.line) || note.calloutOf.has(c.line)) return false;
    for (const h of note.headings)
      if (h.line === c.line || (h.setext && c.line <= h.line + 1 && c.line >= h.line)) return false;
  }
  return true;
}

/** `parseNote(text)`, with the reader's clean lines for reading the note again. */
function parseText(text: string): { note: ParsedNote; clean: number[] } {
  const { lines, eols } = splitLines(text);
  return parseLines(lines, eols);
}

/**
 * What Obsidian shows of a note, the one reading every feature uses. Where Obsidian's
 * reading is uncertain (is `%%` inside a code span a comment marker?), the note is
 * read both ways and only what both readings show is shown; a private construct
 * counts whether it is read with the comments (a private heading inside a comment) or
 * without them (a comment hiding the heading that ends a private section). And a
 * comment that opens and closes on one line is hidden wherever it stands, in code
 * spans and code blocks too: someone who wrote `%%...%%` meant to hide it. Backslashes
 * do not escape markers (as in Obsidian). `want.note`: the text already parsed, reused.
 */
export function readVisibility(
  text: string,
  opts: PrivacyOptions,
  want: { shown: boolean; note?: ParsedNote } = { shown: true },
): Visibility {
  const { note, clean } = want.note ? { note: want.note, clean: [] } : parseText(text);
  const lines = [...note.lines];
  if (note.frontmatter)
    for (let l = note.frontmatter.start; l < note.frontmatter.end; l++) lines[l] = '';
  const drop = privateLines(note, opts);
  const asWritten = want.shown ? lines.map((s, l) => (drop.has(l) ? spaces(s.length) : s)) : [];
  // Without a comment marker every reading is the one as written.
  if (!lines.some((s) => MARKERS.test(s)))
    return { note, shown: asWritten, private: drop, comments: [[], []] };
  // The note's code blocks hold for the body unless its properties looked like a fence.
  const fm = note.frontmatter;
  const fmFenced =
    fm !== null && note.lines.slice(fm.start, fm.end).some((s) => FENCE_LIKE.test(s));
  const code = fmFenced ? undefined : note.codeLines;
  const literal: CommentRange[] = [];
  const read = { drop, note, clean, code, shown: want.shown };
  const withSpans = reading(lines, true, opts, { ...read, ranges: literal });
  // The readings differ only where a line holds a backtick and a marker.
  const spans = lines.some((s) => s.includes('`') && MARKERS.test(s));
  const counted: CommentRange[] = spans ? [] : literal;
  const withoutSpans = spans
    ? reading(lines, false, opts, { ...read, ranges: counted })
    : withSpans;
  if (!want.shown) return { note, shown: [], private: drop, comments: [literal, counted] };
  // And every comment that opens and closes on one line, in code or not.
  const readings = [withSpans, withoutSpans, blankOneLineComments(lines), asWritten];
  const shown = lines.map((s, l) => {
    // Most lines are the same in every reading: keep them without a pass per character.
    if (readings.every((r) => r[l] === s)) return s;
    let out = '';
    for (let i = 0; i < s.length; i++) out += readings.some((r) => r[l]![i] !== s[i]) ? ' ' : s[i];
    return out;
  });
  return { note, shown, private: drop, comments: [literal, counted] };
}

/**
 * The public part of a note: frontmatter, comments, private sections, private callouts
 * and `#private` lines removed, as `readVisibility` reads them. Everything the recap
 * and the agenda render goes through this first.
 */
export function stripPrivate(text: string, opts: PrivacyOptions): PublicNote {
  const { shown } = readVisibility(text.replace(/^\uFEFF/, ''), opts);
  const kept = shown.map((s) => (s.trim() === '' ? '' : s.trimEnd()));
  const publicText = kept.join('\n');
  return { text: publicText, note: parseNote(publicText) } as PublicNote;
}
