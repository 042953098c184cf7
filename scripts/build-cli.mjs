// Bundles the headless command line, src/cli/main.ts, into dist/cli.mjs (one file,
// Node 20, ES module). `--quiet` prints nothing on success. The bundle is written to a
// temporary file and renamed into place, so a parallel run never sees half a file.
import esbuild from 'esbuild';
import { chmodSync, mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');
const quiet = process.argv.includes('--quiet');
const outfile = join(root, 'dist', 'cli.mjs');

const started = performance.now();
const result = await esbuild
  .build({
    entryPoints: [join(root, 'src/cli/main.ts')],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    banner: {
      // Bundled CommonJS dependencies may call require() for Node's own modules.
      js: "#!/usr/bin/env node\nimport { createRequire as __touchpointsRequire } from 'node:module';\nconst require = __touchpointsRequire(import.meta.url);",
    },
    legalComments: 'none',
    logLevel: 'silent',
    write: false,
  })
  .catch((error) => {
    for (const message of error.errors ?? []) {
      const where = message.location ? `${message.location.file}:${message.location.line}: ` : '';
      console.error(`build-cli: ${where}${message.text}`);
    }
    if (!error.errors) console.error(`build-cli: ${error.message}`);
    process.exit(1);
  });

mkdirSync(join(root, 'dist'), { recursive: true });
for (const file of result.outputFiles) {
  const tmp = `${file.path}.${process.pid}.tmp`;
  writeFileSync(tmp, file.contents);
  chmodSync(tmp, 0o755);
  renameSync(tmp, file.path);
}
if (!quiet)
  process.stdout.write(
    `build-cli: wrote dist/cli.mjs in ${Math.round(performance.now() - started)} ms\n`,
  );
