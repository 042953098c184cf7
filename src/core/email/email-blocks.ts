/**
 * Sections of a public note turned into email Markdown: list items with their
 * subtrees, paragraphs, code; task boxes dropped, statuses and Tasks fields said in
 * words, wikilinks as their alias or title, embeds left out. Only ever given a
 * `PublicNote`, so private parts are already gone.
 */
import type { IsoDate } from '../shared/dates';
import { fieldsInWords, extractFields, type TaskField } from '../notes/field-words';
import { cleanInlineMarkdown } from './inline';
import type { ListItem, ParsedNote } from '../notes/parsed-note';
import { sameHeading, sections } from '../notes/sections';
import type { PublicNote } from '../notes/privacy';
import { taskKey } from './forwarded-status';

/** What saying statuses and task fields in words needs: today, the locale, closed statuses. */
export interface WordsContext {
  today: IsoDate;
  /** The user's locale for dates; undefined for the system's. */
  locale?: string;
  /** Status characters of closed tasks; forwarded (`>`) is open here (see `emailClosed`). */
  closed: ReadonlySet<string>;
  /** Forwarded items (by `taskKey`) in progress where they went: said "in progress". */
  forwardedInProgress?: ReadonlySet<string>;
}

/** Lines `[start, end)` of a section's body. */
export interface Range {
  start: number;
  end: number;
  level: number;
}

const QUOTE = /^(?:[ \t]{0,3}>[ \t]?)+/;
const CALLOUT_HEADER = /^\[![^\]\s|]+(?:\|[^\]]*)?\][-+]?\s*(.*)$/;
const RULE = /^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$/;
const FENCE = /^[ \t]*(`{3,}|~{3,})/;
/**
 * Statuses whose items are left out of emails with their subtree: cancelled. A
 * forwarded item (`[>]`) stays: it is an open commitment of the meeting it was
 * forwarded from, so the recap reads the same before and after the next note.
 */
const LEFT_OUT = new Set(['-']);

const plain = (s: string): string =>
  s
    .replace(/[*_~=`]/g, '')
    .replace(/:\s*$/, '')
    .trim();

/** The bodies of the sections named `names`, in the order of the names; each section once. */
export function sectionRanges(pub: PublicNote, names: readonly string[]): Range[] {
  const all = sections(pub.note);
  const out: Range[] = [];
  for (const name of names) {
    for (const s of all) {
      if (!sameHeading(plain(name), plain(s.heading.text))) continue;
      if (out.some((r) => s.start >= r.start && s.end <= r.end)) continue;
      out.push({ start: s.start, end: s.end, level: s.heading.level });
    }
  }
  return out;
}

/** The word for a task status, or empty: done, in progress, cancelled. */
function statusWord(status: string | null, fields: readonly TaskField[]): string {
  if ((status === 'x' || status === 'X') && !fields.some((f) => f.kind === 'done')) return 'done';
  if (status === '/') return 'in progress';
  if (status === '-' && !fields.some((f) => f.kind === 'cancelled')) return 'cancelled';
  return '';
}

/**
 * One line of note text as email Markdown, with its Tasks fields (and `extra` words)
 * in words in parentheses at the end: "Draft the roadmap (due Saturday, Dec 5)".
 */
export function lineInWords(
  text: string,
  ctx: WordsContext,
  extra: readonly string[] = [],
  status: string | null = null,
): string {
  const { text: rest, fields } = extractFields(text);
  const words = [
    statusWord(status, fields),
    fieldsInWords(fields, ctx.today, ctx.locale),
    ...extra,
  ].filter(Boolean);
  const clean = cleanInlineMarkdown(rest);
  if (!words.length) return clean;
  return clean ? `${clean} (${words.join('; ')})` : `(${words.join('; ')})`;
}

/** Width in columns of a line's leading whitespace (a tab to the next multiple of 4). */
function indentOf(line: string): number {
  let col = 0;
  for (const ch of line) {
    if (ch === ' ') col++;
    else if (ch === '\t') col += 4 - (col % 4);
    else break;
  }
  return col;
}

/** A line without `columns` columns of leading whitespace (fewer if it has fewer). */
function dedentBy(line: string, columns: number): string {
  let col = 0;
  let i = 0;
  while (i < line.length && col < columns && (line[i] === ' ' || line[i] === '\t')) {
    col += line[i] === ' ' ? 1 : 4 - (col % 4);
    i++;
  }
  return line.slice(i);
}

/**
 * The lines of an item that are its own (not its children's), after the first. A code
 * block in the item stays a fenced code block, its lines as written under the fence
 * (blank lines kept), closed if the note left it open.
 */
