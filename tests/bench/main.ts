/**
 * The benchmark's entry (bundled and run by scripts/bench.mjs). Runs each group of
 * workloads in a process of its own (so one group's heap does not slow the next; each
 * process measures its own baseline B), judges every figure against its budget,
 * re-runs once the groups of the gated figures that failed (a noisy run), prints a
 * table or JSON, and returns the exit code: 1 when a gated budget is still broken.
 */
import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { B_REF_BROWSER_MS, B_REF_NODE_MS } from './budgets';
import { measureAdopt } from './adopt-suite';
import { measureBrowser } from './browser-suite';
import type { LoadPhases } from '../helpers/pages/bench';
import { measurePlan, measureRecap } from './flow-suite';
import {
  buildIndex,
  floorSampler,
  measureBuild,
  measureEvents,
  measureMemory,
  measureSliced,
  tier,
} from './index-suite';
import { baselineSampler, collector, median, setWaitClock } from './measure';
import { threadWaitClock } from './thread-wait';
import { measureNaive } from './naive-suite';
import { measureRealistic } from './realistic-suite';
import { buildBundle, measureBundle } from './bundle-suite';
import {
  brokenText,
  jsonFigure,
  judge,
  overText,
  table,
  timeFigure,
  valueFigure,
  type Figure,
} from './report';

type Group = { name: string; quick: boolean; run: () => Promise<Figure[]> };

/** A load's phases for the figure's note, in ms. */
function loadPhasesNote(phases: LoadPhases): string {
  return (Object.entries(phases) as [string, number][])
    .map(([k, ms]) => `${k} ${ms.toFixed(2)} ms`)
    .join(', ');
}

