/**
 * The one place that knows obsidian-test-mocks. Tests build a vault from a map of
 * files, load the real plugin class, run commands by id and read files back.
 * Traps handled here: plugin.load() does not await onload; layout ready must be
 * triggered; registered views must be built by hand; modals must be caught rather
 * than opened; the mocks' strict proxies must never reach a matcher.
 */
import { afterEach, beforeEach, vi } from 'vitest';
import {
  App,
  Editor,
  MarkdownView,
  Menu,
  Notice,
  Plugin,
  type WorkspaceLeaf,
} from 'obsidian-test-mocks/obsidian';
import type {
  Editor as ObsidianEditor,
  Menu as ObsidianMenu,
  View as ObsidianView,
} from 'obsidian';
import TouchpointsPlugin from '../../src/main';
import { PrepareReminderNotice } from '../../src/plugin/overview/prepare-reminder';
import manifest from '../../manifest.json';
import { makeRealistic } from './realistic';

export interface Harness {
  app: App;
  plugin: TouchpointsPlugin;
  /** Run a command by its id (without the plugin prefix); false when it is not available. */
  run(id: string): Promise<boolean>;
  /** Whether a command is available right now (its check callback says yes). */
  available(id: string): boolean;
  read(path: string): Promise<string>;
  exists(path: string): boolean;
  write(path: string, text: string): Promise<void>;
  open(path: string): Promise<void>;
  /** Paths of every file, sorted. */
  paths(): string[];
  /** Notice messages shown so far. */
  notices: string[];
  /** The fragments of Notices shown with one (their elements keep their listeners). */
  noticeFragments: DocumentFragment[];
  /** Let pending work finish: metadata parsing (realistic mode), then a few ticks. */
  settle(): Promise<void>;
  /** Realistic mode: index the notes held back from the cache (`late`) now. */
  arrive(): Promise<void>;
  realistic: boolean;
}

/** How a harness is built. */
export interface HarnessOptions {
  /** The plugin's saved data. */
  data?: unknown;
  /** Other plugins, by id, as `app.plugins.plugins` holds them. */
  plugins?: Record<string, unknown>;
  /**
   * Behave like the real app (realistic.ts). Defaults to the TOUCHPOINTS_REALISTIC
   * environment variable, which the `obsidian-realistic` vitest project sets, so every
   * plugin test runs in both modes.
   */
  realistic?: boolean;
  /** Realistic mode: notes not in the metadata cache at layout ready (see `arrive`). */
  late?: string[];
  /**
   * Let the once-a-day reminder to prepare show (off unless a test is about it): its
   * Notice comes after the sidebar's 100 ms debounce, so under load it would land in
   * the middle of any test's Notices.
   */
  reminder?: boolean;
  /**
   * The plugin class to load: the source's by default; tests/plugin/main-bundle.test.ts
   * passes the one from the built main.js. The reminder's check is the source's alone,
   * so a built class shows its reminder unless the settings turn it off.
   */
  pluginClass?: typeof TouchpointsPlugin;
}

export { EXAMPLE_VAULT, filesFrom } from './vault-files';

const tick = (): Promise<void> => new Promise((r) => setTimeout(r, 0));

/**
 * Every plugin a test loaded is unloaded after it: a plugin left running keeps its
 * timers and event handlers (the sidebar's debounced updates, the reminder to prepare),
 * which would fire during the next test and show their Notices there.
 */
const loaded: TouchpointsPlugin[] = [];
/** The reminder's own check, and whether the current test lets it run. */
const checkOf = (): unknown =>
  Object.getOwnPropertyDescriptor(PrepareReminderNotice.prototype, 'check')?.value;
const reminderCheck = checkOf() as (
  this: PrepareReminderNotice,
) => ReturnType<PrepareReminderNotice['check']>;
let reminderOn = false;
afterEach(() => {
  for (const plugin of loaded.splice(0)) {
    try {
      plugin.unload();
    } catch {
      // A test that already unloaded its plugin, or a mock that cannot: nothing left to stop.
    }
  }
});

