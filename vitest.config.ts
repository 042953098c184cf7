import { defineConfig } from 'vitest/config';

// Tests mirror src/: tests/core, tests/editor and tests/cli run in Node; tests/plugin runs
// against obsidian-test-mocks in jsdom, except its *.browser.test.ts files, which drive
// real headless Chromium. Shared builders and harnesses live in tests/helpers. The
// jsdom plugin tests run twice: on the plain mocks ('obsidian') and with the harness's
// realistic mode ('obsidian-realistic').
const setupTimezone = 'tests/helpers/setup-timezone.ts';

export default defineConfig({
  test: {
    testTimeout: 20000,
    projects: [
      {
        test: {
          name: 'core',
          include: [
            'tests/core/**/*.test.ts',
            'tests/editor/**/*.test.ts',
            'tests/cli/**/*.test.ts',
            'tests/house/**/*.test.ts',
            'tests/docs/**/*.test.ts',
          ],
          environment: 'node',
          setupFiles: [setupTimezone],
          testTimeout: 30000,
        },
      },
      {
        resolve: { alias: [{ find: /^obsidian$/, replacement: 'obsidian-test-mocks/obsidian' }] },
        test: {
          name: 'obsidian',
          include: ['tests/plugin/**/*.test.ts'],
          exclude: ['tests/plugin/**/*.browser.test.ts'],
          environment: 'jsdom',
          setupFiles: [setupTimezone, 'obsidian-test-mocks/vitest-setup'],
          testTimeout: 30000,
        },
      },
      {
        // The same plugin tests once more with the harness in its realistic mode (late
        // metadata, 'resolved', per-file renames, case-insensitive paths: harness.ts).
        resolve: { alias: [{ find: /^obsidian$/, replacement: 'obsidian-test-mocks/obsidian' }] },
        test: {
          name: 'obsidian-realistic',
          include: ['tests/plugin/**/*.test.ts'],
          exclude: ['tests/plugin/**/*.browser.test.ts'],
          environment: 'jsdom',
          env: { TOUCHPOINTS_REALISTIC: '1' },
          setupFiles: [setupTimezone, 'obsidian-test-mocks/vitest-setup'],
          testTimeout: 30000,
        },
      },
      {
        test: {
          name: 'browser',
          include: ['tests/plugin/**/*.browser.test.ts'],
          environment: 'node',
          setupFiles: [setupTimezone],
          testTimeout: 60000,
          hookTimeout: 60000,
        },
      },
    ],
  },
});
