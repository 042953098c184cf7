/**
 * Inline Markdown for emails: a small tokenizer for what notes use inside a line
 * (code spans, bold, italic, strikethrough, highlight, links, wikilinks, embeds) and
 * three outputs: plain text, safe HTML (every character of text escaped; only
 * http, https and mailto links), and a Markdown clean-up for the Markdown form
 * (wikilinks become their alias or title, embeds are left out, the rest is kept).
 */
import { codeSpan } from '../notes/code-span';
import { basename } from '../shared/vault-path';
import { lazyRegExp } from '../shared/memo';

/** A piece of inline Markdown, as the tokenizer reads it. */
export type Inline =
  | { t: 'text'; v: string }
  | { t: 'code'; v: string }
  | { t: 'strong' | 'em' | 'del' | 'mark'; c: Inline[] }
  | { t: 'link'; href: string; c: Inline[] };

const SAFE_HREF = /^(?:https?:\/\/|mailto:)[^\s<>"]+$/i;
const MD_LINK =
  /^\[((?:[^[\]\\]|\\.|\[[^\]]*\])*)\]\(\s*<?((?:[^()\s<>]|\([^()\s]*\))*)>?(?:\s+"[^"]*")?\s*\)/;
const IMAGE = /^!\[(?:[^[\]\\]|\\.)*\]\([^)]*\)/;
const AUTOLINK = /^<((?:https?:\/\/|mailto:)[^>\s]+)>/i;
const BARE_URL = /^https?:\/\/[^\s<>"]*[^\s<>".,;:!?)\]'*_~]/i;
const PUNCT = /[!-/:-@[-`{-~]/;
/** A letter or digit of any script: `_` next to one is not emphasis (`snake_case`). */
const WORD_CHAR = lazyRegExp(String.raw`[\p{L}\p{N}]`, 'u');

/** The text a wikilink shows: its alias, else `Note > Heading`, else the note's name. */
export function wikilinkDisplay(inner: string): string {
  const bar = inner.indexOf('|');
  if (bar >= 0 && inner.slice(bar + 1).trim()) return inner.slice(bar + 1).trim();
  const target = bar >= 0 ? inner.slice(0, bar) : inner;
  const m = /^([^#^]*)(?:[#^](.*))?$/.exec(target)!;
  const note = basename(m[1]!.trim());
  const sub = (m[2] ?? '')
    .replace(/^\^.*$/, '')
    .replace(/#/g, ' > ')
    .trim();
  if (!note) return sub;
  return sub && !target.includes('^') ? `${note} > ${sub}` : note;
}

/** Where emphasis opened at `i` with `d` closes, or -1. */
function closer(s: string, i: number, d: string): number {
  const start = i + d.length;
  if (start >= s.length || /\s/.test(s[start]!)) return -1;
  for (let j = start + 1; j < s.length; j++) {
    if (s[j] === '\\') {
      j++;
      continue;
    }
    if (s[j] === '`') {
      const span = codeSpan(s, j);
      if (span) j = span.next - 1;
      continue;
    }
    if (d.length === 1 && s.startsWith(d + d, j)) {
      const inner = closer(s, j, d + d);
      if (inner > 0) {
        j = inner + 1;
        continue;
      }
    }
    if (s.startsWith(d, j) && !/\s/.test(s[j - 1]!)) {
      if (d.length === 1 && s[j + 1] === d) continue;
      if (d === '_' && WORD_CHAR().test(s[j + 1] ?? '')) continue;
      return j;
    }
  }
  return -1;
}

const EMPHASIS: ReadonlyArray<[string, 'strong' | 'em' | 'del' | 'mark']> = [
  ['**', 'strong'],
  ['__', 'strong'],
  ['~~', 'del'],
  ['==', 'mark'],
  ['*', 'em'],
  ['_', 'em'],
];