export async function createHarness(
  files: Record<string, string>,
  options: HarnessOptions = {},
): Promise<Harness> {
  const app = App.createConfigured__({ files });
  const realistic = options.realistic ?? process.env.TOUCHPOINTS_REALISTIC === '1';
  if (options.late && !realistic) throw new Error('Late notes need the realistic mode');
  const manners = realistic ? makeRealistic(app, options.late) : null;
  const notices: string[] = [];
  const noticeFragments: DocumentFragment[] = [];
  vi.spyOn(Notice.prototype, 'constructor__').mockImplementation(function (
    message: DocumentFragment | string,
  ) {
    notices.push(typeof message === 'string' ? message : (message.textContent ?? ''));
    if (typeof message !== 'string') noticeFragments.push(message);
  });
  reminderOn = options.reminder ?? false;
  if (!vi.isMockFunction(checkOf())) {
    vi.spyOn(PrepareReminderNotice.prototype, 'check').mockImplementation(function (
      this: PrepareReminderNotice,
    ) {
      return reminderOn ? reminderCheck.call(this) : null;
    });
  }
  // The day the reminder to prepare last showed is kept in local storage: each harness starts afresh.
  window.localStorage.clear();
  const registry = {
    enabledPlugins: new Set(Object.keys(options.plugins ?? {})),
    plugins: options.plugins ?? {},
  };
  // Code reads app.plugins and app.internalPlugins (not in the public API, absent from
  // the mocks): assign them before anything runs. No core plugin is on unless a test says.
  (app as unknown as { plugins: unknown }).plugins = registry;
  (app as unknown as { internalPlugins: unknown }).internalPlugins = { plugins: {} };
  const original = app.asOriginalType__();
  const plugin = new (options.pluginClass ?? TouchpointsPlugin)(original, manifest);
  const mockPlugin = Plugin.fromOriginalType2__(plugin);
  mockPlugin.data__ = options.data ?? null;
  plugin.load();
  loaded.push(plugin);
  await tick();
  await tick();
  app.workspace.setLayoutReady__();
  await tick();
  const settle = async (): Promise<void> => {
    for (let i = 0; i < 5; i++) await tick();
    if (!manners) return;
    await manners.idle();
    for (let i = 0; i < 5; i++) await tick();
  };
  const commands = (): Map<
    string,
    { checkCallback?: (c: boolean) => boolean | void; callback?: () => unknown }
  > => mockPlugin.commands__;
  const find = (
    id: string,
  ): { checkCallback?: (c: boolean) => boolean | void; callback?: () => unknown } => {
    const cmd = commands().get(id) ?? commands().get(`touchpoints:${id}`);
    if (!cmd) throw new Error(`No command ${id}; have ${[...commands().keys()].join(', ')}`);
    return cmd;
  };
  return {
    app,
    plugin,
    notices,
    noticeFragments,
    settle,
    realistic,
    arrive: async () => {
      if (!manners) throw new Error('arrive() needs the realistic mode');
      await manners.arrive();
      await settle();
    },
    available: (id) => {
      const cmd = find(id);
      return cmd.checkCallback ? cmd.checkCallback(true) === true : true;
    },
    run: async (id) => {
      const cmd = find(id);
      if (cmd.checkCallback) {
        if (cmd.checkCallback(true) !== true) return false;
        cmd.checkCallback(false);
      } else cmd.callback?.();
      await settle();
      return true;
    },
    read: async (path) => {
      const file = app.vault.getFileByPath(path);
      if (!file) throw new Error(`No file ${path}`);
      return app.vault.read(file);
    },
    exists: (path) => app.vault.getAbstractFileByPath(path) !== null,
    write: async (path, text) => {
      const file = app.vault.getFileByPath(path);
      if (!file) throw new Error(`No file ${path}`);
      await app.vault.modify(file, text);
      await settle();
    },
    open: async (path) => {
      const file = app.vault.getFileByPath(path);
      if (!file) throw new Error(`No file ${path}`);
      const leaf = app.workspace.getLeaf(false);
      await leaf.openFile(file);
    },
    paths: () =>
      app.vault
        .getFiles()
        .map((f) => f.path)
        .sort(),
  };
}

