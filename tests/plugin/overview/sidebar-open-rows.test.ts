/**
 * What the sidebar remembers open, on the mocks: each sidebar leaf keeps its own open
 * rows in its view state (workspace.json), restored after a restart; a leaf without
 * state starts from data.json's `sidebarOpenRows` (the rows opened or closed last, and
 * what people who had them before keep); a rename of a person note keeps their row and
 * their expanded open items open, and data.json follows it with no sidebar open; a
 * refresh that changes nothing does not sort the open rows.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Plugin } from 'obsidian-test-mocks/obsidian';
import { OpenRows } from '../../../src/core/overview/compact-list';
import { SidebarView, VIEW_TYPE_SIDEBAR } from '../../../src/plugin/overview/sidebar-view';
import {
  createHarness,
  EXAMPLE_VAULT,
  filesFrom,
  openRegisteredView,
  savedLeafState,
  type Harness,
} from '../../helpers/harness';

const SAM = 'People/Sam Lee.md';
const PRIYA = 'People/Priya Shah.md';
const MARCUS = 'People/Marcus Chen.md';
const DANA = 'People/Dana Okafor.md';

/** Longer than the index's 100 ms debounce. */
const debounced = (): Promise<void> => new Promise((r) => setTimeout(r, 250));

/** The open rows in data.json, as saved last. */
const saved = (h: Harness): unknown =>
  (Plugin.fromOriginalType2__(h.plugin).data__ as { sidebarOpenRows?: unknown } | null)
    ?.sidebarOpenRows;

/** The person keys of the rows open in a view, sorted. */
const openKeys = (view: SidebarView): string[] =>
  [...view.contentEl.querySelectorAll('.touchpoints-row-head[aria-expanded="true"]')]
    .map((e) => e.closest('[data-person]')?.getAttribute('data-person') ?? '')
    .sort();

const head = (view: SidebarView, key: string): HTMLElement =>
  view.contentEl.querySelector<HTMLElement>(
    `.touchpoints-row[data-person="${key}"] > .touchpoints-row-head`,
  )!;

const card = (view: SidebarView, key: string): HTMLElement | null =>
  view.contentEl.querySelector<HTMLElement>(
    `.touchpoints-row[data-person="${key}"] > .touchpoints-card`,
  );

/** Open a sidebar in a new leaf (left or right sidebar), with the state the leaf was given. */
async function openLeaf(
  h: Harness,
  side: 'left' | 'right',
  state?: Record<string, unknown>,
): Promise<SidebarView> {
  const { workspace } = h.app;
  const leaf = (side === 'left' ? workspace.getLeftLeaf(false) : workspace.getRightLeaf(false))!;
  await leaf.setViewState({ type: VIEW_TYPE_SIDEBAR, ...(state ? { state } : {}) });
  const view = await openRegisteredView(h, VIEW_TYPE_SIDEBAR, leaf);
  expect(view).toBeInstanceOf(SidebarView);
  return view as SidebarView;
}

