/**
 * Where things are on disk, in one place (the repository, the example vault), and the
 * example vault's notes as a map of files; shared by every kind of test (no Obsidian
 * mocks imported here).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

/** The repository's root folder. */
export const REPO = join(import.meta.dirname, '..', '..');

/** The example vault (examples/vault), which many tests read and the CLI tests copy. */
export const EXAMPLE_VAULT = join(REPO, 'examples', 'vault');

/** The text of a file of the example vault, by its vault path. */
export function exampleNote(path: string): string {
  return readFileSync(join(EXAMPLE_VAULT, path), 'utf8');
}

/** Every Markdown file of a folder on disk (dot folders left out), by vault path. */
export function filesFrom(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (d: string): void => {
    for (const name of readdirSync(d)) {
      if (name.startsWith('.')) continue;
      const full = join(d, name);
      if (statSync(full).isDirectory()) walk(full);
      else if (name.endsWith('.md'))
        out[relative(dir, full).split('\\').join('/')] = readFileSync(full, 'utf8');
    }
  };
  walk(dir);
  return out;
}
