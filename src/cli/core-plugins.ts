/**
 * Obsidian's core plugins as the command line sees them, from the vault's config
 * folder (`.obsidian/core-plugins.json`): an object of id → enabled in current
 * versions, a list of the enabled ids in older ones. Used for one thing: whether a
 * person note the command line creates embeds the 1:1 base, as the plugin's does.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { oneOnOnesBasePath, withThisPersonEmbed } from '../core/bases/one-on-ones-base';

/** `core-plugins.json` in `.obsidian`, or in the one other dot folder that has one. */
function corePluginsFile(vaultDir: string): string | null {
  const standard = join(vaultDir, '.obsidian', 'core-plugins.json');
  if (existsSync(standard)) return standard;
  const found = readdirSync(vaultDir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && d.name.startsWith('.') && d.name !== '.trash')
    .map((d) => join(vaultDir, d.name, 'core-plugins.json'))
    .filter((f) => existsSync(f));
  return found.length === 1 ? found[0]! : null;
}

/** Whether the vault has the core plugin `id` enabled; false when it cannot tell. */
export function corePluginEnabled(vaultDir: string, id: string): boolean {
  const file = corePluginsFile(vaultDir);
  if (!file) return false;
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(file, 'utf8')) as unknown;
  } catch {
    return false;
  }
  if (Array.isArray(data)) return data.includes(id);
  if (typeof data === 'object' && data !== null) {
    return (data as Record<string, unknown>)[id] === true;
  }
  return false;
}

/** The embed a new person note gets: Bases on and the base in the folder; else null. */
export function cliPersonNoteEmbed(vaultDir: string, folder: string): string | null {
  if (!corePluginEnabled(vaultDir, 'bases')) return null;
  const path = oneOnOnesBasePath(folder);
  return existsSync(join(vaultDir, path)) ? withThisPersonEmbed(path) : null;
}
