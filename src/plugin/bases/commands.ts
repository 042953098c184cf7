/**
 * "Create 1:1 base" (id `create-base`): writes the 1:1 base (`1-1s.base`, a table of
 * every 1:1 note, a per-person view and the upcoming meetings) into the folder for
 * new notes and opens it. Never over an existing file: that one is opened instead.
 */
import { Notice, normalizePath } from 'obsidian';
import { oneOnOnesBase, oneOnOnesBasePath } from '../../core/bases/one-on-ones-base';
import { errorMessage } from '../../core/shared/errors';
import type { CommandDeps } from '../command-deps';
import { ObsidianVaultPort } from '../shared/vault-io';
import { basesEnabled } from './bases-plugin';

/** Create the base (or find the existing one) and open it; returns its path, or null after a Notice. */
export async function createOneOnOnesBase(deps: CommandDeps): Promise<string | null> {
  const { app } = deps.plugin;
  const path = normalizePath(oneOnOnesBasePath(deps.settings().folder));
  const port = new ObsidianVaultPort(app);
  const existing = app.vault.getAbstractFileByPath(path);
  if (existing) {
    new Notice(`${path} already exists; it was left as it is.`);
  } else {
    try {
      await port.create(path, oneOnOnesBase());
    } catch (e) {
      new Notice(`Could not create ${path}: ${errorMessage(e)}`);
      return null;
    }
    new Notice(
      basesEnabled(app)
        ? `Created ${path}. New person notes embed its "With this person" view.`
        : `Created ${path}. Turn on the Bases core plugin (Obsidian 1.9 or later) to see it.`,
      8000,
    );
  }
  const file = app.vault.getFileByPath(path);
  if (file) await app.workspace.getLeaf(false).openFile(file);
  return path;
}

/** Register "Create 1:1 base". */
export function registerBasesCommand(deps: CommandDeps): void {
  deps.plugin.addCommand({
    id: 'create-base',
    name: 'Create 1:1 base',
    callback: () => void createOneOnOnesBase(deps),
  });
}
