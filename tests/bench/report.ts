/**
 * Figures of a benchmark run, their gates and how they are shown: a readable table,
 * or JSON for machines.
 */
import { B_REF_BROWSER_MS, B_REF_NODE_MS, budget, type Budget, type Unit } from './budgets';
import type { Timing } from './measure';

export interface Figure {
  id: string;
  label: string;
  /** In `unit`. */
  value: number;
  unit: Unit;
  /** Time divided by the baseline B measured around it (times only). */
  ratio?: number;
  /** That baseline, in ms. */
  b?: number;
  /** The group that measured it (a failed gate re-runs its group). */
  group: string;
  note?: string;
  budget?: Budget;
  /** The limit the gate applies: a ratio to B, or the value's own limit. */
  gateLimit?: number;
  /** Within the gate: the budget's limit, or its guard when it has one. */
  pass?: boolean;
  /** Within the budget itself (differs from `pass` only for a budget with a guard). */
  met?: boolean;
  /** Over budget in the group's first run, measured again: this is the second run. */
  retried?: boolean;
  /** For a figure measured again: what its group's first run gave. */
  firstTry?: Figure;
}

/** A figure from a timing in ms, shown in `unit`, with its budget when it has one. */
export function timeFigure(
  group: string,
  id: string,
  label: string,
  t: Timing,
  unit: 'ms' | 'µs' = 'ms',
  note?: string,
): Figure {
  return {
    id,
    label,
    value: unit === 'µs' ? t.ms * 1000 : t.ms,
    unit,
    ratio: t.ratio,
    b: t.b,
    group,
    ...(note ? { note } : {}),
  };
}

export function valueFigure(
  group: string,
  id: string,
  label: string,
  value: number,
  unit: Unit,
  note?: string,
): Figure {
  return { id, label, value, unit, group, ...(note ? { note } : {}) };
}

const toMs = (limit: number, unit: Unit): number => (unit === 'µs' ? limit / 1000 : limit);

/** Attach the budget of the figure's id (if any) and decide pass or fail. */
export function judge(f: Figure): Figure {
  let b: Budget;
  try {
    b = budget(f.id);
  } catch {
    return f;
  }
  const out: Figure = { ...f, budget: b };
  const within = (limit: number): boolean => {
    if (b.gate === 'value') return f.value <= limit;
    if (b.gate === 'ratio-floor') return f.ratio !== undefined && f.ratio <= limit;
    return f.ratio !== undefined && f.ratio <= gateRatio(b, limit);
  };
  const gate = b.guard ?? b.limit;
  out.gateLimit = b.gate === 'value' || b.gate === 'ratio-floor' ? gate : gateRatio(b, gate);
  out.pass = within(gate);
  out.met = b.guard === undefined ? out.pass : within(b.limit);
  return out;
}

/** A limit in the budget's unit as a ratio to B on the reference machine. */
function gateRatio(b: Budget, limit: number): number {
  const ref = b.gate === 'ratio-node' ? B_REF_NODE_MS : B_REF_BROWSER_MS;
  return toMs(limit, b.unit) / ref;
}

/**
 * One try of a figure against its gate, for the log: "sidebar-update 2.31 ms (ratio
 * 0.0502 to B, limit 0.0435)", or "main-js 205,000 bytes (limit 204,800)".
 */
export function overText(f: Figure): string {
  const sig = (n: number): string => String(Number(n.toPrecision(3)));
  const value = `${f.id} ${num(f.value)} ${f.unit}`;
  const limit = f.gateLimit === undefined ? '?' : sig(f.gateLimit);
  if (f.ratio === undefined || f.budget?.gate === 'value') return `${value} (limit ${limit})`;
  return `${value} (ratio ${sig(f.ratio)} to ${ratioTo(f)}, limit ${limit})`;
}

/** A gated figure broken in the end, with both of its tries when it was measured again. */
export function brokenText(f: Figure): string {
  if (!f.firstTry) return `${overText(f)}, one try`;
  const first = overText(f.firstTry).slice(f.id.length + 1);
  const second = overText(f).slice(f.id.length + 1);
  return `${f.id}: first try ${first}; second try ${second}`;
}

