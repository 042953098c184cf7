/**
 * A rendered preview of an email body written in Markdown, built with createEl from
 * the same blocks the HTML form is made of (no HTML strings are ever parsed).
 */
import { parseBlocks, type Block, type ListNode } from '../../core/email/email-doc';
import { parseInline, type Inline } from '../../core/email/inline';

function inline(el: HTMLElement, nodes: readonly Inline[]): void {
  for (const n of nodes) {
    switch (n.t) {
      case 'text':
        el.appendText(n.v);
        break;
      case 'code':
        el.createEl('code', { text: n.v });
        break;
      case 'link':
        inline(el.createEl('a', { href: n.href }), n.c);
        break;
      default:
        inline(el.createEl(n.t), n.c);
    }
  }
}

function lines(el: HTMLElement, texts: readonly string[]): void {
  texts.forEach((t, i) => {
    if (i > 0) el.createEl('br');
    inline(el, parseInline(t));
  });
}

function list(el: HTMLElement, items: readonly ListNode[], ordered: boolean, start: number): void {
  const listEl = el.createEl(ordered ? 'ol' : 'ul');
  if (ordered && start !== 1) listEl.setAttr('start', start);
  for (const item of items) {
    const li = listEl.createEl('li');
    item.lines.forEach((text, j) => {
      if (j > 0 && !item.code.some((c) => c.at === j)) li.createEl('br');
      inline(li, parseInline(text));
      for (const c of item.code.filter((b) => b.at === j + 1))
        li.createEl('pre').createEl('code', { text: c.lines.join('\n') });
    });
    if (item.children.length) list(li, item.children, false, 1);
  }
}

function block(el: HTMLElement, b: Block): void {
  switch (b.kind) {
    case 'heading':
      inline(el.createEl(`h${Math.min(6, b.level + 1)}` as 'h3'), parseInline(b.text));
      break;
    case 'paragraph':
      lines(el.createEl('p'), b.lines);
      break;
    case 'list':
      list(el, b.items, b.ordered, b.start);
      break;
    case 'code':
      el.createEl('pre').createEl('code', { text: b.lines.join('\n') });
      break;
    case 'quote':
      lines(el.createEl('blockquote').createEl('p'), b.lines);
      break;
    case 'rule':
      el.createEl('hr');
      break;
  }
}

/** Render an email body (Markdown) into `el`, replacing what it held. */
export function renderEmailPreview(el: HTMLElement, markdown: string): void {
  el.empty();
  for (const b of parseBlocks(markdown)) block(el, b);
}
