import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { bundlePage, launch, openPage, screenshot } from '../../helpers/browser';
import type { EmailOutput } from '../../../src/core/email/render-email';

interface PageState {
  email: EmailOutput;
  notices: string[];
  opened: string[];
  formats: string[];
  toHtml: (md: string) => string;
  toText: (md: string) => string;
}

const state = (
  page: Page,
): Promise<{ email: EmailOutput; notices: string[]; opened: string[]; formats: string[] }> =>
  page.evaluate(() => {
    const w = window as unknown as PageState;
    return {
      email: w.email,
      notices: [...w.notices],
      opened: [...w.opened],
      formats: [...w.formats],
    };
  });

/** Both types the clipboard holds, read back in the page. */
const clipboard = (page: Page): Promise<Record<string, string>> =>
  page.evaluate(async () => {
    const out: Record<string, string> = {};
    for (const item of await navigator.clipboard.read()) {
      for (const type of item.types) out[type] = await (await item.getType(type)).text();
    }
    return out;
  });

/** The lightness (0 to 1) of a computed `rgb(...)` colour. */
function lightness(rgb: string): number {
  const [r, g, b] = (rgb.match(/[\d.]+/g) ?? []).map(Number);
  return (Math.max(r!, g!, b!) + Math.min(r!, g!, b!)) / 2 / 255;
}

