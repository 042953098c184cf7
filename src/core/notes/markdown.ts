/**
 * The one parser of Markdown structure used everywhere in Touchpoints: carry-over,
 * recap, editor badges and the command line. It works line by line, keeps every
 * line's exact text and line ending, and never normalises anything, so that edits
 * planned from it can change single characters and leave every other byte alone.
 */

/** A heading line (`## Agenda`), with closing `#`s removed from its text. */
export interface Heading {
  line: number;
  level: number;
  text: string;
}

/** One list item (bullet or numbered), possibly a task, possibly inside a quote. */
export interface ListItem {
  /** Index of this item in `ParsedNote.items`. */
  index: number;
  line: number;
  /** First line after the item's subtree (children and continuation lines). */
  end: number;
  /** The quote markers before the item (`"> "`), empty outside quotes. */
  quote: string;
  /** Leading whitespace after the quote markers, exactly as written. */
  indent: string;
  /** Indentation width in columns (a tab advances to the next multiple of 4). */
  column: number;
  /** `-`, `*`, `+`, `1.` or `1)`. */
  marker: string;
  /** The task status character, or null for a plain list item. */
  status: string | null;
  /** Offset in the line of the status character (valid when `status` is not null). */
  statusOffset: number;
  /** The text after the marker and checkbox. */
  text: string;
  parent: number | null;
  children: number[];
  /** Index into `ParsedNote.headings` of the heading the item stands under, or null. */
  heading: number | null;
  /** Index of the callout header line this item is inside, or null. */
  calloutLine: number | null;
}

export interface ParsedNote {
  /** Line texts without their line endings. */
  lines: string[];
  /** The line ending after each line: `"\n"`, `"\r\n"` or `""` for the last line. */
  eols: string[];
  /** Lines `[start, end)` of the frontmatter block including its fences, or null. */
  frontmatter: { start: number; end: number } | null;
  headings: Heading[];
  items: ListItem[];
  /** Lines inside fenced code blocks, fences included. */
  codeLines: Set<number>;
  /** For each line, the callout header line it belongs to, if any. */
  calloutOf: Map<number, number>;
  /** For each callout header line, its type in lower case (`note`, `private`). */
  callouts: Map<number, string>;
  /** For each callout header nested in another callout, the outer callout's header line. */
  calloutParent: Map<number, number>;
}

