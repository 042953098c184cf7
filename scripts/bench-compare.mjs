// Compare the full index build of another commit with today's, side by side in one Node
// process (issue 18; docs/DEVELOPMENT.md, docs/PERFORMANCE.md):
//   node scripts/bench-compare.mjs <rev> [--new <rev>] [--notes 10000] [--people 50]
//                                        [--samples 21] [--runs 1] [--json]
// The old side is src/ of <rev> (git archive, in a touchpoints-compare-* folder of the
// system's temporary folder, removed at the end); the new side is the working tree's
// src/, or src/ of --new <rev>. Each side is bundled with esbuild behind a tiny adapter
// for its index API; tests/bench/compare.ts (today's generator, B and the floor) loads
// both bundles and interleaves their samples. No network: git and esbuild only.
import esbuild from 'esbuild';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const root = join(import.meta.dirname, '..');
const USAGE =
  'usage: node scripts/bench-compare.mjs <rev> [--new <rev>] [--notes N] [--people N] [--samples N] [--runs N] [--json]';

/** Stop with a message (and the usage when asked), exit code 2. */
function fail(message, usage = false) {
  console.error(`bench-compare: ${message}${usage ? `\n${USAGE}` : ''}`);
  process.exit(2);
}

function parseArgs(argv) {
  const o = {
    old: undefined,
    new: undefined,
    notes: 10_000,
    people: 50,
    samples: 21,
    runs: 1,
    json: false,
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--json') o.json = true;
    else if (a === '--new') o.new = argv[++i] ?? fail('--new needs a revision', true);
    else if (['--notes', '--people', '--samples', '--runs'].includes(a)) {
      const n = Number(argv[++i]);
      if (!Number.isInteger(n) || n < 1) fail(`${a} needs a whole number of at least 1`, true);
      o[a.slice(2)] = n;
    } else if (a.startsWith('-')) fail(`unknown option ${a}`, true);
    else if (o.old === undefined) o.old = a;
    else
      fail(
        `one revision to compare with, not "${o.old}" and "${a}" (use --new for the other)`,
        true,
      );
  }
  if (o.old === undefined) fail('which revision to compare with?', true);
  return o;
}

function git(args, options = {}) {
  return spawnSync('git', args, { cwd: root, maxBuffer: 1 << 28, ...options });
}

/** The commit a revision names, with its short hash and date, or a clear failure. */
function commitOf(rev) {
  const r = git(['rev-parse', '--verify', '--quiet', `${rev}^{commit}`], { encoding: 'utf8' });
  if (r.status !== 0)
    fail(
      `unknown revision "${rev}": no commit by that name in ${root} (a shallow clone may lack it: git fetch --unshallow)`,
    );
  const hash = r.stdout.trim();
  const d = git(['log', '-1', '--format=%h %cd', '--date=format-local:%Y-%m-%d %H:%M UTC', hash], {
    encoding: 'utf8',
    env: { ...process.env, TZ: 'UTC' },
  });
  return { hash, source: d.stdout.trim() };
}

/** src/ of a commit, extracted into `dir`. */
function extract(hash, dir) {
  mkdirSync(dir, { recursive: true });
  const archive = git(['archive', '--format=tar', hash, 'src']);
  if (archive.status !== 0) fail(`git archive ${hash} src failed: ${archive.stderr}`);
  const tar = spawnSync('tar', ['-x', '-C', dir], { input: archive.stdout });
  if (tar.status !== 0) fail(`tar could not extract src/ of ${hash}: ${tar.stderr}`);
}

// The adapters: the least each API needs to build the whole index from the metadata
// cache, as the plugin's first build does. Nothing else differs between the sides.
const ADAPTERS = [
  {
    // 2026-12-01 and later (src/core/meetings/); since 286d81e the adapter's first build
    // on an empty index reads every note as fresh (the sixth argument; ignored before).
    test: 'src/core/meetings/index-build.ts',
    calls:
      'new MeetingIndex() (core/meetings/meeting-index.ts), then indexNote(index, path, basename, meta, resolve, index.isEmpty()) for every file (core/meetings/index-build.ts)',
    text: `import { MeetingIndex } from './src/core/meetings/meeting-index';
import { indexNote } from './src/core/meetings/index-build';
export function build(notes, cache, resolve) {
  const index = new MeetingIndex();
  const fresh = typeof index.isEmpty === 'function' && index.isEmpty();
  for (const n of notes) indexNote(index, n.path, n.basename, cache.get(n.path), resolve, fresh);
  return index.size;
}`,
  },
  {
    // 2026-11-22 and before the restructure of 2026-12-01 (fef2cde): src/core/index.ts.
    test: 'src/core/index-build.ts',
    calls:
      'new MeetingIndex() (core/index.ts), then indexNote(index, path, basename, meta, resolve) for every file (core/index-build.ts)',
    text: `import { MeetingIndex } from './src/core/index';
import { indexNote } from './src/core/index-build';
export function build(notes, cache, resolve) {
  const index = new MeetingIndex();
  for (const n of notes) indexNote(index, n.path, n.basename, cache.get(n.path), resolve);
  return index.size;
}`,
  },
];