/** What a figure's ratio is to: the floor for index work gated against it, else B. */
export function ratioTo(f: Figure): 'floor' | 'B' | null {
  if (f.ratio === undefined) return null;
  return f.budget?.gate === 'ratio-floor' ? 'floor' : 'B';
}

/**
 * A figure as `npm run bench -- --json` gives it: `budget` is the limit in `budgetUnit`
 * (for a time gated against the floor, the multiple of the floor), `ratio` the time over
 * its reference (`ratioTo`), `gateLimit` what the gate compares (the ratio's limit, or the
 * value's; a budget's guard when it has one), `guard` that guard (in the budget's unit,
 * or null), `gated` whether a failure fails the run, `met` whether it is within budget,
 * `withinGate` whether it is within what the gate compares.
 */
export function jsonFigure(f: Figure): Record<string, unknown> {
  return {
    id: f.id,
    label: f.label,
    group: f.group,
    value: f.value,
    unit: f.unit,
    budget: f.budget?.limit ?? null,
    budgetUnit: f.budget?.unit ?? null,
    ratio: f.ratio ?? null,
    ratioTo: ratioTo(f),
    b: f.b ?? null,
    gateLimit: f.gateLimit ?? null,
    guard: f.budget?.guard ?? null,
    gated: f.budget?.gated ?? false,
    met: f.met ?? null,
    withinGate: f.pass ?? null,
    ...(f.retried ? { retried: true } : {}),
    ...(f.firstTry
      ? {
          firstTry: {
            value: f.firstTry.value,
            ratio: f.firstTry.ratio ?? null,
            withinGate: f.firstTry.pass ?? null,
          },
        }
      : {}),
    ...(f.note ? { note: f.note } : {}),
  };
}

function num(n: number): string {
  if (n > 0 && n < 0.01) return n.toExponential(2);
  if (n >= 100) return n.toFixed(0);
  if (n >= 10) return n.toFixed(1);
  if (n >= 1) return n.toFixed(2);
  return n.toFixed(3);
}

function pad(s: string, n: number): string {
  return s.length >= n ? s : s + ' '.repeat(n - s.length);
}

/** The figures as a table: value, ratio to B, budget, ratio budget, status. */
export function table(figures: readonly Figure[], header: string): string {
  const rows = [['Figure', 'Value', 'Ratio', 'Budget', 'Gate', 'Status']];
  for (const f of figures) {
    const status =
      f.pass === undefined
        ? ''
        : f.pass && f.met === false
          ? 'over the goal, within its guard'
          : f.pass
            ? f.retried
              ? 'ok (over in the first run)'
              : 'ok'
            : f.budget?.gated
              ? f.budget.guard === undefined
                ? 'OVER BUDGET'
                : 'OVER ITS GUARD'
              : 'over budget (not gated)';
    rows.push([
      f.label,
      `${num(f.value)} ${f.unit}`,
      f.ratio === undefined ? '' : `${num(f.ratio)}${ratioTo(f) === 'floor' ? ' (floor)' : ''}`,
      !f.budget
        ? ''
        : f.budget.gate === 'ratio-floor'
          ? `<= ${f.budget.limit} x floor`
          : `<= ${f.budget.limit} ${f.budget.unit}`,
      f.gateLimit === undefined
        ? ''
        : f.budget?.gate === 'value'
          ? `<= ${f.gateLimit} ${f.unit}`
          : `ratio <= ${num(f.gateLimit)}`,
      status,
    ]);
  }
  const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => r[c]!.length)));
  const lines = rows.map((r) =>
    r
      .map((cell, c) => pad(cell, widths[c]!))
      .join('  ')
      .trimEnd(),
  );
  lines.splice(1, 0, widths.map((w) => '-'.repeat(w)).join('  '));
  const notes = figures.filter((f) => f.note).map((f) => `  ${f.label}: ${f.note}`);
  return [header, '', ...lines, ...(notes.length ? ['', 'Notes:', ...notes] : [])].join('\n');
}
