/**
 * The house rules of scripts/eslint-plugin-touchpoints.mjs, run by ESLint on small
 * projects written to a temporary folder: each rule reports what it must and nothing else.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { ESLint } from 'eslint';
import tseslint from 'typescript-eslint';
import { afterEach, describe, expect, it } from 'vitest';
import obsidianmd from 'eslint-plugin-obsidianmd';
import touchpoints from '../../scripts/eslint-plugin-touchpoints.mjs';
import { REPO } from '../helpers/vault-files';

const TABLE = { shared: [], notes: ['shared'], email: ['notes', 'shared'] };
const PLUGIN_TABLE = { shared: [], overview: ['shared'] };
const folders: string[] = [];
afterEach(() => {
  for (const f of folders.splice(0)) rmSync(f, { recursive: true, force: true });
});

/** Lint a project of files (path under src/ → text); the messages per file, sorted. */
async function lint(files: Record<string, string>): Promise<Record<string, string[]>> {
  const root = mkdtempSync(join(tmpdir(), 'touchpoints-lint-'));
  folders.push(root);
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, 'src', path)), { recursive: true });
    writeFileSync(join(root, 'src', path), text);
  }
  const eslint = new ESLint({
    cwd: root,
    overrideConfigFile: true,
    overrideConfig: [
      {
        files: ['**/*.ts'],
        languageOptions: { parser: tseslint.parser },
        plugins: { touchpoints },
        rules: {
          'touchpoints/layers': ['error', { core: TABLE, plugin: PLUGIN_TABLE }],
          'touchpoints/no-cycle': 'error',
        },
      },
    ],
  });
  const results = await eslint.lintFiles(['src/**/*.ts']);
  const out: Record<string, string[]> = {};
  for (const r of results) {
    const rel = r.filePath.slice(join(root, 'src').length + 1);
    if (r.messages.length) out[rel] = r.messages.map((m) => `${m.ruleId}: ${m.message}`).sort();
  }
  return out;
}

describe('touchpoints/layers', () => {
  it('lets core import types from obsidian but nothing at run time', async () => {
    const out = await lint({
      'core/notes/a.ts': "import type { App } from 'obsidian';\nexport type A = App;\n",
      'core/notes/b.ts': "import { type App } from 'obsidian';\nexport type B = App;\n",
      'core/notes/c.ts': "import { Notice } from 'obsidian';\nexport const c = Notice;\n",
      'core/notes/d.ts':
        "import { EditorState } from '@codemirror/state';\nexport const d = EditorState;\n",
    });
    expect(Object.keys(out).sort()).toEqual(['core/notes/c.ts', 'core/notes/d.ts']);
    expect(out['core/notes/c.ts']![0]).toContain('src/core is pure');
  });

  it('keeps core below plugin, editor and cli, even for types', async () => {
    const out = await lint({
      'plugin/x/view.ts': 'export type View = { a: 1 };\n',
      'editor/field.ts': 'export const field = 1;\n',
      'cli/run.ts': 'export const run = 1;\n',
      'core/notes/a.ts':
        "import type { View } from '../../plugin/x/view';\nimport { field } from '../../editor/field';\nimport { run } from '../../cli/run';\nexport const a: View | number = field + run;\n",
    });
    expect(out['core/notes/a.ts']).toEqual([
      'touchpoints/layers: src/core may not import src/cli (docs/ARCHITECTURE.md, "What may import what").',
      'touchpoints/layers: src/core may not import src/editor (docs/ARCHITECTURE.md, "What may import what").',
      'touchpoints/layers: src/core may not import src/plugin (docs/ARCHITECTURE.md, "What may import what").',
    ]);
    expect(Object.keys(out)).toEqual(['core/notes/a.ts']);
  });

  it('keeps obsidian out of the editor and the command line, and the plugin out of the cli', async () => {
    const out = await lint({
      'editor/a.ts':
        "import type { App } from 'obsidian';\nimport { EditorState } from '@codemirror/state';\nexport const a: App | typeof EditorState | null = null;\n",
      'plugin/p.ts': "import { Notice } from 'obsidian';\nexport const p = Notice;\n",
      'cli/b.ts': "import { p } from '../plugin/p';\nexport const b = p;\n",
    });
    expect(out['editor/a.ts']).toEqual(['touchpoints/layers: src/editor may not import obsidian.']);
    expect(out['cli/b.ts']).toEqual([
      'touchpoints/layers: src/cli may not import src/plugin (docs/ARCHITECTURE.md, "What may import what").',
    ]);
    expect(out['plugin/p.ts']).toBeUndefined();
  });

  it('checks the directions between core capability folders, and knows every folder', async () => {
    const out = await lint({
      'core/shared/dates.ts': 'export const today = 1;\n',
      'core/notes/markdown.ts':
        "import { today } from '../shared/dates';\nexport const parse = today;\n",
      'core/email/recap.ts':
        "import { parse } from '../notes/markdown';\nexport const recap = parse;\n",
      'core/notes/bad.ts': "import { recap } from '../email/recap';\nexport const bad = recap;\n",
      'core/extra/x.ts': "import { today } from '../shared/dates';\nexport const x = today;\n",
    });
    expect(out).toEqual({
      'core/notes/bad.ts': [
        'touchpoints/layers: core/notes may not import core/email: it may import shared (docs/ARCHITECTURE.md).',
      ],
      'core/extra/x.ts': [
        'touchpoints/layers: core/extra is not in the capability table of eslint.config.mjs and docs/ARCHITECTURE.md.',
      ],
    });
  });

  it('checks the directions between plugin capability folders too', async () => {
    const out = await lint({
      'plugin/shared/io.ts': 'export const io = 1;\n',
      'plugin/overview/view.ts': "import { io } from '../shared/io';\nexport const view = io;\n",
      'plugin/shared/bad.ts':
        "import type { view } from '../overview/view';\nexport type Bad = typeof view;\n",
      'plugin/wiring.ts': "import { view } from './overview/view';\nexport const wiring = view;\n",
    });
    expect(out).toEqual({
      'plugin/shared/bad.ts': [
        'touchpoints/layers: plugin/shared may not import plugin/overview: it may import nothing outside its folder (docs/ARCHITECTURE.md).',
      ],
    });
  });
});

