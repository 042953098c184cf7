/**
 * Timing for the benchmark: medians of at least 7 samples, each at least 5 ms long
 * (the operation repeats inside a sample as often as needed), and the baseline
 * workload B that every time is divided by. Runs in Node and in the browser page.
 */

export const MIN_SAMPLES = 7;
/** Samples taken unless told otherwise: more than the minimum, as this machine is shared and noisy. */
export const SAMPLES = 11;
export const MIN_SAMPLE_MS = 5;

export interface Timing {
  /** Median time of one operation, in ms. */
  ms: number;
  /** Operations per sample. */
  reps: number;
  /** Per-operation time of every sample, in ms. */
  samples: number[];
  /** With a baseline: the median of B's runs around the samples (ms), and the median time over it. */
  b?: number;
  ratio?: number;
  /**
   * In the page: the interval of each sample and of each run of B (see
   * `setIntervalMarks`), so that the Node side can time them again from the marks.
   */
  ids?: number[];
  bIds?: number[];
}

export interface MeasureOptions {
  /** Work before each operation that is not timed (each operation is then timed alone). */
  setup?: () => void;
  samples?: number;
  minSampleMs?: number;
  /**
   * The baseline sampler: B runs once before each of the operation's samples and once
   * after the last, and the ratio is the operation's median over B's median from those
   * runs. Interleaved, B sees the same moments of load as the operation: on this shared
   * machine the load changes within seconds, and a ratio from B taken only before and
   * after moved by 20% between runs where the interleaved one moved by 5%. B's
   * short-lived garbage is collected (a minor collection, outside the timing) before
   * the sample.
   */
  baseline?: () => number;
  /**
   * Collect garbage before each sample, outside the timing (Node with --expose-gc): for
   * operations that leave a large structure behind each time (a whole index), so every
   * sample starts from a clean heap as the one build at startup does.
   */
  collect?: boolean;
}

