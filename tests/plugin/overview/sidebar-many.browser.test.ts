/**
 * The sidebar with many people in Chromium, in a content area that scrolls as in
 * Obsidian: a light row for everyone and no card until a row is opened, a row far down
 * opened and closed, and a change to one note redrawing only that person's row and the
 * changed parts of their open card.
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

  it('redraws only the changed parts of the one card whose note changed', async () => {
    // The first person's row open; mark every part of every row and of the card (a
    // redrawn part comes back without the mark).
    const first = page.locator('.touchpoints-row').first();
    const key = (await first.getAttribute('data-person'))!;
    await first.locator('.touchpoints-row-head').click();
    await first.locator('svg.touchpoints-timeline').waitFor();
    const parts = '.touchpoints-row-head > *, .touchpoints-card > *';
    await page.evaluate(
      (sel) => document.querySelectorAll(sel).forEach((e) => e.setAttribute('data-mark', '1')),
      parts,
    );
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
    await page.waitForFunction(
      (sel) => [...document.querySelectorAll(sel)].some((e) => !e.hasAttribute('data-mark')),
      parts,
    );
    const touched = await page.evaluate(
      (sel) =>
        [...document.querySelectorAll('.touchpoints-row')]
          .filter((r) => [...r.querySelectorAll(sel)].some((e) => !e.hasAttribute('data-mark')))
          .map((r) => r.getAttribute('data-person')),
      parts,
    );
    expect(touched).toEqual([key]);
    const card = page.locator(`.touchpoints-card[data-person="${key}"]`);
    expect(await card.locator('.touchpoints-card-header').getAttribute('data-mark')).toBe('1');
    expect(await card.locator('.touchpoints-clock-regular').getAttribute('data-mark')).toBeNull();
    expect(errors).toEqual([]);
  });
});
