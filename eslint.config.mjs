import { defineConfig, globalIgnores } from 'eslint/config';
import obsidianmd from 'eslint-plugin-obsidianmd';
import globals from 'globals';

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
        projectService: { allowDefaultProject: ['scripts/*.mjs'] },
        tsconfigRootDir: import.meta.dirname,
      },
    },
    rules: {
      // Names of other plugins are proper nouns.
      'obsidianmd/ui/sentence-case': [
        'warn',
        { ignoreWords: ['Templater', 'Tasks', 'Dataview', 'Bases', 'Touchpoints'] },
      ],
    },
  },
  {
    // The core is pure: no Obsidian, no CodeMirror, no DOM at run time.
    files: ['src/core/**/*.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: 'obsidian',
              message: 'src/core is pure: use type-only imports.',
              allowTypeImports: true,
            },
          ],
          patterns: [
            { group: ['@codemirror/*'], message: 'src/core is pure.', allowTypeImports: true },
            {
              group: ['../obsidian/*', '../ui/*', '../commands/*', '../cli/*', '../editor/*'],
              message: 'src/core imports nothing above it.',
            },
          ],
        },
      ],
    },
  },
  {
    // Tests drive mocks and fixtures directly; these rules are for plugin code.
    files: ['tests/**/*.ts'],
    rules: {
      'obsidianmd/prefer-window-timers': 'off',
      'obsidianmd/prefer-create-el': 'off',
      'obsidianmd/prefer-file-manager-trash-file': 'off',
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