function continuationLines(note: ParsedNote, item: ListItem, ctx: WordsContext): string[] {
  const childLines = new Set<number>();
  for (const c of item.children)
    for (let l = note.items[c]!.line; l < note.items[c]!.end; l++) childLines.add(l);
  const out: string[] = [];
  let fence: { marker: string; indent: number } | null = null;
  for (let l = item.line + 1; l < item.end; l++) {
    if (childLines.has(l)) continue;
    const unquoted = note.lines[l]!.replace(QUOTE, '');
    const raw = unquoted.trim();
    if (note.codeLines.has(l)) {
      const f = FENCE.exec(raw);
      if (!fence) {
        // The opening fence (or code whose fence the item does not hold).
        fence = { marker: f ? f[1]! : '```', indent: indentOf(unquoted) };
        out.push(f ? raw : fence.marker);
        if (f) continue;
      } else if (f && f[1]![0] === fence.marker[0] && f[1]!.length >= fence.marker.length) {
        out.push(fence.marker);
        fence = null;
        continue;
      }
      out.push(dedentBy(unquoted, fence.indent).trimEnd());
      continue;
    }
    if (fence) {
      out.push(fence.marker);
      fence = null;
    }
    const line = raw ? lineInWords(raw, ctx) : '';
    if (line) out.push(line);
  }
  if (fence) out.push(fence.marker);
  return out;
}

export interface ItemOptions {
  /** Text of the first line instead of the item's own (an owner taken off, say). */
  text?: string;
  /** Extra words for the first line's parentheses ("1 of 3 steps done"). */
  extra?: string[];
  /** Leave the children out. */
  noChildren?: boolean;
}

/** An item and its subtree as email Markdown lines, indented by `indent` spaces. */
export function itemLines(
  note: ParsedNote,
  item: ListItem,
  ctx: WordsContext,
  indent = 0,
  opts: ItemOptions = {},
): string[] {
  if (item.status !== null && LEFT_OUT.has(item.status)) return [];
  const marker = /^\d/.test(item.marker) ? `${parseInt(item.marker, 10)}.` : '-';
  const status =
    item.status === '>' && ctx.forwardedInProgress?.has(taskKey(item.text)) ? '/' : item.status;
  const first = lineInWords(opts.text ?? item.text, ctx, opts.extra, status);
  const rest = continuationLines(note, item, ctx);
  const children = opts.noChildren
    ? []
    : item.children.flatMap((c) =>
        itemLines(note, note.items[c]!, ctx, indent + marker.length + 1),
      );
  if (!first && !rest.length && !children.length) return [];
  const pad = ' '.repeat(indent);
  const cont = ' '.repeat(indent + marker.length + 1);
  return [
    `${pad}${marker} ${first}`.trimEnd(),
    ...rest.map((l) => (l === '' ? '' : cont + l)),
    ...children,
  ];
}

/** Whether an item is the first level of its list inside `range`. */
export function topInRange(note: ParsedNote, item: ListItem, range: Range): boolean {
  return (
    item.line >= range.start &&
    item.line < range.end &&
    (item.parent === null || note.items[item.parent]!.line < range.start)
  );
}

/**
 * A section body as email Markdown: items with their subtrees, paragraphs (as list
 * items when `paragraphsAsItems`, for a list of highlights), code blocks as they are,
 * subheadings in bold, quote markers and callout headers taken off.
 */
export function rangeLines(
  pub: PublicNote,
  range: Range,
  ctx: WordsContext,
  paragraphsAsItems = false,
): string[] {
  const note = pub.note;
  const headingAt = new Map(note.headings.filter((h) => !h.setext).map((h) => [h.line, h]));
  const itemAt = new Map(
    note.items.filter((it) => topInRange(note, it, range)).map((it) => [it.line, it]),
  );
  const out: string[] = [];
  let paragraph: string[] = [];
  const flush = (): void => {
    if (!paragraph.length) return;
    if (paragraphsAsItems)
      out.push(`- ${paragraph[0]!}`, ...paragraph.slice(1).map((l) => `  ${l}`));
    else out.push('', ...paragraph, '');
    paragraph = [];
  };
  for (let l = range.start; l < range.end; l++) {
    const line = note.lines[l]!;
    const item = itemAt.get(l);
    const heading = headingAt.get(l);
    if (item) {
      flush();
      out.push(...itemLines(note, item, ctx));
      l = item.end - 1;
    } else if (heading) {
      flush();
      const text = lineInWords(heading.text, ctx);
      if (text) paragraph.push(`**${text}**`);
      flush();
    } else if (note.codeLines.has(l)) {
      flush();
      const code: string[] = [];
      for (; l < range.end && note.codeLines.has(l); l++)
        code.push(note.lines[l]!.replace(QUOTE, ''));
      l--;
      out.push('', ...code, '');
    } else if (line.trim() === '' || RULE.test(line)) {
      flush();
    } else {
      let text = line.replace(QUOTE, '').trim();
      const callout = CALLOUT_HEADER.exec(text);
      if (callout) text = callout[1]!.trim() ? `**${callout[1]!.trim()}**` : '';
      const words = text ? lineInWords(text, ctx) : '';
      // Text from a quote that looks like a heading must not become one in the email.
      if (words) paragraph.push(/^#{1,6}(?:\s|$)/.test(words) ? `\\${words}` : words);
    }
  }
  flush();
  return tidy(out);
}

/** Lines without leading, trailing and repeated blank lines. */
export function tidy(lines: readonly string[]): string[] {
  const out: string[] = [];
  for (const l of lines) {
    if (l.trim() === '' && (out.length === 0 || out[out.length - 1] === '')) continue;
    out.push(l.trim() === '' ? '' : l);
  }
  while (out.length && out[out.length - 1] === '') out.pop();
  return out;
}