export function median(values: readonly number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

const now = (): number => performance.now();

/**
 * How long this thread has waited for a CPU while ready to run, in ms since some fixed
 * point (0 where it cannot be known: the browser page). Set by the Node side on Linux
 * (tests/bench/thread-wait.ts, /proc/thread-self/schedstat): see `workNow`.
 */
let waited: () => number = () => 0;

/** Make `workNow` leave out the time this thread waited for a CPU, as `clock` reports it. */
export function setWaitClock(clock: () => number): void {
  waited = clock;
}

/**
 * The clock every sample is timed with: wall time less the time the thread waited for a
 * CPU (issue 18). On a machine whose cores are shared with other jobs, a process is
 * descheduled for 10 to 100 ms at a time; wall time then counts others' work as ours,
 * and a ratio to B moves with the pattern of the load instead of with our code. Where
 * the wait cannot be read, this is wall time.
 */
export const workNow = (): number => now() - waited();

/**
 * Where the waits cannot be read as the page runs (Chromium: no clock of the thread's
 * own time in a page), every timed interval is marked instead, `tp<id><` at its start
 * and `tp<id>>` at its end (`performance.mark`), and its id kept with the samples
 * (`Timing.ids`, `Timing.bIds`). The Node side traces the page and times each interval
 * again by the thread's own clock of the trace (tests/bench/browser-suite.ts).
 */
let mark: ((name: string) => void) | null = null;
let intervals = 0;
/** The interval that ended last (read right after a sample or a run of B returns). */
let lastInterval = -1;

/** Mark every timed interval with `markWith` from now on (the page: `performance.mark`). */
export function setIntervalMarks(markWith: (name: string) => void): void {
  mark = markWith;
}

/** Start a timed interval: its id and its start on `workNow`. */
function begin(): { id: number; t: number } {
  const id = intervals++;
  mark?.(`tp${id}<`);
  return { id, t: workNow() };
}

/** End an interval begun with `begin`: its time in ms. */
function end(interval: { id: number; t: number }): number {
  const ms = workNow() - interval.t;
  mark?.(`tp${interval.id}>`);
  lastInterval = interval.id;
  return ms;
}

/** V8's collector when exposed (Node with --expose-gc, Chromium with --js-flags=--expose-gc), else undefined. */
declare const gc: (() => void) | undefined;
export const collector = (): (() => void) | undefined =>
  typeof gc === 'function' ? gc : undefined;

/** Warm-up: run for at least this long first, so the JIT has settled. */
const WARMUP_MS = 250;

/** Run `reps` operations and return the time they took (ms), setup excluded. */
function runSample(op: () => void, reps: number, setup?: () => void): number {
  if (!setup) {
    const interval = begin();
    for (let i = 0; i < reps; i++) op();
    return end(interval);
  }
  // Each operation timed alone (microseconds): wall time, as reading the wait would
  // cost more than the operation; a sample descheduled meanwhile is an outlier the
  // median leaves out.
  let total = 0;
  for (let i = 0; i < reps; i++) {
    setup();
    const t = now();
    op();
    total += now() - t;
  }
  return total;
}

/**
 * The median time of `op`: warm up, find how many operations make a sample of at
 * least `minSampleMs`, then take the samples.
 */
export function measure(op: () => void, options: MeasureOptions = {}): Timing {
  const minMs = options.minSampleMs ?? MIN_SAMPLE_MS;
  const count = Math.max(MIN_SAMPLES, options.samples ?? SAMPLES);
  const warm = now();
  do runSample(op, 1, options.setup);
  while (now() - warm < WARMUP_MS);
  let reps = 1;
  for (
    let elapsed = runSample(op, reps, options.setup);
    elapsed < minMs;
    elapsed = runSample(op, reps, options.setup)
  ) {
    reps = Math.min(
      reps * 10,
      Math.max(reps * 2, Math.ceil((reps * minMs * 1.3) / Math.max(elapsed, 0.001))),
    );
  }
  const samples: number[] = [];
  const bs: number[] = [];
  const ids = new Ids(mark !== null && !options.setup);
  const collect = options.collect ? collector() : undefined;
  for (let i = 0; i < count; i++) {
    baselineRun(options.baseline, bs, ids);
    collect?.();
    samples.push(runSample(op, reps, options.setup) / reps);
    ids.sample();
  }
  baselineRun(options.baseline, bs, ids);
  return ids.into(withBaseline(samples, bs, reps));
}

/** Node's collector asked for a minor collection only (young objects), when exposed. */
function minorCollection(): void {
  (collector() as ((options: { type: 'minor' }) => void) | undefined)?.({ type: 'minor' });
}

/** The intervals of a timing's samples and runs of B, kept when they are marked. */
class Ids {
  readonly samples: number[] = [];
  readonly bs: number[] = [];
  constructor(private readonly keep: boolean) {}
  sample(): void {
    if (this.keep) this.samples.push(lastInterval);
  }
  b(): void {
    if (this.keep) this.bs.push(lastInterval);
  }
  into(t: Timing): Timing {
    if (this.keep) {
      t.ids = this.samples;
      t.bIds = this.bs;
    }
    return t;
  }
}

/** One run of B, kept in `bs`, then its garbage collected (when the collector is exposed). */
export function baselineRun(baseline: (() => number) | undefined, bs: number[], ids?: Ids): void {
  if (!baseline) return;
  bs.push(baseline());
  ids?.b();
  minorCollection();
}

/** A timing from the samples and, when there are any, the baseline runs taken around them. */
export function withBaseline(samples: number[], bs: readonly number[], reps = 1): Timing {
  const t: Timing = { ms: median(samples), reps, samples };
  if (bs.length) {
    t.b = median(bs);
    t.ratio = t.ms / t.b;
  }
  return t;
}

/** The same, for an operation that is asynchronous (each sample awaits it `reps` times). */
export async function measureAsync(
  op: () => Promise<void>,
  options: Omit<MeasureOptions, 'setup'> = {},
): Promise<Timing> {
  const minMs = options.minSampleMs ?? MIN_SAMPLE_MS;
  const count = Math.max(MIN_SAMPLES, options.samples ?? SAMPLES);
  const sample = async (reps: number): Promise<number> => {
    const interval = begin();
    for (let i = 0; i < reps; i++) await op();
    return end(interval);
  };
  const warm = now();
  do await sample(1);
  while (now() - warm < WARMUP_MS);
  let reps = 1;
  for (let elapsed = await sample(reps); elapsed < minMs; elapsed = await sample(reps)) {
    reps = Math.min(
      reps * 10,
      Math.max(reps * 2, Math.ceil((reps * minMs * 1.3) / Math.max(elapsed, 0.001))),
    );
  }
  const samples: number[] = [];
  const bs: number[] = [];
  const ids = new Ids(mark !== null);
  for (let i = 0; i < count; i++) {
    baselineRun(options.baseline, bs, ids);
    samples.push((await sample(reps)) / reps);
    ids.sample();
  }
  baselineRun(options.baseline, bs, ids);
  return ids.into(withBaseline(samples, bs, reps));
}

interface Row {
  id: number;
  group: string;
  date: string;
  value: number;
}

/** The baseline's input: 100,000 plain objects in 500 groups, from a fixed seed. */
export function baselineInput(): Row[] {
  let a = 42;
  const rand = (): number => {
    a = (Math.imul(a, 1103515245) + 12345) >>> 0;
    return a / 4294967296;
  };
  const rows: Row[] = [];
  for (let id = 0; id < 100_000; id++) {
    const day = 1 + Math.floor(rand() * 28);
    const month = 1 + Math.floor(rand() * 12);
    rows.push({
      id,
      group: `person ${Math.floor(rand() * 500)}`,
      date: `20${20 + Math.floor(rand() * 7)}-${month < 10 ? '0' : ''}${month}-${day < 10 ? '0' : ''}${day}`,
      value: rand(),
    });
  }
  return rows;
}

/**
 * Baseline workload B: group 100,000 plain objects by a string key into a Map, sort
 * each group by date then id, and sort the groups by key. The same kind of work as
 * the index, so a figure divided by B means the same on a faster or slower machine.
 */
export function baselineWork(rows: readonly Row[]): number {
  const groups = new Map<string, Row[]>();
  for (const r of rows) {
    const g = groups.get(r.group);
    if (g) g.push(r);
    else groups.set(r.group, [r]);
  }
  let check = 0;
  for (const g of groups.values()) {
    g.sort((x, y) => (x.date < y.date ? -1 : x.date > y.date ? 1 : x.id - y.id));
    check += g[0]!.id;
  }
  const keys = [...groups.keys()].sort();
  return check + keys.length;
}

/**
 * The baseline as a sampler: each call runs B once (one run is well over 5 ms) and
 * returns its time in ms; every sample is also kept, for the overall median of B.
 */
export function baselineSampler(): { sample: () => number; all: number[] } {
  const rows = baselineInput();
  const all: number[] = [];
  let sink = 0;
  for (const start = now(); now() - start < WARMUP_MS;) sink += baselineWork(rows);
  const sample = (): number => {
    const interval = begin();
    sink += baselineWork(rows);
    const ms = end(interval);
    if (sink < 0) throw new Error('unreachable');
    all.push(ms);
    return ms;
  };
  return { sample, all };
}
