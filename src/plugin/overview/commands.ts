/**
 * The 1:1 sidebar: its view, the ribbon icon and the command "Open 1:1 sidebar"
 * (id `open-sidebar`), page preview for its links, and the desktop status bar item
 * "1:1s due: N", and the default open rows in data.json, following renamed person notes.
 * Views are found with getLeavesOfType, never kept on the plugin.
 */
import { Platform, type App } from 'obsidian';
import { findType } from '../../core/settings/note-types';
import { OpenRows } from '../../core/overview/compact-list';
import { openNoteAt } from '../shared/navigate';
import type { SidebarData } from './sidebar-data';
import { SidebarView, VIEW_TYPE_SIDEBAR, type SidebarViewDeps } from './sidebar-view';
import { pickPersonAndCreate } from '../next-note/commands';
import { preparePerson } from '../next-note/prepare';
import { PrepareReminderNotice } from './prepare-reminder';
import type { CommandDeps } from '../command-deps';
import { accomplishmentsDeps } from '../accomplishments/commands';
import { exportAccomplishments } from '../accomplishments/accomplishments-service';

/** What the sidebar is registered with: every command's deps, and the sidebar data. */
export interface SidebarDeps extends CommandDeps {
  sidebarData: SidebarData;
}

/** Show the sidebar: reveal the open one, or open it in the right sidebar. */
export async function activateSidebar(app: App): Promise<void> {
  const { workspace } = app;
  let leaf = workspace.getLeavesOfType(VIEW_TYPE_SIDEBAR)[0] ?? null;
  if (!leaf) {
    leaf = workspace.getRightLeaf(false);
    if (!leaf) return;
    await leaf.setViewState({ type: VIEW_TYPE_SIDEBAR, active: true });
  }
  await workspace.revealLeaf(leaf);
}

/** The status bar text, e.g. "1:1s due: 3". */
export function statusBarText(due: number): string {
  return `1:1s due: ${due}`;
}

function registerStatusBar(deps: SidebarDeps): void {
  const { plugin, sidebarData } = deps;
  const el = plugin.addStatusBarItem();
  el.addClass('touchpoints-status', 'mod-clickable');
  el.setAttr('aria-label', 'Open 1:1 sidebar');
  const update = (): void => {
    const show = deps.settings().showStatusBar;
    el.toggle(show);
    if (show) el.setText(sidebarData.isReady() ? statusBarText(sidebarData.dueCount()) : '');
  };
  plugin.register(sidebarData.onChange(update));
  plugin.registerDomEvent(el, 'click', () => void activateSidebar(plugin.app));
  update();
}

/** Save the open rows a new sidebar starts with (`sidebarOpenRows` in data.json). */
function saveDefaultOpenRows(deps: SidebarDeps, keys: string[]): void {
  const settings = deps.settings();
  if (keys.join('\n') === settings.sidebarOpenRows.join('\n')) return;
  settings.sidebarOpenRows = keys;
  // A failed write loses only which rows open next time; they stay open now.
  deps.plugin.saveData(settings).catch(() => undefined);
}

/** A note moved: the default open rows follow a person note, with or without a sidebar open. */
export function renameInDefaultOpenRows(deps: SidebarDeps, from: string, to: string): void {
  const rows = OpenRows.from(deps.settings().sidebarOpenRows);
  if (rows.rename(from, to)) saveDefaultOpenRows(deps, rows.keys());
}

/** What the view is given: the sidebar data, and the commands its buttons and links run. */
export function sidebarViewDeps(deps: SidebarDeps): SidebarViewDeps {
  return {
    sidebarData: deps.sidebarData,
    create: (key, typeId) => void deps.nextNote.create({ key }, typeId),
    prepare: (key) => {
      const regular = findType(deps.settings().noteTypes, 'regular');
      if (regular) preparePerson(deps, { key }, regular);
    },
    createFirst: () => {
      const regular = findType(deps.settings().noteTypes, 'regular');
      if (regular) pickPersonAndCreate(deps, regular);
    },
    open: (path, line, newLeaf) => void openNoteAt(deps.plugin.app, path, line, newLeaf),
    openRows: {
      saved: () => deps.settings().sidebarOpenRows,
      save: (keys) => saveDefaultOpenRows(deps, keys),
    },
    exportAccomplishments: (key) =>
      void exportAccomplishments(accomplishmentsDeps(deps), {
        personKey: key,
        period: 'last-quarter',
      }),
  };
}

/** Register the sidebar view, its ribbon icon, command and status bar item. */
export function registerSidebar(deps: SidebarDeps): void {
  const { plugin } = deps;
  const app = plugin.app;
  plugin.registerView(VIEW_TYPE_SIDEBAR, (leaf) => new SidebarView(leaf, sidebarViewDeps(deps)));
  plugin.registerHoverLinkSource(VIEW_TYPE_SIDEBAR, { display: 'Touchpoints', defaultMod: true });
  plugin.addRibbonIcon('users', 'Open 1:1 sidebar', () => void activateSidebar(app));
  plugin.addCommand({
    id: 'open-sidebar',
    name: 'Open 1:1 sidebar',
    callback: () => void activateSidebar(app),
  });
  if (Platform.isDesktop) registerStatusBar(deps);
  plugin.registerEvent(
    app.vault.on('rename', (file, oldPath) => renameInDefaultOpenRows(deps, oldPath, file.path)),
  );
  const view = sidebarViewDeps(deps);
  plugin.addChild(
    new PrepareReminderNotice({
      app,
      sidebarData: deps.sidebarData,
      settings: deps.settings,
      prepare: view.prepare,
    }),
  );
}
