/**
 * Obsidian's comments, `%%...%%` and `<!-- ... -->`, as Obsidian reads them: inline or
 * over several lines, not inside code blocks, and an unclosed one hides the rest of the
 * note. The privacy filter hides them; carry-over leaves the tasks they hide alone.
 * Line numbers are 0-based.
 */
import { codeSpan } from './code-span';
import { parseJoined, parseNote, reparseLines } from './markdown';
import type { ParsedNote } from './parsed-note';
import { spaces } from './text-lines';

/** What can start a code span or a comment. */
const CANDIDATE = /`|%%|<!--/g;
/** Text that could open or close a code block (a run of three backticks or tildes). */
const FENCE_LIKE = /```|~~~/;
/** A comment that opens and closes on one line. */
const CLOSED_PAIR = /%%.*?%%|<!--.*?-->/g;
/** A code span that holds nothing but comment markers (`%%`): always text. */
const MARKER_SPAN = /(`+)\s*(?:%%|<!--|-->)+\s*\1(?!`)/g;

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
  /** Non-blank lines (0-based) that comments hide whole. */
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

/** Where a comment runs: from its opening marker to the line of its closing one. */
export interface CommentRange {
  /** The line of the opening marker (0-based). */
  line: number;
  /** The line of the closing marker, or the last line when it never closes (0-based). */
  endLine: number;
  closed: boolean;
  /** The closing marker: `%%` or `-->`. */
  close: string;
  /** The column of the opening marker. */
  col: number;
}

/**
 * The last parse `blankComments` made (or was given), with its reader's clean lines
 * (empty when unknown), and the comments hidden since it (from `at`).
 */
export interface LastParse {
  note: ParsedNote | null;
  clean: number[];
  at: number;
}

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
export function blankComments(
  original: readonly string[],
  spans: boolean,
  reparseEvery = false,
  knownCode?: ReadonlySet<number>,
  ranges?: CommentRange[],
  last?: LastParse,
): string[] {
  const lines = [...original];
  const fenced = lines.some((s) => FENCE_LIKE.test(s));
  let code: ReadonlySet<number> | null = fenced ? (knownCode ?? null) : new Set<number>();
  let from = { line: 0, col: 0 };
  for (;;) {
    if (!code) {
      // With the last parse at hand, only the lines around the hidden comments are read.
      if (last) {
        const { note, clean } = last.note
          ? reparseLines({ note: last.note, clean: last.clean }, lines)
          : parseJoined(lines);
        [last.note, last.clean, last.at] = [note, clean, ranges?.length ?? 0];
        code = note.codeLines;
      } else code = parseNote(lines.join('\n')).codeLines;
    }
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
    ranges?.push({ line: open.line, endLine, closed, close: open.close, col: open.col });
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
 * Every line with each comment that opens and closes on that line blanked, wherever it
 * stands, in code spans and code blocks too: someone who wrote `%%...%%` meant to hide it.
 */
export function blankOneLineComments(lines: readonly string[]): string[] {
  return lines.map((s) => {
    const masked = s.replace(MARKER_SPAN, (m) => '\0'.repeat(m.length));
    let out = s;
    for (const m of masked.matchAll(CLOSED_PAIR))
      out = out.slice(0, m.index) + spaces(m[0].length) + out.slice(m.index + m[0].length);
    return out;
  });
}
