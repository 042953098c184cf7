// The performance benchmark (docs/PERFORMANCE.md): bundles tests/bench/main.ts (core
// code, generator, workloads) with esbuild into node_modules/.cache and runs it with
// the garbage collector exposed (for the memory figure). Plain Node, no test runner.
//   npm run bench                  every tier, table
//   npm run bench -- --quick       the CI gate: smaller tiers, browser, bundle
//   npm run bench -- --json        machine-readable figures on stdout
import esbuild from 'esbuild';
import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');
const dir = join(root, 'node_modules', '.cache', 'touchpoints-bench');
const outfile = join(dir, `bench-${process.pid}.mjs`);
mkdirSync(dir, { recursive: true });

await esbuild.build({
  stdin: {
    // The bundle runs main itself; it is also what each group's process runs.
    contents: `import { main } from './tests/bench/main.ts';
      process.exitCode = await main({ root: ${JSON.stringify(root)}, argv: process.argv.slice(2), script: process.argv[1] });`,
    resolveDir: root,
    sourcefile: 'bench-entry.ts',
    loader: 'ts',
  },
  outfile,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  // Node and the tools the bench drives stay outside the bundle.
  external: ['esbuild', 'playwright-core', 'jsdom'],
  // tests/helpers/browser.ts finds the repository from its own folder.
  define: { 'import.meta.dirname': JSON.stringify(join(root, 'tests', 'helpers')) },
  banner: {
    js: "import { createRequire as __benchRequire } from 'node:module'; const require = __benchRequire(import.meta.url);",
  },
  legalComments: 'none',
  logLevel: 'error',
});

try {
  const r = spawnSync(
    process.execPath,
    ['--expose-gc', '--max-old-space-size=8192', outfile, ...process.argv.slice(2)],
    { cwd: root, stdio: 'inherit' },
  );
  process.exitCode = r.status ?? 1;
} finally {
  rmSync(outfile, { force: true });
}
