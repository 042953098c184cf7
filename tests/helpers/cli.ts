/**
 * Shared by the command line's end-to-end tests: build the CLI bundle, copy the
 * example vault to a temporary folder (and remove the copy), run `node dist/cli.mjs`,
 * and snapshot every file of a vault byte for byte.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { makeTempFolder, removeTempFolder } from './temp-folders';
import { EXAMPLE_VAULT, REPO } from './vault-files';

export { EXAMPLE_VAULT, REPO };
export const CLI = join(REPO, 'dist', 'cli.mjs');

/** Build dist/cli.mjs with the project's own script; throws with esbuild's message on failure. */
export function buildCli(): void {
  const r = spawnSync(process.execPath, [join(REPO, 'scripts', 'build-cli.mjs'), '--quiet'], {
    encoding: 'utf8',
  });
  if (r.status !== 0) throw new Error(`build-cli failed: ${r.stderr}`);
}

/**
 * A fresh copy of the example vault in the system's temp folder (its `.obsidian` left
 * out). Remove it with removeVault() when done (the tests do it in afterEach).
 */
export function copyVault(): string {
  const dir = makeTempFolder('cli');
  cpSync(EXAMPLE_VAULT, dir, {
    recursive: true,
    filter: (src) => !relative(EXAMPLE_VAULT, src).split(sep).includes('.obsidian'),
  });
  return dir;
}

/** Remove a copy made by copyVault(), with everything a test wrote into it. */
export function removeVault(dir: string): void {
  removeTempFolder(dir);
}

export interface CliRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

/**
 * Run the built CLI with `args`; `env` is merged over this process's environment. From
 * another working folder (`cwd`), npm's INIT_CWD (set when the tests run through npm)
 * is left out unless `env` gives it, as in a shell.
 */
export function cli(
  args: readonly string[],
  env: Record<string, string> = {},
  cwd: string = REPO,
): CliRun {
  return runNode([CLI, ...args], env, cwd);
}

/** Run `node <args>` as `cli` does (the same environment rules). */
export function runNode(
  args: readonly string[],
  env: Record<string, string> = {},
  cwd: string = REPO,
): CliRun {
  const base: Record<string, string | undefined> = { ...process.env };
  if (cwd !== REPO) delete base.INIT_CWD;
  const r = spawnSync(process.execPath, args, {
    encoding: 'utf8',
    env: { ...base, ...env },
    cwd,
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** Every file of a folder (dot-folders included) by slash-separated relative path. */
export function snapshot(dir: string): Map<string, Buffer> {
  const out = new Map<string, Buffer>();
  const walk = (folder: string): void => {
    for (const entry of readdirSync(join(dir, folder), { withFileTypes: true })) {
      const path = folder ? `${folder}/${entry.name}` : entry.name;
      if (entry.isDirectory()) walk(path);
      else out.set(path, readFileSync(join(dir, path)));
    }
  };
  walk('');
  return out;
}

/** The paths whose bytes differ between two snapshots, or that exist in only one. */
export function changedFiles(before: Map<string, Buffer>, after: Map<string, Buffer>): string[] {
  const paths = new Set([...before.keys(), ...after.keys()]);
  return [...paths]
    .filter((p) => !(before.get(p)?.equals(after.get(p) ?? Buffer.alloc(0)) && after.has(p)))
    .sort();
}

/** A note's text in a vault. */
export function note(vault: string, path: string): string {
  return readFileSync(join(vault, path), 'utf8');
}
