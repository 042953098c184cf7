/**
 * The sidebar with many people in Chromium, in a content area that scrolls as in
 * Obsidian: the first screenful of cards in full, the rest as light shells filled in
 * as they scroll near, and a change to one note redrawing only the changed parts of
 * that person's card.
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
    await page.waitForFunction(() => document.querySelectorAll('.touchpoints-card').length === 30);
  });
  afterAll(async () => {
    await browser?.close();
  });

  const count = (selector: string): Promise<number> => page.locator(selector).count();

  it('renders the first screenful in full and the rest as shells with name and chip', async () => {
    expect(await count('.touchpoints-card')).toBe(30);
    const full = await count('.touchpoints-card:not(.is-pending)');
    expect(full).toBeGreaterThanOrEqual(5);
    expect(full).toBeLessThan(30);
    expect(await count('.touchpoints-card.is-pending .touchpoints-card-name')).toBe(30 - full);
    expect(await count('.touchpoints-card.is-pending .touchpoints-chip')).toBe(30 - full);
    expect(await count('.touchpoints-card.is-pending svg')).toBe(0);
  });

  it('fills the cards in as they scroll into view', async () => {
    await page.locator('.view-content').evaluate((el) => el.scrollTo(0, el.scrollHeight));
    await page.locator('.touchpoints-card').last().locator('svg.touchpoints-timeline').waitFor();
    expect(await page.locator('.touchpoints-card').last().getAttribute('class')).not.toContain(
      'is-pending',
    );
    await page.locator('.view-content').evaluate((el) => el.scrollTo(0, 0));
  });

  it('redraws only the changed parts of the one card whose note changed', async () => {
    // Mark every part of every card; a redrawn part comes back without the mark.
    await page.evaluate(() =>
      document
        .querySelectorAll('.touchpoints-card > *')
        .forEach((e) => e.setAttribute('data-mark', '1')),
    );
    const first = page.locator('.touchpoints-card').first();
    const key = (await first.getAttribute('data-person'))!;
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
    await page.waitForFunction(() =>
      [...document.querySelectorAll('.touchpoints-card > *')].some(
        (e) => !e.hasAttribute('data-mark'),
      ),
    );
    const touched = await page.evaluate(() =>
      [...document.querySelectorAll('.touchpoints-card')]
        .filter((c) => [...c.children].some((e) => !e.hasAttribute('data-mark')))
        .map((c) => c.getAttribute('data-person')),
    );
    expect(touched).toEqual([key]);
    const card = page.locator(`.touchpoints-card[data-person="${key}"]`);
    expect(await card.locator('.touchpoints-card-header').getAttribute('data-mark')).toBe('1');
    expect(await card.locator('.touchpoints-clock-regular').getAttribute('data-mark')).toBeNull();
    expect(errors).toEqual([]);
  });
});
