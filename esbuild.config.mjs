// Builds the plugin (main.js + styles.css at the top of the repo) and, for
// production, the headless command line (dist/cli.mjs).
//   node esbuild.config.mjs production   one optimised build
//   node esbuild.config.mjs              watch; copies into $TOUCHPOINTS_VAULT if set
// With $TOUCHPOINTS_METAFILE set, a production build also writes esbuild's metafile
// there (the benchmark prints the bytes of every module and dependency from it).
import esbuild from 'esbuild';
import { copyFileSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import { mainBundleOptions } from './scripts/bundle-options.mjs';

const production = process.argv[2] === 'production';
const root = import.meta.dirname;

function buildStyles() {
  const dir = join(root, 'styles');
  const parts = readdirSync(dir)
    .filter((f) => f.endsWith('.css'))
    .sort()
    .map((f) => `/* ${f} */\n${readFileSync(join(dir, f), 'utf8').trim()}\n`);
  writeFileSync(join(root, 'styles.css'), parts.join('\n'));
}

function installIntoVault() {
  const vault = process.env.TOUCHPOINTS_VAULT;
  if (!vault) return;
  const target = join(vault, '.obsidian', 'plugins', 'touchpoints');
  mkdirSync(target, { recursive: true });
  for (const f of ['main.js', 'manifest.json', 'styles.css'])
    copyFileSync(join(root, f), join(target, f));
  console.log(`Installed into ${target}`);
}

const afterBuild = {
  name: 'touchpoints-after-build',
  setup(build) {
    build.onEnd((result) => {
      if (result.errors.length) return;
      if (result.metafile && process.env.TOUCHPOINTS_METAFILE)
        writeFileSync(process.env.TOUCHPOINTS_METAFILE, JSON.stringify(result.metafile));
      buildStyles();
      if (!production) installIntoVault();
    });
  },
};

const options = mainBundleOptions(root, production);
const context = await esbuild.context({
  ...options,
  logLevel: 'info',
  sourcemap: production ? false : 'inline',
  metafile: production,
  outfile: join(root, 'main.js'),
  plugins: [...options.plugins, afterBuild],
});

if (production) {
  await context.rebuild();
  await context.dispose();
  execFileSync(process.execPath, [join(root, 'scripts/build-cli.mjs'), '--quiet'], {
    stdio: 'inherit',
  });
} else {
  await context.watch();
}
