/**
 * The line-level syntax the Markdown parser (markdown.ts) recognises: the patterns of
 * headings, list items, fences, quotes, callouts and setext underlines, and small
 * readers of quote markers and the frontmatter block. Line numbers are 0-based.
 */
import type { Heading } from './parsed-note';
import { indentWidth } from './text-lines';

export const HEADING = /^ {0,3}(#{1,6})(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$/;
export const LIST_ITEM = /^([ \t]*)([-*+]|\d{1,9}[.)])([ \t]+|$)(.*)$/;
export const TASK_BOX = /^\[(.)\](?=[ \t]|$)[ \t]?/u;
export const FENCE = /^[ \t]*(`{3,}|~{3,})(.*)$/;
export const QUOTE = /^(?:[ \t]{0,3}>[ \t]?)+/;
/** A setext heading's underline: `===` for level 1, `---` for level 2. */
export const SETEXT = /^ {0,3}(=+|-+)[ \t]*$/;
/** A thematic break (`---`, `***`, `___`): never paragraph text. */
export const RULE = /^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$/;
/** A callout header: `[!type]`, with metadata (`[!type|wide]`) and folding (`-`, `+`). */
export const CALLOUT = /^\[!([^\]\s|]+)(?:\|[^\]]*)?\][-+]?/;

/**
 * The code of a line's first character that is not a space or a tab, or -1: a cheap
 * test before the patterns above, each of which needs a given character there (`#`
 * for a heading, `>` for a quote, a backtick or `~` for a fence).
 */
export function firstSolid(line: string): number {
  for (let i = 0; i < line.length; i++) {
    const c = line.charCodeAt(i);
    if (c !== 32 && c !== 9) return c;
  }
  return -1;
}

/** What `LIST_ITEM` captures: the indent, the marker, the whitespace after it, the rest. */
export type ListItemParts = [indent: string, marker: string, gap: string, rest: string];

/** Characters that `.` does not match: `LIST_ITEM`'s rest holds none. */
const LINE_BREAK = /[\n\r\u2028\u2029]/;

/** A line break at or after `from` (a line rarely holds one: the line is searched first). */
function breakFrom(s: string, from: number): boolean {
  if (!LINE_BREAK.test(s)) return false;
  for (let i = from; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 10 || c === 13 || c === 0x2028 || c === 0x2029) return true;
  }
  return false;
}

const blank = (c: number): boolean => c === 32 || c === 9;

/**
 * Where `LIST_ITEM`'s last capture (the text after the marker and its blanks) starts in
 * `body`, or -1 when it does not match, found without the pattern: blanks, then `-`,
 * `*`, `+` or one to nine digits and `.` or `)`, then blanks or the end.
 */
export function listItemRest(body: string): number {
  let i = 0;
  while (blank(body.charCodeAt(i))) i++;
  const start = i;
  const c = body.charCodeAt(i);
  if (c === 45 || c === 42 || c === 43) i++;
  else {
    while (body.charCodeAt(i) >= 48 && body.charCodeAt(i) <= 57) i++;
    const d = body.charCodeAt(i);
    if (i === start || i - start > 9 || (d !== 46 && d !== 41)) return -1;
    i++;
  }
  const end = i;
  while (blank(body.charCodeAt(i))) i++;
  if (i === end && i < body.length) return -1;
  return breakFrom(body, i) ? -1 : i;
}

/** `LIST_ITEM.exec(body)`'s four captures (see `listItemRest`), or null. */
export function listItemParts(body: string): ListItemParts | null {
  const rest = listItemRest(body);
  if (rest < 0) return null;
  let start = 0;
  while (blank(body.charCodeAt(start))) start++;
  // The marker never ends in a blank: the gap is the run of blanks before the rest.
  let end = rest;
  while (end > start && blank(body.charCodeAt(end - 1))) end--;
  return [body.slice(0, start), body.slice(start, end), body.slice(end, rest), body.slice(rest)];
}

/** How many quote markers (`>`) a run of them holds. */
export function quoteDepth(quote: string): number {
  let n = 0;
  for (const ch of quote) if (ch === '>') n++;
  return n;
}

/** The header line of the innermost callout among open quote levels, or null. */
export function innermostCallout(levels: ReadonlyArray<number | null>): number | null {
  for (let d = levels.length - 1; d >= 0; d--) if (levels[d] !== null) return levels[d]!;
  return null;
}

/** The line without its first `depth` quote markers, or null when it has fewer. */
export function stripQuotes(line: string, depth: number): string | null {
  let rest = line;
  for (let d = 0; d < depth; d++) {
    const m = /^[ \t]{0,3}>[ \t]?/.exec(rest);
    if (!m) return null;
    rest = rest.slice(m[0].length);
  }
  return rest;
}

/** Lines `[start, end)` of the frontmatter block: `---` on the first line to `---` or `...`. */
export function frontmatterRange(lines: readonly string[]): { start: number; end: number } | null {
  if (lines[0]?.trimEnd() !== '---') return null;
  for (let i = 1; i < lines.length; i++) {
    const l = lines[i]!.trimEnd();
    if (l === '---' || l === '...') return { start: 0, end: i + 1 };
  }
  return null;
}

/**
 * The open fenced code block: its fence, the quote depth it was opened at, and the
 * column of the list item it belongs to (-1 outside items).
 */
export interface OpenFence {
  char: string;
  len: number;
  depth: number;
  within: number;
}

/** The lines as Markdown reads them: a byte-order mark is no part of the first line. */
export function markdownLines(lines: string[]): string[] {
  return lines[0]!.startsWith('\uFEFF') ? [lines[0]!.slice(1), ...lines.slice(1)] : lines;
}

/** The start of an HTML block that may hold Markdown-looking lines (`<div>`, `<details>`, ...). */
export const HTML_BLOCK =
  /^ {0,3}<\/?(?:address|article|aside|blockquote|center|details|dialog|div|dl|fieldset|figure|footer|form|header|nav|ol|p|pre|section|summary|table|ul)(?:[\s>/]|$)/i;

/** The setext heading that the underline on line `i` makes of lines `[paragraph, i)`, or null. */
export function setextHeading(
  lines: readonly string[],
  paragraph: number,
  i: number,
): Heading | null {
  const m = SETEXT.exec(lines[i]!);
  if (!m) return null;
  const text = lines
    .slice(paragraph, i)
    .map((l) => l.trim())
    .join(' ');
  return { line: paragraph, level: m[1]![0] === '=' ? 1 : 2, text, setext: true };
}

/**
 * A line that starts a block of its own after a list item's paragraph (a list item, a
 * thematic break, an HTML block, a line that opens with a comment), so it is no lazy
 * continuation of that paragraph. Headings, fences and quotes are read before.
 */
export function interruptsItem(body: string): boolean {
  return (
    listItemRest(body) >= 0 || RULE.test(body) || HTML_BLOCK.test(body) || COMMENT_START.test(body)
  );
}

/** A line that opens with a comment marker: hidden in Obsidian, never lazy item text. */
const COMMENT_START = /^[ \t]*(?:%%|<!--)/;

/**
 * The column where a list item's content starts, from its indent column, marker and
 * the whitespace after the marker: one column past the marker when that whitespace is
 * missing or wider than four columns (the rest is then indented code).
 */
export function contentColumn(column: number, marker: string, gap: string): number {
  const start = column + marker.length;
  const w = indentWidth(gap, start);
  return w === 0 || w > 4 ? start + 1 : start + w;
}
