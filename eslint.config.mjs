import { defineConfig, globalIgnores } from 'eslint/config';
import obsidianmd from 'eslint-plugin-obsidianmd';
import globals from 'globals';
import touchpoints from './scripts/eslint-plugin-touchpoints.mjs';

/** The options the recommended config gives obsidianmd/ui/sentence-case (kept, not re-declared). */
const RECOMMENDED_SENTENCE_CASE =
  obsidianmd.configs.recommended
    .map((c) => c.rules?.['obsidianmd/ui/sentence-case'])
    .filter(Array.isArray)
    .at(-1)?.[1] ?? {};

/** Which capability folders of src/core each one may import (besides its own). */
export const CORE_CAPABILITIES = {
  shared: [],
  settings: ['shared'],
  notes: ['shared'],
  templates: ['notes', 'shared'],
  meetings: ['notes', 'settings', 'shared'],
  people: ['meetings', 'notes', 'settings', 'shared'],
  'next-note': ['templates', 'people', 'meetings', 'notes', 'settings', 'shared'],
  'in-note': ['next-note', 'people', 'meetings', 'notes', 'settings', 'shared'],
  overview: ['next-note', 'people', 'meetings', 'notes', 'settings', 'shared'],
  email: ['people', 'meetings', 'notes', 'settings', 'shared'],
  accomplishments: ['people', 'meetings', 'notes', 'settings', 'shared'],
  adopt: ['next-note', 'people', 'meetings', 'notes', 'settings', 'shared'],
  bases: ['shared'],
};

/** Which capability folders of src/plugin each one may import (besides its own). */
export const PLUGIN_CAPABILITIES = {
  shared: [],
  meetings: ['shared'],
  settings: ['shared'],
  bases: ['shared'],
  'next-note': ['bases', 'meetings', 'shared'],
  'in-note': ['next-note', 'meetings', 'shared'],
  email: ['meetings', 'shared'],
  accomplishments: ['meetings', 'shared'],
  overview: ['next-note', 'accomplishments', 'meetings', 'shared'],
  adopt: ['bases', 'meetings', 'shared'],
};

export default defineConfig([
  globalIgnores([
    'node_modules',
    'dist',
    'main.js',
    'examples',
    'coverage',
    'esbuild.config.mjs',
    'eslint.config.mjs',
    'vitest.config.ts',
  ]),
  ...obsidianmd.configs.recommended,
  {
    languageOptions: {
      parserOptions: {
        // The build and test scripts are outside tsconfig's files: linted with a default
        // project each (typescript-eslint allows 8 such files unless told more).
        projectService: {
          allowDefaultProject: ['scripts/*.mjs'],
          maximumDefaultProjectFileMatchCount_THIS_WILL_SLOW_DOWN_LINTING: 16,
        },
        tsconfigRootDir: import.meta.dirname,
      },
    },
    rules: {
      // The recommended options, plus the names of other plugins (proper nouns).
      'obsidianmd/ui/sentence-case': [
        'warn',
        {
          ...RECOMMENDED_SENTENCE_CASE,
          ignoreWords: ['Templater', 'Tasks', 'Dataview', 'Bases', 'Touchpoints'],
        },
      ],
      // A popout window has its own document: use the element's (el.doc), never the global.
      'obsidianmd/prefer-active-doc': 'error',
    },
  },
  {
    // The house rules (scripts/eslint-plugin-touchpoints.mjs): layers import only what they
    // may, the core's capability folders only the folders below them, and no import
    // cycles, type-only imports included. The table is the one in docs/ARCHITECTURE.md,
    // "What may import what" (tests/docs/architecture.test.ts keeps the two equal).
    files: ['src/**/*.ts'],
    plugins: { touchpoints },
    rules: {
      'touchpoints/layers': ['error', { core: CORE_CAPABILITIES, plugin: PLUGIN_CAPABILITIES }],
      'touchpoints/no-cycle': 'error',
    },
  },
  {
    // Tests drive mocks and fixtures directly; these rules are for plugin code.
    files: ['tests/**/*.ts'],
    rules: {
      'obsidianmd/prefer-window-timers': 'off',
      'obsidianmd/prefer-create-el': 'off',
      'obsidianmd/prefer-file-manager-trash-file': 'off',
      // Tests build their own documents and windows, and play Obsidian of every version.
      'obsidianmd/prefer-active-doc': 'off',
      'obsidianmd/no-unsupported-api': 'off',
    },
  },
  {
    // The command line and build scripts run in Node, not in Obsidian.
    files: ['src/cli/**/*.ts', 'scripts/**/*.mjs', 'tests/**/*.ts'],
    languageOptions: { globals: { ...globals.node } },
    rules: {
      'import/no-nodejs-modules': 'off',
      'obsidianmd/no-nodejs-modules': 'off',
      // The command line reads a vault on disk, where the config folder's name is a flag.
      'obsidianmd/hardcoded-config-path': 'off',
      'no-console': 'off',
      'obsidianmd/rule-custom-message': 'off',
      'obsidianmd/ui/sentence-case': 'off',
    },
  },
]);
