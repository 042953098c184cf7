/**
 * Obsidian's core Bases plugin (1.9 and later), reached behind a small interface of
 * our own: whether it is there and on, and the embed a new person note gets. The
 * core plugin registry is not in the public API, so anything unexpected means "off".
 */
import { normalizePath, type App } from 'obsidian';
import { oneOnOnesBasePath, withThisPersonEmbed } from '../../core/bases/one-on-ones-base';

interface CorePluginRegistry {
  plugins?: Record<string, { enabled?: unknown } | undefined>;
  getEnabledPluginById?: (id: string) => unknown;
}

/** Whether the core Bases plugin is enabled in this app. */
export function basesEnabled(app: App): boolean {
  try {
    const registry = (app as unknown as { internalPlugins?: CorePluginRegistry }).internalPlugins;
    if (typeof registry !== 'object' || registry === null) return false;
    const entry = registry.plugins?.bases;
    if (entry && typeof entry.enabled === 'boolean') return entry.enabled;
    if (typeof registry.getEnabledPluginById === 'function') {
      return Boolean(registry.getEnabledPluginById('bases'));
    }
    return false;
  } catch {
    // An app (or a test double) whose registry throws when read: Bases counts as off.
    return false;
  }
}

/**
 * What a new person note embeds: the 1:1 base's person view when Bases is enabled and
 * the base exists in the folder for new notes; otherwise nothing (an embed of a missing
 * file would only show an error).
 */
export function personNoteEmbed(app: App, folder: string): string | null {
  if (!basesEnabled(app)) return null;
  const path = normalizePath(oneOnOnesBasePath(folder));
  return app.vault.getFileByPath(path) ? withThisPersonEmbed(path) : null;
}
