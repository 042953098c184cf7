/**
 * The sidebar's compact list in Chromium (issue 17): ten people fit in one screen of a
 * 900 px sidebar 280 px wide with readable text; the summary filters the list; the
 * keyboard moves between rows and opens and closes them; a row left open stays open
 * across a redraw, reopening the view and renaming the person note (and its expanded
 * open items stay expanded), in the leaf's state and in data.json; rows and filters
 * are at least 40 px high on touch.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { bundlePage, launch, openPage } from '../../helpers/browser';
import { EXAMPLE_VAULT, filesFrom } from '../../helpers/vault-files';
import { generateVault, noteText } from '../../bench/vault-gen';

interface PageApi {
  opened: Promise<void>;
  change(path: string, edit: (text: string) => string): Promise<void>;
  openRows(): unknown;
  leafState(): unknown;
  reopen(): Promise<void>;
  rename(path: string, to: string): Promise<void>;
}
declare const tp: PageApi;

const WIDTH = 280;
const HEIGHT = 900;
const PRIYA = 'People/Priya Shah.md';

const texts = (page: Page, selector: string): Promise<string[]> =>
  page.locator(selector).allTextContents();
/** The rows shown (a filter hides the others). */
const shownNames = (page: Page): Promise<string[]> =>
  page.locator('.touchpoints-row:visible .touchpoints-row-name').allTextContents();
const head = (page: Page, name: string) =>
  page.locator('.touchpoints-row-head', { has: page.getByText(name, { exact: true }) });
/** What the focused element is: its `data-focus` (a row's is "<person key>\nrow"). */
const focused = (page: Page): Promise<string | null> =>
  page.evaluate(() => document.activeElement?.getAttribute('data-focus') ?? null);

