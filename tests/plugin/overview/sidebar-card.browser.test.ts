/**
 * A person's card in headless Chromium: timeline markers that never overlap at 280 px
 * (measured), Obsidian's classes on the buttons, and at 360 px on a phone
 * (`body.is-mobile.is-phone`) every control at least 40 px high and none cut off.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { bundlePage, launch, openPage } from '../../helpers/browser';
import { EXAMPLE_VAULT, filesFrom } from '../../helpers/vault-files';
import { oneOnOne, personNote } from '../../helpers/builders';
import { addDays } from '../../../src/core/shared/dates';

interface PageApi {
  opened: Promise<void>;
  openAll(): number;
}
declare const tp: PageApi;

/**
 * The example vault and a person met every two or three days for 26 weeks, some of
 * those cancelled or rescheduled and two on the same day: far more meetings than the
 * strip can show one by one.
 */
function denseVault(): Record<string, string> {
  const files = filesFrom(EXAMPLE_VAULT);
  files['People/Dee Dense.md'] = personNote({ relationship: 'report', cadence: 3 });
  const statuses = ['held', 'held', 'cancelled', 'held', 'rescheduled'];
  for (let day = 0, i = 0; day < 182; day += i % 2 ? 2 : 3, i++) {
    const date = addDays('2026-05-25', day);
    files[`One-on-ones/Dee Dense/${date} Dee Dense.md`] = oneOnOne({
      person: 'Dee Dense',
      date,
      kind: i % 9 === 0 ? 'career' : 'regular',
      status: statuses[i % statuses.length],
    });
  }
  files['One-on-ones/Dee Dense/2026-11-20 Dee Dense career.md'] = oneOnOne({
    person: 'Dee Dense',
    date: '2026-11-20',
    kind: 'career',
  });
  return files;
}

const withVault = (bundle: string, files: Record<string, string>): string =>
  `window.TOUCHPOINTS_VAULT = ${JSON.stringify(files)};\n${bundle}`;

/** Open every row of the compact list and wait until the page's cards are all drawn. */
async function allDrawn(page: Page, cards: number): Promise<void> {
  await page.evaluate(() => tp.opened);
  await page.waitForFunction(
    (n) => document.querySelectorAll('.touchpoints-row').length === n,
    cards,
  );
  await page.evaluate(() => tp.openAll());
  await page.waitForFunction(
    (n) => document.querySelectorAll('.touchpoints-card').length === n,
    cards,
  );
}

describe("a person's card in Chromium", () => {
  let browser: Browser;
  let bundle: string;
  beforeAll(async () => {
    browser = await launch();
    bundle = await bundlePage('tests/helpers/pages/sidebar.ts');
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('draws no two timeline markers over each other at 280 px, and gives each a title', async () => {
    const { page, errors } = await openPage(browser, withVault(bundle, denseVault()), {
      theme: 'light',
      width: 280,
      height: 4000,
    });
    await allDrawn(page, 6);
    const overlaps = await page.locator('.touchpoints-card').evaluateAll((cards: Element[]) =>
      cards.flatMap((card) => {
        const name = card.getAttribute('data-person') ?? '';
        const boxes = [...card.querySelectorAll('.touchpoints-timeline-point')].map((m) =>
          m.getBoundingClientRect(),
        );
        const found: string[] = [];
        for (let i = 0; i < boxes.length; i++)
          for (let j = i + 1; j < boxes.length; j++) {
            const [a, b] = [boxes[i]!, boxes[j]!];
            if (a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom)
              found.push(`${name}: markers ${i} and ${j}`);
          }
        return found;
      }),
    );
    expect(overlaps).toEqual([]);
    // Dee's strip is too full to show every meeting apart: some markers carry a count.
    const dee = page
      .locator('.touchpoints-row', { hasText: 'Dee Dense' })
      .locator('.touchpoints-card');
    expect(await dee.locator('.touchpoints-timeline-count').count()).toBeGreaterThan(0);
    // Dana's rescheduled 1:1 of Aug 11 and the one held three days later: both shown.
    const dana = page
      .locator('.touchpoints-row', { hasText: 'Dana Okafor' })
      .locator('.touchpoints-card');
    expect(
      await dana.locator('.touchpoints-timeline-point.is-rescheduled title').textContent(),
    ).toBe('Aug 11, 2026: Rescheduled');
    const titles = await page
      .locator('.touchpoints-timeline-point')
      .evaluateAll((els: Element[]) => els.map((e) => e.querySelector('title')?.textContent ?? ''));
    for (const title of titles)
      expect(title).toMatch(
        /^[A-Z][a-z]{2} \d+, \d{4}: (1:1 held|Career conversation|Cancelled|Rescheduled)(\n|$)/,
      );
    expect(errors).toEqual([]);
    await page.context().close();
  });

  for (const theme of ['light', 'dark'] as const) {
    it(`gives the buttons Obsidian's classes and icons (${theme})`, async () => {
      const { page, errors } = await openPage(
        browser,
        withVault(bundle, filesFrom(EXAMPLE_VAULT)),
        {
          theme,
          width: 280,
          height: 4000,
        },
      );
      await allDrawn(page, 5);
      const controls = await page
        .locator('.touchpoints-card-actions')
        .evaluateAll((bars: Element[]) =>
          bars.map((bar) =>
            [...bar.querySelectorAll('button')].map((b) => ({
              cls: b.className,
              label: b.getAttribute('aria-label') ?? b.textContent,
              icon: b.querySelector('svg') !== null,
            })),
          ),
        );
      expect(controls).toHaveLength(5);
      for (const bar of controls) {
        expect(bar.map((b) => b.cls)).toEqual(['mod-cta', 'clickable-icon', 'clickable-icon']);
        expect(bar[0]!.label).toBe('Next 1:1');
        expect(
          bar.slice(1).every((b) => b.icon && /^(New career|More actions)/.test(b.label)),
        ).toBe(true);
      }
      expect(errors).toEqual([]);
      await page.context().close();
    });
  }

  it('on a phone at 360 px, makes every control of a card 40 px high and cuts none off', async () => {
    const { page, errors } = await openPage(browser, withVault(bundle, filesFrom(EXAMPLE_VAULT)), {
      theme: 'light',
      width: 360,
      height: 6000,
    });
    await page.evaluate(() => document.body.addClass('is-mobile', 'is-phone'));
    await allDrawn(page, 5);
    // The open items expanded too: their links are controls as well.
    for (const toggle of await page.locator('.touchpoints-disclosure').all()) await toggle.click();
    await page.locator('.touchpoints-open-text').first().waitFor();
    const small = await page.locator('.touchpoints-card').evaluateAll((cards: Element[]) =>
      cards.flatMap((card) => {
        const edge = card.getBoundingClientRect();
        return [
          ...card.querySelectorAll<HTMLElement>('button, a, [role="button"], .clickable-icon'),
        ]
          .map((el) => ({ el, box: el.getBoundingClientRect() }))
          .filter(
            ({ box }) =>
              box.height < 40 || box.left < edge.left - 0.5 || box.right > edge.right + 0.5,
          )
          .map(
            ({ el, box }) =>
              `${el.getAttribute('aria-label') ?? el.textContent}: ${box.width}x${box.height}`,
          );
      }),
    );
    expect(small).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      360,
    );
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
