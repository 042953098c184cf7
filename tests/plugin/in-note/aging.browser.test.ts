import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { bundlePage, launch, openPage, screenshot } from '../../helpers/browser';

describe('aging badges in a real editor (Chromium)', () => {
  let browser: Browser;
  let script: string;
  beforeAll(async () => {
    browser = await launch();
    script = await bundlePage('tests/helpers/pages/aging.ts');
  });
  afterAll(async () => {
    await browser?.close();
  });

  for (const theme of ['light', 'dark'] as const) {
    it(`shows the age of carried items and drops one from the warning menu (${theme})`, async () => {
      const { page, errors } = await openPage(browser, script, { theme, width: 900, height: 420 });
      const badges = page.locator('.cm-content .touchpoints-age');
      await badges.first().waitFor();
      expect(await badges.locator('.touchpoints-age-count').allTextContents()).toEqual([
        '2nd meeting',
        '3rd meeting',
      ]);
      // Each badge sits at the end of its own task line.
      const lines = await page.locator('.cm-line:has(.touchpoints-age)').allTextContents();
      expect(lines[0]).toMatch(/^- \[ \] Q1 headcount.*➕ 2026-10-272nd meeting$/);
      expect(lines[1]).toMatch(
        /^- \[\/\] Draft the Q1 roadmap.*3rd meetingDo it, delegate it, or drop it$/,
      );
      const warning = page.locator('.touchpoints-age.is-warning');
      expect(await warning.count()).toBe(1);
      expect(await warning.getAttribute('aria-label')).toBe(
        'Raised Oct 13, 2026 · 3rd meeting. Do it, delegate it, or drop it.',
      );
      expect(await badges.first().getAttribute('role')).toBeNull();
      // The warning looks different from a plain badge.
      const [warnColor, plainColor] = await Promise.all([
        warning.evaluate((e) => getComputedStyle(e).color),
        badges.first().evaluate((e) => getComputedStyle(e).color),
      ]);
      expect(warnColor).not.toBe(plainColor);
      // Tasks' emoji in the note's own font: a colour glyph, not a box or a symbol.
      const glyph = await page
        .locator('.cm-line')
        .first()
        .evaluate((line) => {
          const family = getComputedStyle(line).fontFamily;
          const g = document
            .createElement('canvas')
            .getContext('2d', { willReadFrequently: true })!;
          g.canvas.width = g.canvas.height = 48;
          g.font = `32px ${family}`;
          g.textBaseline = 'top';
          g.fillStyle = '#808080';
          g.fillText('📅', 0, 0);
          const px = g.getImageData(0, 0, 48, 48).data;
          let coloured = 0;
          for (let i = 0; i < px.length; i += 4)
            if (
              px[i + 3]! > 128 &&
              Math.max(px[i]!, px[i + 1]!, px[i + 2]!) - Math.min(px[i]!, px[i + 1]!, px[i + 2]!) >
                60
            )
              coloured++;
          return {
            family,
            width: g.measureText('📅').width,
            tofu: g.measureText('\u{10FFFF}').width,
            coloured,
          };
        });
      expect(glyph.family).toContain('Noto Color Emoji');
      expect(glyph.width).toBeGreaterThan(0);
      expect(glyph.width).not.toBe(glyph.tofu);
      expect(glyph.coloured).toBeGreaterThan(50);
      await screenshot(page, `aging-badges-${theme}`);

      await warning.click();
      const items = page.locator('.menu .menu-item');
      expect(await items.allTextContents()).toEqual([
        'Do it, delegate it, or drop it',
        'Drop it',
        'Keep it',
        'Delegate it…',
      ]);
      // Drawn as Obsidian draws a menu: at the badge, an icon beside each action.
      const [menuBox, badgeBox] = [
        await page.locator('.menu').boundingBox(),
        await warning.boundingBox(),
      ];
      expect(Math.abs(menuBox!.y - (badgeBox!.y + badgeBox!.height / 2))).toBeLessThan(
        badgeBox!.height,
      );
      expect(await page.locator('.menu-item:not(.is-label) .menu-item-icon svg').count()).toBe(3);
      await screenshot(page, `aging-menu-${theme}`);
      await items.filter({ hasText: /^Drop it$/ }).click();
      const doc = await page.evaluate(() => (window as unknown as { doc: () => string }).doc());
      expect(doc).toContain('- [-] Draft the Q1 roadmap 📅 2026-12-05 ➕ 2026-10-13\n');
      expect(doc.replace('- [-] Draft', '- [/] Draft')).toContain('- [/] Draft the Q1 roadmap');
      expect(await page.locator('.touchpoints-age.is-warning').count()).toBe(0);
      expect(await badges.locator('.touchpoints-age-count').allTextContents()).toEqual([
        '2nd meeting',
      ]);
      expect(errors).toEqual([]);
      await page.context().close();
    });
  }
});
