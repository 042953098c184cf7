/**
 * Review periods: this quarter, last quarter, this half, this year, or a custom range,
 * as inclusive `yyyy-MM-dd` bounds computed from a given today, and their short labels
 * (`2026-Q3`, `2026-H2`, `2026`) for note names. Pure: today comes in as a parameter.
 */
import { addDays, isIsoDate, type IsoDate } from '../shared/dates';
import { err, ok, type Result } from '../shared/result';

/** The periods offered by name; a custom range is given as its two dates. */
export const PERIOD_PRESETS = ['this-quarter', 'last-quarter', 'this-half', 'this-year'] as const;
export type PeriodPreset = (typeof PERIOD_PRESETS)[number];

/** A preset, or a custom range (both ends included). */
export type PeriodChoice = PeriodPreset | { from: string; to: string };

/** A resolved period: inclusive bounds and a label for titles and note names. */
export interface Period {
  from: IsoDate;
  to: IsoDate;
  /** `2026-Q3`, `2026-H2`, `2026`, or `2026-07-01 to 2026-08-15`. */
  label: string;
}

/** Names of the presets as the UI shows them, in sentence case. */
export const PERIOD_NAMES: Readonly<Record<PeriodPreset, string>> = {
  'this-quarter': 'This quarter',
  'last-quarter': 'Last quarter',
  'this-half': 'This half',
  'this-year': 'This year',
};

const pad = (n: number): string => String(n).padStart(2, '0');

/** The first day of month `month` (1-12, may overflow into the next year) of `year`. */
function firstOfMonth(year: number, month: number): IsoDate {
  const y = year + Math.floor((month - 1) / 12);
  const m = ((((month - 1) % 12) + 12) % 12) + 1;
  return `${String(y).padStart(4, '0')}-${pad(m)}-01`;
}

/** The months `[first, first + count)` of `year` as an inclusive date range. */
function months(year: number, first: number, count: number): { from: IsoDate; to: IsoDate } {
  return { from: firstOfMonth(year, first), to: addDays(firstOfMonth(year, first + count), -1) };
}

/**
 * The label of a range: `2026-Q3` when it is exactly a calendar quarter, `2026-H2` for
 * a half, `2026` for a year, otherwise `<from> to <to>` (safe in file names).
 */
export function periodLabel(from: IsoDate, to: IsoDate): string {
  const year = Number(from.slice(0, 4));
  if (from.slice(0, 4) === to.slice(0, 4) && from.endsWith('-01')) {
    const start = Number(from.slice(5, 7));
    const is = (first: number, count: number): boolean => {
      const r = months(year, first, count);
      return r.from === from && r.to === to;
    };
    if (is(1, 12)) return String(year).padStart(4, '0');
    for (const h of [1, 2]) if (is(h * 6 - 5, 6)) return `${from.slice(0, 4)}-H${h}`;
    if ((start - 1) % 3 === 0 && is(start, 3)) return `${from.slice(0, 4)}-Q${(start + 2) / 3}`;
  }
  return `${from} to ${to}`;
}

/** The inclusive range of a preset around `today`. */
export function presetRange(preset: PeriodPreset, today: IsoDate): { from: IsoDate; to: IsoDate } {
  const year = Number(today.slice(0, 4));
  const month = Number(today.slice(5, 7));
  const quarterStart = month - ((month - 1) % 3);
  switch (preset) {
    case 'this-quarter':
      return months(year, quarterStart, 3);
    case 'last-quarter':
      return quarterStart === 1 ? months(year - 1, 10, 3) : months(year, quarterStart - 3, 3);
    case 'this-half':
      return months(year, month <= 6 ? 1 : 7, 6);
    case 'this-year':
      return months(year, 1, 12);
  }
}

/**
 * Resolve a period choice. A custom range must be two real `yyyy-MM-dd` dates with
 * `from` on or before `to`; otherwise the error says which part is wrong.
 */
export function resolvePeriod(choice: PeriodChoice, today: IsoDate): Result<Period> {
  if (typeof choice === 'string') {
    if (!(PERIOD_PRESETS as readonly string[]).includes(choice))
      return err(`unknown period "${choice}"`);
    const r = presetRange(choice, today);
    return ok({ ...r, label: periodLabel(r.from, r.to) });
  }
  const from = choice.from.trim();
  const to = choice.to.trim();
  if (!isIsoDate(from))
    return err(`the start date ${JSON.stringify(from)} is not a valid date (yyyy-MM-dd)`);
  if (!isIsoDate(to))
    return err(`the end date ${JSON.stringify(to)} is not a valid date (yyyy-MM-dd)`);
  if (from > to) return err(`the start date ${from} is after the end date ${to}`);
  return ok({ from, to, label: periodLabel(from, to) });
}

/** Whether `date` lies in the period, both ends included. */
export function inPeriod(date: IsoDate, period: Pick<Period, 'from' | 'to'>): boolean {
  return date >= period.from && date <= period.to;
}
