/**
 * Optional plugins, reached through `app.plugins` behind small interfaces of our own.
 * Everything here is fail-soft: a missing or changed plugin means "not available".
 */
import type { App, TFile, TFolder } from 'obsidian';
import { tasksForwardedHint } from '../../core/settings/tasks-statuses';

interface TemplaterApi {
  create_new_note_from_template(
    template: TFile | string,
    folder?: TFolder | string,
    filename?: string,
    openNewNote?: boolean,
  ): Promise<TFile | undefined>;
}

interface PluginRegistry {
  enabledPlugins?: Set<string>;
  plugins?: Record<string, unknown>;
}

function registry(app: App): PluginRegistry | null {
  const plugins = (app as unknown as { plugins?: PluginRegistry }).plugins;
  return typeof plugins === 'object' && plugins !== null ? plugins : null;
}

function enabledPlugin(app: App, id: string): unknown {
  const reg = registry(app);
  if (!reg?.enabledPlugins?.has(id)) return null;
  return reg.plugins?.[id] ?? null;
}

/** Templater's note-creation API when Templater is installed and enabled. */
export function templaterApi(app: App): TemplaterApi | null {
  const plugin = enabledPlugin(app, 'templater-obsidian') as {
    templater?: Partial<TemplaterApi>;
  } | null;
  const api = plugin?.templater;
  return api && typeof api.create_new_note_from_template === 'function'
    ? (api as TemplaterApi)
    : null;
}

/**
 * Whether Templater jumps to the first `tp.file.cursor()` when it opens a note it
 * created (its "Automatic jump to cursor" setting, off by default).
 */
export function templaterJumpsToCursor(app: App): boolean {
  const plugin = enabledPlugin(app, 'templater-obsidian') as {
    settings?: { auto_jump_to_cursor?: unknown };
  } | null;
  return plugin?.settings?.auto_jump_to_cursor === true;
}

/** What we use of the Tasks plugin: its saved settings (Tasks keeps none on its plugin object). */
interface TasksPlugin {
  /** Obsidian's Plugin#loadData: Tasks' data.json, where it saves its settings; null if none. */
  loadData(): Promise<unknown>;
}

/**
 * How to set up the Tasks plugin so forwarded items drop out of its "not done"
 * queries, read from the status settings Tasks saved; null when Tasks is not enabled,
 * needs no change, or its data cannot be read or understood.
 */
export async function tasksForwardedHintOf(app: App): Promise<string | null> {
  const plugin = enabledPlugin(app, 'obsidian-tasks-plugin') as Partial<TasksPlugin> | null;
  if (typeof plugin?.loadData !== 'function') return null;
  try {
    return tasksForwardedHint(await plugin.loadData());
  } catch {
    return null;
  }
}
