/**
 * The real 1:1 sidebar view in headless Chromium, 280 px wide, light and dark, over
 * the example vault (today 2026-11-22): the compact list and its order, the rows opened
 * into cards (chips, timeline, goals), the problems list, live updates, keyboard use,
 * and the empty state. The list's filter, keyboard and fit: sidebar-compact.browser.test.ts.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { bundlePage, launch, openPage, screenshot } from '../../helpers/browser';
import { EXAMPLE_VAULT, filesFrom } from '../../helpers/vault-files';

const WIDTH = 280;

interface PageApi {
  opened: Promise<void>;
  calls: unknown[][];
  change(path: string, edit: (text: string) => string): Promise<void>;
  renders(): number;
  hide(): void;
  show(): void;
  exists(path: string): boolean;
}
declare const tp: PageApi;

async function ready(page: Page): Promise<void> {
  await page.evaluate(() => tp.opened);
}

const texts = (page: Page, selector: string): Promise<string[]> =>
  page.locator(selector).allTextContents();
/** Open every row into its card, top to bottom, with a click on its head. */
async function openAll(page: Page): Promise<void> {
  const heads = page.locator('.touchpoints-row-head[aria-expanded="false"]');
  while ((await heads.count()) > 0) await heads.first().click();
}
const cardOf = (page: Page, name: string) =>
  page
    .locator('.touchpoints-row', {
      has: page.locator('.touchpoints-row-name', { hasText: name }),
    })
    .locator('.touchpoints-card');

