/**
 * Optional plugins, reached through `app.plugins` behind small interfaces of our own.
 * Everything here is fail-soft: a missing or changed plugin means "not available".
 */
import type { App, TFile, TFolder } from 'obsidian';

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
 * Whether the Tasks plugin is enabled without a status for `>`: then forwarded items
 * still count as "not done" in its queries. Null when Tasks is not enabled.
 */
export function tasksLacksForwardedStatus(app: App): boolean | null {
  const plugin = enabledPlugin(app, 'obsidian-tasks-plugin') as {
    settings?: {
      statusSettings?: {
        coreStatuses?: Array<{ symbol?: string }>;
        customStatuses?: Array<{ symbol?: string }>;
      };
    };
  } | null;
  if (!plugin) return null;
  const s = plugin.settings?.statusSettings;
  if (!s) return null;
  const all = [...(s.coreStatuses ?? []), ...(s.customStatuses ?? [])];
  return !all.some((st) => st.symbol === '>');
}
