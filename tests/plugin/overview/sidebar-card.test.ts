/**
 * A person's card on obsidian-test-mocks: readings that agree with each other (on time
 * counts the open overdue gap, one wording for "never", date ranges with the year
 * once) and Obsidian's own controls (the main action `mod-cta`, secondary actions as
 * icon buttons with an aria-label, the accomplishment export in the card's menu).
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Menu } from 'obsidian';
import { SidebarView, VIEW_TYPE_SIDEBAR } from '../../../src/plugin/overview/sidebar-view';
import {
  createHarness,
  EXAMPLE_VAULT,
  filesFrom,
  menuItems,
  openAllRows,
  openRegisteredView,
  type Harness,
} from '../../helpers/harness';

/** Shown when attached and neither it nor an ancestor is hidden with `display: none`. */
function shownByDisplay(el: HTMLElement): boolean {
  if (!el.isConnected || el.style.display === 'none') return false;
  return el.parentElement ? shownByDisplay(el.parentElement) : true;
}

/** Open the sidebar and every row of its compact list into its card. */
async function openSidebar(h: Harness): Promise<SidebarView> {
  expect(await h.run('open-sidebar')).toBe(true);
  const view = await openRegisteredView(h, VIEW_TYPE_SIDEBAR);
  expect(view).toBeInstanceOf(SidebarView);
  openAllRows(view!);
  return view as SidebarView;
}

const card = (view: SidebarView, name: string): HTMLElement =>
  [...view.contentEl.querySelectorAll<HTMLElement>('.touchpoints-card')].find(
    (c) => c.parentElement?.querySelector('.touchpoints-row-name')?.textContent === name,
  )!;
const text = (el: Element | null): string => el?.textContent ?? '';
const T = '\u2009';

describe("a person's card on the mocks", () => {
  let h: Harness;
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date(2026, 10, 22, 9, 30));
    // jsdom lays nothing out (`isShown` is always false): judge by display, so cards draw.
    vi.spyOn(HTMLElement.prototype, 'isShown').mockImplementation(function (this: HTMLElement) {
      return shownByDisplay(this);
    });
  });
  afterEach(() => {
    document.body.empty();
    vi.useRealTimers();
    vi.restoreAllMocks();
  });

  it('never says "overdue" and "100% on time" at once: the open gap is late', async () => {
    h = await createHarness(filesFrom(EXAMPLE_VAULT));
    const view = await openSidebar(h);
    const sam = card(view, 'Sam Lee');
    expect(text(sam.querySelector('.touchpoints-clock-regular .touchpoints-chip'))).toBe(
      '10 days overdue',
    );
    // Eleven on-time gaps between his twelve 1:1s, and the open one, late: 11 of 12.
    expect(text(sam.querySelector('.touchpoints-recent'))).toBe(
      'Last 180 days: 12 held · 92% on time',
    );
  });

  it('says "None held yet" once for a clock never started, and nothing else meaning the same', async () => {
    h = await createHarness(filesFrom(EXAMPLE_VAULT));
    const view = await openSidebar(h);
    const marcus = card(view, 'Marcus Chen');
    const career = marcus.querySelector('.touchpoints-clock-career')!;
    expect(text(career.querySelector('.touchpoints-chip'))).toBe('None held yet');
    expect(text(marcus).split('None held yet')).toHaveLength(2);
    expect(text(view.contentEl)).not.toMatch(/None yet|No 1:1 held yet/);
  });

  it('gives the year of the career window once', async () => {
    h = await createHarness(filesFrom(EXAMPLE_VAULT));
    const view = await openSidebar(h);
    expect(
      text(
        card(view, 'Priya Shah').querySelector(
          '.touchpoints-clock-career .touchpoints-clock-dates',
        ),
      ),
    ).toBe(`Last Oct 13, 2026 · window Nov 17${T}–${T}24, 2026`);
  });

  it('does not repeat the name its row shows: the header says who they are and links to their note', async () => {
    h = await createHarness(filesFrom(EXAMPLE_VAULT));
    const view = await openSidebar(h);
    const header = card(view, 'Priya Shah').querySelector('.touchpoints-card-header')!;
    expect(text(header)).not.toContain('Priya Shah');
    expect(text(header.querySelector('.touchpoints-card-relationship'))).toBe('Manager');
    const link = header.querySelector<HTMLAnchorElement>('a.touchpoints-card-note')!;
    expect(link.getAttribute('aria-label')).toBe('Open the person note of Priya Shah');
    link.click();
    await h.settle();
    expect(h.app.workspace.getActiveFile()?.path).toBe('People/Priya Shah.md');
  });

  it("has Obsidian's controls: Next 1:1 is the main action, the rest icon buttons with a label", async () => {
    h = await createHarness(filesFrom(EXAMPLE_VAULT));
    const view = await openSidebar(h);
    const actions = card(view, 'Priya Shah').querySelector('.touchpoints-card-actions')!;
    const buttons = [...actions.querySelectorAll('button')];
    expect(
      buttons.map((b) => [b.className, b.getAttribute('aria-label') ?? b.textContent]),
    ).toEqual([
      ['mod-cta', 'Next 1:1'],
      ['clickable-icon', 'New career conversation with Priya Shah'],
      ['clickable-icon', 'More actions for Priya Shah'],
    ]);
    expect(text(actions)).not.toContain('Last quarter');
  });

  it('exports accomplishments from the card menu, as the "Last quarter" button did', async () => {
    const menus: Menu[] = [];
    const shown = function (this: Menu): Menu {
      menus.push(this);
      return this;
    };
    vi.spyOn(Menu.prototype, 'showAtPosition').mockImplementation(shown);
    vi.spyOn(Menu.prototype, 'showAtMouseEvent').mockImplementation(shown);
    h = await createHarness(filesFrom(EXAMPLE_VAULT));
    const view = await openSidebar(h);
    const before = new Set(h.paths());
    card(view, 'Priya Shah')
      .querySelector<HTMLButtonElement>('button[aria-label="More actions for Priya Shah"]')!
      .click();
    expect(menus).toHaveLength(1);
    const items = menuItems(menus[0]!);
    expect(items.map((i) => i.title)).toEqual(['Export accomplishments…']);
    items[0]!.click();
    await h.settle();
    const created = h.paths().filter((p) => !before.has(p));
    expect(created).toHaveLength(1);
    expect(created[0]).toMatch(/Accomplishments 2026-Q3.*Priya Shah\.md$/);
    expect(await h.read(created[0]!)).not.toContain('Sam Lee/');
  });
});
