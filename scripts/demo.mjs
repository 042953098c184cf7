// npm run demo: build the plugin and install it into examples/vault (git-ignored
// .obsidian folder), then show the headless command line creating next 1:1 notes in a
// temporary copy of the example vault, with what it carried, marked and moved.
import { spawnSync } from 'node:child_process';
import {
  copyFileSync,
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';

const root = join(import.meta.dirname, '..');
const exampleVault = join(root, 'examples', 'vault');
const today = '2026-11-22';
const runs = [['Priya Shah'], ['Sam Lee', '--type', 'career'], ['Jo: Ops/Infra']];

const color = process.stdout.isTTY && !process.env.NO_COLOR;
const paint = (code) => (text) => (color ? `\x1b[${code}m${text}\x1b[0m` : text);
const [bold, dim, green, red] = [paint('1'), paint('2'), paint('32'), paint('31')];
const say = (text = '') => process.stdout.write(`${text}\n`);

function fail(message) {
  process.stderr.write(`demo: ${message}\n`);
  process.exit(1);
}

function node(args, what) {
  const r = spawnSync(process.execPath, args, { cwd: root, encoding: 'utf8' });
  if (r.status !== 0)
    fail(`${what} failed (exit ${r.status ?? r.signal}):\n${r.stderr || r.stdout}`);
  return r.stdout;
}

/** Every Markdown file of a folder, by vault path. */
function readNotes(dir, folder = '', out = new Map()) {
  for (const entry of readdirSync(join(dir, folder), { withFileTypes: true })) {
    if (entry.name.startsWith('.')) continue;
    const path = folder ? `${folder}/${entry.name}` : entry.name;
    if (entry.isDirectory()) readNotes(dir, path, out);
    else if (entry.name.endsWith('.md')) out.set(path, readFileSync(join(dir, path), 'utf8'));
  }
  return out;
}

/** The changed lines of an edited note (a longest-common-subsequence line diff). */
function diffLines(before, after) {
  const a = before.split('\n');
  const b = after.split('\n');
  const lcs = Array.from({ length: a.length + 1 }, () => new Array(b.length + 1).fill(0));
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      lcs[i][j] = a[i] === b[j] ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
    }
  }
  const out = [];
  let [dels, adds] = [[], []];
  // A run of replaced lines is shown pair by pair: each old line over its new one.
  const flush = () => {
    if (dels.length === adds.length) dels.forEach((d, k) => out.push(d, adds[k]));
    else out.push(...dels, ...adds);
    [dels, adds] = [[], []];
  };
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (i < a.length && j < b.length && a[i] === b[j]) {
      flush();
      i++;
      j++;
    } else if (i < a.length && (j === b.length || lcs[i + 1][j] >= lcs[i][j + 1])) {
      dels.push(red(`      - ${a[i++]}`));
    } else {
      adds.push(green(`      + ${b[j++]}`));
    }
  }
  flush();
  return out;
}

/** The sections of a new note that received lines, with those lines marked `+`. */
function newNoteExcerpt(text) {
  const body = text.replace(/^---\n[\s\S]*?\n---\n/, '');
  const out = [];
  let heading = null;
  for (const line of body.split('\n')) {
    if (/^#{1,6} /.test(line)) heading = line;
    else if (line.trim() && !/^(<!--|!\[\[)/.test(line)) {
      if (heading) out.push(dim(`        ${heading}`));
      heading = null;
      out.push(green(`      + ${line}`));
    }
  }
  return out;
}

// 1. The production build of the plugin (main.js and styles.css at the top of the repo).
say(bold('1. Building the plugin'));
if (!existsSync(join(root, 'esbuild.config.mjs')))
  fail('esbuild.config.mjs is missing: the plugin build is not set up');
node(['esbuild.config.mjs', 'production'], 'the plugin build (node esbuild.config.mjs production)');

// 2. Install it into the example vault, enabled.
const pluginDir = join(exampleVault, '.obsidian', 'plugins', 'touchpoints');
mkdirSync(pluginDir, { recursive: true });
for (const file of ['main.js', 'manifest.json', 'styles.css']) {
  if (!existsSync(join(root, file))) fail(`${file} was not built`);
  copyFileSync(join(root, file), join(pluginDir, file));
}
writeFileSync(
  join(exampleVault, '.obsidian', 'community-plugins.json'),
  `${JSON.stringify(['touchpoints'])}\n`,
);
say(`   installed main.js, manifest.json, styles.css into ${relative(root, pluginDir)}`);

// 3. The command line, on a throw-away copy of the vault.
say(bold('\n2. Creating next 1:1 notes with the command line'));
node(['scripts/build-cli.mjs', '--quiet'], 'the command line build');
const vault = mkdtempSync(join(tmpdir(), 'touchpoints-demo-'));
cpSync(exampleVault, vault, {
  recursive: true,
  filter: (src) => !relative(exampleVault, src).split(sep).includes('.obsidian'),
});

for (const args of runs) {
  const before = readNotes(vault);
  const shown = args.map((a) => (/[\s:/]/.test(a) ? JSON.stringify(a) : a)).join(' ');
  say(`\n${bold(`$ touchpoints next ${shown} --today ${today}`)}`);
  const out = JSON.parse(
    node(
      [
        join(root, 'dist', 'cli.mjs'),
        'next',
        ...args,
        '--vault',
        vault,
        '--today',
        today,
        '--json',
      ],
      `next ${shown}`,
    ),
  );
  say(`   ${out.existing ? 'found    ' : 'created  '} ${out.path}`);
  say(`   previous  ${out.previous ?? '(none: first 1:1)'}`);
  say(
    `   carried   ${out.carried.length} open item(s); ${out.forwarded} line(s) marked [>] in the previous note`,
  );
  say(`   topics    ${out.topics} moved from the person note to the agenda`);
  if (out.personCreated) say(`   person    created ${out.personCreated}`);
  for (const w of out.warnings) say(`   warning   ${w}`);
  const after = readNotes(vault);
  for (const [path, text] of after) {
    if (before.get(path) === text) continue;
    say(dim(`\n    ${path}${before.has(path) ? '' : ' (new)'}`));
    for (const line of before.has(path) ? diffLines(before.get(path), text) : newNoteExcerpt(text))
      say(line);
  }
}

say(bold('\n3. Try it yourself'));
say(`   The copy the demo changed: ${vault}`);
say(
  `   Run more:  npm run cli -- next "Marcus Chen" --vault "${vault}" --today ${today} --dry-run`,
);
say(`   In Obsidian: "Open folder as vault" and choose ${exampleVault}`);
say(
  '   then Settings > Community plugins > "Turn on community plugins": Touchpoints is installed and enabled.',
);
say(
  dim(
    '   (The notes there are the originals: the plugin writes into that vault, so try things in a copy if you want to keep them.)',
  ),
);