describe('the compact list in Chromium', () => {
  let browser: Browser;
  let bundle: string;
  let example: string;
  beforeAll(async () => {
    browser = await launch();
    bundle = await bundlePage('tests/helpers/pages/sidebar.ts');
    example = `window.TOUCHPOINTS_VAULT = ${JSON.stringify(filesFrom(EXAMPLE_VAULT))};\n${bundle}`;
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('fits ten people in one screen of a 900 px sidebar, 280 px wide, text 12 px or more', async () => {
    const gen = generateVault({ meetings: 120, people: 10, others: 0 });
    const files: Record<string, string> = {};
    for (const note of gen.all) files[note.path] = noteText(note);
    const { page, errors } = await openPage(
      browser,
      `window.TOUCHPOINTS_VAULT = ${JSON.stringify(files)};\n${bundle}`,
      { theme: 'light', width: WIDTH, height: HEIGHT },
    );
    await page.evaluate(() => tp.opened);
    await page.waitForFunction(() => document.querySelectorAll('.touchpoints-row').length === 10);
    const boxes = await page
      .locator('.touchpoints-row')
      .evaluateAll((els: Element[]) =>
        els.map((e) => e.getBoundingClientRect().toJSON() as DOMRect),
      );
    expect(boxes).toHaveLength(10);
    for (const box of boxes) {
      expect(box.top).toBeGreaterThanOrEqual(0);
      expect(box.bottom).toBeLessThanOrEqual(HEIGHT);
      expect(box.right).toBeLessThanOrEqual(WIDTH);
    }
    const sizes = await page
      .locator('.touchpoints-row-head *')
      .evaluateAll((els: Element[]) =>
        els.filter((e) => e.textContent).map((e) => parseFloat(getComputedStyle(e).fontSize)),
      );
    expect(Math.min(...sizes)).toBeGreaterThanOrEqual(12);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      WIDTH,
    );
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('filters by a part of the summary, shows it pressed, and shows everyone again', async () => {
    const { page, errors } = await openPage(browser, example, {
      theme: 'light',
      width: WIDTH,
      height: HEIGHT,
    });
    await page.evaluate(() => tp.opened);
    const all = ['Sam Lee', 'Marcus Chen', 'Priya Shah', 'Jo: Ops/Infra', 'Dana Okafor'];
    expect(await shownNames(page)).toEqual(all);
    expect(await texts(page, 'button.touchpoints-filter')).toEqual([
      '2 overdue',
      '1 due soon',
      '1 career conversation due',
      '1 career conversation overdue',
    ]);
    const overdue = page.getByRole('button', { name: '2 overdue' });
    expect(await overdue.getAttribute('aria-pressed')).toBe('false');
    await overdue.click();
    expect(await shownNames(page)).toEqual(['Sam Lee', 'Marcus Chen']);
    expect(await page.getByRole('button', { name: '2 overdue' }).getAttribute('aria-pressed')).toBe(
      'true',
    );
    expect(await page.locator('.touchpoints-filter.is-active').count()).toBe(1);
    // Another part replaces it.
    await page.getByRole('button', { name: '1 career conversation due' }).click();
    expect(await shownNames(page)).toEqual(['Priya Shah']);
    await page.getByRole('button', { name: 'Show all' }).click();
    expect(await shownNames(page)).toEqual(all);
    expect(await page.locator('[aria-pressed="true"]').count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Show all' }).count()).toBe(0);
    // Pressing the active part again also shows everyone.
    await page.getByRole('button', { name: '1 due soon' }).click();
    expect(await shownNames(page)).toEqual(['Priya Shah']);
    await page.getByRole('button', { name: '1 due soon' }).click();
    expect(await shownNames(page)).toEqual(all);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('moves between rows with the arrow keys and opens and closes them with Enter and Space', async () => {
    const { page, errors } = await openPage(browser, example, {
      theme: 'light',
      width: WIDTH,
      height: HEIGHT,
    });
    await page.evaluate(() => tp.opened);
    // One row is in the Tab order: the first.
    expect(
      await page
        .locator('.touchpoints-row-head')
        .evaluateAll((els: Element[]) => els.map((e) => e.getAttribute('tabindex'))),
    ).toEqual(['0', '-1', '-1', '-1', '-1']);
    await head(page, 'Sam Lee').focus();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    expect(await focused(page)).toBe(`${PRIYA}\nrow`);
    expect(await head(page, 'Priya Shah').getAttribute('tabindex')).toBe('0');
    expect(await head(page, 'Sam Lee').getAttribute('tabindex')).toBe('-1');
    await page.keyboard.press('End');
    expect(await focused(page)).toBe('People/Dana Okafor.md\nrow');
    await page.keyboard.press('Home');
    expect(await focused(page)).toBe('People/Sam Lee.md\nrow');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');

    // Enter opens Priya's card under her row; the focus stays on the row.
    await page.keyboard.press('Enter');
    const card = page.locator(`.touchpoints-row[data-person="${PRIYA}"] .touchpoints-card`);
    await card.waitFor();
    expect(await head(page, 'Priya Shah').getAttribute('aria-expanded')).toBe('true');
    expect(await head(page, 'Priya Shah').getAttribute('aria-controls')).toBe(
      await card.getAttribute('id'),
    );
    expect(await focused(page)).toBe(`${PRIYA}\nrow`);
    // Tab goes into the card: its name links to the person note, then its buttons.
    await page.keyboard.press('Tab');
    expect(
      await page.evaluate(() => document.activeElement?.closest('.touchpoints-card') !== null),
    ).toBe(true);
    await card.getByRole('button', { name: 'Next 1:1' }).focus();
    await page.keyboard.press('Shift+Tab');
    expect(
      await page.evaluate(() => document.activeElement?.closest('.touchpoints-card') !== null),
    ).toBe(true);
    // Back on the row, Space closes it.
    await head(page, 'Priya Shah').focus();
    await page.keyboard.press(' ');
    await card.waitFor({ state: 'detached' });
    expect(await head(page, 'Priya Shah').getAttribute('aria-expanded')).toBe('false');
    expect(await focused(page)).toBe(`${PRIYA}\nrow`);
    // The arrow keys skip the rows a filter hides.
    await page.getByRole('button', { name: '2 overdue' }).click();
    await head(page, 'Sam Lee').focus();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    expect(await focused(page)).toBe('People/Marcus Chen.md\nrow');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('keeps a row open across a redraw, reopening the view and a rename of the person note', async () => {
    const { page, errors } = await openPage(browser, example, {
      theme: 'light',
      width: WIDTH,
      height: HEIGHT,
    });
    await page.evaluate(() => tp.opened);
    await head(page, 'Priya Shah').click();
    const card = (key: string) =>
      page.locator(`.touchpoints-row[data-person="${key}"] > .touchpoints-card`);
    await card(PRIYA).waitFor();
    expect(await page.evaluate(() => tp.openRows())).toEqual([PRIYA]);
    // A change to her note redraws her row and card: still open, the chip updated.
    await page.evaluate(() =>
      tp.change('One-on-ones/Priya Shah/2026-11-10 Priya Shah.md', (t) =>
        t.replace('date: 2026-11-10', 'date: 2026-11-21'),
      ),
    );
    await head(page, 'Priya Shah').getByText('Due in 13 days').waitFor();
    expect(await card(PRIYA).count()).toBe(1);
    expect(await head(page, 'Priya Shah').getAttribute('aria-expanded')).toBe('true');
    // Closing the view and opening it again.
    await page.evaluate(() => tp.reopen());
    await card(PRIYA).waitFor();
    expect(await page.locator('.touchpoints-card').count()).toBe(1);
    // The person note renamed: the row of the new path is open.
    await page.evaluate(() => tp.rename('People/Priya Shah.md', 'People/Priya S.md'));
    expect(await page.evaluate(() => tp.openRows())).toEqual(['People/Priya S.md']);
    expect(await page.evaluate(() => tp.leafState())).toEqual({ openRows: ['People/Priya S.md'] });
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('keeps a card and its expanded open items open when the person note moves', async () => {
    const { page, errors } = await openPage(browser, example, {
      theme: 'light',
      width: WIDTH,
      height: HEIGHT,
    });
    await page.evaluate(() => tp.opened);
    await head(page, 'Priya Shah').click();
    const card = (key: string) =>
      page.locator(`.touchpoints-row[data-person="${key}"] > .touchpoints-card`);
    await card(PRIYA).locator('.touchpoints-disclosure').click();
    await card(PRIYA).locator('.touchpoints-open-text').first().waitFor();
    // Moved into another folder: the links still find her, so her card is the same person.
    const MOVED = 'Team/Priya Shah.md';
    await page.evaluate((to) => tp.rename('People/Priya Shah.md', to), MOVED);
    await card(MOVED).locator('.touchpoints-open-text').first().waitFor({ timeout: 5000 });
    expect(await card(MOVED).locator('.touchpoints-open-text').count()).toBe(7);
    expect(await card(MOVED).locator('.touchpoints-disclosure').getAttribute('aria-expanded')).toBe(
      'true',
    );
    expect(await head(page, 'Priya Shah').getAttribute('aria-expanded')).toBe('true');
    expect(await page.evaluate(() => tp.leafState())).toEqual({ openRows: [MOVED] });
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('makes rows and filters at least 40 px high on touch', async () => {
    const { page, errors } = await openPage(browser, example, {
      theme: 'dark',
      width: 360,
      height: HEIGHT,
    });
    await page.evaluate(() => tp.opened);
    await page.evaluate(() => document.body.addClass('is-mobile', 'is-phone'));
    const heights = await page
      .locator('.touchpoints-row-head, .touchpoints-summary button')
      .evaluateAll((els: Element[]) => els.map((e) => e.getBoundingClientRect().height));
    expect(heights.length).toBe(9);
    expect(Math.min(...heights)).toBeGreaterThanOrEqual(40);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      360,
    );
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
