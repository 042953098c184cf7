/**
 * The 1:1 sidebar in the plugin on obsidian-test-mocks: registration, the command,
 * first-enable, the status bar, the compact list's rows remembered open, live updates
 * on create / modify / rename / delete without a rebuild, rendering only while
 * visible, and the buttons and links.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Plugin } from 'obsidian-test-mocks/obsidian';
import { PersonPickerModal } from '../../../src/plugin/next-note/person-picker';
import type { SettingsTabDeps } from '../../../src/plugin/settings/settings-tab';
import { SidebarView, VIEW_TYPE_SIDEBAR } from '../../../src/plugin/overview/sidebar-view';
import {
  captureModals,
  createHarness,
  EXAMPLE_VAULT,
  filesFrom,
  openAllRows,
  openRegisteredView,
  type Harness,
} from '../../helpers/harness';
import { oneOnOne } from '../../helpers/builders';

const SAM_LAST = 'One-on-ones/Sam Lee/2026-11-05 Sam Lee.md';
const MARCUS_LAST = 'One-on-ones/Marcus Chen/2026-09-30 Marcus Chen.md';
const BROKEN = 'One-on-ones/Broken/2026-10-01 Untitled.md';

/** Longer than the index's 100 ms debounce. */
const debounced = (): Promise<void> => new Promise((r) => setTimeout(r, 250));

function mock(h: Harness): Plugin {
  return Plugin.fromOriginalType2__(h.plugin);
}

function statusBar(h: Harness): HTMLElement {
  return mock(h).statusBarItems__[0]!;
}

/** Shown when attached and neither it nor an ancestor is hidden with `display: none`. */
function shownByDisplay(el: HTMLElement): boolean {
  if (!el.isConnected || el.style.display === 'none') return false;
  return el.parentElement ? shownByDisplay(el.parentElement) : true;
}

/** jsdom lays nothing out, so `isShown` (offsetParent) is always false: judge by display. */
function layoutByDisplay(): void {
  vi.spyOn(HTMLElement.prototype, 'isShown').mockImplementation(function (this: HTMLElement) {
    return shownByDisplay(this);
  });
}

/** Open the sidebar and, unless told not to, every row into its card. */
async function openSidebar(h: Harness, rows: 'open' | 'closed' = 'open'): Promise<SidebarView> {
  expect(await h.run('open-sidebar')).toBe(true);
  const view = await openRegisteredView(h, VIEW_TYPE_SIDEBAR);
  expect(view).toBeInstanceOf(SidebarView);
  if (rows === 'open') openAllRows(view!);
  return view as SidebarView;
}

const names = (view: SidebarView): string[] =>
  [...view.contentEl.querySelectorAll('.touchpoints-card')].map(
    (c) => c.parentElement?.querySelector('.touchpoints-row-name')?.textContent ?? '',
  );
const card = (view: SidebarView, name: string): HTMLElement =>
  [...view.contentEl.querySelectorAll<HTMLElement>('.touchpoints-card')].find(
    (c) => c.parentElement?.querySelector('.touchpoints-row-name')?.textContent === name,
  )!;
const chip = (view: SidebarView, name: string): string =>
  card(view, name).querySelector('.touchpoints-clock-regular .touchpoints-chip')?.textContent ?? '';

