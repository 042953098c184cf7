/**
 * The side-by-side comparison: the same generated vault written to a temporary folder,
 * then scanned the way the existing 1:1 plugin does it (read every note file, one
 * awaited read at a time, find 1:1 notes by their frontmatter, scan every line with a
 * regular expression for checkboxes) against our index built from metadata.
 */
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { median } from './measure';
import { noteText, type GenVault } from './vault-gen';

/** Write every note of the vault as a Markdown file; returns the folder. */
export function writeVault(vault: GenVault): string {
  const dir = mkdtempSync(join(tmpdir(), 'touchpoints-bench-vault-'));
  for (const note of vault.all) {
    const file = join(dir, note.path);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, noteText(note));
  }
  return dir;
}

async function markdownFiles(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile() && entry.name.endsWith('.md')) out.push(join(entry.parentPath, entry.name));
  }
  return out;
}

/** The naive scan: per person, the number of notes and of open checkboxes. */
export async function naiveScan(
  dir: string,
): Promise<Map<string, { notes: number; open: number }>> {
  const people = new Map<string, { notes: number; open: number }>();
  for (const file of await markdownFiles(dir)) {
    const text = await readFile(file, 'utf8');
    const fm = /^---\n([\s\S]*?)\n---/.exec(text);
    if (!fm || !/^type:\s*one-on-one\s*$/m.test(fm[1]!)) continue;
    const person = /^person:\s*"?\[\[([^\]|]+)/m.exec(fm[1]!)?.[1] ?? 'Unknown';
    const stats = people.get(person) ?? { notes: 0, open: 0 };
    stats.notes++;
    for (const line of text.split('\n')) {
      const task = /^[\s-]*\[(.)\]\s+(.+)$/.exec(line);
      if (task && task[1] !== 'x' && task[1] !== 'X') stats.open++;
    }
    people.set(person, stats);
  }
  return people;
}

/** Median time (ms) of the naive scan over `samples` runs, after one warm-up run. */
export async function measureNaive(
  vault: GenVault,
  samples = 7,
): Promise<{ ms: number; notes: number }> {
  const dir = writeVault(vault);
  try {
    const first = await naiveScan(dir);
    const notes = [...first.values()].reduce((n, p) => n + p.notes, 0);
    const times: number[] = [];
    for (let i = 0; i < samples; i++) {
      const t = performance.now();
      await naiveScan(dir);
      times.push(performance.now() - t);
    }
    return { ms: median(times), notes };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