describe('recap preview in Chromium', () => {
  let browser: Browser;
  let script: string;
  beforeAll(async () => {
    browser = await launch();
    script = await bundlePage('tests/helpers/pages/recap.ts');
  });
  afterAll(async () => {
    await browser?.close();
  });

  for (const theme of ['light', 'dark'] as const) {
    it(`is laid out as Obsidian lays out a dialog, with the theme's buttons (${theme})`, async () => {
      const { page, errors } = await openPage(browser, script, { theme, width: 720, height: 1100 });
      const box = await page.evaluate(() => {
        const { modal } = window as unknown as {
          modal: { modalEl: HTMLElement; titleEl: HTMLElement; contentEl: HTMLElement };
        };
        const rect = (el: Element | null): { top: number; bottom: number; left: number } => {
          const r = el!.getBoundingClientRect();
          return { top: r.top, bottom: r.bottom, left: r.left };
        };
        const $ = (cls: string): Element | null => modal.contentEl.querySelector(cls);
        return {
          modal: rect(modal.modalEl),
          title: rect(modal.titleEl),
          field: rect($('.touchpoints-recap-field')),
          preview: rect($('.touchpoints-recap-preview')),
          buttons: rect($('.touchpoints-recap-buttons')),
        };
      });
      // The title heads the dialog, above the first field; the buttons close it.
      expect(box.title.bottom).toBeLessThanOrEqual(box.field.top);
      expect(box.title.top - box.modal.top).toBeLessThan(40);
      expect(box.buttons.top).toBeGreaterThanOrEqual(box.preview.bottom);
      expect(box.buttons.bottom).toBeLessThanOrEqual(box.modal.bottom);
      // A panel over the page, not the page itself.
      expect(box.modal.left).toBeGreaterThan(0);
      const background = (selector: string): Promise<string> =>
        page.locator(selector).evaluate((e) => getComputedStyle(e).backgroundColor);
      const [cta, plain] = await Promise.all([
        background('button.touchpoints-recap-copy'),
        background('button.touchpoints-recap-mail'),
      ]);
      // The main action in the accent colour; the other button in the theme's own.
      expect(cta).not.toBe(plain);
      const light = lightness(plain);
      if (theme === 'dark') expect(light).toBeLessThan(0.4);
      else expect(light).toBeGreaterThan(0.8);
      expect(errors).toEqual([]);
      await page.context().close();
    });

    it(`shows the email, copies rich text with both types, and opens the mail app (${theme})`, async () => {
      const { page, errors } = await openPage(browser, script, {
        theme,
        width: 720,
        height: 1100,
        clipboard: true,
      });
      const { email } = await state(page);
      expect(await page.locator('input.touchpoints-recap-to').inputValue()).toBe(
        'josé.müller@example.com',
      );
      expect(await page.locator('input.touchpoints-recap-subject').inputValue()).toBe(
        '1:1 recap: José Müller, Nov 10, 2026',
      );
      expect(await page.locator('select.touchpoints-recap-format').inputValue()).toBe('rich');
      expect(
        await page.locator('select.touchpoints-recap-format option').allTextContents(),
      ).toEqual(['Plain text', 'Markdown', 'Rich text']);
      const body = page.locator('textarea.touchpoints-recap-body');
      expect(await body.inputValue()).toBe(email.markdown);
      const preview = page.locator('.touchpoints-recap-preview');
      expect(await preview.locator('h3').allTextContents()).toEqual([
        'Highlights',
        'My action items',
        "José's action items",
      ]);
      expect(await preview.locator('strong').first().textContent()).toBe('5 tenants');
      expect(await preview.locator('a').getAttribute('href')).toBe('https://example.com/d?a=1&b=2');
      expect(await preview.locator('ul ul li').textContent()).toBe(
        'Collect asks (done Friday, Nov 6)',
      );
      expect(await page.locator('.touchpoints-recap').textContent()).not.toContain('Ask HR');
      await screenshot(page, `recap-modal-${theme}`);

      // Rich copy: HTML and plain text together.
      await page.locator('button.touchpoints-recap-copy').click();
      await expect.poll(async () => (await state(page)).notices.length).toBe(1);
      const rich = await clipboard(page);
      expect(Object.keys(rich).sort()).toEqual(['text/html', 'text/plain']);
      // Chromium sanitises the HTML it is given: compare what both mean, as a mail app reads them.
      const [got, want] = await page.evaluate(
        ([a, b]) =>
          [a, b].map((h) => new DOMParser().parseFromString(h!, 'text/html').body.innerHTML.trim()),
        [rich['text/html']!, email.html],
      );
      expect(got).toBe(want);
      expect(rich['text/plain']).toBe(email.text);
      expect((await state(page)).notices[0]).toMatch(/^Copied the recap as rich text/);

      // Edits to the Markdown show in the preview and in what is copied.
      await body.fill(`${email.markdown}\n- **Added** by hand\n`);
      expect(await preview.locator('strong', { hasText: 'Added' }).count()).toBe(1);
      await page.locator('button.touchpoints-recap-copy').click();
      await expect.poll(async () => (await state(page)).notices.length).toBe(2);
      expect((await clipboard(page))['text/html']).toContain(
        '<li><strong>Added</strong> by hand</li>',
      );

      // Plain text: the text form, editable on its own.
      await page.locator('select.touchpoints-recap-format').selectOption('text');
      expect(await preview.isVisible()).toBe(false);
      const text = await body.inputValue();
      expect(text).toMatch(/^Hi José,\n\nThanks for the 1:1 on Tuesday, Nov 10\./);
      expect(text).toContain('- Added by hand');
      await body.fill(`${text}P.S. Café & crème\n`);
      await page.locator('button.touchpoints-recap-copy').click();
      await expect.poll(async () => (await state(page)).notices.length).toBe(3);
      expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
        `${text}P.S. Café & crème\n`,
      );
      expect((await state(page)).notices[2]).toBe('Copied the recap as plain text.');

      // Open in mail app: subject and plain body, encoded, CRLF line breaks.
      await page.locator('button.touchpoints-recap-mail').click();
      await expect.poll(async () => (await state(page)).opened.length).toBe(1);
      const url = (await state(page)).opened[0]!;
      expect(
        url.startsWith(
          'mailto:jos%C3%A9.m%C3%BCller@example.com?subject=1%3A1%20recap%3A%20Jos%C3%A9%20M%C3%BCller%2C%20Nov%2010%2C%202026&body=',
        ),
      ).toBe(true);
      const params = new URLSearchParams(url.slice(url.indexOf('?') + 1).replace(/\+/g, '%2B'));
      expect(params.get('body')).toBe(`${text}P.S. Café & crème\n`.replace(/\n/g, '\r\n'));

      // Markdown: copied as written.
      await page.locator('select.touchpoints-recap-format').selectOption('markdown');
      expect(await body.inputValue()).toContain('- **Added** by hand');
      await page.locator('button.touchpoints-recap-copy').click();
      await expect.poll(async () => (await state(page)).notices.length).toBe(4);
      expect(await page.evaluate(() => navigator.clipboard.readText())).toContain(
        '- **Added** by hand',
      );
      expect((await state(page)).formats).toEqual(['text', 'markdown']);

      // Too long for a mail link: the link has no body, the body is on the clipboard.
      const long = `${email.markdown}\n${'- A long line of notes that goes on and on\n'.repeat(60)}`;
      await body.fill(long);
      await page.locator('button.touchpoints-recap-mail').click();
      await expect.poll(async () => (await state(page)).opened.length).toBe(2);
      expect((await state(page)).opened[1]).toBe(
        'mailto:jos%C3%A9.m%C3%BCller@example.com?subject=1%3A1%20recap%3A%20Jos%C3%A9%20M%C3%BCller%2C%20Nov%2010%2C%202026',
      );
      expect((await state(page)).notices[4]).toMatch(/too long for a mail link/);
      const copied = await page.evaluate(() => navigator.clipboard.readText());
      expect(copied).toBe(
        await page.evaluate((md) => (window as unknown as PageState).toText(md), long),
      );

      expect(errors).toEqual([]);
      await page.context().close();
    });
  }
});
