/**
 * What most commands start with: options read and checked, the vault opened, its
 * settings read and its notes indexed.
 */
import { resolve } from 'node:path';
import type { TouchpointsConfig } from '../core/settings/config';
import { isIsoDate, whyNotADate, type IsoDate } from '../core/shared/dates';
import { stringFlag, type ParsedArgs } from './args';
import { InputError, UsageError } from './errors';
import { loadConfig } from './config';
import { FsVault } from './fs-vault';
import { loadVault, type LoadedVault } from './load-vault';

/** An opened vault with its settings and index, ready for a command. */
export interface VaultSession {
  vault: FsVault;
  config: TouchpointsConfig;
  loaded: LoadedVault;
}

/**
 * A date option's value, checked to be a real calendar date (2026-02-30 is not) in the
 * years 1900 to 2999, or undefined when the option was not given.
 */
export function dateFlag(args: ParsedArgs, name: string): IsoDate | undefined {
  const value = stringFlag(args, name);
  if (value === undefined) return undefined;
  if (!isIsoDate(value)) {
    const written = String(value);
    const why = whyNotADate(written);
    throw new InputError(
      `--${name} ${written} ${why.startsWith('is outside') ? why : 'is not a valid date (yyyy-MM-dd)'}`,
    );
  }
  return value;
}

/** The one `<person>` argument of `next` and `prepare`, trimmed; a usage error otherwise. */
export function personArg(args: ParsedArgs, command: string): string {
  if (args.positionals.length === 0) throw new UsageError('missing <person>', command);
  if (args.positionals.length > 1) {
    throw new UsageError(
      `expected one person, got ${args.positionals.length} arguments (quote a name with spaces)`,
      command,
    );
  }
  const person = args.positionals[0]!.trim();
  if (!person) throw new UsageError('the person name is empty', command);
  return person;
}

/** The `--vault` option, which every vault command needs. */
export function vaultFlag(args: ParsedArgs, command: string): string {
  const dir = stringFlag(args, 'vault');
  if (dir === undefined) throw new UsageError('missing --vault <dir>', command);
  return dir;
}

/** Open the vault at `dir` (relative to `cwd`), read its settings and index its notes. */
export async function openSession(dir: string, cwd: string): Promise<VaultSession> {
  const vault = FsVault.open(resolve(cwd, dir), dir);
  const config = loadConfig(vault.root);
  const loaded = await loadVault(vault, config);
  return { vault, config, loaded };
}