function groups(root: string, b: () => number, browserB: number[]): Group[] {
  let t10k: ReturnType<typeof tier> | null = null;
  const ten = (): ReturnType<typeof tier> => (t10k ??= tier(10_000, 50));
  // Small operations first, before the large vaults fill the heap.
  return [
    {
      name: 'text',
      quick: true,
      run: async () => [
        timeFigure(
          'text',
          'plan-next',
          'Plan the next note, source with 200 tasks',
          measurePlan(b),
        ),
        timeFigure('text', 'recap', 'Recap email of a 1:1 note', measureRecap(root, b)),
      ],
    },
    {
      name: 'adopt',
      quick: true,
      run: async () => [
        timeFigure(
          'adopt',
          'adopt-10k',
          'Adopt: find 1:1 notes among 10,000 candidates',
          measureAdopt(b),
        ),
      ],
    },
    {
      name: 'events',
      quick: true,
      run: async () => {
        const e = measureEvents(ten(), b);
        return [
          timeFigure(
            'events',
            'event-one',
            'One changed note, in the event handler',
            e.event,
            'µs',
          ),
          timeFigure('events', 'recompute-one', "One person's stats recomputed", e.recompute, 'µs'),
          timeFigure(
            'events',
            'event-burst',
            'Burst of 10,000 events, then the recompute',
            e.burst,
          ),
          timeFigure(
            'events',
            'stats-all',
            'Cadence stats for everyone (10,000 notes, 50 people)',
            e.statsAll,
          ),
          timeFigure(
            'events',
            'sidebar-model',
            'Sidebar model after one change (no budget)',
            e.model,
          ),
        ];
      },
    },
    {
      name: 'index',
      quick: true,
      run: async () => {
        // The gated tier first, while it is the only vault in the heap; against the
        // floor measured around its samples (issue 16), B kept for the table.
        const vault = ten();
        const floor = floorSampler(vault);
        const built = measureBuild(vault, floor.sample);
        const big = timeFigure(
          'index',
          'index-10k',
          'Full index from metadata, 10,000 1:1 notes',
          built,
          'ms',
          `ratio to the floor (${median(floor.all).toFixed(1)} ms), not to B`,
        );
        t10k = null;
        const small = timeFigure(
          'index',
          'index-2600',
          'Full index from metadata, 2,600 1:1 notes',
          measureBuild(tier(2_600, 50), b),
        );
        return [small, big];
      },
    },
    {
      name: 'memory',
      quick: true,
      run: async () => [
        valueFigure(
          'memory',
          'index-memory',
          'Memory held by the index, per 1:1 note',
          measureMemory(ten()),
          'B/note',
          'at 10,000 1:1 notes',
        ),
      ],
    },
    {
      name: 'browser',
      quick: true,
      run: async () => {
        const f = await measureBrowser(10_000, buildBundle(root).text);
        browserB.push(f.b);
        process.stderr.write(
          `bench: the page's thread waited ${(f.waited / 1000).toFixed(1)} s for a CPU` +
            (f.wallTime.length
              ? `; in wall time (no marks traced): ${f.wallTime.join(', ')}\n`
              : '\n'),
        );
        return [
          timeFigure(
            'browser',
            'onload',
            'Loading main.js and onload (Chromium, 12,000-note vault)',
            f.load,
            'ms',
            `the bundle text wrapped in a function, compiled and run without a code cache, then the plugin constructed and onload; median phases: ${loadPhasesNote(f.phases)}`,
          ),
          timeFigure(
            'browser',
            'onload-class',
            'Of which onload alone (real class on the mocks, no budget)',
            f.onload,
          ),
          timeFigure(
            'browser',
            'sidebar-render',
            'Sidebar with 50 people rendered, layout included',
            f.render,
            'ms',
            `${f.cards} rows, the first open into its card`,
          ),
          timeFigure(
            'browser',
            'sidebar-update',
            'Sidebar: one person updated in the compact list, layout included',
            f.update,
            'ms',
            'every row closed; their row redrawn',
          ),
          timeFigure(
            'browser',
            'sidebar-update-open',
            'Sidebar: one person updated with their card open, layout included',
            f.updateOpen,
            'ms',
            `rows changed in the DOM by one update: ${f.touched}`,
          ),
        ];
      },
    },
    {
      name: 'realistic',
      quick: true,
      run: () => measureRealistic(b),
    },
    {
      name: 'bundle',
      quick: true,
      run: async () => measureBundle(root),
    },
    {
      name: 'large',
      quick: false,
      run: async () => {
        // One vault in memory at a time: the 50,000 one is dropped before the next is made.
        const t50 = measureBuild(tier(50_000, 250), b);
        collector()?.();
        const full = tier(100_000, 500);
        const sliced = await measureSliced(full, b, floorSampler(full).sample);
        const t100 = measureBuild(full, b);
        const memory = measureMemory(full, 3);
        return [
          timeFigure(
            'large',
            'index-100k-slice',
            'Index of 100,000 1:1 notes: longest slice',
            sliced.longest,
            'ms',
            `worst of 7 builds ${sliced.worst.toFixed(1)} ms, ${sliced.slices} slices`,
          ),
          timeFigure(
            'large',
            'index-100k-total',
            'Index of 100,000 1:1 notes: all slices',
            sliced.total,
            'ms',
            `ratio to the floor; ${sliced.wall.toFixed(0)} ms from start to ready, yields included`,
          ),
          valueFigure(
            'large',
            'index-scaling',
            'Indexing t(2N)/t(N), N = 50,000',
            t100.ms / t50.ms,
            'x',
            `${t50.ms.toFixed(1)} ms and ${t100.ms.toFixed(1)} ms at once`,
          ),
          valueFigure(
            'large',
            'index-memory-100k',
            'Memory held by the index, per 1:1 note, at 100,000',
            memory,
            'B/note',
          ),
        ];
      },
    },
    {
      name: 'naive',
      quick: false,
      run: async () => {
        const vault = ten();
        const ours = measureBuild(vault, b);
        const naive = await measureNaive(vault);
        if (buildIndex(vault).size !== naive.notes)
          throw new Error(
            `the naive scan found ${naive.notes} 1:1 notes, the index ${buildIndex(vault).size}`,
          );
        return [
          valueFigure(
            'naive',
            'naive-scan',
            'Naive scan: read and regex every note on disk (10,000 1:1 notes)',
            naive.ms,
            'ms',
            'warm file cache; one awaited read per file, as the existing 1:1 plugin',
          ),
          valueFigure(
            'naive',
            'naive-ratio',
            'Naive scan time / our index from metadata',
            naive.ms / ours.ms,
            'x',
            `ours ${ours.ms.toFixed(1)} ms`,
          ),
        ];
      },
    },
  ];
}

function machine(): string {
  const cpu = cpus()[0]?.model ?? 'unknown CPU';
  return `${cpu}, ${cpus().length} cores, Node ${process.version}`;
}

export interface MainOptions {
  root: string;
  argv: string[];
  /** The bundle scripts/bench.mjs made and runs: each group's process runs it too. */
  script: string;
}

interface GroupResult {
  figures: Figure[];
  /** Every B sample the group's process took, and the last B measured in Chromium, if any. */
  b: number[];
  browserB: number | null;
}

/** In a process of its own: run one group and write its figures as JSON on stdout. */
async function runGroup(root: string, name: string): Promise<number> {
  // Times leave out the waits for a CPU where they can be read (measure.ts workNow).
  const wait = threadWaitClock();
  if (wait) setWaitClock(wait.clock);
  const waitedBefore = wait?.clock() ?? 0;
  const baseline = baselineSampler();
  const browserB: number[] = [];
  const group = groups(root, baseline.sample, browserB).find((g) => g.name === name);
  if (!group) throw new Error(`no benchmark group ${name}`);
  const result: GroupResult = {
    figures: await group.run(),
    b: baseline.all,
    browserB: browserB[0] ?? null,
  };
  if (wait) {
    const waited = wait.clock() - waitedBefore;
    process.stderr.write(`bench: ${name} waited ${(waited / 1000).toFixed(1)} s for a CPU\n`);
    wait.close();
  }
  process.stdout.write(JSON.stringify(result));
  return 0;
}