/**
 * Catch the modals of a class the code opens instead of opening them: the mocks'
 * `Modal.open()` closes the modal again on the next tick, before a test can drive it.
 * Returns the caught instances, in order;
 * `then` runs on each as it is caught (to answer it at once). The spy is restored with
 * the others (`useFakeToday` restores them after each test).
 */
export function captureModals<T extends { open(): void }>(
  cls: { prototype: T },
  then?: (modal: T) => void,
): T[] {
  const opened: T[] = [];
  const proto: { open: () => void } = cls.prototype;
  vi.spyOn(proto, 'open').mockImplementation(function (this: unknown) {
    opened.push(this as T);
    then?.(this as T);
  });
  return opened;
}

/** A mock editor holding `text`, for editor commands and the editor menu. */
export function mockEditor(text: string): ObsidianEditor {
  // The mocks' Editor is abstract in its types only; a subclass is what MarkdownView uses too.
  const editor = new (class extends Editor {})();
  editor.setValue(text);
  return editor.asOriginalType__();
}

/** A new mock menu, as Obsidian hands to 'editor-menu' listeners. */
export function mockMenu(): ObsidianMenu {
  return Menu.create2__().asOriginalType2__();
}

/** The items of a (mock) menu: title, whether it is a label, and a click. */
export function menuItems(
  menu: ObsidianMenu,
): Array<{ title: string; isLabel: boolean; click: () => void }> {
  return Menu.fromOriginalType2__(menu).menuItems__.map((item) => ({
    title: typeof item.title__ === 'string' ? item.title__ : (item.title__.textContent ?? ''),
    isLabel: item.isLabel__,
    click: () => void item.onClick__?.(new MouseEvent('click')),
  }));
}

/**
 * Build the view registered for `type` in `leaf` (by default the first leaf of that
 * type; the mocks' setViewState does not build it), attach it to the document and open
 * it as the app's `setViewState` does: `onOpen` first, then `setState` with the state
 * the leaf was given (`{}` when none), so a view restored from workspace.json gets its
 * state only after it has opened.
 */
export async function openRegisteredView(
  h: Harness,
  type: string,
  leaf: WorkspaceLeaf | undefined = h.app.workspace.getLeavesOfType(type)[0],
): Promise<ObsidianView | null> {
  if (!leaf) return null;
  const creator = Plugin.fromOriginalType2__(h.plugin).views__.get(type);
  if (!creator) throw new Error(`No view registered for ${type}`);
  const view = creator(leaf.asOriginalType3__());
  await leaf.open(view);
  document.body.appendChild(view.containerEl);
  await (view as unknown as { onOpen(): Promise<void> }).onOpen();
  await view.setState(leaf.getViewState().state ?? {}, { history: false });
  return view;
}

/**
 * What Obsidian writes to workspace.json for a leaf holding `view`: its type and
 * `view.getState()`, through JSON (the mocks' `leaf.getViewState()` never asks the
 * view, so a test must take the state from the view itself, as the app does).
 */
export function savedLeafState(view: ObsidianView): {
  type: string;
  state: Record<string, unknown>;
} {
  return {
    type: view.getViewType(),
    state: JSON.parse(JSON.stringify(view.getState())) as Record<string, unknown>,
  };
}

/**
 * Open every closed row of the 1:1 sidebar's compact list into its person's card, as a
 * click on each row does (the sidebar opens with every row closed).
 */
export function openAllRows(view: ObsidianView): void {
  const closed = '.touchpoints-row-head[aria-expanded="false"]';
  for (let head = view.containerEl.querySelector<HTMLElement>(closed); head;) {
    head.click();
    head = view.containerEl.querySelector<HTMLElement>(closed);
  }
}

export { MarkdownView };

/**
 * In a describe block: "today" is Sunday 2026-11-22, 09:30 local time (only Date is
 * faked, timers run), and every spy is restored after each test.
 */
export function useFakeToday(): void {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date(2026, 10, 22, 9, 30));
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.restoreAllMocks();
  });
}