/** Bundle one side (src/ under `base`) behind its adapter into `out`; the src/ files it holds. */
async function bundleSide(base, what, out) {
  const adapter = ADAPTERS.find((a) => existsSync(join(base, a.test)));
  if (!adapter)
    fail(
      `${what} has neither src/core/meetings/index-build.ts nor src/core/index-build.ts: add an adapter for its index API to scripts/bench-compare.mjs`,
    );
  const built = await esbuild
    .build({
      stdin: {
        contents: adapter.text,
        resolveDir: base,
        sourcefile: `${what}-adapter.js`,
        loader: 'js',
      },
      outfile: out,
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      // The same compiler options for both sides (today's), and today's node_modules.
      tsconfig: join(root, 'tsconfig.json'),
      nodePaths: [join(root, 'node_modules')],
      metafile: true,
      legalComments: 'none',
      logLevel: 'silent',
    })
    .catch((e) => fail(`could not bundle ${what}: ${e.message}`));
  const prefix = `${join(base, 'src')}/`;
  const files = Object.keys(built.metafile.inputs)
    .map((p) => join(process.cwd(), p))
    .filter((p) => p.startsWith(prefix))
    .map((p) => p.slice(prefix.length))
    .sort();
  return { calls: adapter.calls, files };
}

const options = parseArgs(process.argv.slice(2));
const old = commitOf(options.old);
const newer = options.new === undefined ? undefined : commitOf(options.new);
const dir = mkdtempSync(join(tmpdir(), 'touchpoints-compare-'));
const cleanup = () => rmSync(dir, { recursive: true, force: true });
process.on('exit', cleanup);
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => process.exit(130));

const sides = [];
extract(old.hash, join(dir, 'old'));
sides.push({
  role: 'old',
  source: old.source,
  ...(await bundleSide(join(dir, 'old'), `old (${old.source})`, join(dir, 'old.mjs'))),
});
let newBase = root;
let newSource;
if (newer) {
  extract(newer.hash, join(dir, 'new'));
  newBase = join(dir, 'new');
  newSource = newer.source;
} else {
  const head = git(['log', '-1', '--format=%h'], { encoding: 'utf8' }).stdout.trim();
  const dirty = git(['status', '--porcelain', '--', 'src'], { encoding: 'utf8' }).stdout.trim();
  newSource = `working tree (${head}${dirty ? ' with changes in src/' : ''})`;
}
sides.push({
  role: 'new',
  source: newSource,
  ...(await bundleSide(newBase, `new (${newSource})`, join(dir, 'new.mjs'))),
});

// The driver: today's tests/bench/compare.ts, which loads the two side bundles.
const driver = join(dir, 'driver.mjs');
const bundles = sides.map((s) => pathToFileURL(join(dir, `${s.role}.mjs`)).href);
await esbuild.build({
  stdin: {
    contents: `import { loadavg } from 'node:os';
import { runCompare } from './tests/bench/compare.ts';
const meta = ${JSON.stringify(sides)};
const bundles = ${JSON.stringify(bundles)};
const loaded = await Promise.all(bundles.map((b) => import(b)));
const sides = meta.map((m, i) => ({ ...m, build: loaded[i].build }));
process.exitCode = runCompare(sides, ${JSON.stringify({ notes: options.notes, people: options.people, samples: options.samples, json: options.json })}, loadavg);`,
    resolveDir: root,
    sourcefile: 'bench-compare-driver.ts',
    loader: 'ts',
  },
  outfile: driver,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  legalComments: 'none',
  logLevel: 'error',
});

// Each run is a process of its own (a process's JIT decisions stay with it: the same
// build can differ between processes and be steady within one), one after the other.
const ratios = [];
const results = [];
for (let run = 1; run <= options.runs && !process.exitCode; run++) {
  const r = spawnSync(process.execPath, ['--expose-gc', '--max-old-space-size=8192', driver], {
    cwd: root,
    stdio: ['ignore', 'pipe', 'inherit'],
    encoding: 'utf8',
    maxBuffer: 1 << 26,
  });
  if (r.status !== 0) {
    process.stdout.write(r.stdout ?? '');
    process.exitCode = r.status ?? 1;
    break;
  }
  if (options.json) results.push(JSON.parse(r.stdout));
  else {
    if (options.runs > 1) console.log(`Run ${run} of ${options.runs}`);
    process.stdout.write(r.stdout);
    const cpu = /CPU time new\/old (\S+)/.exec(r.stdout)?.[1];
    ratios.push(`${/new\/old (\S+)/.exec(r.stdout)?.[1]} (CPU ${cpu})`);
  }
}
if (options.json && !process.exitCode)
  console.log(JSON.stringify(options.runs === 1 ? results[0] : results, null, 2));
else if (options.runs > 1 && !process.exitCode)
  console.log(`new/old of each run: ${ratios.join(', ')}`);
