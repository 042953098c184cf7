/**
 * The plugin's settings as the command line sees them: the plugin's own defaults,
 * with the vault's `.obsidian/plugins/touchpoints/data.json` merged over them by the
 * plugin's own migration, so the command line and the plugin agree.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { TouchpointsConfig } from '../core/settings/config';
import { migrateSettings } from '../core/settings/settings';
import { vaultPath } from '../core/shared/vault-path';
import { InputError, oneLine } from './errors';

/** Where Obsidian keeps the plugin's settings, relative to the vault. */
export const SETTINGS_PATH = '.obsidian/plugins/touchpoints/data.json';

/**
 * The settings file: in `.obsidian`, or in the one other dot folder at the vault's top
 * that holds it (Obsidian lets a vault use another config folder name).
 */
function settingsFile(vaultDir: string): string | null {
  const standard = join(vaultDir, SETTINGS_PATH);
  if (existsSync(standard)) return standard;
  const found = readdirSync(vaultDir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && d.name.startsWith('.') && d.name !== '.trash')
    .map((d) => join(vaultDir, d.name, 'plugins', 'touchpoints', 'data.json'))
    .filter((f) => existsSync(f));
  return found.length === 1 ? found[0]! : null;
}

/** The plugin's default settings (`DEFAULT_SETTINGS`, core/settings), as a fresh copy. */
export function defaultConfig(): TouchpointsConfig {
  return migrateSettings({});
}

/**
 * The settings of the vault at `vaultDir`: the defaults when it has no settings file,
 * else the file merged over the defaults (invalid values fall back to defaults, as in
 * the plugin). A file that is not a JSON object, or whose folder is outside the vault
 * (`../x`, `C:\x`), is an InputError naming it: notes created with the wrong folder or
 * types would be worse than no notes.
 */
export function loadConfig(vaultDir: string): TouchpointsConfig {
  const file = settingsFile(vaultDir);
  if (!file) return defaultConfig();
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, 'utf8')) as unknown;
  } catch (error) {
    throw new InputError(
      `${SETTINGS_PATH} in the vault is not valid JSON (${oneLine(error)}); fix or delete it`,
    );
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    throw new InputError(
      `${SETTINGS_PATH} in the vault is not a settings object; fix or delete it`,
    );
  }
  const folder = (raw as Record<string, unknown>).folder;
  // A folder outside the vault is bad input, not a default: the notes would go elsewhere.
  if (typeof folder === 'string' && folder.trim() && vaultPath(folder) === null) {
    throw new InputError(
      `the setting "folder" in ${SETTINGS_PATH} is ${JSON.stringify(folder)}, a folder outside the vault; set a folder inside the vault`,
    );
  }
  return migrateSettings(raw);
}
