/**
 * An email body written in Markdown, read with the one parser into a few kinds of
 * blocks (headings, paragraphs, nested lists, code, quotes, rules) and written out as
 * plain text or as safe HTML. The Markdown form of an email is the Markdown itself.
 */
import { escapeHtml, inlineToHtml, inlineToText, parseInline } from './inline';
import { parseNote } from '../notes/markdown';
import type { ListItem, ParsedNote } from '../notes/parsed-note';

/** A list item of an email body, with its nested items. */
export interface ListNode {
  /** The item's lines: its first line, then its continuation lines. */
  lines: string[];
  /** Its code blocks, each after the first `at` of its lines. */
  code: Array<{ at: number; lines: string[] }>;
  children: ListNode[];
}

/** A block of an email body: what both the text and the HTML forms are written from. */
export type Block =
  | { kind: 'heading'; level: number; text: string }
  | { kind: 'paragraph'; lines: string[] }
  | { kind: 'list'; ordered: boolean; start: number; items: ListNode[] }
  | { kind: 'code'; lines: string[] }
  | { kind: 'quote'; lines: string[] }
  | { kind: 'rule' };

const QUOTE = /^(?:[ \t]{0,3}>[ \t]?)+/;
const RULE = /^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$/;
const FENCE = /^[ \t]*(`{3,}|~{3,})/;

function listNode(note: ParsedNote, item: ListItem): ListNode {
  const childLines = new Set<number>();
  for (const c of item.children) {
    const child = note.items[c]!;
    for (let l = child.line; l < child.end; l++) childLines.add(l);
  }
  const lines = [item.text.trim()];
  const code: ListNode['code'] = [];
  let indent = 0;
  for (let l = item.line + 1; l < item.end; l++) {
    if (childLines.has(l)) continue;
    const line = note.lines[l]!.replace(QUOTE, '');
    const text = line.trim();
    if (note.codeLines.has(l)) {
      // A fenced block in the item: its lines under the fence's indentation.
      const last = code[code.length - 1];
      const open =
        last !== undefined && last.at === lines.length && l > 0 && note.codeLines.has(l - 1);
      if (!open) indent = line.length - line.trimStart().length;
      const block = open ? last : { at: lines.length, lines: [] };
      if (!open) code.push(block);
      block.lines.push(line.slice(Math.min(indent, line.length - line.trimStart().length)));
    } else if (text) {
      lines.push(text);
    }
  }
  for (const block of code) {
    if (block.lines.length && FENCE.test(block.lines[0]!)) block.lines.shift();
    if (block.lines.length && FENCE.test(block.lines[block.lines.length - 1]!)) block.lines.pop();
  }
  return {
    lines,
    code,
    children: item.children.map((c) => listNode(note, note.items[c]!)),
  };
}

const ordered = (item: ListItem): boolean => /^\d/.test(item.marker);

/** Read an email body written in Markdown into blocks. */
export function parseBlocks(markdown: string): Block[] {
  // A leading blank line: a body that starts with `---` is not frontmatter.
  const note = parseNote(`\n${markdown}`);
  // Setext underlines stay rules here: a body is written as the layout writes it, in ATX.
  const headingAt = new Map(note.headings.filter((h) => !h.setext).map((h) => [h.line, h]));
  const itemAt = new Map(note.items.filter((it) => it.parent === null).map((it) => [it.line, it]));
  const blocks: Block[] = [];
  const n = note.lines.length;
  const special = (l: number): boolean =>
    headingAt.has(l) ||
    itemAt.has(l) ||
    note.codeLines.has(l) ||
    QUOTE.test(note.lines[l]!) ||
    RULE.test(note.lines[l]!);
  let l = 0;
  while (l < n) {
    const line = note.lines[l]!;
    const heading = headingAt.get(l);
    const item = itemAt.get(l);
    if (line.trim() === '') {
      l++;
    } else if (heading) {
      blocks.push({ kind: 'heading', level: heading.level, text: heading.text });
      l++;
    } else if (item) {
      const items: ListNode[] = [];
      let it: ListItem | undefined = item;
      let end = l;
      while (it && ordered(it) === ordered(item)) {
        items.push(listNode(note, it));
        end = it.end;
        let next = end;
        while (next < n && note.lines[next]!.trim() === '') next++;
        it = itemAt.get(next);
      }
      blocks.push({
        kind: 'list',
        ordered: ordered(item),
        start: ordered(item) ? parseInt(item.marker, 10) : 1,
        items,
      });
      l = end;
    } else if (note.codeLines.has(l)) {
      const lines: string[] = [];
      for (; l < n && note.codeLines.has(l); l++) lines.push(note.lines[l]!);
      if (lines.length && FENCE.test(lines[0]!)) lines.shift();
      if (lines.length && FENCE.test(lines[lines.length - 1]!)) lines.pop();
      blocks.push({ kind: 'code', lines });
    } else if (QUOTE.test(line)) {
      const lines: string[] = [];
      for (; l < n && QUOTE.test(note.lines[l]!); l++)
        lines.push(note.lines[l]!.replace(QUOTE, '').trim());
      blocks.push({ kind: 'quote', lines: lines.filter((t) => t !== '') });
    } else if (RULE.test(line)) {
      blocks.push({ kind: 'rule' });
      l++;
    } else {
      const lines: string[] = [];
      for (; l < n && note.lines[l]!.trim() !== '' && (lines.length === 0 || !special(l)); l++)
        lines.push(note.lines[l]!.trim());
      blocks.push({ kind: 'paragraph', lines });
    }
  }
  return blocks;
}

const text = (s: string): string => inlineToText(parseInline(s));
const html = (s: string): string => inlineToHtml(parseInline(s));

function listText(
  items: readonly ListNode[],
  isOrdered: boolean,
  start: number,
  depth: number,
): string[] {
  const out: string[] = [];
  items.forEach((item, i) => {
    const marker = isOrdered ? `${start + i}. ` : '- ';
    const pad = '  '.repeat(depth);
    const cont = `${pad}${' '.repeat(marker.length)}`;
    const codeAt = (n: number): void => {
      for (const c of item.code.filter((b) => b.at === n))
        out.push(...c.lines.map((l) => (l.trim() === '' ? '' : `${cont}    ${l}`)));
    };
    item.lines.forEach((line, j) => {
      out.push(j === 0 ? `${pad}${marker}${text(line)}` : `${cont}${text(line)}`);
      codeAt(j + 1);
    });
    out.push(...listText(item.children, false, 1, depth + 1));
  });
  return out;
}

/** Blocks as plain text: lists with `-`, code indented, a blank line between blocks. */
export function blocksToText(blocks: readonly Block[]): string {
  let out = '';
  blocks.forEach((b, i) => {
    if (i > 0) out += blocks[i - 1]!.kind === 'heading' ? '\n' : '\n\n';
    switch (b.kind) {
      case 'heading':
        out += text(b.text);
        break;
      case 'paragraph':
        out += b.lines.map(text).join('\n');
        break;
      case 'list':
        out += listText(b.items, b.ordered, b.start, 0).join('\n');
        break;
      case 'code':
        out += b.lines.map((l) => `    ${l}`).join('\n');
        break;
      case 'quote':
        out += b.lines.map((l) => `> ${text(l)}`).join('\n');
        break;
      case 'rule':
        out += '---';
        break;
    }
  });
  return out ? `${out}\n` : '';
}

function listHtml(items: readonly ListNode[], isOrdered: boolean, start: number): string {
  const tag = isOrdered ? 'ol' : 'ul';
  const open = isOrdered && start !== 1 ? `<ol start="${start}">` : `<${tag}>`;
  const lis = items.map((item) => {
    const children = item.children.length ? listHtml(item.children, false, 1) : '';
    let body = '';
    item.lines.forEach((line, j) => {
      body += `${j > 0 && !item.code.some((c) => c.at === j) ? '<br>' : ''}${html(line)}`;
      for (const c of item.code.filter((b) => b.at === j + 1))
        body += `<pre><code>${escapeHtml(c.lines.join('\n'))}</code></pre>`;
    });
    return `<li>${body}${children}</li>`;
  });
  return `${open}${lis.join('')}</${tag}>`;
}

/** Blocks as HTML for a mail app: every text escaped, only basic tags. */
export function blocksToHtml(blocks: readonly Block[]): string {
  return blocks
    .map((b) => {
      switch (b.kind) {
        case 'heading': {
          const h = `h${Math.min(6, b.level + 1)}`;
          return `<${h}>${html(b.text)}</${h}>`;
        }
        case 'paragraph':
          return `<p>${b.lines.map(html).join('<br>')}</p>`;
        case 'list':
          return listHtml(b.items, b.ordered, b.start);
        case 'code':
          return `<pre><code>${escapeHtml(b.lines.join('\n'))}</code></pre>`;
        case 'quote':
          return `<blockquote><p>${b.lines.map(html).join('<br>')}</p></blockquote>`;
        case 'rule':
          return '<hr>';
      }
    })
    .join('\n');
}

/** An email body in Markdown as plain text. */
export function markdownToText(markdown: string): string {
  return blocksToText(parseBlocks(markdown));
}

/** An email body in Markdown as HTML. */
export function markdownToHtml(markdown: string): string {
  return blocksToHtml(parseBlocks(markdown));
}
