/** Fixtures from disk, shared by every kind of test (no Obsidian mocks imported here). */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

export const EXAMPLE_VAULT = join(import.meta.dirname, '../../examples/vault');

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
