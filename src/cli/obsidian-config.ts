/**
 * What the command line reads from a vault's config folder (`.obsidian`, or the one
 * other dot folder that is one): the property types of `types.json` and the folders of
 * the Templates core plugin and of Templater, as the plugin reads them in Obsidian.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { PropertyTypes } from '../core/adopt/adopt-types';
import { vaultPath } from '../core/shared/vault-path';

/** The vault's config folder, or null when it has none. */
export function configFolder(root: string): string | null {
  if (existsSync(join(root, '.obsidian'))) return join(root, '.obsidian');
  const found = readdirSync(root, { withFileTypes: true })
    .filter((d) => d.isDirectory() && /^\.(?!trash$|git$)/.test(d.name))
    .map((d) => join(root, d.name))
    .filter((dir) => existsSync(join(dir, 'app.json')) || existsSync(join(dir, 'types.json')));
  return found.length === 1 ? found[0]! : null;
}

/** A JSON file's object, or null when it is missing or not a JSON object. */
function readObject(path: string): Record<string, unknown> | null {
  try {
    const value = JSON.parse(readFileSync(path, 'utf8')) as unknown;
    return typeof value === 'object' && value !== null && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : null;
  } catch {
    return null;
  }
}

/** The property types of `types.json` (`{"types": {"date": "date", ...}}`), or none. */
export function propertyTypes(config: string | null): PropertyTypes {
  const types = config ? readObject(join(config, 'types.json'))?.types : null;
  if (typeof types !== 'object' || types === null) return {};
  return Object.fromEntries(
    Object.entries(types as Record<string, unknown>).filter(
      (e): e is [string, string] => typeof e[1] === 'string',
    ),
  );
}

/** The template folders of the Templates core plugin and of Templater, when set. */
export function templateFolders(config: string | null): string[] {
  if (!config) return [];
  const folders = [
    readObject(join(config, 'templates.json'))?.folder,
    readObject(join(config, 'plugins', 'templater-obsidian', 'data.json'))?.templates_folder,
  ];
  return folders
    .map((f) => (typeof f === 'string' ? vaultPath(f) : null))
    .filter((f): f is string => f !== null);
}
