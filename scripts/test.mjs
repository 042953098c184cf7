// The whole test suite: vitest once with TZ pinned to UTC, then once more west of UTC
// (America/Los_Angeles), so dates are proven not to depend on the machine's zone (each
// run has the plugin tests twice, on the plain mocks and in the harness's realistic
// mode: the 'obsidian' and 'obsidian-realistic' projects of vitest.config.ts); then
// the performance gate (`npm run bench -- --quick`, docs/PERFORMANCE.md), counted as one
// test. Ends with what failed (every failed test with its error's first line; every
// figure of the performance gate over its limit, on both tries: scripts/test-summary.mjs)
// and a closing line "N passed, N failed" alone on a line; exits non-zero when a test failed, when no test ran, when vitest itself failed, or when a run left files of
// its own in the temporary folder (each counted as a failure; see privateTmp below).
//   npm test                        everything
//   npm test -- tests/core/x.ts     only those vitest files (no performance gate)
//   TOUCHPOINTS_BENCH=0 npm test    without the performance gate (said so, not counted)
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { failureBlock, vitestFailures } from './test-summary.mjs';

const root = join(import.meta.dirname, '..');

// The browser tests (tests/plugin/**/*.browser.test.ts) need Chromium. Installing it is
// not this script's job (.ci/run installs Debian's package on CI; the README says how to
// install it by hand): without it, stop here with that instruction. Never skip them.
const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const hasBrowserTests = readdirSync(join(root, 'tests'), { recursive: true }).some((f) =>
  String(f).endsWith('.browser.test.ts'),
);
if (hasBrowserTests && !existsSync(chromium)) {
  console.error(
    `The browser tests need Chromium at ${chromium}. Install it with\n` +
      '  sudo apt-get install chromium\n' +
      '(Debian or Ubuntu), or set CHROMIUM_PATH to a Chromium or Chrome binary.',
  );
  process.exit(1);
}
/**
 * Tests clean up after themselves. Each run gets a fresh temporary folder of its own
 * as TMPDIR, so what it creates there is its own and not another run's on the same
 * machine (other checkouts may run tests at the same time). `check()` names the
 * touchpoints-* entries the run left (browser pages, vault copies: every temporary
 * folder the tests make is named so), then removes the folder whatever it holds.
 */
function privateTmp(label) {
  const dir = mkdtempSync(join(tmpdir(), `touchpoints-run-${label.replace(/\W/g, '-')}-`));
  return {
    env: { TMPDIR: dir, TMP: dir, TEMP: dir },
    check() {
      const left = readdirSync(dir).filter((name) => name.startsWith('touchpoints-'));
      rmSync(dir, { recursive: true, force: true });
      return left.sort();
    },
  };
}

/** Count a run that left temporary files as a failure, naming them. */
function leftovers(what, left) {
  if (left.length === 0) return { count: 0, lines: [] };
  const line =
    `${what} left ${left.length} entr${left.length === 1 ? 'y' : 'ies'} in the temporary folder ` +
    `(a test or helper that does not remove what it creates): ${left.join(', ')}`;
  console.error(line);
  return { count: 1, lines: [line] };
}

const vitest = join(root, 'node_modules', 'vitest', 'vitest.mjs');
const extra = process.argv.slice(2);
const runs = [
  { label: 'UTC', tz: 'UTC' },
  { label: 'America/Los_Angeles', tz: 'America/Los_Angeles' },
];

let passed = 0;
let failed = 0;
let skipped = 0;
let broken = false;
/** A line per failure, said again at the end so the last lines of a log name them. */
const failures = [];
for (const run of runs) {
  const out = join(root, `.vitest-results-${run.tz.replace(/\W/g, '-')}.json`);
  rmSync(out, { force: true });
  console.log(`\n== Tests with TZ=${run.label} ==`);
  const tmp = privateTmp(run.tz);
  const r = spawnSync(
    process.execPath,
    [vitest, 'run', '--reporter=default', '--reporter=json', `--outputFile=${out}`, ...extra],
    {
      cwd: root,
      stdio: 'inherit',
      env: { ...process.env, ...tmp.env, TZ: run.tz },
    },
  );
  const left = leftovers(`The tests with TZ=${run.label}`, tmp.check());
  failed += left.count;
  failures.push(...left.lines);
  if (!existsSync(out)) {
    console.error(`vitest wrote no results for TZ=${run.label} (exit ${r.status})`);
    failures.push(
      `TZ=${run.label}: vitest wrote no results (exit ${r.status}); its output is above`,
    );
    broken = true;
    continue;
  }
  const json = JSON.parse(readFileSync(out, 'utf8'));
  rmSync(out, { force: true });
  failures.push(...vitestFailures(json, root, run.label));
  passed += json.numPassedTests;
  failed += json.numFailedTests;
  skipped += json.numPendingTests + json.numTodoTests;
  // A suite that failed to load counts as a failure even if it had no tests.
  failed += json.testResults.filter(
    (t) => t.status === 'failed' && t.assertionResults.length === 0,
  ).length;
  if (r.status !== 0 && json.numFailedTests === 0) {
    broken = true;
    failures.push(
      `TZ=${run.label}: vitest exited ${r.status} with no failed test; its output is above`,
    );
  }
}
if (passed + failed === 0) {
  console.error('No test ran.');
  failures.push('No test ran.');
  broken = true;
}
// The performance gate, on a machine otherwise idle (the tests are done). Not after a
// failure, with a subset of the tests (arguments given), nor when turned off; it says so.
if (failed > 0 || broken) {
  console.log('\n== Performance gate: not run (the tests did not all pass) ==');
} else if (extra.length > 0 || process.env.TOUCHPOINTS_BENCH === '0') {
  console.log('\n== Performance gate: not run (a subset of the tests, or TOUCHPOINTS_BENCH=0) ==');
} else {
  console.log('\n== Performance gate: npm run bench -- --quick ==');
  const tmp = privateTmp('bench');
  // The bench writes a line per figure over its gate (both tries) to this file.
  const report = join(tmp.env.TMPDIR, 'bench-report.json');
  const r = spawnSync(process.execPath, [join(root, 'scripts', 'bench.mjs'), '--quick'], {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, ...tmp.env, TOUCHPOINTS_BENCH_REPORT: report },
  });
  const over = existsSync(report) ? JSON.parse(readFileSync(report, 'utf8')).broken : null;
  const left = leftovers('The performance gate', tmp.check());
  failed += left.count;
  failures.push(...left.lines);
  if (r.status === 0) passed++;
  else {
    failed++;
    const how = r.signal ? `killed by ${r.signal}` : `exit ${r.status}`;
    console.error(`Performance gate failed (${how}): see the table above and docs/PERFORMANCE.md.`);
    if (over?.length) failures.push(...over.map((line) => `performance gate · ${line}`));
    else
      failures.push(
        `performance gate: ${how}, no figure reported over (the bench's error is above)`,
      );
  }
}
const block = failureBlock(failures);
if (block.length) console.log(`\n${block.join('\n')}`);
console.log(`\n${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(failed > 0 || broken ? 1 : 0);
