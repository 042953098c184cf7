/**
 * The performance budgets of issue 6. Times are absolute figures from the reference
 * machine (2 cores, see docs/PERFORMANCE.md); the gate divides every time by the
 * baseline B measured in the same run and compares it with the budget divided by B
 * on the reference machine, so a slower or faster machine moves both sides alike.
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

export interface Budget {
  id: string;
  label: string;
  /** The limit, in `unit`. */
  limit: number;
  unit: Unit;
  /** How the gate checks it: as a ratio to B (times), or the value itself. */
  gate: 'ratio-node' | 'ratio-browser' | 'value';
  /** Measured in `--quick` (CI) mode too. */
  quick: boolean;
  /** Gated: a failure makes the run fail. Those not gated are over budget (see docs/PERFORMANCE.md). */
  gated: boolean;
}

export const BUDGETS: readonly Budget[] = [
  // At its budget, not under it: see docs/PERFORMANCE.md ("At the budget: the index of 10,000 1:1 notes").
  {
    id: 'index-10k',
    label: 'Full index from metadata, 10,000 1:1 notes',
    limit: 30,
    unit: 'ms',
    gate: 'ratio-node',
    quick: true,
    gated: false,
  },
  // At its budget too: a collection of the young generation landing in a slice takes 13 to 18 ms here.
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
    limit: 400,
    unit: 'ms',
    gate: 'ratio-node',
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
  {
    id: 'plan-next',
    label: 'Plan the next note, source with 200 tasks',
    limit: 1,
    unit: 'ms',
    gate: 'ratio-node',
    quick: true,
    // Bimodal since carry-over reads notes as the recap does (issue 12): most runs
    // 0.65-0.69 ms, about one in five 1.1-1.4 ms with B unchanged. Shown, not gated,
    // until that is understood (docs/PERFORMANCE.md, issue 16).
    gated: false,
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
  {
    id: 'onload',
    label: 'Plugin onload (real class on the mocks)',
    limit: 2,
    unit: 'ms',
    gate: 'ratio-browser',
    quick: true,
    gated: true,
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
  // At its budget: ratio 0.015 to 0.024 against 0.022 (docs/PERFORMANCE.md).
  {
    id: 'sidebar-update',
    label: 'Sidebar: one person updated, layout included',
    limit: 1,
    unit: 'ms',
    gate: 'ratio-browser',
    quick: true,
    gated: false,
  },
  {
    id: 'bundle-min',
    label: 'main.js minified',
    limit: 60,
    unit: 'KB',
    gate: 'value',
    quick: true,
    gated: false,
  },
  {
    id: 'bundle-gzip',
    label: 'main.js gzipped',
    limit: 20,
    unit: 'KB',
    gate: 'value',
    quick: true,
    gated: false,
  },
];

export function budget(id: string): Budget {
  const b = BUDGETS.find((x) => x.id === id);
  if (!b) throw new Error(`no budget ${id}`);
  return b;
}
