// The 1:1 sidebar, rendered by the production view over the mocks' vault. The test
// puts the notes in `window.TOUCHPOINTS_VAULT` (the example vault, or nothing)
// before this script runs; "today" is fixed to 2026-11-22 through the deps' clocks.
import { App } from 'obsidian-test-mocks/obsidian';
import type { Plugin as ObsidianPlugin } from 'obsidian';
import {
  renameInDefaultOpenRows,
  sidebarViewDeps,
  type SidebarDeps,
} from '../../../src/plugin/overview/commands';
import { MeetingIndexComponent } from '../../../src/plugin/meetings/meeting-index-component';
import { NextNoteService } from '../../../src/plugin/next-note/next-note-service';
import { SidebarData } from '../../../src/plugin/overview/sidebar-data';
import { migrateSettings } from '../../../src/core/settings/settings';
import { SidebarView } from '../../../src/plugin/overview/sidebar-view';
import { setupPage } from './obsidian-dom';

declare global {
  interface Window {
    TOUCHPOINTS_VAULT?: Record<string, string>;
  }
}

// Obsidian's DOM for the mocks' menus, settings and icons (obsidian-dom.ts).
setupPage();
const app = App.createConfigured__({ files: window.TOUCHPOINTS_VAULT ?? {} });
// Core plugins (Bases) are read through app.internalPlugins: none enabled here.
(app as unknown as { internalPlugins: unknown }).internalPlugins = { plugins: {} };
const original = app.asOriginalType__();
const settings = migrateSettings({});
const now = (): Date => new Date(2026, 10, 22, 9, 30);
const meetings = new MeetingIndexComponent(original, () => ({
  cadenceDays: settings.defaultCadence,
  careerCadence: settings.defaultCareerCadence,
}));
meetings.load();
app.workspace.setLayoutReady__();
const service = new NextNoteService({ app: original, meetings, settings: () => settings, now });
const sidebarData = new SidebarData({ app: original, meetings, settings: () => settings, now });
sidebarData.load();

const calls: unknown[][] = [];
let saved: unknown = null;
const deps: SidebarDeps = {
  // The plugin's data.json: what was saved last.
  plugin: {
    app: original,
    saveData: async (data: unknown) => {
      saved = structuredClone(data);
    },
  } as unknown as ObsidianPlugin,
  meetings,
  nextNote: service,
  settings: () => settings,
  sidebarData,
};
const base = sidebarViewDeps(deps);
// What registerSidebar adds: data.json's default open rows follow a rename.
original.vault.on('rename', (file, oldPath) => renameInDefaultOpenRows(deps, oldPath, file.path));
const leaf = original.workspace.getRightLeaf(false)!;
const view = new SidebarView(leaf, {
  ...base,
  create: (key, typeId) => {
    calls.push(['create', key, typeId]);
    base.create(key, typeId);
  },
  createFirst: () => calls.push(['createFirst']),
  prepare: (key) => calls.push(['prepare', key]),
  open: (path, line, newLeaf) => {
    calls.push(['open', path, line]);
    base.open(path, line, newLeaf);
  },
});
// What Obsidian's workspace gives a view: a padded content area.
view.contentEl.addClass('view-content');
view.contentEl.setCssProps({ padding: '12px' });
document.body.appendChild(view.containerEl);

async function change(path: string, edit: (text: string) => string): Promise<void> {
  const file = app.vault.getFileByPath(path);
  if (!file) throw new Error(`no ${path}`);
  await app.vault.modify(file, edit(await app.vault.read(file)));
}

view.load();
// As Obsidian opens a new leaf: onOpen, then setState with the leaf's state (none: `{}`).
const opened = view.onOpen().then(() => view.setState({}, { history: false }));
Object.assign(window, {
  tp: {
    opened,
    calls,
    change,
    renders: () => view.renders,
    hide: () => view.containerEl.hide(),
    show: () => {
      view.containerEl.show();
      view.onResize();
    },
    exists: (path: string) => app.vault.getFileByPath(path) !== null,
    /** Open every row into its card, as a click on each row does; how many were opened. */
    openAll: () => {
      const closed = '.touchpoints-row-head[aria-expanded="false"]';
      let n = 0;
      for (let head = document.querySelector<HTMLElement>(closed); head; n++) {
        head.click();
        head = document.querySelector<HTMLElement>(closed);
      }
      return n;
    },
    /** The rows saved as open in the plugin's data. */
    openRows: () => (saved as { sidebarOpenRows?: unknown } | null)?.sidebarOpenRows,
    /** The leaf's state, as Obsidian saves it in workspace.json. */
    leafState: () => structuredClone(view.getState()),
    /** Close the view and open it again, as a user closing and reopening the sidebar. */
    reopen: async () => {
      await view.onClose();
      view.unload();
      view.load();
      await view.onOpen();
    },
    /** Rename or move a note (into a folder made first if missing, as a user's move has). */
    rename: async (path: string, to: string) => {
      const file = app.vault.getFileByPath(path);
      if (!file) throw new Error(`no ${path}`);
      const folder = to.slice(0, to.lastIndexOf('/'));
      if (folder && !app.vault.getFolderByPath(folder)) await app.vault.createFolder(folder);
      await app.vault.rename(file, to);
    },
  },
});
