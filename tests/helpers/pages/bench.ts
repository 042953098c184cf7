// The browser part of the benchmark (npm run bench, not a test): loading the built
// main.js as Obsidian does (its text wrapped in a function, compiled and run, then the
// plugin's onload), the real plugin's onload alone on the mocks, and the production
// sidebar view with 50 people, in Chromium.
// The vault is the benchmark's generated one (10,000 1:1 notes, 50 people); "today"
// is fixed to 2026-11-22. Every time is paired with a run of the baseline B in this
// page, so its ratio compares like with like.
import { setup } from 'obsidian-test-mocks/setup';
import * as obsidianMocks from 'obsidian-test-mocks/obsidian';
import { App, MetadataCache, Plugin } from 'obsidian-test-mocks/obsidian';
import * as codemirrorState from '@codemirror/state';
import * as codemirrorView from '@codemirror/view';
import type { CachedMetadata, Plugin as ObsidianPlugin } from 'obsidian';
import manifest from '../../../manifest.json';
import TouchpointsPlugin from '../../../src/main';
import { sidebarViewDeps } from '../../../src/plugin/overview/commands';
import { MeetingIndexComponent } from '../../../src/plugin/meetings/meeting-index-component';
import { NextNoteService } from '../../../src/plugin/next-note/next-note-service';
import { SidebarData } from '../../../src/plugin/overview/sidebar-data';
import { migrateSettings } from '../../../src/core/settings/settings';
import { SidebarView } from '../../../src/plugin/overview/sidebar-view';
import {
  baselineSampler,
  measure,
  measureAsync,
  median,
  setIntervalMarks,
  type Timing,
} from '../../bench/measure';
import { generateVault, noteText } from '../../bench/vault-gen';

export interface BrowserFigures {
  b: number;
  /** main.js compiled and evaluated, then the plugin constructed, loaded and its onload done. */
  load: Timing;
  /** Where a load's time goes: the medians over every load of each of its phases (ms). */
  phases: LoadPhases;
  onload: Timing;
  render: Timing;
  /** One person updated in the compact list as it opens (every row closed). */
  update: Timing;
  /** The same, with that person's row open into their full card. */
  updateOpen: Timing;
  /** Rows in the compact list (one a person; the first is open into its card). */
  cards: number;
  /** Rows (with their open card) changed in the DOM by one more update (1: only that person's). */
  touched: number;
}

/**
 * The phases of one load of main.js: `compile` is `new Function(text)` (V8 parses the
 * whole text, pre-parsing the inner functions it leaves lazy), `evaluate` the call (the
 * bundle's top level, compiling each function it runs on the way), `construct` the
 * plugin's constructor, `onload` the work of `load()` and the async onload, and `wait`
 * the time onload spent waiting for its settings (`loadData`) with nothing to do.
 */
export interface LoadPhases {
  compile: number;
  evaluate: number;
  construct: number;
  onload: number;
  wait: number;
}

declare global {
  interface Window {
    runBench?: (meetings: number, mainJs: string) => Promise<BrowserFigures>;
  }
}

setup();
let gen = generateVault({ meetings: 0, people: 50, others: 0 });
let files: Record<string, string> = {};

/** Link text to vault path, as Obsidian's lookup by name answers it. */
const links = new Map<string, string>();

// The mocks resolve a link by scanning every file (for every link of every note while
// the vault is made); Obsidian keeps a lookup by name. Resolve through a map, so the
// figures are ours and not the mocks' scan, and making a vault of 10,000 notes is quick.
MetadataCache.prototype.getFirstLinkpathDest = function (this: MetadataCache, linkpath: string) {
  const path = links.get(linkpath);
  return path === undefined ? null : this.app__.vault.getFileByPath(path);
};

function makeApp(): App {
  links.clear();
  for (const path of Object.keys(files)) {
    links.set(path.slice(0, -3), path);
    links.set(path.slice(path.lastIndexOf('/') + 1, -3), path);
  }
  const app = App.createConfigured__({ files });
  // Code reads app.plugins (not in the public API): assign it before anything runs.
  (app as unknown as { plugins: unknown }).plugins = { enabledPlugins: new Set(), plugins: {} };
  return app;
}

/** The phases of the loads timed so far (one entry a load, in ms). */
const phaseLog: Record<keyof LoadPhases, number[]> = {
  compile: [],
  evaluate: [],
  construct: [],
  onload: [],
  wait: [],
};

/** Obsidian's startup: construct the plugin and load it, until its async onload is done. */
async function loadPlugin(
  app: App,
  Class: typeof TouchpointsPlugin = TouchpointsPlugin,
): Promise<TouchpointsPlugin> {
  const t0 = performance.now();
  const plugin = new Class(app.asOriginalType__(), manifest);
  const t1 = performance.now();
  Plugin.fromOriginalType2__(plugin).data__ = null;
  let done: Promise<void> = Promise.resolve();
  const onload = plugin.onload.bind(plugin);
  plugin.onload = () => (done = onload());
  // When the settings arrive: from load() returning until then, onload only waits.
  const loadData = plugin.loadData.bind(plugin);
  let arrived = 0;
  plugin.loadData = async () => {
    const data: unknown = await loadData();
    arrived = performance.now();
    return data;
  };
  plugin.load();
  const t2 = performance.now();
  await done;
  const t3 = performance.now();
  phaseLog.construct.push(t1 - t0);
  phaseLog.wait.push(arrived - t2);
  phaseLog.onload.push(t2 - t1 + (t3 - arrived));
  return plugin;
}

