/**
 * The performance budgets of issues 6 and 16. Times are absolute figures from the
 * reference machine (2 cores, see docs/PERFORMANCE.md); the gate divides every time by
 * the baseline B measured in the same run, interleaved with the samples, and compares it
 * with the budget divided by B on the reference machine, so a slower or faster machine
 * moves both sides alike. Index work is gated against the floor instead (one metadata
 * lookup per file and the fields the index reads, building nothing), measured the same way.
 */

/**
 * B (group and sort 100,000 objects) on the reference machine, in ms: its typical
 * median when no other job is running (runs on 2026-11-22 gave 51 to 58 ms; under
 * other engineers' jobs it rose to 60 to 86 ms, the ratios staying put).
 */
export const B_REF_NODE_MS = 55;
/** The same baseline run inside the Chromium page (43 to 50 ms when quiet). */
export const B_REF_BROWSER_MS = 46;

export type Unit = 'ms' | 'µs' | 'B/note' | 'x' | 'KB';

/**
 * How a budget is checked: a time as a ratio to B in Node or in Chromium (`limit` in
 * `unit`, divided by B on the reference machine), a time as a multiple of the floor
 * measured around it (`limit` is that multiple, `unit` 'x'), or the value itself.
 */
export type Gate = 'ratio-node' | 'ratio-browser' | 'ratio-floor' | 'value';

export interface Budget {
  id: string;
  label: string;
  /** The limit, in `unit`. */
  limit: number;
  unit: Unit;
  /** How the gate checks it (see `Gate`). */
  gate: Gate;
  /** Measured in `--quick` (CI) mode too. */
  quick: boolean;
  /**
   * Gated: over in a run and again in the run of its group that follows, it fails the
   * run. Those not gated are shown with the reason in docs/PERFORMANCE.md.
   */
  gated: boolean;
  /**
   * For a budget that is a goal not met yet (issue 16: the two index ratios to the floor,
   * loading `main.js`, planning the next note): the regression limit the gate holds
   * instead, in the gate's terms (a multiple of the floor, or a time in `unit`), set
   * above the spread measured over the quick runs in docs/PERFORMANCE.md. The goal stays
   * the budget, shown as met or not; a change that makes the figure slower than the
   * guard fails the run.
   */
  guard?: number;
}

