/**
 * The preview of "Adopt existing 1:1 notes" in real Chromium, light and dark: the rows
 * found with their person, date and kind, the guessed new people unticked, a person
 * changed by typing, the skipped notes with their reasons, and what is submitted.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { bundlePage, launch, openPage, screenshot } from '../../helpers/browser';

describe('"Adopt existing 1:1 notes" preview in Chromium', () => {
  let browser: Browser;
  let script: string;
  beforeAll(async () => {
    browser = await launch();
    script = await bundlePage('tests/helpers/pages/adopt-modal.ts');
  });
  afterAll(async () => {
    await browser?.close();
  });

  for (const theme of ['light', 'dark'] as const) {
    it(`lists, unticks, changes a person and submits (${theme})`, async () => {
      const { page, errors } = await openPage(browser, script, { theme, width: 960, height: 860 });
      const rows = page.locator('.touchpoints-adopt-row');
      await rows.first().waitFor();
      expect(await page.locator('.touchpoints-adopt-path').allTextContents()).toEqual([
        '1-1s/2026-01-12 - Alex Rivera.md',
        '1-1s/alex-rivera/2026-01-05.md',
        'Daily/2026-01-05.md',
        'Meetings/2026-01-19 Weekly.md',
        'Meetings/2026-02-02 Career chat - Jo Park.md',
      ]);
      const boxes = page.locator('.touchpoints-adopt-row input[type=checkbox]');
      expect(
        await boxes.evaluateAll((els) => els.map((e) => (e as HTMLInputElement).checked)),
      ).toEqual([true, true, false, true, false]);
      const submit = page.locator('button.touchpoints-adopt-submit');
      expect(await submit.textContent()).toBe('Adopt 3 notes');
      // The career note's file name gives "Career chat - Jo Park": type the right name.
      const jo = rows.nth(4);
      await jo.locator('.touchpoints-adopt-person').fill('Jo Park');
      await jo.locator('.touchpoints-adopt-person').dispatchEvent('change');
      expect(await jo.locator('.touchpoints-adopt-new').textContent()).toBe(
        'New person note: One-on-ones/Jo Park/Jo Park.md',
      );
      expect(await jo.locator('td').nth(4).textContent()).toBe('career');
      expect(await submit.textContent()).toBe('Adopt 4 notes');
      await boxes.nth(0).uncheck();
      expect(await submit.textContent()).toBe('Adopt 3 notes');
      await page.locator('.touchpoints-adopt-skipped summary').click();
      expect(await page.locator('.touchpoints-adopt-skipped li').allTextContents()).toEqual([
        'Ideas.md: no date: no "date" property and no yyyy-MM-dd in the name',
        'Meetings/2026-01-20 Team.md: a group meeting: "people" lists 2 people',
      ]);
      await screenshot(page, `adopt-modal-${theme}`);
      await submit.click();
      const submitted = await page.evaluate(
        () =>
          (window as unknown as { submitted: Array<Array<{ path: string; person: string }>> })
            .submitted,
      );
      expect(submitted.map((batch) => batch.map((n) => [n.path, n.person]))).toEqual([
        [
          ['1-1s/alex-rivera/2026-01-05.md', 'Alex Rivera'],
          ['Meetings/2026-01-19 Weekly.md', 'Priya Shah'],
          ['Meetings/2026-02-02 Career chat - Jo Park.md', 'Jo Park'],
        ],
      ]);
      expect(errors).toEqual([]);
      await page.context().close();
    });
  }
});
