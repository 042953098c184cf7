/**
 * Temporary folders for tests, in one registry per test process: each is made in the
 * system's temporary folder under a touchpoints-* name, goes when removeTempFolder()
 * is called, and whatever is still registered when the process exits normally goes
 * then (a last resort: tests remove what they make).
 * scripts/test.mjs fails a run that leaves any touchpoints-* entry behind.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const KEY = Symbol.for('touchpoints.tests.tempFolders');

/**
 * The registry, kept on the process: the test runner may evaluate this module once per
 * test file in one process, and the exit hook must be added once, not once per file.
 */
function registry(): Set<string> {
  const holder = process as unknown as { [KEY]?: Set<string> };
  let folders = holder[KEY];
  if (!folders) {
    const created = new Set<string>();
    process.once('exit', () => {
      for (const dir of created) rmSync(dir, { recursive: true, force: true });
    });
    holder[KEY] = folders = created;
  }
  return folders;
}

/** A new empty folder `touchpoints-<what>-XXXXXX` in the system's temporary folder. */
export function makeTempFolder(what: string): string {
  const dir = mkdtempSync(join(tmpdir(), `touchpoints-${what}-`));
  registry().add(dir);
  return dir;
}

/** Remove a folder made by makeTempFolder(), with everything in it. */
export function removeTempFolder(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
  registry().delete(dir);
}
