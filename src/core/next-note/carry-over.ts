/**
 * Carry-over: choose the open tasks of the previous meeting note, render them into
 * the new note, and plan the status changes in the old one. Nothing here writes; the
 * result is a plan that adapters apply atomically and verify line by line.
 */
import type { IsoDate } from '../shared/dates';
import type { LineEdit } from '../notes/line-edits';
import type { CommentRange } from '../notes/comments';
import { hasPrivateTag, isPrivateHeading, readVisibility } from '../notes/privacy';
import { isOpenTask, parseNote } from '../notes/markdown';
import type { Heading, ListItem, ParsedNote } from '../notes/parsed-note';
import { calloutTypes, findSection, headingPath } from '../notes/sections';
import { indentWidth } from '../notes/text-lines';

/** How carry-over treats tasks: which are closed, and what it stamps and marks. */
export interface CarryOptions {
  /** Status characters of closed tasks; every other status is open and carries. */
  closed: ReadonlySet<string>;
  /** Append `➕ <source date>` to carried open tasks that have no created stamp. */
  stamp: boolean;
  /** Mark carried tasks `[>]` in the source note. */
  markForwarded: boolean;
  /** Headings of private sections (compared without case). */
  privateHeadings: readonly string[];
}

/** One carried subtree, re-indented to the top level, ready to insert. */
export interface CarryBlock {
  /** Line of the carried task in the source. */
  sourceLine: number;
  /** First source line after the block (exclusive): its source edits lie in `[sourceLine, sourceEnd)`. */
  sourceEnd: number;
  /** The headings it stood under in the source, innermost first. */
  headings: string[];
  /** Whether it came from a private place and must go to the private section. */
  private: boolean;
  /** Its lines as they go into the new note (quote markers and outer indent removed). */
  lines: string[];
  /** The first line of every open task in the block, as written in the new note. */
  tasks: string[];
}

/** What carry-over takes from one source note: the blocks and the source's edits. */
export interface CarryPlan {
  blocks: CarryBlock[];
  /** Status changes in the source (empty when marking is off). */
  sourceEdits: LineEdit[];
}

const CREATED = /➕\uFE0F?\s*\d{4}-\d{2}-\d{2}/u;
/** A trailing block id (` ^abc-1`), matched on the line with its trailing spaces removed. */
const BLOCK_ID = /\s\^[A-Za-z0-9-]+$/;
/** A line inside a quote or callout. */
const QUOTED = /^[ \t]{0,3}>/;

type HeadingTest = (h: Heading) => boolean;

/** True when the task line already has a Tasks created date (`➕ 2026-11-22`). */
export function hasCreatedStamp(line: string): boolean {
  return CREATED.test(line);
}

/** Append a created stamp before any trailing block id and whitespace. */
export function addCreatedStamp(line: string, date: IsoDate): string {
  if (hasCreatedStamp(line)) return line;
  // Scan from the end (no regex backtracking over the line): spaces, then a block id.
  const trimmed = line.trimEnd();
  const trailing = line.slice(trimmed.length);
  const id = BLOCK_ID.exec(trimmed);
  let cut = id ? id.index : trimmed.length;
  while (cut > 0 && (trimmed[cut - 1] === ' ' || trimmed[cut - 1] === '\t')) cut--;
  const head = trimmed.slice(0, cut);
  const blockId = trimmed.slice(cut);
  const sep = head === '' ? '' : ' ';
  return `${head}${sep}➕ ${date}${blockId}${trailing}`;
}

/** Remove `columns` columns of leading whitespace (tabs count to the next multiple of 4). */
function dedent(line: string, columns: number): string {
  let col = 0;
  let i = 0;
  while (i < line.length && col < columns) {
    const ch = line[i]!;
    if (ch === ' ') col += 1;
    else if (ch === '\t') {
      const next = col + 4 - (col % 4);
      if (next > columns) break;
      col = next;
    } else break;
    i++;
  }
  return line.slice(i);
}