describe('touchpoints/no-cycle', () => {
  it('finds a cycle of type-only imports and names its path in every file of it', async () => {
    const out = await lint({
      'core/notes/a.ts': "import type { B } from './b';\nexport interface A { b?: B }\n",
      'core/notes/b.ts': "import type { C } from './c';\nexport interface B { c?: C }\n",
      'core/notes/c.ts': "import type { A } from './a';\nexport interface C { a?: A }\n",
      'core/notes/d.ts': "import type { A } from './a';\nexport type D = A;\n",
    });
    expect(out).toEqual({
      'core/notes/a.ts': [
        'touchpoints/no-cycle: Import cycle: core/notes/a.ts → core/notes/b.ts → core/notes/c.ts → core/notes/a.ts. Move what both need down a level (docs/ARCHITECTURE.md).',
      ],
      'core/notes/b.ts': [
        'touchpoints/no-cycle: Import cycle: core/notes/b.ts → core/notes/c.ts → core/notes/a.ts → core/notes/b.ts. Move what both need down a level (docs/ARCHITECTURE.md).',
      ],
      'core/notes/c.ts': [
        'touchpoints/no-cycle: Import cycle: core/notes/c.ts → core/notes/a.ts → core/notes/b.ts → core/notes/c.ts. Move what both need down a level (docs/ARCHITECTURE.md).',
      ],
    });
  });

  it('sees re-exports and dynamic imports, and is quiet without a cycle', async () => {
    expect(
      await lint({
        'core/notes/a.ts': "export { b } from './b';\n",
        'core/notes/b.ts': "export const b = () => import('./a');\n",
      }),
    ).toEqual({
      'core/notes/a.ts': [
        'touchpoints/no-cycle: Import cycle: core/notes/a.ts → core/notes/b.ts → core/notes/a.ts. Move what both need down a level (docs/ARCHITECTURE.md).',
      ],
      'core/notes/b.ts': [
        'touchpoints/no-cycle: Import cycle: core/notes/b.ts → core/notes/a.ts → core/notes/b.ts. Move what both need down a level (docs/ARCHITECTURE.md).',
      ],
    });
    expect(
      await lint({
        'core/notes/a.ts': "import { b } from './b';\nexport const a = b;\n",
        'core/notes/b.ts': 'export const b = 1;\n',
      }),
    ).toEqual({});
  });
});

describe("the project's lint configuration (eslint.config.mjs)", () => {
  /** The rules ESLint applies to a file of the project, as [severity, ...options]. */
  async function rulesFor(path: string): Promise<Record<string, unknown[]>> {
    const eslint = new ESLint({ cwd: REPO });
    const config = (await eslint.calculateConfigForFile(join(REPO, path))) as {
      rules: Record<string, unknown[]>;
    };
    return config.rules;
  }

  it('keeps the recommended options of obsidianmd/ui/sentence-case and adds only proper nouns', async () => {
    const recommended = obsidianmd.configs.recommended as Array<{
      rules?: Record<string, unknown>;
    }>;
    const base = recommended
      .map((c) => c.rules?.['obsidianmd/ui/sentence-case'])
      .filter((r): r is unknown[] => Array.isArray(r))
      .at(-1)!;
    const options = (base[1] ?? {}) as Record<string, unknown>;
    expect(Object.keys(options).length).toBeGreaterThan(0);
    const ours = (await rulesFor('src/main.ts'))['obsidianmd/ui/sentence-case']!;
    expect(ours[0]).toBe(1);
    expect(ours[1]).toMatchObject(options);
    expect((ours[1] as { ignoreWords: string[] }).ignoreWords).toContain('Templater');
  });

  it('turns on obsidianmd/prefer-active-doc in src (popout windows have their own document)', async () => {
    const rule = (await rulesFor('src/plugin/overview/sidebar-view.ts'))[
      'obsidianmd/prefer-active-doc'
    ]!;
    expect(rule[0]).toBeGreaterThan(0);
  });
});
