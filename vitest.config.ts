import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    testTimeout: 20000,
    projects: [
      {
        test: {
          name: 'core',
          include: ['tests/core/**/*.test.ts', 'tests/flow/**/*.test.ts', 'tests/cli/**/*.test.ts'],
          environment: 'node',
          setupFiles: ['tests/setup-timezone.ts'],
          testTimeout: 30000,
        },
      },
      {
        resolve: { alias: [{ find: /^obsidian$/, replacement: 'obsidian-test-mocks/obsidian' }] },
        test: {
          name: 'obsidian',
          include: ['tests/obsidian/**/*.test.ts'],
          environment: 'jsdom',
          setupFiles: ['tests/setup-timezone.ts', 'obsidian-test-mocks/vitest-setup'],
          testTimeout: 30000,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          environment: 'node',
          setupFiles: ['tests/setup-timezone.ts'],
          testTimeout: 60000,
          hookTimeout: 60000,
        },
      },
    ],
  },
});