/** Remove the quote markers of a line (as many `>` as the item had). */
function unquote(line: string, quote: string): string {
  if (!quote) return line;
  if (line.startsWith(quote)) return line.slice(quote.length);
  const depth = [...quote].filter((c) => c === '>').length;
  let rest = line;
  for (let d = 0; d < depth; d++) {
    const m = /^[ \t]{0,3}>[ \t]?/.exec(rest);
    if (!m) break;
    rest = rest.slice(m[0].length);
  }
  return rest;
}

/** In a private callout, under a private heading of its `path` or under a tagged item. */
function isPrivateItem(note: ParsedNote, item: ListItem, path: Heading[], test: HeadingTest) {
  if (calloutTypes(note, item.calloutLine).includes('private') || path.some(test)) return true;
  for (let p: number | null = item.parent; p !== null; p = note.items[p]!.parent) {
    if (hasPrivateTag(note.items[p]!.text)) return true;
  }
  return false;
}

function hasOpenAncestor(note: ParsedNote, item: ListItem, closed: ReadonlySet<string>): boolean {
  for (let p: number | null = item.parent; p !== null; p = note.items[p]!.parent) {
    if (isOpenTask(note.items[p]!, closed)) return true;
  }
  return false;
}

/**
 * The closing marker a carried block `[start, end)` needs so that it hides in the new
 * note what it hid in the source: `''` for none, or null when the block must not be
 * carried, because a comment opened above it reaches into it (part of it is hidden,
 * however its tail shows) or the readings of the note disagree on its comments.
 */
function closingMarker(
  readings: readonly CommentRange[][],
  start: number,
  end: number,
): string | null {
  let marker: string | null = null;
  for (const ranges of readings) {
    let own = '';
    for (const c of ranges) {
      if (c.line < start && c.endLine >= start) return null;
      if (c.line >= start && c.line < end && (!c.closed || c.endLine >= end)) own = c.close;
    }
    if (marker !== null && marker !== own) return null;
    marker = own;
  }
  return marker ?? '';
}

/**
 * Plan the carry-over from a source note: every open task with no open ancestor
 * carries with its whole subtree (children, continuation lines, closed items inside
 * it), re-indented to the top level. Every open task line that moves gets a created
 * stamp when it has none and is planned to be marked `[>]` in the source. The note is
 * read as the recap reads it (`readVisibility`): a block is private when any reading
 * hides a line of it as private, and a task that a comment hides, whole or in part,
 * stays where it is, neither carried (which would show it) nor marked.
 */
export function planCarryOver(
  sourceText: string,
  sourceDate: IsoDate,
  opts: CarryOptions,
): CarryPlan {
  const seen = readVisibility(sourceText, opts, { shown: false });
  const { note, private: privateSet, comments } = seen;
  const blocks: CarryBlock[] = [];
  const sourceEdits: LineEdit[] = [];
  // Many blocks stand under the same headings: each heading is tested once.
  const known = new Map<Heading, boolean>();
  const privateHeading: HeadingTest = (h) =>
    known.get(h) ?? known.set(h, isPrivateHeading(h.text, opts)).get(h)!;
  for (const root of note.items) {
    if (!isOpenTask(root, opts.closed) || hasOpenAncestor(note, root, opts.closed)) continue;
    const close = closingMarker(comments, root.line, root.end);
    if (close === null) continue;
    // Items are in line order, so the subtree is the run of items after the root.
    const openItems = new Map<number, ListItem>();
    for (let k = root.index; k < note.items.length && note.items[k]!.line < root.end; k++) {
      const it = note.items[k]!;
      if (isOpenTask(it, opts.closed)) openItems.set(it.line, it);
    }
    const lines: string[] = [];
    const tasks: string[] = [];
    const path = headingPath(note, root);
    let privateBlock = isPrivateItem(note, root, path, privateHeading);
    for (let l = root.line; l < root.end; l++) {
      const original = note.lines[l]!;
      const text = l === 0 ? original.replace(/^\uFEFF/, '') : original;
      let line = dedent(unquote(text, root.quote), root.column);
      if (line.trim() === '') line = '';
      if (privateSet.has(l)) privateBlock = true;
      const item = openItems.get(l);
      if (item) {
        if (opts.stamp) line = addCreatedStamp(line, sourceDate);
        tasks.push(line);
        if (opts.markForwarded) {
          const at = item.statusOffset;
          // The status may be one character of two UTF-16 units (`[🔥]`): replace it whole.
          sourceEdits.push({
            line: l,
            expected: original,
            replacement: original.slice(0, at) + '>' + original.slice(at + item.status!.length),
          });
        }
      }
      lines.push(line);
    }
    // A comment opened in the block and closed after it (or never) would hide the rest
    // of the new note: the carried copy gets its closing marker.
    if (close) lines.push(close);
    blocks.push({
      sourceLine: root.line,
      sourceEnd: root.end,
      headings: path.map((h) => h.text),
      private: privateBlock,
      lines,
      tasks,
    });
  }
  return { blocks, sourceEdits };
}