const HEADING = /^ {0,3}(#{1,6})(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$/;
const LIST_ITEM = /^([ \t]*)([-*+]|\d{1,9}[.)])([ \t]+|$)(.*)$/;
const TASK_BOX = /^\[(.)\](?=[ \t]|$)[ \t]?/u;
const FENCE = /^[ \t]*(`{3,}|~{3,})(.*)$/;
const QUOTE = /^(?:[ \t]{0,3}>[ \t]?)+/;
const CALLOUT = /^\[!([^\]\s]+)\][-+]?/;

function quoteDepth(quote: string): number {
  let n = 0;
  for (const ch of quote) if (ch === '>') n++;
  return n;
}

function innermostCallout(levels: ReadonlyArray<number | null>): number | null {
  for (let d = levels.length - 1; d >= 0; d--) if (levels[d] !== null) return levels[d]!;
  return null;
}

/** The line without its first `depth` quote markers, or null when it has fewer. */
function stripQuotes(line: string, depth: number): string | null {
  let rest = line;
  for (let d = 0; d < depth; d++) {
    const m = /^[ \t]{0,3}>[ \t]?/.exec(rest);
    if (!m) return null;
    rest = rest.slice(m[0].length);
  }
  return rest;
}

/** Width in columns of a run of leading whitespace. Tabs stop every 4 columns. */
export function indentWidth(ws: string): number {
  let col = 0;
  for (const ch of ws) col = ch === '\t' ? col + 4 - (col % 4) : col + 1;
  return col;
}

function leadingWidth(line: string): number {
  return indentWidth(/^[ \t]*/.exec(line)![0]);
}

/** Split text into lines and their line endings, keeping `\r\n` and `\n` apart. */
export function splitLines(text: string): { lines: string[]; eols: string[] } {
  const lines: string[] = [];
  const eols: string[] = [];
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      const crlf = i > start && text.charCodeAt(i - 1) === 13;
      lines.push(text.slice(start, crlf ? i - 1 : i));
      eols.push(crlf ? '\r\n' : '\n');
      start = i + 1;
    }
  }
  lines.push(text.slice(start));
  eols.push('');
  return { lines, eols };
}

/** Join lines and line endings back into text: the inverse of `splitLines`. */
export function joinLines(lines: readonly string[], eols: readonly string[]): string {
  let out = '';
  for (let i = 0; i < lines.length; i++) out += lines[i] + (eols[i] ?? '');
  return out;
}

function frontmatterRange(lines: readonly string[]): { start: number; end: number } | null {
  if (lines[0]?.trimEnd() !== '---') return null;
  for (let i = 1; i < lines.length; i++) {
    const l = lines[i]!.trimEnd();
    if (l === '---' || l === '...') return { start: 0, end: i + 1 };
  }
  return null;
}

/** Parse a note body into headings, list items with hierarchy, code blocks and callouts. */
export function parseNote(text: string): ParsedNote {
  const { lines, eols } = splitLines(text);
  const frontmatter = frontmatterRange(lines);
  const headings: Heading[] = [];
  const items: ListItem[] = [];
  const codeLines = new Set<number>();
  const calloutOf = new Map<number, number>();
  const callouts = new Map<number, string>();
  const calloutParent = new Map<number, number>();

  /**
   * The open fenced code block: its fence, the quote depth it was opened at, and the
   * column of the list item it belongs to (-1 outside items).
   */
  let fence: { char: string; len: number; depth: number; within: number } | null = null;
  /** For each open quote level, outermost first: its callout header line, or null. */
  let quoteLevels: Array<number | null> = [];
  let callout: number | null = null;
  let previousQuoted = false;
  /** Open list items, innermost last: the chain of parents of the next item. */
  const stack: number[] = [];
  /** For each open item, the last non-blank line seen while it was open. */
  const lastSeen = new Map<number, number>();

  const touch = (line: number): void => {
    for (const idx of stack) lastSeen.set(idx, line);
  };
  const closeItemsTo = (depth: number): void => {
    while (stack.length > depth) {
      const idx = stack.pop()!;
      items[idx]!.end = (lastSeen.get(idx) ?? items[idx]!.line) + 1;
    }
  };
  const top = (): ListItem | undefined =>
    stack.length ? items[stack[stack.length - 1]!] : undefined;

  for (let i = frontmatter ? frontmatter.end : 0; i < lines.length; i++) {
    const raw = lines[i]!;

    // Inside a fenced code block every line is code (`> ```` too, in a fence outside
    // quotes) until the closing fence, or until the quote or list item holding the
    // fence ends (a line with fewer quote markers, or not indented past the item).
    if (fence) {
      const inner = stripQuotes(raw, fence.depth);
      const f = inner === null ? null : FENCE.exec(inner);
      const closing =
        !!f && f[1]![0] === fence.char && f[1]!.length >= fence.len && f[2]!.trim() === '';
      const outside =
        inner === null || (inner.trim() !== '' && !closing && leadingWidth(inner) <= fence.within);
      if (!outside) {
        codeLines.add(i);
        if (fence.depth > 0 && callout !== null) calloutOf.set(i, callout);
        if (closing) fence = null;
        if (inner.trim() !== '') touch(i);
        continue;
      }
      fence = null;
    }

    const quoteMatch = QUOTE.exec(raw);
    const quote = quoteMatch ? quoteMatch[0] : '';
    const depth = quoteDepth(quote);
    const body = raw.slice(quote.length);

    // Callouts: a quote level whose first line starts with `[!type]`; they nest.
    if (!quote || !previousQuoted) quoteLevels = [];
    if (quoteLevels.length > depth) quoteLevels.length = depth;
    while (quoteLevels.length < depth) {
      const outer = innermostCallout(quoteLevels);
      const c = quoteLevels.length === depth - 1 ? CALLOUT.exec(body.trimStart()) : null;
      if (c) {
        callouts.set(i, c[1]!.toLowerCase());
        if (outer !== null) calloutParent.set(i, outer);
      }
      quoteLevels.push(c ? i : null);
    }
    callout = innermostCallout(quoteLevels);
    previousQuoted = quote !== '';
    if (quote && callout !== null) calloutOf.set(i, callout);

    // Leave the quoted items when the quote ends, and items of another quote depth.
    while (top() && quoteDepth(top()!.quote) !== depth && (body.trim() !== '' || !quote)) {
      closeItemsTo(stack.length - 1);
    }

    // Code fences, also inside quotes and list items: their lines are never parsed.
    const f = FENCE.exec(body);
    const col = leadingWidth(body);
    if (f && !(f[1]![0] === '`' && f[2]!.includes('`'))) {
      // A fence indented under an open item belongs to it; otherwise it ends the item.
      while (top() && col <= top()!.column) closeItemsTo(stack.length - 1);
      fence = { char: f[1]![0]!, len: f[1]!.length, depth, within: top()?.column ?? -1 };
      codeLines.add(i);
      touch(i);
      continue;
    }

    const h = quote ? null : HEADING.exec(body);
    if (h) {
      closeItemsTo(0);
      headings.push({ line: i, level: h[1]!.length, text: (h[2] ?? '').trim() });
      continue;
    }

    // Blank lines (and blank quote lines) keep subtrees open; the next line decides.
    if (body.trim() === '') continue;

    const li = LIST_ITEM.exec(body);
    // Leave the subtrees this line does not continue: it must be indented past them.
    while (top() && col <= top()!.column) closeItemsTo(stack.length - 1);
    if (li) {
      const indent = li[1]!;
      const marker = li[2]!;
      let rest = li[4]!;
      let status: string | null = null;
      let statusOffset = -1;
      const box = TASK_BOX.exec(rest);
      if (box) {
        status = box[1]!;
        statusOffset = quote.length + indent.length + marker.length + li[3]!.length + 1;
        rest = rest.slice(box[0].length);
      }
      const parent = stack.length ? stack[stack.length - 1]! : null;
      const index = items.length;
      items.push({
        index,
        line: i,
        end: i + 1,
        quote,
        indent,
        column: col,
        marker,
        status,
        statusOffset,
        text: rest,
        parent,
        children: [],
        heading: headings.length ? headings.length - 1 : null,
        calloutLine: quote && callout !== null ? callout : null,
      });
      if (parent !== null) items[parent]!.children.push(index);
      stack.push(index);
    }
    touch(i);
  }
  closeItemsTo(0);
  return {
    lines,
    eols,
    frontmatter,
    headings,
    items,
    codeLines,
    calloutOf,
    callouts,
    calloutParent,
  };
}