describe('the rows a sidebar keeps open', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date(2026, 10, 22, 9, 30));
    // jsdom lays nothing out: every view counts as shown.
    vi.spyOn(HTMLElement.prototype, 'isShown').mockReturnValue(true);
  });
  afterEach(() => {
    document.body.empty();
    vi.useRealTimers();
    vi.restoreAllMocks();
  });

  it('keeps each leaf its own open rows, saved with the workspace and restored after a restart', async () => {
    const h = await createHarness(filesFrom(EXAMPLE_VAULT), { data: { sidebarOpenRows: [SAM] } });
    const saveLayout = vi.spyOn(h.app.workspace, 'requestSaveLayout');
    const right = await openLeaf(h, 'right');
    const left = await openLeaf(h, 'left');
    // Both start from the rows saved in data.json.
    expect(openKeys(right)).toEqual([SAM]);
    expect(openKeys(left)).toEqual([SAM]);
    head(right, PRIYA).click();
    expect(saveLayout).toHaveBeenCalled();
    head(left, SAM).click();
    head(left, MARCUS).click();
    expect(openKeys(right)).toEqual([PRIYA, SAM]);
    expect(openKeys(left)).toEqual([MARCUS]);
    // What Obsidian writes to workspace.json for each leaf.
    const layout = [savedLeafState(right), savedLeafState(left)];
    expect(layout[0]!.state).toEqual({ openRows: [PRIYA, SAM] });
    expect(layout[1]!.state).toEqual({ openRows: [MARCUS] });
    // data.json holds the rows changed last: a sidebar opened anew starts from them.
    await h.settle();
    expect(saved(h)).toEqual([MARCUS]);

    // Obsidian restarts: each leaf is restored with its own state (the left one also
    // names a person gone since, who is forgotten).
    document.body.empty();
    const data = structuredClone(Plugin.fromOriginalType2__(h.plugin).data__);
    const again = await createHarness(filesFrom(EXAMPLE_VAULT), { data });
    const right2 = await openLeaf(again, 'right', layout[0]!.state);
    const left2 = await openLeaf(again, 'left', { openRows: [MARCUS, 'People/Gone.md'] });
    expect(openKeys(right2)).toEqual([PRIYA, SAM]);
    expect(openKeys(left2)).toEqual([MARCUS]);
    expect(savedLeafState(left2).state).toEqual({ openRows: [MARCUS] });
    // A leaf saved before open rows were per leaf (no state) starts from data.json.
    const old = await openLeaf(again, 'right', {});
    expect(openKeys(old)).toEqual([MARCUS]);
    // A redraw leaves each as it is.
    for (const view of [right2, left2, old]) view.refresh(true);
    expect([openKeys(right2), openKeys(left2), openKeys(old)]).toEqual([
      [PRIYA, SAM],
      [MARCUS],
      [MARCUS],
    ]);
  });

  it('keeps the state a leaf is given before it opens (a plugin restoring a leaf)', async () => {
    const h = await createHarness(filesFrom(EXAMPLE_VAULT), { data: { sidebarOpenRows: [SAM] } });
    const leaf = h.app.workspace.getRightLeaf(false)!;
    await leaf.setViewState({ type: VIEW_TYPE_SIDEBAR });
    const creator = Plugin.fromOriginalType2__(h.plugin).views__.get(VIEW_TYPE_SIDEBAR)!;
    const view = creator(leaf.asOriginalType3__()) as SidebarView;
    await leaf.open(view);
    document.body.appendChild(view.containerEl);
    await view.setState({ openRows: [DANA] }, { history: false });
    await view.onOpen();
    expect(openKeys(view)).toEqual([DANA]);
  });

  it('keeps a row and its expanded open items open when the person note is renamed', async () => {
    const h = await createHarness(filesFrom(EXAMPLE_VAULT));
    const view = await openLeaf(h, 'right');
    head(view, PRIYA).click();
    card(view, PRIYA)!.querySelector<HTMLElement>('.touchpoints-disclosure')!.click();
    await debounced();
    expect(card(view, PRIYA)!.querySelectorAll('.touchpoints-open-text')).toHaveLength(7);

    await h.app.vault.createFolder('Team');
    await h.app.vault.rename(h.app.vault.getFileByPath(PRIYA)!, 'Team/Priya Shah.md');
    await h.settle();
    await debounced();
    const moved = card(view, 'Team/Priya Shah.md');
    expect(moved).not.toBeNull();
    expect(moved!.querySelector('.touchpoints-disclosure')?.getAttribute('aria-expanded')).toBe(
      'true',
    );
    expect(moved!.querySelectorAll('.touchpoints-open-text')).toHaveLength(7);
    expect(savedLeafState(view).state).toEqual({ openRows: ['Team/Priya Shah.md'] });
  });

  it('follows a renamed person note in data.json while no sidebar is open', async () => {
    const h = await createHarness(filesFrom(EXAMPLE_VAULT), {
      data: { sidebarOpenRows: [PRIYA, SAM] },
    });
    await h.app.vault.createFolder('Team');
    await h.app.vault.rename(h.app.vault.getFileByPath(PRIYA)!, 'Team/Priya Shah.md');
    await h.settle();
    expect(saved(h)).toEqual([SAM, 'Team/Priya Shah.md']);
  });

  it('does not sort the open rows on a refresh that changes nothing', async () => {
    const h = await createHarness(filesFrom(EXAMPLE_VAULT), { data: { sidebarOpenRows: [SAM] } });
    const view = await openLeaf(h, 'right');
    await h.settle();
    const keys = vi.spyOn(OpenRows.prototype, 'keys');
    const renders = view.renders;
    expect(view.refresh()).toBe(false);
    expect(keys).not.toHaveBeenCalled();
    // A row opened or closed still renders, once.
    head(view, PRIYA).click();
    expect(view.renders).toBe(renders + 1);
    expect(view.refresh()).toBe(false);
    expect(openKeys(view)).toEqual([PRIYA, SAM]);
  });
});
