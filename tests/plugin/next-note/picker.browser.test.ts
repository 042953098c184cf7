import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { bundlePage, launch, openPage, screenshot } from '../../helpers/browser';

describe('person picker in Chromium', () => {
  let browser: Browser;
  let script: string;
  beforeAll(async () => {
    browser = await launch();
    script = await bundlePage('tests/helpers/pages/picker.ts');
  });
  afterAll(async () => {
    await browser?.close();
  });

  for (const theme of ['light', 'dark'] as const) {
    it(`lists people most urgent first and marks the overdue ones (${theme})`, async () => {
      const { page, errors } = await openPage(browser, script, { theme, width: 600, height: 400 });
      const names = await page.locator('.touchpoints-picker-name').allTextContents();
      expect(names).toEqual(['Sam Lee', 'Marcus Chen', 'Priya Shah']);
      const details = await page.locator('.touchpoints-picker-detail').allTextContents();
      expect(details[0]).toMatch(
        /^Last 1:1 .*2026 · 10 days overdue · career conversation 38 days overdue$/,
      );
      expect(details[1]).toMatch(/^Last 1:1 .*2026 · 23 days overdue$/);
      expect(details[2]).toMatch(/due in 2 days$/);
      expect(await page.locator('.touchpoints-picker-detail.is-overdue').count()).toBe(2);
      // The overdue text is not the same colour as the muted text.
      const [overdue, muted] = await Promise.all([
        page
          .locator('.touchpoints-picker-detail.is-overdue')
          .first()
          .evaluate((e) => getComputedStyle(e).color),
        page
          .locator('.touchpoints-picker-detail:not(.is-overdue)')
          .first()
          .evaluate((e) => getComputedStyle(e).color),
      ]);
      expect(overdue).not.toBe(muted);
      // As Obsidian draws a SuggestModal: the input on top, then the results, the first
      // of them selected and marked by its background.
      const input = page.locator('.prompt .prompt-input-container input.prompt-input');
      expect(await input.count()).toBe(1);
      expect(await input.getAttribute('placeholder')).toBe('Create next 1:1 with…');
      const items = page.locator('.prompt .prompt-results .suggestion-item');
      const [inputBox, firstBox] = [await input.boundingBox(), await items.first().boundingBox()];
      expect(inputBox!.height).toBeGreaterThan(20);
      expect(inputBox!.y + inputBox!.height).toBeLessThanOrEqual(firstBox!.y);
      const selected = page.locator('.suggestion-item.is-selected');
      expect(await selected.count()).toBe(1);
      expect(await selected.locator('.touchpoints-picker-name').textContent()).toBe('Sam Lee');
      const backgrounds = await items.evaluateAll((els) =>
        els.map((e) => getComputedStyle(e).backgroundColor),
      );
      expect(new Set(backgrounds.slice(1)).size).toBe(1);
      expect(backgrounds[0]).not.toBe(backgrounds[1]);
      await screenshot(page, `picker-${theme}`);
      // Typing a new name offers to add that person; clicking it picks the name.
      await page.evaluate(() =>
        (window as unknown as { show: (q: string) => void }).show('Riley Park'),
      );
      const last = page.locator('.suggestion-item').last();
      expect(await last.textContent()).toContain('New person');
      await last.click();
      expect(
        await page.evaluate(() => (window as unknown as { picked: unknown[] }).picked),
      ).toEqual([{ name: 'Riley Park' }]);
      expect(errors).toEqual([]);
      await page.context().close();
    });
  }
});