export const BUDGETS: readonly Budget[] = [
  // Index work: against the floor (issue 16, decisions 2 to 4).
  // A goal not met (2.4 to 2.9 x the floor in the quick runs of 2026-12-02): gated at its
  // guard, above that spread (docs/PERFORMANCE.md, "The floor and the index").
  {
    id: 'index-10k',
    label: 'Full index from metadata, 10,000 1:1 notes',
    limit: 1.5,
    unit: 'x',
    gate: 'ratio-floor',
    quick: true,
    gated: true,
    guard: 3.5,
  },
  // A collection of the young generation landing in a slice takes 13 to 18 ms here.
  {
    id: 'index-100k-slice',
    label: 'Index of 100,000 1:1 notes: longest slice',
    limit: 16,
    unit: 'ms',
    gate: 'ratio-node',
    quick: false,
    gated: false,
  },
  {
    id: 'index-100k-total',
    label: 'Index of 100,000 1:1 notes: all slices',
    limit: 1.5,
    unit: 'x',
    gate: 'ratio-floor',
    quick: false,
    gated: false,
  },
  {
    id: 'index-scaling',
    label: 'Indexing t(2N)/t(N), N = 50,000',
    limit: 3,
    unit: 'x',
    gate: 'value',
    quick: false,
    gated: true,
  },
  {
    id: 'index-memory',
    label: 'Memory held by the index, per 1:1 note',
    limit: 1024,
    unit: 'B/note',
    gate: 'value',
    quick: true,
    gated: true,
  },
  {
    id: 'index-memory-100k',
    label: 'Memory held by the index, per 1:1 note, at 100,000',
    limit: 1024,
    unit: 'B/note',
    gate: 'value',
    quick: false,
    gated: true,
  },
  {
    id: 'event-one',
    label: 'One changed note, in the event handler',
    limit: 10,
    unit: 'µs',
    gate: 'ratio-node',
    quick: true,
    gated: true,
  },
  {
    id: 'recompute-one',
    label: "One person's stats recomputed",
    limit: 100,
    unit: 'µs',
    gate: 'ratio-node',
    quick: true,
    gated: true,
  },
  {
    id: 'event-burst',
    label: 'Burst of 10,000 events, then the recompute',
    limit: 50,
    unit: 'ms',
    gate: 'ratio-node',
    quick: true,
    gated: true,
  },
  {
    id: 'stats-all',
    label: 'Cadence stats for everyone (10,000 notes, 50 people)',
    limit: 2,
    unit: 'ms',
    gate: 'ratio-node',
    quick: true,
    gated: true,
  },
  // Bimodal since issue 12 (ratio 0.016 to 0.022 quiet, to 0.034 with both cores busy on
  // 2026-12-02, 94 % of a 2 ms guard: issue 18 says such a gate flakes): a goal at its
  // limit, gated at a guard of 3 ms (docs/PERFORMANCE.md, "Planning the next note").
  {
    id: 'plan-next',
    label: 'Plan the next note, source with 200 tasks',
    limit: 1,
    unit: 'ms',
    gate: 'ratio-node',
    quick: true,
    gated: true,
    guard: 3,
  },
  // Issue 15: the search of "Adopt existing 1:1 notes" reads only cached metadata.
  {
    id: 'adopt-10k',
    label: 'Adopt: find 1:1 notes among 10,000 candidates',
    limit: 100,
    unit: 'ms',
    gate: 'ratio-node',
    quick: true,
    gated: true,
  },
  {
    id: 'recap',
    label: 'Recap email of a 1:1 note',
    limit: 1,
    unit: 'ms',
    gate: 'ratio-node',
    quick: true,
    gated: true,
  },
  // Decision 1: main.js compiled and evaluated as Obsidian loads it, then onload.
  // Over: 12 to 14 ms here, mostly V8 compiling our own 190 KB: a goal, gated at its guard,
  // 25 ms since the ratio reached 0.40 (92 % of a 20 ms guard) with both cores busy on
  // 2026-12-02 (docs/PERFORMANCE.md, "Loading main.js").
  {
    id: 'onload',
    label: 'Loading main.js and onload (Chromium, 12,000-note vault)',
    limit: 5,
    unit: 'ms',
    gate: 'ratio-browser',
    quick: true,
    gated: true,
    guard: 25,
  },
  {
    id: 'sidebar-render',
    label: 'Sidebar with 50 people rendered, layout included',
    limit: 16,
    unit: 'ms',
    gate: 'ratio-browser',
    quick: true,
    gated: true,
  },
  // Gated on 2026-12-02, once the regression of issue 15.6 (every drawn card asking for its
  // open items) was fixed: 0.030 to 0.034 quiet (docs/PERFORMANCE.md).
  // Since issue 17 the sidebar opens as a compact list: one person's update redraws their
  // row (every row closed, as the list opens) ...
  {
    id: 'sidebar-update',
    label: 'Sidebar: one person updated in the compact list, layout included',
    limit: 2,
    unit: 'ms',
    gate: 'ratio-browser',
    quick: true,
    gated: true,
  },
  // ... or, with their row open, their full card too: 2.0 to 2.5 ms on 2026-12-02 (the
  // card's timeline patch about 0.45 ms of it), a goal gated at a guard of 4 ms
  // (docs/PERFORMANCE.md, "The sidebar's update of one person").
  {
    id: 'sidebar-update-open',
    label: 'Sidebar: one person updated with their card open, layout included',
    limit: 2,
    unit: 'ms',
    gate: 'ratio-browser',
    quick: true,
    gated: true,
    guard: 4,
  },
  // A growth guard only (decision 1): what a user feels is `onload` above. Over since
  // the evening of 2026-12-02 (202.8 KB with issue 19's faster planner; KB are 1,024
  // bytes): 200 KB stays the goal, gated at a guard of 215 KB, a decision taken in issue
  // 16's note (docs/PERFORMANCE.md, "Loading main.js").
  {
    id: 'bundle-min',
    label: 'main.js minified',
    limit: 200,
    unit: 'KB',
    gate: 'value',
    quick: true,
    gated: true,
    guard: 215,
  },
  // The realistic tier (decision 3): 300,000 notes, 3,000 of them 1:1 notes (60 people).
  // Over: 1.35 to 1.5 x the floor since 2026-12-02, a goal gated at its guard
  // (docs/PERFORMANCE.md, "The realistic vault").
  {
    id: 'realistic-ready',
    label: 'Realistic vault: index ready (all slices)',
    limit: 1.3,
    unit: 'x',
    gate: 'ratio-floor',
    quick: true,
    gated: true,
    guard: 2.5,
  },
  // 0.051 to 0.075 over the quiet runs of 2026-12-02, but 0.47 twice in a row with CI's tests
  // on both cores (the longest slice catches the process descheduled): shown, not gated
  // (docs/PERFORMANCE.md, "The realistic vault").
  {
    id: 'realistic-slice',
    label: 'Realistic vault: longest slice',
    limit: 16,
    unit: 'ms',
    gate: 'ratio-node',
    quick: true,
    gated: false,
  },
  {
    id: 'realistic-memory-meeting',
    label: 'Realistic vault: index memory per 1:1 note',
    limit: 1024,
    unit: 'B/note',
    gate: 'value',
    quick: true,
    gated: true,
  },
  {
    id: 'realistic-memory-other',
    label: 'Realistic vault: index memory per other note',
    limit: 16,
    unit: 'B/note',
    gate: 'value',
    quick: true,
    gated: true,
  },
];

export function budget(id: string): Budget {
  const b = BUDGETS.find((x) => x.id === id);
  if (!b) throw new Error(`no budget ${id}`);
  return b;
}
