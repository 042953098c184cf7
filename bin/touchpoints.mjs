#!/usr/bin/env node
// The `touchpoints` command (package.json `bin`, so `npm link` gives it): builds
// dist/cli.mjs when it is missing or older than a source file of src/, then runs it
// with the same arguments, working folder and exit code. Prints nothing of its own,
// so `--json` output stays the JSON alone.
import { spawnSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

// `npm link` puts a symbolic link on the PATH: Node resolves it, so this is the repository.
const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const bundle = join(root, 'dist', 'cli.mjs');

/** The newest modification time of the files under a folder, in ms. */
function newest(dir) {
  let latest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    latest = Math.max(latest, entry.isDirectory() ? newest(path) : statSync(path).mtimeMs);
  }
  return latest;
}

let built = 0;
try {
  built = statSync(bundle).mtimeMs;
} catch {
  built = 0;
}
if (built < newest(join(root, 'src'))) {
  const r = spawnSync(process.execPath, [join(root, 'scripts', 'build-cli.mjs'), '--quiet'], {
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  if (r.status !== 0) {
    process.stderr.write(
      'touchpoints: could not build dist/cli.mjs (run npm install in the repository)\n',
    );
    process.exit(70);
  }
}
await import(pathToFileURL(bundle).href);
