/**
 * docs/ARCHITECTURE.md is the folder guide, and these tests keep it true: every folder
 * under src/ is described there with a starting file that exists, every source path it
 * names exists, its table of what may import what equals the one ESLint enforces, and no
 * room gets crowded (files of at most 300 lines, folders of at most 15 source files, each
 * file opening with a sentence on what it is for).
 */
import { readdirSync, readFileSync, statSync, existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CORE_CAPABILITIES, PLUGIN_CAPABILITIES } from '../../eslint.config.mjs';
import { REPO } from '../helpers/vault-files';

const SRC = join(REPO, 'src');
const guide = readFileSync(join(REPO, 'docs', 'ARCHITECTURE.md'), 'utf8');

function folders(dir: string): string[] {
  const out = [dir];
  for (const e of readdirSync(dir)) {
    const p = join(dir, e);
    if (statSync(p).isDirectory()) out.push(...folders(p));
  }
  return out;
}
const srcFolders = folders(SRC).map((d) => `${relative(REPO, d)}/`);
const sourceFiles = srcFolders.flatMap((f) =>
  readdirSync(join(REPO, f))
    .filter((e) => e.endsWith('.ts'))
    .map((e) => `${f}${e}`),
);

/** The guide's folder entries: a heading `### \`src/.../\`` and its text up to the next. */
function entries(): Map<string, string> {
  const out = new Map<string, string>();
  const parts = guide.split(/^### /m).slice(1);
  for (const part of parts) {
    const m = /^`(src\/(?:[^`]*\/)?)`/.exec(part);
    if (m) out.set(m[1]!, part);
  }
  return out;
}

describe('docs/ARCHITECTURE.md', () => {
  const described = entries();

  it.each(srcFolders)('describes %s with its job and a starting file that exists', (folder) => {
    const text = described.get(folder);
    expect(text, `${folder} has no "### \`${folder}\`" entry`).toBeDefined();
    const start = /Start at\s+`([^`]+)`/.exec(text!);
    expect(start, `${folder}: no "Start at \`file\`"`).not.toBeNull();
    expect(existsSync(join(REPO, folder, start![1]!)), `${folder}${start![1]}`).toBe(true);
    // A sentence or two on the folder's job, not just a heading.
    expect(text!.split('\n').slice(1).join(' ').trim().length).toBeGreaterThan(60);
  });

  it('describes no folder that does not exist', () => {
    expect([...described.keys()].filter((f) => !srcFolders.includes(f))).toEqual([]);
  });

  it('names only source files that exist', () => {
    // `src/core/notes/privacy.ts`, or `core/notes/privacy.ts` relative to src/.
    const named = [...guide.matchAll(/`(?:src\/)?((?:core|plugin|editor|cli)\/[^`\s]+\.ts)`/g)].map(
      (m) => `src/${m[1]!}`,
    );
    expect(named.length).toBeGreaterThan(20);
    expect(named.filter((p) => !existsSync(join(REPO, p)))).toEqual([]);
  });

  it.each([
    ['core', CORE_CAPABILITIES],
    ['plugin', PLUGIN_CAPABILITIES],
  ] as const)(
    'has the table of what %s folders may import that ESLint enforces',
    (layer, enforcedTable) => {
      const section = guide.split(/^## /m).find((s) => s.startsWith('What may import what'));
      expect(section).toBeDefined();
      const rowRe = new RegExp(`^\\| \`${layer}/([a-z-]+)/\` \\| ([^|]*)\\|`, 'gm');
      const rows = [...section!.matchAll(rowRe)].map(
        (m) => [m[1]!, [...m[2]!.matchAll(/`([a-z-]+)\/`/g)].map((x) => x[1]!).sort()] as const,
      );
      const table = Object.fromEntries(rows);
      const enforced = Object.fromEntries(
        Object.entries(enforcedTable).map(([k, v]) => [k, [...v].sort()]),
      );
      expect(table).toEqual(enforced);
      // And every capability folder of the layer is in the table.
      const capabilityFolders = srcFolders
        .filter((f) => new RegExp(`^src/${layer}/[^/]+/$`).test(f))
        .map((f) => f.split('/')[2]!)
        .sort();
      expect(Object.keys(enforced).sort()).toEqual(capabilityFolders);
    },
  );
});

describe('no crowded room', () => {
  it.each(sourceFiles)(
    '%s opens with a sentence on what it is for, in at most 300 lines',
    (file) => {
      const text = readFileSync(join(REPO, file), 'utf8');
      expect(text.startsWith('/**') || text.startsWith('//'), 'opening comment').toBe(true);
      expect(text.split('\n').length - 1).toBeLessThanOrEqual(300);
    },
  );

  it.each(srcFolders)('%s holds at most 15 source files', (folder) => {
    const n = readdirSync(join(REPO, folder)).filter((e) => e.endsWith('.ts')).length;
    expect(n).toBeLessThanOrEqual(15);
  });
});