/** What the app provides to a plugin's `require`: its API and its CodeMirror. */
const PROVIDED: Record<string, unknown> = {
  obsidian: obsidianMocks,
  '@codemirror/state': codemirrorState,
  '@codemirror/view': codemirrorView,
};

let loads = 0;

/**
 * Obsidian's way of loading a plugin: the text of main.js wrapped in a function and
 * called with `require`, `module` and `exports`. Every call gets a text of its own (a
 * comment with a counter at the end), so V8's compilation cache never serves it: no
 * code cache, as on a first start.
 */
function evaluateBundle(text: string): typeof TouchpointsPlugin {
  const module = { exports: {} as { default?: typeof TouchpointsPlugin } };
  const source = `${text}\n//# load ${loads++}`;
  const t0 = performance.now();
  // eslint-disable-next-line @typescript-eslint/no-implied-eval -- this is how Obsidian loads a plugin
  const wrapped = new Function('require', 'module', 'exports', source) as (
    require: (id: string) => unknown,
    module: { exports: unknown },
    exports: unknown,
  ) => void;
  const t1 = performance.now();
  const require = (id: string): unknown => {
    if (!(id in PROVIDED))
      throw new Error(`main.js requires ${id}, which the app does not provide`);
    return PROVIDED[id];
  };
  wrapped(require, module, module.exports);
  phaseLog.compile.push(t1 - t0);
  phaseLog.evaluate.push(performance.now() - t1);
  if (!module.exports.default) throw new Error('main.js exports no plugin class');
  return module.exports.default;
}

/** main.js loaded as Obsidian loads it, then the plugin's onload, over a vault before layout ready. */
async function loadTiming(
  baseline: () => number,
  text: string,
): Promise<{ timing: Timing; phases: LoadPhases }> {
  const app = makeApp();
  for (const log of Object.values(phaseLog)) log.length = 0;
  const loaded: TouchpointsPlugin[] = [];
  const timing = await measureAsync(
    async () => {
      loaded.push(await loadPlugin(app, evaluateBundle(text)));
    },
    { baseline, samples: 15 },
  );
  const registered = Plugin.fromOriginalType2__(loaded[0]!).commands__.size;
  for (const p of loaded) p.unload();
  if (registered === 0) throw new Error('the bundle registered no command');
  const phases = {} as LoadPhases;
  for (const [k, log] of Object.entries(phaseLog)) phases[k as keyof LoadPhases] = median(log);
  return { timing, phases };
}

async function onloadTiming(baseline: () => number): Promise<Timing> {
  // Layout is never ready here: onload must leave all vault work to layout ready.
  const app = makeApp();
  const loaded: TouchpointsPlugin[] = [];
  const timing = await measureAsync(
    async () => {
      loaded.push(await loadPlugin(app));
    },
    { baseline },
  );
  const registered = Plugin.fromOriginalType2__(loaded[0]!).commands__.size;
  for (const p of loaded) p.unload();
  if (registered === 0) throw new Error('onload registered no command');
  return timing;
}

function now(): Date {
  return new Date(2026, 10, 22, 9, 30);
}

/** The production sidebar over a fresh mock vault, opened (index built, person notes read). */
export async function openSidebar(): Promise<{
  view: SidebarView;
  sidebarData: SidebarData;
  app: ReturnType<App['asOriginalType__']>;
}> {
  const app = makeApp();
  const original = app.asOriginalType__();
  const settings = migrateSettings({});
  const meetings = new MeetingIndexComponent(original, () => ({
    cadenceDays: settings.defaultCadence,
    careerCadence: settings.defaultCareerCadence,
  }));
  meetings.load();
  app.workspace.setLayoutReady__();
  while (!meetings.isReady()) await new Promise((r) => setTimeout(r, 10));
  const service = new NextNoteService({ app: original, meetings, settings: () => settings, now });
  const sidebarData = new SidebarData({ app: original, meetings, settings: () => settings, now });
  sidebarData.load();
  const deps = sidebarViewDeps({
    plugin: { app: original, saveData: async () => undefined } as unknown as ObsidianPlugin,
    meetings,
    nextNote: service,
    settings: () => settings,
    sidebarData,
  });
  const view = new SidebarView(original.workspace.getRightLeaf(false)!, deps);
  // What Obsidian's workspace gives a view: a padded content area that scrolls (the
  // page has the rule for .view-content, see tests/bench/browser-suite.ts).
  view.contentEl.addClass('view-content');
  document.body.appendChild(view.containerEl);
  await view.onOpen();
  return { view, sidebarData, app: original };
}

