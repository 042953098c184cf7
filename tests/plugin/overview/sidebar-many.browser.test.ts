/**
 * The sidebar with many people in Chromium, in a content area that scrolls as in
 * Obsidian: a light row for everyone and no card until a row is opened, a row far down
 * opened and closed, and a change to one note redrawing only that person's row and the
 * changed parts of their open card, in place.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { bundlePage, launch, openPage } from '../../helpers/browser';
import { generateVault, noteText } from '../../bench/vault-gen';

interface PageApi {
  opened: Promise<void>;
  change(path: string, edit: (text: string) => string): Promise<void>;
}
declare const tp: PageApi;

const SCROLLING = `.view-content { height: 100vh; overflow-y: auto; box-sizing: border-box; }`;

describe('a sidebar of 30 people in Chromium', () => {
  let browser: Browser;
  let page: Page;
  let errors: string[];
  const gen = generateVault({ meetings: 240, people: 30, others: 10 });

  beforeAll(async () => {
    browser = await launch();
    const files: Record<string, string> = {};
    for (const note of gen.all) files[note.path] = noteText(note);
    const prefix = `window.TOUCHPOINTS_VAULT = ${JSON.stringify(files)};
      { const s = document.createElement('style'); s.textContent = ${JSON.stringify(SCROLLING)}; document.head.append(s); }\n`;
    ({ page, errors } = await openPage(
      browser,
      prefix + (await bundlePage('tests/helpers/pages/sidebar.ts')),
      { theme: 'light', width: 320, height: 900 },
    ));
    await page.evaluate(() => tp.opened);
    // The index is built in slices: the cards come once the last slice is done.
    await page.waitForFunction(() => document.querySelectorAll('.touchpoints-row').length === 30);
  });
  afterAll(async () => {
    await browser?.close();
  });

  const count = (selector: string): Promise<number> => page.locator(selector).count();

  it('draws a row for everyone and no card until a row is opened', async () => {
    expect(await count('.touchpoints-row')).toBe(30);
    expect(await count('.touchpoints-row .touchpoints-chip')).toBe(60);
    expect(await count('.touchpoints-card')).toBe(0);
    expect(await count('svg')).toBe(0);
  });

  it('opens the last row into its card, below the first screen', async () => {
    const last = page.locator('.touchpoints-row-head').last();
    await last.scrollIntoViewIfNeeded();
    await last.click();
    await page.locator('.touchpoints-row').last().locator('svg.touchpoints-timeline').waitFor();
    expect(await count('.touchpoints-card')).toBe(1);
    await last.click();
    expect(await count('.touchpoints-card')).toBe(0);
    await page.locator('.view-content').evaluate((el) => el.scrollTo(0, 0));
  });

  it('updates only the changed parts of the one card whose note changed, in place', async () => {
    // The first person's row open; mark every element of every row and of the card with
    // a property of the element itself (kept when a part is updated in place, gone when
    // it is drawn anew), and the text of each part.
    const first = page.locator('.touchpoints-row').first();
    const key = (await first.getAttribute('data-person'))!;
    await first.locator('.touchpoints-row-head').click();
    await first.locator('svg.touchpoints-timeline').waitFor();
    const parts = '.touchpoints-row-head > *, .touchpoints-card > *';
    await page.evaluate((sel) => {
      for (const e of document.querySelectorAll<HTMLElement>(sel)) {
        (e as unknown as { kept: boolean }).kept = true;
        e.dataset.before = e.textContent ?? '';
      }
    }, parts);
    const folder = `One-on-ones/${key.slice('People/'.length, -'.md'.length)}/`;
    const latest = gen.meetings
      .filter((m) => m.path.startsWith(folder) && String(m.meta.frontmatter!.date) <= gen.today)
      .map((m) => m.path)
      .sort()
      .pop()!;
    await page.evaluate(
      (path) =>
        tp.change(path, (t) =>
          t.replace(/^status: .*\n/m, '').replace('kind:', 'status: cancelled\nkind:'),
        ),
      latest,
    );
    // Updated: the part's text changed, or it was drawn anew.
    const changed = (sel: string): Promise<string[]> =>
      page.evaluate(
        (s) =>
          [...document.querySelectorAll<HTMLElement>(s)]
            .filter(
              (e) =>
                !(e as unknown as { kept?: boolean }).kept ||
                e.dataset.before !== (e.textContent ?? ''),
            )
            .map((e) => e.closest('.touchpoints-row')!.getAttribute('data-person')!),
        sel,
      );
    await page.waitForFunction(
      (sel) =>
        [...document.querySelectorAll<HTMLElement>(sel)].some(
          (e) => e.dataset.before !== undefined && e.dataset.before !== e.textContent,
        ),
      parts,
    );
    expect(new Set(await changed(parts))).toEqual(new Set([key]));
    const card = page.locator(`.touchpoints-card[data-person="${key}"]`);
    const state = (sel: string) =>
      card.locator(sel).evaluate((e: HTMLElement) => ({
        kept: (e as unknown as { kept?: boolean }).kept === true,
        changed: e.dataset.before !== e.textContent,
      }));
    // The header did not change; the 1:1 clock and the recent stats changed their text
    // in the elements they had (no element drawn anew for a new text).
    expect(await state('.touchpoints-card-header')).toEqual({ kept: true, changed: false });
    expect(await state('.touchpoints-clock-regular')).toEqual({ kept: true, changed: true });
    expect(await state('.touchpoints-recent')).toEqual({ kept: true, changed: true });
    // And the card updated in place reads exactly as the card drawn anew: close the row
    // and open it again.
    const html = (): Promise<string> =>
      card.evaluate((root) => {
        // Tag, attributes in name order (an element updated in place may have set
        // them in another order) and texts; the test's own marks left out.
        const walk = (node: Node): string => {
          if (node.nodeType !== Node.ELEMENT_NODE) return node.textContent ?? '';
          const n = node as Element;
          const attrs = n
            .getAttributeNames()
            .filter((a) => a !== 'data-before')
            .sort()
            .map((a) => `${a}="${n.getAttribute(a)}"`);
          return `<${n.localName} ${attrs.join(' ')}>${[...n.childNodes].map(walk).join('')}</>`;
        };
        return walk(root);
      });
    const patched = await html();
    await first.locator('.touchpoints-row-head').click();
    await card.waitFor({ state: 'detached' });
    await first.locator('.touchpoints-row-head').click();
    await card.locator('svg.touchpoints-timeline').waitFor();
    expect(await html()).toBe(patched);
    expect(errors).toEqual([]);
  });
});