describe('the 1:1 sidebar on the mocks', () => {
  let h: Harness;
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date(2026, 10, 22, 9, 30));
    layoutByDisplay();
  });
  afterEach(() => {
    document.body.empty();
    vi.useRealTimers();
    vi.restoreAllMocks();
  });

  it('registers the view, the ribbon icon, the command and page preview, and opens nothing on start', async () => {
    h = await createHarness(filesFrom(EXAMPLE_VAULT));
    expect([...mock(h).views__.keys()]).toContain(VIEW_TYPE_SIDEBAR);
    expect(mock(h).ribbonActions__).toHaveLength(1);
    expect([...mock(h).hoverLinkSources__.keys()]).toContain(VIEW_TYPE_SIDEBAR);
    expect(h.app.workspace.getLeavesOfType(VIEW_TYPE_SIDEBAR)).toHaveLength(0);
    expect(await h.run('open-sidebar')).toBe(true);
    expect(await h.run('open-sidebar')).toBe(true);
    expect(h.app.workspace.getLeavesOfType(VIEW_TYPE_SIDEBAR)).toHaveLength(1);
  });

  it('opens the sidebar when the user enables the plugin', async () => {
    h = await createHarness({});
    h.plugin.onUserEnable();
    await h.settle();
    expect(h.app.workspace.getLeavesOfType(VIEW_TYPE_SIDEBAR)).toHaveLength(1);
  });

  it('shows "1:1s due: N" in the status bar, keeps it current, and hides it by setting', async () => {
    h = await createHarness(filesFrom(EXAMPLE_VAULT));
    await debounced();
    expect(statusBar(h).textContent).toBe('1:1s due: 3');
    // Sam met today: one fewer due.
    await h.write(
      SAM_LAST,
      (await h.read(SAM_LAST)).replace('date: 2026-11-05', 'date: 2026-11-22'),
    );
    await debounced();
    expect(statusBar(h).textContent).toBe('1:1s due: 2');
    h.plugin.settings.showStatusBar = false;
    const tab = mock(h).settingTabs__[0] as unknown as { deps: SettingsTabDeps };
    await tab.deps.save();
    expect(statusBar(h).style.display).toBe('none');
  });

  it('renders the cards most urgent first, with the problems list', async () => {
    h = await createHarness(filesFrom(EXAMPLE_VAULT));
    const view = await openSidebar(h);
    expect(names(view)).toEqual([
      'Sam Lee',
      'Marcus Chen',
      'Priya Shah',
      'Jo: Ops/Infra',
      'Dana Okafor',
    ]);
    expect(chip(view, 'Sam Lee')).toBe('10 days overdue');
    expect(view.contentEl.querySelector('.touchpoints-summary')?.textContent).toBe(
      '2 overdue · 1 due soon · 1 career conversation due · 1 career conversation overdue',
    );
    expect(view.contentEl.querySelector('.touchpoints-problem-path')?.textContent).toBe(BROKEN);
    // Goals were read before the first render.
    expect(card(view, 'Priya Shah').querySelectorAll('.touchpoints-goal')).toHaveLength(4);
  });

  it('keeps the summary buttons (and the focus) when a change only moves its counts', async () => {
    h = await createHarness(filesFrom(EXAMPLE_VAULT));
    const view = await openSidebar(h);
    const overdue = (): HTMLElement =>
      view.contentEl.querySelector<HTMLElement>('.touchpoints-filter[data-filter="overdue"]')!;
    const before = overdue();
    expect(before.textContent).toBe('2 overdue');
    before.focus();
    // Sam met today: one fewer overdue, the same groups.
    await h.write(
      SAM_LAST,
      (await h.read(SAM_LAST)).replace('date: 2026-11-05', 'date: 2026-11-22'),
    );
    await debounced();
    expect(overdue()).toBe(before);
    expect(before.textContent).toBe('1 overdue');
    expect(before.ownerDocument.activeElement).toBe(before);
    // Marcus met today too: no one overdue, the group gone, the summary drawn anew.
    await h.write(
      MARCUS_LAST,
      (await h.read(MARCUS_LAST)).replace(/date: \d{4}-\d{2}-\d{2}/, 'date: 2026-11-22'),
    );
    await debounced();
    expect(view.contentEl.querySelector('.touchpoints-filter[data-filter="overdue"]')).toBeNull();
    expect(view.contentEl.querySelector('.touchpoints-summary')?.textContent).not.toContain(
      'overdue ·',
    );
  });

  it('opens as a compact list whose open rows are remembered, renamed and forgotten', async () => {
    // Saved earlier: Sam's row, and a person who is gone since.
    h = await createHarness(filesFrom(EXAMPLE_VAULT), {
      data: { sidebarOpenRows: ['People/Gone.md', 'People/Sam Lee.md'] },
    });
    /** The open rows in data.json, as saved last. */
    const saved = (): unknown =>
      (mock(h).data__ as { sidebarOpenRows?: unknown } | null)?.sidebarOpenRows;
    const view = await openSidebar(h, 'closed');
    const rowNames = (v: SidebarView): string[] =>
      [...v.contentEl.querySelectorAll('.touchpoints-row-name')].map((e) => e.textContent ?? '');
    expect(rowNames(view)).toEqual([
      'Sam Lee',
      'Marcus Chen',
      'Priya Shah',
      'Jo: Ops/Infra',
      'Dana Okafor',
    ]);
    expect(names(view)).toEqual(['Sam Lee']);
    expect(saved()).toEqual(['People/Sam Lee.md']);
    // A click on Priya's row opens her card and saves it; a click on Sam's closes his.
    const head = (v: SidebarView, name: string): HTMLElement =>
      [...v.contentEl.querySelectorAll<HTMLElement>('.touchpoints-row-head')].find(
        (e) => e.querySelector('.touchpoints-row-name')?.textContent === name,
      )!;
    head(view, 'Priya Shah').click();
    head(view, 'Sam Lee').click();
    expect(names(view)).toEqual(['Priya Shah']);
    expect(head(view, 'Priya Shah').getAttribute('aria-expanded')).toBe('true');
    expect(saved()).toEqual(['People/Priya Shah.md']);
    // The sidebar opened again: the same row is open.
    view.containerEl.remove();
    const again = (await openRegisteredView(h, VIEW_TYPE_SIDEBAR)) as SidebarView;
    expect(names(again)).toEqual(['Priya Shah']);
    // Her person note renamed: the row stays open under its new path.
    await h.app.vault.rename(h.app.vault.getFileByPath('People/Priya Shah.md')!, 'Team/Priya.md');
    expect(saved()).toEqual(['Team/Priya.md']);
  });

  it('follows create, modify, rename and delete without rebuilding the index', async () => {
    h = await createHarness(filesFrom(EXAMPLE_VAULT));
    const view = await openSidebar(h);
    const rebuild = vi.spyOn(h.plugin.meetings, 'rebuild');
    const computed = (): number =>
      (view as unknown as { deps: { sidebarData: { stats: { computed: number } } } }).deps
        .sidebarData.stats.computed;
    const start = computed();
    const samStrip = card(view, 'Sam Lee').querySelector('svg.touchpoints-timeline');
    expect(samStrip).not.toBeNull();

    await h.write(
      SAM_LAST,
      (await h.read(SAM_LAST)).replace('date: 2026-11-05', 'date: 2026-11-20'),
    );
    await debounced();
    expect(chip(view, 'Sam Lee')).toBe('Due in 5 days');
    // His timeline strip was updated in place (the same element), its point moved to the
    // new date, and a click on it still opens that note.
    expect(card(view, 'Sam Lee').querySelector('svg.touchpoints-timeline')).toBe(samStrip);
    const moved = samStrip!.querySelector<SVGElement>(`[data-path="${SAM_LAST}"]`)!;
    expect(moved.querySelector('title')?.textContent).toBe('Nov 20, 2026: 1:1 held');
    const openFile = vi.fn().mockResolvedValue(undefined);
    const getLeaf = vi
      .spyOn(h.app.workspace, 'getLeaf')
      .mockReturnValue({ openFile, view: null } as never);
    moved.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    expect(openFile).toHaveBeenCalledWith(h.app.vault.getFileByPath(SAM_LAST), { active: true });
    getLeaf.mockRestore();
    // Only Sam's stats were recomputed.
    expect(computed() - start).toBe(1);

    await h.app.vault.delete(h.app.vault.getFileByPath(MARCUS_LAST)!);
    await debounced();
    expect(chip(view, 'Marcus Chen')).toBe('58 days overdue');

    await h.app.vault.rename(h.app.vault.getFileByPath(BROKEN)!, 'Archive/Untitled.md');
    await debounced();
    expect(view.contentEl.querySelector('.touchpoints-problem-path')?.textContent).toBe(
      'Archive/Untitled.md',
    );

    await h.app.vault.create(
      'One-on-ones/Dana Okafor/2026-11-21 Dana Okafor.md',
      oneOnOne({ person: 'Dana Okafor', date: '2026-11-21' }, '- [ ] Send Dana the draft'),
    );
    await debounced();
    expect(
      card(view, 'Dana Okafor').querySelector('.touchpoints-clock-regular .touchpoints-clock-dates')
        ?.textContent,
    ).toContain('2026');
    expect(card(view, 'Dana Okafor').querySelector('.touchpoints-disclosure')?.textContent).toBe(
      '4 open action items',
    );
    expect(rebuild).not.toHaveBeenCalled();

    // Every card and row head updated in place reads exactly as one drawn from nothing
    // (but for the row that holds the Tab stop: the list keeps it, a new list starts on top).
    const full = (): Map<string, string> =>
      new Map(
        [...view.contentEl.querySelectorAll('.touchpoints-card, .touchpoints-row-head')].map(
          (el) => [
            `${el.className} ${el.closest('[data-person]')!.getAttribute('data-person')!}`,
            el.outerHTML.replace(/ tabindex="-?\d"/, ''),
          ],
        ),
      );
    const updated = full();
    expect(updated.size).toBeGreaterThanOrEqual(8);
    (view as unknown as { clear(): void }).clear();
    view.refresh(true);
    const fresh = full();
    for (const [key, html] of updated) if (fresh.has(key)) expect(html).toBe(fresh.get(key));
    expect([...updated.keys()].filter((k) => fresh.has(k)).length).toBeGreaterThanOrEqual(3);
  });

  it('renders only while visible, and catches up when shown again', async () => {
    h = await createHarness(filesFrom(EXAMPLE_VAULT));
    const view = await openSidebar(h);
    // The drawn cards' open items are read once: one render when they are in.
    const first = view.renders;
    await h.settle();
    expect(view.renders).toBe(first + 1);
    const before = view.renders;
    // An unrelated note changes: nothing to render.
    await h.write('Projects/Atlas migration.md', 'changed');
    await debounced();
    expect(view.renders).toBe(before);
    view.containerEl.hide();
    await h.write(
      SAM_LAST,
      (await h.read(SAM_LAST)).replace('date: 2026-11-05', 'date: 2026-11-20'),
    );
    await debounced();
    expect(view.renders).toBe(before);
    view.containerEl.show();
    view.onResize();
    expect(view.renders).toBe(before + 1);
    expect(chip(view, 'Sam Lee')).toBe('Due in 5 days');
  });

  it("reads a person note once until it changes, and a person's open items once when drawn", async () => {
    h = await createHarness(filesFrom(EXAMPLE_VAULT));
    const reads = vi.spyOn(h.app.vault, 'cachedRead');
    const view = await openSidebar(h);
    const readsOf = (path: string): number =>
      reads.mock.calls.filter(([f]) => f.path === path).length;
    expect(readsOf('People/Priya Shah.md')).toBe(1);
    await h.write(SAM_LAST, `${await h.read(SAM_LAST)}\n`);
    await debounced();
    expect(readsOf('People/Priya Shah.md')).toBe(1);
    const person = await h.read('People/Priya Shah.md');
    await h.write('People/Priya Shah.md', person.replace('[progress:: 40]', '[progress:: 60]'));
    await debounced();
    expect(readsOf('People/Priya Shah.md')).toBe(2);
    expect(
      card(view, 'Priya Shah')
        .querySelector('.touchpoints-progress')
        ?.getAttribute('aria-valuenow'),
    ).toBe('60');

    const toggle = card(view, 'Priya Shah').querySelector<HTMLButtonElement>(
      '.touchpoints-disclosure',
    )!;
    expect(toggle.textContent).toBe('7 open action items');
    // Read when the card was drawn (for its count), not again when expanded.
    expect(readsOf('One-on-ones/Priya Shah/2026-11-10 Priya Shah.md')).toBe(1);
    toggle.click();
    await debounced();
    const items = card(view, 'Priya Shah').querySelectorAll<HTMLAnchorElement>(
      '.touchpoints-open-text',
    );
    expect(items).toHaveLength(7);
    expect(readsOf('One-on-ones/Priya Shah/2026-11-10 Priya Shah.md')).toBe(1);
    expect(
      card(view, 'Priya Shah')
        .querySelector('.touchpoints-disclosure')
        ?.getAttribute('aria-expanded'),
    ).toBe('true');
    // A click jumps to the note.
    items[0]!.click();
    await h.settle();
    expect(h.app.workspace.getActiveFile()?.path).toBe(
      'One-on-ones/Priya Shah/2026-11-10 Priya Shah.md',
    );
    // Another person's note changes: Priya's items are not read again.
    await h.write(SAM_LAST, `${await h.read(SAM_LAST)}\n`);
    await debounced();
    expect(readsOf('One-on-ones/Priya Shah/2026-11-10 Priya Shah.md')).toBe(1);
  });

  it('keeps the focus on a redrawn button in a popout window, whose document is not the main one', async () => {
    h = await createHarness(filesFrom(EXAMPLE_VAULT));
    const view = await openSidebar(h);
    // A popout window: the view lives in another window's document.
    const popout = document.createElement('iframe');
    document.body.appendChild(popout);
    const popoutDoc = popout.contentDocument!;
    popoutDoc.body.appendChild(view.containerEl);
    const toggle = (): HTMLElement =>
      [...card(view, 'Sam Lee').querySelectorAll<HTMLElement>('[data-focus]')].find((e) =>
        e.getAttribute('data-focus')!.endsWith('\nopen-items'),
      )!;
    const before = toggle();
    before.focus();
    expect(popoutDoc.activeElement === before).toBe(true);
    // Expanding the open items redraws the card's toggle: the focused button is replaced.
    before.click();
    await h.settle();
    const after = toggle();
    expect(after === before).toBe(false);
    expect(popoutDoc.activeElement === after).toBe(true);
  });

  it('runs the create command for the person from the card buttons', async () => {
    h = await createHarness(filesFrom(EXAMPLE_VAULT));
    const view = await openSidebar(h);
    const buttons = (name: string): HTMLButtonElement[] => [
      ...card(view, name).querySelectorAll<HTMLButtonElement>('.touchpoints-card-actions button'),
    ];
    expect(buttons('Priya Shah').map((b) => b.getAttribute('aria-label') ?? b.textContent)).toEqual(
      ['Next 1:1', 'New career conversation with Priya Shah', 'More actions for Priya Shah'],
    );
    buttons('Sam Lee')[1]!.click();
    await h.settle();
    expect(await h.read('One-on-ones/Sam Lee/2026-11-22 Sam Lee.md')).toContain('kind: career');
    await debounced();
    expect(
      card(view, 'Sam Lee').querySelector('.touchpoints-clock-career .touchpoints-chip')
        ?.textContent,
    ).toBe('Window opens in 42 days');
    buttons('Priya Shah')[0]!.click();
    await h.settle();
    expect(await h.read('One-on-ones/Priya Shah/2026-11-22 Priya Shah.md')).toContain(
      'kind: regular',
    );
    await debounced();
    expect(chip(view, 'Priya Shah')).toBe('Due in 14 days');
  });

  it('shows an empty state whose button opens the person picker', async () => {
    h = await createHarness({});
    const opened = captureModals(PersonPickerModal);
    const view = await openSidebar(h);
    const empty = view.contentEl.querySelector('.touchpoints-empty');
    expect(empty?.textContent).toContain('No 1:1 notes yet');
    empty!.querySelector<HTMLButtonElement>('button')!.click();
    expect(opened).toHaveLength(1);
  });
});