/** Parse one line of inline Markdown. Wikilinks become text, embeds and images vanish. */
export function parseInline(s: string): Inline[] {
  const out: Inline[] = [];
  let text = '';
  const push = (node: Inline): void => {
    if (text) out.push({ t: 'text', v: text });
    text = '';
    out.push(node);
  };
  let i = 0;
  while (i < s.length) {
    const ch = s[i]!;
    const rest = s.slice(i);
    if (ch === '\\' && i + 1 < s.length && PUNCT.test(s[i + 1]!)) {
      text += s[i + 1];
      i += 2;
      continue;
    }
    if (ch === '`') {
      const span = codeSpan(s, i);
      if (span) {
        let v = s.slice(span.start, span.end);
        if (v.length > 2 && v.startsWith(' ') && v.endsWith(' ') && v.trim()) v = v.slice(1, -1);
        push({ t: 'code', v });
        i = span.next;
        continue;
      }
      let run = 1;
      while (s[i + run] === '`') run++;
      text += s.slice(i, i + run);
      i += run;
      continue;
    }
    if (rest.startsWith('![[') || rest.startsWith('[[')) {
      const open = rest.startsWith('!') ? 3 : 2;
      const end = s.indexOf(']]', i + open);
      if (end >= 0) {
        if (open === 2) text += wikilinkDisplay(s.slice(i + open, end));
        i = end + 2;
        continue;
      }
    }
    if (ch === '!' && IMAGE.test(rest)) {
      i += IMAGE.exec(rest)![0].length;
      continue;
    }
    if (ch === '[') {
      const m = MD_LINK.exec(rest);
      if (m) {
        const children = parseInline(m[1]!);
        if (SAFE_HREF.test(m[2]!)) push({ t: 'link', href: m[2]!, c: children });
        else {
          for (const c of children) {
            if (c.t === 'text') text += c.v;
            else push(c);
          }
        }
        i += m[0].length;
        continue;
      }
    }
    if (ch === '<') {
      const m = AUTOLINK.exec(rest);
      if (m) {
        push({ t: 'link', href: m[1]!, c: [{ t: 'text', v: m[1]!.replace(/^mailto:/i, '') }] });
        i += m[0].length;
        continue;
      }
    }
    if ((ch === 'h' || ch === 'H') && (i === 0 || /[\s(]/.test(s[i - 1]!))) {
      const m = BARE_URL.exec(rest);
      if (m) {
        push({ t: 'link', href: m[0], c: [{ t: 'text', v: m[0] }] });
        i += m[0].length;
        continue;
      }
    }
    const emphasis = EMPHASIS.find(([d]) => rest.startsWith(d));
    if (emphasis && !(emphasis[0] === '_' && i > 0 && WORD_CHAR().test(s[i - 1]!))) {
      const [d, t] = emphasis;
      const end = closer(s, i, d);
      if (end > 0) {
        push({ t, c: parseInline(s.slice(i + d.length, end)) });
        i = end + d.length;
        continue;
      }
      text += d;
      i += d.length;
      continue;
    }
    text += ch;
    i++;
  }
  if (text) out.push({ t: 'text', v: text });
  return out;
}

/** Escape text for HTML element content and attribute values. */
export function escapeHtml(s: string): string {
  return s
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/** Inline nodes as plain text: markers gone, a link as "text (url)" unless they are the same. */
export function inlineToText(nodes: readonly Inline[]): string {
  return nodes
    .map((n) => {
      switch (n.t) {
        case 'text':
        case 'code':
          return n.v;
        case 'link': {
          const label = inlineToText(n.c);
          const target = n.href.replace(/^mailto:/i, '');
          return label === n.href || label === target || !label ? target : `${label} (${target})`;
        }
        default:
          return inlineToText(n.c);
      }
    })
    .join('');
}

const TAGS = { strong: 'strong', em: 'em', del: 'del', mark: 'mark' } as const;

/** Inline nodes as HTML: every text escaped, nothing from the note ever becomes markup. */
export function inlineToHtml(nodes: readonly Inline[]): string {
  return nodes
    .map((n) => {
      switch (n.t) {
        case 'text':
          return escapeHtml(n.v);
        case 'code':
          return `<code>${escapeHtml(n.v)}</code>`;
        case 'link':
          return `<a href="${escapeHtml(n.href)}">${inlineToHtml(n.c)}</a>`;
        default:
          return `<${TAGS[n.t]}>${inlineToHtml(n.c)}</${TAGS[n.t]}>`;
      }
    })
    .join('');
}

/** Backslash-escape text so that Markdown shows it as written. */
export function escapeMarkdown(s: string): string {
  return s.replace(/[\\`*_[\]<]/g, (c) => `\\${c}`);
}

/**
 * A line of note Markdown made fit for an email's Markdown form: wikilinks become their
 * alias or title, embeds and images are left out, everything else (code spans, links,
 * emphasis) stays as written.
 */
export function cleanInlineMarkdown(s: string): string {
  let out = '';
  let i = 0;
  while (i < s.length) {
    const rest = s.slice(i);
    if (s[i] === '\\' && i + 1 < s.length) {
      out += s.slice(i, i + 2);
      i += 2;
      continue;
    }
    if (s[i] === '`') {
      const span = codeSpan(s, i);
      const end = span ? span.next : i + 1;
      out += s.slice(i, end);
      i = end;
      continue;
    }
    if (rest.startsWith('![[') || rest.startsWith('[[')) {
      const open = rest.startsWith('!') ? 3 : 2;
      const end = s.indexOf(']]', i + open);
      if (end >= 0) {
        if (open === 2) out += escapeMarkdown(wikilinkDisplay(s.slice(i + open, end)));
        i = end + 2;
        continue;
      }
    }
    if (s[i] === '!' && IMAGE.test(rest)) {
      i += IMAGE.exec(rest)![0].length;
      continue;
    }
    out += s[i];
    i++;
  }
  return out.replace(/[ \t]{2,}/g, ' ').trim();
}