/**
 * Wait until the open items of every card drawn are read (issue 15.6: a drawn card
 * counts them from the text of its notes, read once after it is first drawn; a closed
 * row shows no count and reads nothing, so only the open rows' cards wait): the
 * sidebar as a user has it open, a moment after opening it. The samples below run
 * without yielding, so a read started by the first render would otherwise still be
 * pending in all of them.
 */
async function openItemsRead(view: SidebarView, data: SidebarData): Promise<void> {
  const drawn = (): string[] =>
    [...view.contentEl.querySelectorAll('.touchpoints-card')].map((c) =>
      c.getAttribute('data-person')!,
    );
  for (let i = 0; i < 400; i++) {
    if (drawn().every((key) => data.openItemsOf(key) !== null)) return;
    await new Promise((r) => setTimeout(r, 5));
  }
  throw new Error('the open items of the cards drawn were never read');
}

async function sidebar(
  baseline: () => number,
): Promise<Pick<BrowserFigures, 'render' | 'update' | 'updateOpen' | 'cards' | 'touched'>> {
  const { view, sidebarData, app: original } = await openSidebar();
  // The compact list with the person on top (most urgent) open into their card: the
  // rows, and the card that an update below patches.
  const key = view.contentEl.querySelector('.touchpoints-row')!.getAttribute('data-person')!;
  view.toggleRow(key);
  await openItemsRead(view, sidebarData);
  const openCard = (): boolean =>
    view.contentEl.querySelector(`.touchpoints-card[data-person="${CSS.escape(key)}"]`) !== null;
  if (!openCard()) throw new Error('the row on top did not open into its card');
  const layout = (): number =>
    view.contentEl.getBoundingClientRect().height + view.contentEl.scrollHeight;
  // Opening the sidebar once the stats are current (the status bar computes them; they
  // have their own budget): the model with every card made anew, the rows and the open
  // card, the layout.
  const render = measure(
    () => {
      view.refresh(true);
      layout();
    },
    {
      setup: () => {
        sidebarData.stats.invalidate();
        sidebarData.dueCount();
        void view.onClose();
      },
      baseline,
      samples: 21,
    },
  );
  // One person's note changes: the metadata event reaches the index and the sidebar data,
  // then the view refreshes (what the debounced notice does) and the layout follows.
  // The person on top (most urgent, their row open): their last 1:1 up to today is
  // cancelled and back, which moves both clocks, the timeline and the recent stats.
  const folder = `One-on-ones/${key.slice('People/'.length, -'.md'.length)}/`;
  const past = gen.meetings.filter(
    (m) => m.path.startsWith(folder) && String(m.meta.frontmatter!.date) <= gen.today,
  );
  const latest = past.reduce((a, b) =>
    String(a.meta.frontmatter!.date) > String(b.meta.frontmatter!.date) ? a : b,
  );
  const file = original.vault.getFileByPath(latest.path);
  if (!file) throw new Error(`no ${latest.path}`);
  const cache = original.metadataCache.getFileCache(file)!;
  const versions: CachedMetadata[] = [
    cache,
    { ...cache, frontmatter: { ...cache.frontmatter, status: 'cancelled' } },
  ];
  let k = 0;
  const change = (): void => {
    original.metadataCache.trigger('changed', file, '', versions[k++ % 2]!);
    view.refresh();
    layout();
  };
  // Open into their card (as a user who opened that row has it), then as the list opens:
  // every row closed, the changed person's row redrawn.
  const updateOpen = measure(change, { baseline, samples: 21 });
  view.toggleRow(key);
  if (openCard()) throw new Error('the row on top did not close');
  const update = measure(change, { baseline, samples: 21 });
  view.toggleRow(key);
  if (!openCard()) throw new Error('the row on top did not open again');
  // Which cards one more update touches: the changed person's only.
  const watch = new MutationObserver(() => undefined);
  watch.observe(view.contentEl, {
    subtree: true,
    childList: true,
    attributes: true,
    characterData: true,
  });
  original.metadataCache.trigger('changed', file, '', versions[k++ % 2]!);
  view.refresh();
  const touched = new Set(
    watch
      .takeRecords()
      .map((r) =>
        (r.target.nodeType === Node.ELEMENT_NODE
          ? (r.target as Element)
          : r.target.parentElement
        )?.closest('.touchpoints-row'),
      ),
  );
  watch.disconnect();
  touched.delete(null);
  touched.delete(undefined);
  return {
    render,
    update,
    updateOpen,
    cards: view.contentEl.querySelectorAll('.touchpoints-row').length,
    touched: touched.size,
  };
}

window.runBench = async (meetings: number, mainJs: string): Promise<BrowserFigures> => {
  // Every timed interval marked, for the Node side's clock of this thread (trace-clock.ts).
  setIntervalMarks((name) => performance.mark(name));
  gen = generateVault({ meetings, people: 50, others: meetings / 5 });
  files = {};
  for (const note of gen.all) files[note.path] = noteText(note);
  const b = baselineSampler();
  const { timing: load, phases } = await loadTiming(b.sample, mainJs);
  const onload = await onloadTiming(b.sample);
  const side = await sidebar(b.sample);
  const all = [...b.all].sort((x, y) => x - y);
  return { b: all[all.length >> 1]!, load, phases, onload, ...side };
};