/** Topics queued in the person note, and the planned removal of their lines. */
export interface TopicsPlan {
  /** Each topic's lines, re-indented to the top level. */
  topics: string[][];
  edits: LineEdit[];
  /** Per topic: tagged `#private` (or otherwise private), so it goes to the private section. */
  private: boolean[];
}

/**
 * Take the queue under the person note's topics heading: each top-level list item
 * with its subtree is one topic; a plain line becomes a `- ` item. Lines up to the
 * next heading only, so a nested subsection is never touched. Quotes and callouts in
 * the queue stay where they are (a callout's header must never become a topic), and so
 * do code blocks, comments and the topics a comment reaches into (a moved topic never
 * takes a marker alone); a private topic is marked so that it lands in the new note's
 * private section.
 */
export function planTopics(
  personText: string,
  heading: string,
  privateHeadings: readonly string[] = [],
): TopicsPlan {
  const note = parseNote(personText);
  const section = findSection(note, heading);
  if (!section) return { topics: [], edits: [], private: [] };
  const { private: privateSet, comments } = readVisibility(
    personText,
    { privateHeadings },
    { shown: false, note },
  );
  /** A comment of any reading reaches into lines `[from, to)` and out of them. */
  const cut = (from: number, to: number): boolean =>
    comments.some((rs) =>
      rs.some(
        (c) => c.line < to && c.endLine >= from && !(c.closed && c.line >= from && c.endLine < to),
      ),
    );
  const nextHeading = note.headings.find((h) => h.line >= section.start)?.line ?? note.lines.length;
  const topics: string[][] = [];
  const edits: LineEdit[] = [];
  const isPrivate: boolean[] = [];
  for (let l = section.start; l < nextHeading; l++) {
    const line = note.lines[l]!;
    if (
      line.trim() === '' ||
      note.codeLines.has(l) ||
      note.indentedCode.has(l) ||
      /^\s*(?:<!--.*-->|%%.*%%)\s*$/.test(line) ||
      QUOTED.test(line)
    )
      continue;
    const item = note.items.find((it) => it.line === l && it.parent === null);
    const end = item ? Math.min(item.end, nextHeading) : l + 1;
    // A comment that the topic would split stays whole in the queue, with the topic.
    if (cut(l, end)) {
      l = end - 1;
      continue;
    }
    const lines: string[] = [];
    let priv = false;
    for (let k = l; k < end; k++) {
      const t = note.lines[k]!;
      if (item) lines.push(t.trim() === '' ? '' : dedent(t, item.column));
      else lines.push(`- ${t.trim()}`);
      edits.push({ line: k, expected: t, replacement: null });
      if (privateSet.has(k)) priv = true;
    }
    topics.push(lines);
    isPrivate.push(priv);
    l = end - 1;
  }
  return { topics, edits, private: isPrivate };
}

/** Width in columns of a line's indentation (exported for tests and badges). */
export function lineIndent(line: string): number {
  return indentWidth(/^[ \t]*/.exec(line)![0]);
}
