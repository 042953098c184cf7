/**
 * Updating the sidebar's elements in place (src/plugin/overview/dom-patch.ts): a part
 * of the same shape keeps its elements and gets the new texts and attributes; a part
 * of another shape is left alone (the caller draws it anew).
 */
import { describe, expect, it } from 'vitest';
import {
  patchInPlace,
  setClassInPlace,
  setTextInPlace,
} from '../../../src/plugin/overview/dom-patch';

function clock(chipText: string, tone: string, dates: string[]): HTMLElement {
  const el = createDiv({ cls: 'clock' });
  el.createSpan({ cls: `chip is-${tone}`, text: chipText });
  for (const d of dates) el.createSpan({ text: d });
  return el;
}

describe('patchInPlace', () => {
  it('keeps the elements and text nodes, and takes the new texts and attributes', () => {
    const old = clock('Due in 3 days', 'due', ['Last Oct 1', 'due Oct 15']);
    old.setAttr('data-stale', 'yes');
    const chip = old.firstElementChild!;
    const text = chip.firstChild!;
    const fresh = clock('2 days overdue', 'overdue', ['Last Oct 1', 'due Oct 13']);
    expect(patchInPlace(old, fresh)).toBe(true);
    expect(old.firstElementChild).toBe(chip);
    expect(chip.firstChild).toBe(text);
    expect(old.outerHTML).toBe(fresh.outerHTML);
  });

  it('changes nothing when the shapes differ', () => {
    const old = clock('Due in 3 days', 'due', ['Last Oct 1', 'due Oct 15']);
    const before = old.outerHTML;
    expect(patchInPlace(old, clock('Not met yet', 'never', []))).toBe(false);
    const other = clock('Due', 'due', ['Last Oct 1', 'due Oct 15']);
    other.lastElementChild!.replaceWith(createEl('b', { text: 'due Oct 15' }));
    expect(patchInPlace(old, other)).toBe(false);
    expect(old.outerHTML).toBe(before);
  });
});

describe('setTextInPlace and setClassInPlace', () => {
  it('keep the one text node, and set nothing that is already so', () => {
    const el = createSpan({ text: '4 overdue', cls: 'a' });
    const node = el.firstChild;
    setTextInPlace(el, '5 overdue');
    expect(el.firstChild).toBe(node);
    expect(el.textContent).toBe('5 overdue');
    const observer = new MutationObserver(() => undefined);
    observer.observe(el, { attributes: true, childList: true, characterData: true, subtree: true });
    setTextInPlace(el, '5 overdue');
    setClassInPlace(el, 'a');
    expect(observer.takeRecords()).toEqual([]);
    setClassInPlace(el, 'b');
    expect(el.className).toBe('b');
  });

  it('sets the text of an element that holds other nodes', () => {
    const el = createDiv();
    el.createSpan({ text: 'x' });
    el.appendText('y');
    setTextInPlace(el, 'z');
    expect(el.childNodes).toHaveLength(1);
    expect(el.textContent).toBe('z');
  });
});