/** The types of the callouts a callout header line is in, itself first, then outwards. */
export function calloutTypes(note: ParsedNote, headerLine: number | null): string[] {
  const out: string[] = [];
  for (let c = headerLine; c !== null; c = note.calloutParent.get(c) ?? null) {
    out.push(note.callouts.get(c) ?? '');
  }
  return out;
}

/** True when `item` is a task whose status character is not in `closed`. */
export function isOpenTask(item: ListItem, closed: ReadonlySet<string>): boolean {
  return item.status !== null && !closed.has(item.status);
}

/** A section: a heading and the lines up to the next heading of the same or higher level. */
export interface Section {
  heading: Heading;
  /** First line after the heading. */
  start: number;
  /** First line after the section (its nested subsections included). */
  end: number;
}

/** Every section of a note, in order. */
export function sections(note: ParsedNote): Section[] {
  return note.headings.map((heading, i) => {
    let end = note.lines.length;
    for (let j = i + 1; j < note.headings.length; j++) {
      if (note.headings[j]!.level <= heading.level) {
        end = note.headings[j]!.line;
        break;
      }
    }
    return { heading, start: heading.line + 1, end };
  });
}

/** Heading names compare without case and surrounding spaces. */
export function sameHeading(a: string, b: string): boolean {
  return a.trim().toLowerCase() === b.trim().toLowerCase();
}

/** The first section whose heading matches `name`, or null. */
export function findSection(note: ParsedNote, name: string): Section | null {
  return sections(note).find((s) => sameHeading(s.heading.text, name)) ?? null;
}

/** The headings an item stands under, innermost first (its section path reversed). */
export function headingPath(note: ParsedNote, item: ListItem): Heading[] {
  const out: Heading[] = [];
  let level = 7;
  for (let h = item.heading; h !== null && h >= 0; h--) {
    const heading = note.headings[h]!;
    if (heading.level < level) {
      out.push(heading);
      level = heading.level;
    }
  }
  return out;
}