function spawnGroup(opts: MainOptions, name: string): Promise<GroupResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      ['--expose-gc', '--max-old-space-size=8192', opts.script, '--group', name],
      {
        cwd: opts.root,
        stdio: ['ignore', 'pipe', 'inherit'],
      },
    );
    let out = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (out += chunk));
    child.on('error', reject);
    child.on('close', (code) => {
      if (code !== 0) reject(new Error(`benchmark group ${name} failed (exit ${code})`));
      else resolve(JSON.parse(out) as GroupResult);
    });
  });
}

export async function main(opts: MainOptions): Promise<number> {
  const at = opts.argv.indexOf('--group');
  if (at >= 0) return runGroup(opts.root, opts.argv[at + 1]!);
  const quick = opts.argv.includes('--quick');
  const json = opts.argv.includes('--json');
  const log = (line: string): void => void process.stderr.write(`${line}\n`);
  const bSamples: number[] = [];
  const browserB: number[] = [];
  // `--only text,index`: those groups alone (to profile one, or to record a spread).
  const onlyAt = opts.argv.indexOf('--only');
  const only = onlyAt >= 0 ? new Set(opts.argv[onlyAt + 1]?.split(',')) : null;
  const all = groups(opts.root, () => 0, []).filter(
    (g) => (!quick || g.quick) && (!only || only.has(g.name)),
  );
  const run = async (g: Group): Promise<Figure[]> => {
    log(`bench: ${g.name}…`);
    const result = await spawnGroup(opts, g.name);
    bSamples.push(...result.b);
    if (result.browserB !== null) browserB.push(result.browserB);
    return result.figures.map(judge);
  };
  let figures: Figure[] = [];
  for (const g of all) figures.push(...(await run(g)));
  const failed = new Set(
    figures.filter((f) => f.pass === false && f.budget?.gated).map((f) => f.group),
  );
  if (failed.size) {
    // Say what failed the first time: a CI log then shows whether it was near or far.
    const over = figures.filter((f) => f.pass === false && f.budget?.gated).map(overText);
    log(`bench: over budget: ${over.join('; ')}`);
    log(
      `bench: over budget in ${[...failed].join(', ')}; measuring those again once (a noisy run)`,
    );
    for (const g of all.filter((x) => failed.has(x.name))) {
      const again = (await run(g)).map((f) => ({
        ...f,
        retried: true,
        firstTry: figures.find((x) => x.id === f.id),
      }));
      figures = figures.map((f) => again.find((a) => a.id === f.id) ?? f);
    }
  }
  const b = median(bSamples);
  const broken = figures.filter((f) => f.pass === false && f.budget?.gated);
  const date = new Date().toISOString().slice(0, 10);
  if (json) {
    process.stdout.write(
      `${JSON.stringify({ date, machine: machine(), quick, b: { node: bSamples.length ? b : null, browser: browserB[browserB.length - 1] ?? null, refNode: B_REF_NODE_MS, refBrowser: B_REF_BROWSER_MS }, figures: figures.map(jsonFigure) }, null, 2)}\n`,
    );
  } else {
    const header = [
      `Touchpoints benchmark${quick ? ' (quick)' : ''}, ${date}, ${machine()}`,
      `Baseline B (group and sort 100,000 objects): ${bSamples.length ? `${b.toFixed(1)} ms` : 'not run'} in Node (reference ${B_REF_NODE_MS} ms)` +
        (browserB.length
          ? `, ${browserB[browserB.length - 1]!.toFixed(1)} ms in Chromium (reference ${B_REF_BROWSER_MS} ms)`
          : ''),
      'Gates compare the ratio to B with (budget / reference B), index work the ratio to the floor with its multiple; memory, scaling and sizes are compared as they are.',
    ].join('\n');
    process.stdout.write(`${table(figures, header)}\n\n`);
  }
  // The last lines say which figure failed and by how much, on both tries (issue 18);
  // `npm test` repeats them in its closing summary from the report file.
  const lines = broken.map(brokenText);
  log(
    lines.length
      ? `bench: ${lines.length} gated budget(s) broken:\n${lines.map((l) => `  ${l}`).join('\n')}`
      : 'bench: every gated budget met',
  );
  const reportFile = process.env['TOUCHPOINTS_BENCH_REPORT'];
  if (reportFile) writeFileSync(reportFile, JSON.stringify({ broken: lines }));
  return broken.length ? 1 : 0;
}
