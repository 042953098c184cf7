import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { bundlePage, launch, openPage, screenshot } from '../../helpers/browser';

describe('"Export accomplishments" dialog in Chromium', () => {
  let browser: Browser;
  let script: string;
  beforeAll(async () => {
    browser = await launch();
    script = await bundlePage('tests/helpers/pages/accomplishments-modal.ts');
  });
  afterAll(async () => {
    await browser?.close();
  });

  for (const theme of ['light', 'dark'] as const) {
    it(`checks a custom range before exporting (${theme})`, async () => {
      const { page, errors } = await openPage(browser, script, { theme, width: 680, height: 600 });
      expect(
        await page.locator('select.touchpoints-export-person option').allTextContents(),
      ).toEqual(['Everyone', 'Jo: Ops/Infra', 'Priya Shah', 'Sam Lee']);
      expect(await page.locator('select.touchpoints-export-person').inputValue()).toBe(
        'People/Priya Shah.md',
      );
      await page.locator('select.touchpoints-export-period').selectOption('custom');
      const from = page.locator('input.touchpoints-export-from');
      const to = page.locator('input.touchpoints-export-to');
      expect(await from.inputValue()).toBe('2026-07-01');
      await from.fill('2026-12-01');
      await to.fill('2026-11-01');
      const error = page.locator('.touchpoints-export-error');
      expect(await error.textContent()).toBe(
        'The start date 2026-12-01 is after the end date 2026-11-01.',
      );
      expect(await page.locator('button.touchpoints-export-submit').isDisabled()).toBe(true);
      const [errorColor, textColor] = await Promise.all([
        error.evaluate((e) => getComputedStyle(e).color),
        page.locator('body').evaluate((e) => getComputedStyle(e).color),
      ]);
      expect(errorColor).not.toBe(textColor);
      // Setting rows as Obsidian lays them out: the name on the left, beside its field.
      const row = page.locator('.setting-item', {
        has: page.locator('select.touchpoints-export-person'),
      });
      expect(await row.count()).toBe(1);
      const [name, field] = [
        await row.locator('.setting-item-info .setting-item-name').boundingBox(),
        await row.locator('.setting-item-control select').boundingBox(),
      ];
      expect(await row.locator('.setting-item-name').textContent()).toBe('Person');
      expect(name!.x + name!.width).toBeLessThanOrEqual(field!.x);
      expect(name!.y).toBeLessThan(field!.y + field!.height);
      expect(field!.y).toBeLessThan(name!.y + name!.height);
      await screenshot(page, `accomplishments-modal-${theme}`);
      await to.fill('2026-12-31');
      expect(await error.textContent()).toBe('');
      await page.locator('select.touchpoints-export-person').selectOption('');
      await page.locator('button.touchpoints-export-submit').click();
      expect(
        await page.evaluate(() => (window as unknown as { submitted: unknown[] }).submitted),
      ).toEqual([
        { personKey: null, period: { from: '2026-12-01', to: '2026-12-31' }, whose: null },
      ]);
      expect(errors).toEqual([]);
      await page.context().close();
    });
  }
});
