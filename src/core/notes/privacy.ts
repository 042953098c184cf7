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
import { codeSpan } from './code-span';
import { parseNote } from './markdown';
import type { ParsedNote } from './parsed-note';
import { calloutTypes, sameHeading, sections } from './sections';
import { splitLines } from './text-lines';

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

/** A run of `n` spaces: hidden text keeps its place, so positions stay valid. */
const spaces = (n: number): string => ' '.repeat(n);

/** What can start a code span or a comment. */
const CANDIDATE = /`|%%|<!--/g;

/**
 * Where the next comment starts at or after (line, col), outside code blocks, and
 * outside code spans when `spans` is set (without it, only outside spans that hold
 * nothing but markers, like `%%`): its position and closing marker, or null.
 */
function nextOpener(
  lines: readonly string[],
  code: ReadonlySet<number>,
  from: { line: number; col: number },
  spans: boolean,
): { line: number; col: number; close: string } | null {
  for (let l = from.line; l < lines.length; l++) {
    if (code.has(l)) continue;
    const s = lines[l]!;
    let i = l === from.line ? from.col : 0;
    while (i < s.length) {
      // Straight to the next character that can matter: a backtick or a marker.
      CANDIDATE.lastIndex = i;
      const found = CANDIDATE.exec(s);
      if (!found) break;
      i = found.index;
      if (s[i] === '`') {
        // Read without code spans, a span that holds only markers is still text.
        const span = codeSpan(s, i);
        if (span && (spans || /^\s*(?:%%|<!--|-->)+\s*$/.test(s.slice(span.start, span.end)))) {
          i = span.next;
          continue;
        }
        if (spans) {
          while (s[i] === '`') i++;
          continue;
        }
      }
      if (s.startsWith('%%', i)) return { line: l, col: i, close: '%%' };
      if (s.startsWith('<!--', i)) return { line: l, col: i, close: '-->' };
      i++;
    }
  }
  return null;
}

/** How comments fall in a note, as Obsidian reads it (see `readComments`). */
export interface CommentReading {
  /** Non-blank lines that comments hide whole. */
  hidden: Set<number>;
  /** Every comment, in order. */
  ranges: CommentRange[];
}

/**
 * The comments of a note as Obsidian reads it (markers inside code spans are text;
 * markers in the properties are text too, as the recap reads them): the lines they
 * hide whole (a task there was commented out) and where each runs. Takes the parsed
 * note, so the caller's parse is reused.
 */
export function readComments(note: ParsedNote): CommentReading {
  const out: CommentReading = { hidden: new Set(), ranges: [] };
  const { lines, frontmatter: fm } = note;
  if (!lines.some((s) => s.includes('%%') || s.includes('<!--'))) return out;
  const body = fm ? lines.map((s, l) => (l >= fm.start && l < fm.end ? '' : s)) : lines;
  // The note's code blocks hold for the body unless its properties looked like a fence.
  const fmFenced = fm !== null && lines.slice(fm.start, fm.end).some((s) => FENCE_LIKE.test(s));
  const shown = blankComments(body, true, false, fmFenced ? undefined : note.codeLines, out.ranges);
  body.forEach((s, l) => {
    if (s.trim() !== '' && shown[l]!.trim() === '') out.hidden.add(l);
  });
  return out;
}

/** Text that could open or close a code block (a run of three backticks or tildes). */
const FENCE_LIKE = /```|~~~/;

const CLOSED_PAIR = /%%.*?%%|<!--.*?-->/g;
/** A code span that holds nothing but comment markers (`%%`): always text. */
const MARKER_SPAN = /(`+)\s*(?:%%|<!--|-->)+\s*\1(?!`)/g;

/**
 * Comments as Obsidian reads them, in order. After hiding a comment the note is parsed
 * again when that could move a code block (so a fence inside a comment never hides a
 * later comment): when the hidden text held a run of backticks or tildes, or reached
 * the start of a line's text (which changes its indentation, list marker or quote).
 * A comment inside a line, after its first character, changes neither; a note with no
 * fence at all has no code block to move and is not parsed. Hidden text becomes
 * spaces. With `spans` set, markers inside code spans are literal; without, they
 * count. `reparseEvery` parses after every comment (the reference the tests use);
 * `knownCode`: the code lines of `original` when the caller has parsed it already.
 */
/** Where a comment runs: from its opening marker to the line of its closing one. */
export interface CommentRange {
  line: number;
  /** The line of the closing marker, or the last line when it never closes. */
  endLine: number;
  closed: boolean;
  /** The closing marker: `%%` or `-->`. */
  close: string;
}

export function blankComments(
  original: readonly string[],
  spans: boolean,
  reparseEvery = false,
  knownCode?: ReadonlySet<number>,
  ranges?: CommentRange[],
): string[] {
  const lines = [...original];
  const fenced = lines.some((s) => FENCE_LIKE.test(s));
  let code: ReadonlySet<number> | null = fenced ? (knownCode ?? null) : new Set<number>();
  let from = { line: 0, col: 0 };
  for (;;) {
    code ??= parseNote(lines.join('\n')).codeLines;
    const open = nextOpener(lines, code, from, spans);
    if (!open) return lines;
    const skip = open.close === '%%' ? 2 : 4;
    let endLine = lines.length - 1;
    let endCol = lines[endLine]!.length;
    let closed = false;
    for (let l = open.line; l < lines.length; l++) {
      const at = lines[l]!.indexOf(open.close, l === open.line ? open.col + skip : 0);
      if (at >= 0) {
        endLine = l;
        endCol = at + open.close.length;
        closed = true;
        break;
      }
    }
    ranges?.push({ line: open.line, endLine, closed, close: open.close });
    for (let l = open.line; l <= endLine; l++) {
      const s = lines[l]!;
      const a = l === open.line ? open.col : 0;
      const b = l === endLine ? endCol : s.length;
      const first = s.search(/\S/);
      if (fenced && (reparseEvery || a <= first || FENCE_LIKE.test(s.slice(a, b)))) code = null;
      lines[l] = s.slice(0, a) + spaces(b - a) + s.slice(b);
    }
    from = { line: open.line, col: open.col };
  }
}

/**
 * Lines of private sections, private callouts and `#private` tags (a tagged heading
 * takes its section, a tagged item its subtree). Carry-over uses the same set, so what
 * the recap hides is exactly what carry-over keeps private.
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

function innermostItem(note: ParsedNote, line: number): ParsedNote['items'][number] | undefined {
  let best: ParsedNote['items'][number] | undefined;
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
  const pairs = lines.map((s) => {
    const masked = s.replace(MARKER_SPAN, (m) => '\0'.repeat(m.length));
    let out = s;
    for (const m of masked.matchAll(CLOSED_PAIR))
      out = out.slice(0, m.index) + spaces(m[0].length) + out.slice(m.index + m[0].length);
    return out;
  });
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