describe('the 1:1 sidebar in Chromium', () => {
  let browser: Browser;
  let bundle: string;
  let withVault: string;
  beforeAll(async () => {
    browser = await launch();
    bundle = await bundlePage('tests/helpers/pages/sidebar.ts');
    withVault = `window.TOUCHPOINTS_VAULT = ${JSON.stringify(filesFrom(EXAMPLE_VAULT))};\n${bundle}`;
  });
  afterAll(async () => {
    await browser?.close();
  });

  for (const theme of ['light', 'dark'] as const) {
    it(`shows every person most urgent first, as rows that open into cards with chips, timeline, goals and problems (${theme})`, async () => {
      const { page, errors } = await openPage(browser, withVault, {
        theme,
        width: WIDTH,
        height: 900,
      });
      await ready(page);
      // The compact list: a row per person, no card open.
      expect(await texts(page, '.touchpoints-row-name')).toEqual([
        'Sam Lee',
        'Marcus Chen',
        'Priya Shah',
        'Jo: Ops/Infra',
        'Dana Okafor',
      ]);
      expect(await page.locator('.touchpoints-card').count()).toBe(0);
      expect(
        await page
          .locator('.touchpoints-row')
          .evaluateAll((els: Element[]) => els.map((e) => e.getAttribute('class'))),
      ).toEqual([
        'touchpoints-row is-overdue',
        'touchpoints-row is-overdue',
        'touchpoints-row is-due',
        'touchpoints-row is-ok',
        'touchpoints-row is-ok',
      ]);
      expect(await texts(page, '.touchpoints-row-head')).toEqual([
        'Sam Lee10 days overdueCareer38 days overdueNext: Sun, Nov 22 · not prepared yet',
        'Marcus Chen23 days overdueCareerNone held yetNext: Sun, Nov 22 · not prepared yet',
        'Priya ShahDue in 2 daysCareerDue, 2 days leftNext: Tue, Nov 24 · not prepared yet',
        'Jo: Ops/InfraDue in 5 daysCareerNone held yetNext: Fri, Nov 27 · agenda: 3 items',
        'Dana OkaforDue in 9 daysCareerNone held yetNext: Tue, Dec 1 · not prepared yet',
      ]);
      await screenshot(page, `sidebar-${theme}`);
      // One row open: Priya's card under her row.
      await page.locator('.touchpoints-row-head', { hasText: 'Priya Shah' }).click();
      await cardOf(page, 'Priya Shah').locator('svg.touchpoints-timeline').waitFor();
      // The chevron turns in 100 ms: let it finish, so the picture is the same every run.
      await page.waitForTimeout(250);
      await screenshot(page, `sidebar-expanded-${theme}`);
      await openAll(page);
      expect(await texts(page, '.touchpoints-row.is-open .touchpoints-row-name')).toEqual([
        'Sam Lee',
        'Marcus Chen',
        'Priya Shah',
        'Jo: Ops/Infra',
        'Dana Okafor',
      ]);
      expect(await texts(page, '.touchpoints-summary')).toEqual([
        '2 overdue · 1 due soon · 1 career conversation due · 1 career conversation overdue',
      ]);
      expect(await texts(page, '.touchpoints-clock-regular .touchpoints-chip')).toEqual([
        '10 days overdue',
        '23 days overdue',
        'Due in 2 days',
        'Due in 5 days',
        'Due in 9 days',
      ]);
      expect(await texts(page, '.touchpoints-clock-career .touchpoints-chip')).toEqual([
        '38 days overdue',
        'None held yet',
        'Due, 2 days left',
        'None held yet',
        'None held yet',
      ]);
      expect(
        await page
          .locator('.touchpoints-card')
          .evaluateAll((els: Element[]) => els.map((e) => e.getAttribute('class'))),
      ).toEqual([
        'touchpoints-card is-overdue',
        'touchpoints-card is-overdue',
        'touchpoints-card is-due',
        'touchpoints-card is-ok',
        'touchpoints-card is-ok',
      ]);
      expect(await texts(page, '.touchpoints-card-relationship')).toEqual([
        'Report',
        'Skip-level',
        'Manager',
        'Report',
        'Mentor',
      ]);
      expect(
        await cardOf(page, 'Jo: Ops/Infra').locator('.touchpoints-clock-scheduled').textContent(),
      ).toBe('Scheduled Nov 27, 2026');
      // The next meeting: the overdue today, Priya's due date, Jo's note with its agenda.
      expect(await texts(page, '.touchpoints-next-meeting-text')).toEqual([
        'Next: Sun, Nov 22 · not prepared yet',
        'Next: Sun, Nov 22 · not prepared yet',
        'Next: Tue, Nov 24 · not prepared yet',
        'Next: Fri, Nov 27 · agenda: 3 items',
        'Next: Tue, Dec 1 · not prepared yet',
      ]);
      expect(await page.locator('.touchpoints-next-meeting.is-unprepared').count()).toBe(4);
      await cardOf(page, 'Priya Shah').locator('button.touchpoints-prepare').click();
      expect(await page.evaluate(() => tp.calls.filter((c) => c[0] === 'prepare'))).toEqual([
        ['prepare', 'People/Priya Shah.md'],
      ]);
      expect(
        await cardOf(page, 'Priya Shah')
          .locator('.touchpoints-clock-career .touchpoints-clock-dates')
          .textContent(),
      ).toMatch(/^Last Oct 13, 2026 · window Nov 17\s–\s24, 2026$/);

      // The timeline: one strip per card; Sam's career conversation is a diamond and
      // his overdue gap is highlighted; Priya's cancelled meeting is hollow.
      expect(await page.locator('svg.touchpoints-timeline').count()).toBe(5);
      const sam = cardOf(page, 'Sam Lee');
      expect(await sam.locator('path.touchpoints-timeline-point.is-career').count()).toBe(1);
      expect(await sam.locator('.touchpoints-timeline-point.is-held').count()).toBe(11);
      expect(await sam.locator('.touchpoints-timeline-gap').count()).toBe(1);
      // A tick every 7 days from his first 1:1 (2026-08-20) to the due date (2026-11-12).
      // (One path, a segment per tick.)
      const ticks = (await sam.locator('path.touchpoints-timeline-ticks').getAttribute('d')) ?? '';
      expect(ticks.match(/M/g)?.length).toBe(13);
      const priya = cardOf(page, 'Priya Shah');
      expect(await priya.locator('.touchpoints-timeline-point.is-cancelled').count()).toBe(1);
      expect(await priya.locator('.touchpoints-timeline-gap').count()).toBe(0);
      expect(
        await priya
          .locator('.touchpoints-timeline-point.is-cancelled')
          .evaluate((e) => getComputedStyle(e).fill),
      ).not.toBe(
        await priya
          .locator('.touchpoints-timeline-point.is-held')
          .first()
          .evaluate((e) => getComputedStyle(e).fill),
      );

      // Goals, progress, hints, topics, open items.
      expect(
        await priya
          .locator('.touchpoints-progress')
          .evaluateAll((els: Element[]) => els.map((e) => e.getAttribute('aria-valuenow'))),
      ).toEqual(['40', '50', '100', '0']);
      expect(await texts(page, '.touchpoints-goal-hint')).toEqual([
        'Past its target date',
        'No target date',
      ]);
      expect(await cardOf(page, 'Marcus Chen').locator('.touchpoints-topics').textContent()).toBe(
        '3 topics queued for next time',
      );
      expect(await priya.locator('.touchpoints-disclosure').textContent()).toBe(
        '7 open action items',
      );

      // The problems list names the broken note and everything that is wrong (issue 15.2).
      expect(await texts(page, '.touchpoints-problem-path')).toEqual([
        'One-on-ones/Broken/2026-10-01 Untitled.md',
      ]);
      expect(await texts(page, '.touchpoints-problem-message')).toEqual([
        'no person: add a "person" property that links to the person note; date "2026-13-45" is not a yyyy-MM-dd date',
      ]);

      // 280 px: nothing sticks out, and the chips are coloured by status.
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
        WIDTH,
      );
      const colour = (sel: string): Promise<string> =>
        page
          .locator(sel)
          .first()
          .evaluate((e) => getComputedStyle(e).color);
      const [overdue, due, ok] = await Promise.all([
        colour('.touchpoints-chip.is-overdue'),
        colour('.touchpoints-chip.is-due'),
        colour('.touchpoints-chip.is-ok'),
      ]);
      expect(new Set([overdue, due, ok]).size).toBe(3);
      expect(errors).toEqual([]);
      await page.context().close();
    });
  }

  it('updates live when a note changes, only while visible, and works with the keyboard', async () => {
    const { page, errors } = await openPage(browser, withVault, {
      theme: 'light',
      width: WIDTH,
      height: 900,
    });
    await ready(page);
    await openAll(page);
    // Sam met on 2026-11-20: his 1:1 is no longer overdue; his career conversation still
    // is, so he stays first.
    await page.evaluate(() =>
      tp.change('One-on-ones/Sam Lee/2026-11-05 Sam Lee.md', (t) =>
        t.replace('date: 2026-11-05', 'date: 2026-11-20'),
      ),
    );
    await cardOf(page, 'Sam Lee')
      .locator('.touchpoints-clock-regular .touchpoints-chip', { hasText: 'Due in 5 days' })
      .waitFor();
    expect(await texts(page, '.touchpoints-row.is-open .touchpoints-row-name')).toEqual([
      'Sam Lee',
      'Marcus Chen',
      'Priya Shah',
      'Jo: Ops/Infra',
      'Dana Okafor',
    ]);

    // Hidden: a change is not rendered until the view is shown again.
    await page.evaluate(() => tp.hide());
    const renders = await page.evaluate(() => tp.renders());
    await page.evaluate(() =>
      tp.change('One-on-ones/Marcus Chen/2026-09-30 Marcus Chen.md', (t) =>
        t.replace('date: 2026-09-30', 'date: 2026-11-21'),
      ),
    );
    await page.waitForTimeout(400);
    expect(await page.evaluate(() => tp.renders())).toBe(renders);
    // Shown again: one render at once (the open items of Marcus's card, read after it,
    // bring one more when they are in).
    expect(
      await page.evaluate(() => {
        tp.show();
        return tp.renders();
      }),
    ).toBe(renders + 1);
    // Marcus met yesterday: on track for 29 days, he moves to the end.
    expect(await texts(page, '.touchpoints-row.is-open .touchpoints-row-name')).toEqual([
      'Sam Lee',
      'Priya Shah',
      'Jo: Ops/Infra',
      'Dana Okafor',
      'Marcus Chen',
    ]);

    // Keyboard: Enter on Priya's open items expands them and keeps the focus there.
    const toggle = cardOf(page, 'Priya Shah').locator('.touchpoints-disclosure');
    await toggle.focus();
    await page.keyboard.press('Enter');
    await cardOf(page, 'Priya Shah').locator('.touchpoints-open-text').first().waitFor();
    expect(await cardOf(page, 'Priya Shah').locator('.touchpoints-open-text').count()).toBe(7);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-expanded'))).toBe(
      'true',
    );
    // Tab to the first item and press Enter: it opens its note at its line.
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    const open = (await page.evaluate(() => tp.calls)).find((c) => c[0] === 'open')!;
    expect(open[1]).toBe('One-on-ones/Priya Shah/2026-11-10 Priya Shah.md');
    expect(typeof open[2]).toBe('number');

    // "Next 1:1" creates Priya's note through the real service; the card follows.
    await cardOf(page, 'Priya Shah').getByRole('button', { name: 'Next 1:1' }).click();
    await page.waitForFunction(() => tp.exists('One-on-ones/Priya Shah/2026-11-22 Priya Shah.md'));
    await cardOf(page, 'Priya Shah')
      .locator('.touchpoints-clock-regular .touchpoints-chip', { hasText: 'Due in 14 days' })
      .waitFor();
    expect(await page.evaluate(() => tp.calls.filter((c) => c[0] === 'create'))).toEqual([
      ['create', 'People/Priya Shah.md', 'regular'],
    ]);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  for (const theme of ['light', 'dark'] as const) {
    it(`shows how to start in an empty vault (${theme})`, async () => {
      const { page, errors } = await openPage(browser, bundle, {
        theme,
        width: WIDTH,
        height: 400,
      });
      await ready(page);
      expect(await page.locator('.touchpoints-card').count()).toBe(0);
      expect(await page.locator('.touchpoints-empty-title').textContent()).toBe('No 1:1 notes yet');
      const button = page.getByRole('button', { name: 'Create first 1:1' });
      await screenshot(page, `sidebar-empty-${theme}`);
      await button.click();
      expect(await page.evaluate(() => tp.calls)).toEqual([['createFirst']]);
      expect(errors).toEqual([]);
      await page.context().close();
    });
  }
});
