/**
 * Calendar dates as `yyyy-MM-dd` strings. All arithmetic is done in UTC on the date's
 * own components, so results never depend on the machine's time zone (a `new
 * Date('2026-11-22')` is midnight UTC and shows as the 21st west of UTC).
 */

export type IsoDate = string;

/** The days of a month (1 to 12) of a year: 28 to 31. */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/**
 * The years a date may be in. Anything else (`9999-12-31`, `0001-01-01`) is a typo, not
 * a meeting or a due date, and its arithmetic would run off the calendar (`+010000-01`,
 * "3652820 days overdue"). Written in docs/VAULT-FORMAT.md.
 */
export const MIN_YEAR = 1900;
export const MAX_YEAR = 2999;

/**
 * True for a real calendar date written `yyyy-MM-dd` (2026-02-30 is not one) in the
 * years MIN_YEAR to MAX_YEAR. Allocates nothing: the index checks every 1:1 note's date.
 */
export function isIsoDate(value: unknown): value is IsoDate {
  if (
    typeof value !== 'string' ||
    value.length !== 10 ||
    value.charCodeAt(4) !== 45 ||
    value.charCodeAt(7) !== 45
  )
    return false;
  const y = digits(value, 0, 4);
  const mo = digits(value, 5, 7);
  const d = digits(value, 8, 10);
  return y >= MIN_YEAR && y <= MAX_YEAR && mo >= 1 && mo <= 12 && d >= 1 && d <= daysInMonth(y, mo);
}

/** The number written with ASCII digits from `start` to `end`, or -1. */
function digits(s: string, start: number, end: number): number {
  let n = 0;
  for (let i = start; i < end; i++) {
    const c = s.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return -1;
    n = n * 10 + c;
  }
  return n;
}

/**
 * Read a frontmatter date. YAML parsers may hand over a string, or a Date for an
 * unquoted date (at midnight UTC); a value with a time part keeps its date part.
 */
export function toIsoDate(value: unknown): IsoDate | null {
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) return null;
    const iso = value.toISOString().slice(0, 10);
    return isIsoDate(iso) ? iso : null;
  }
  if (typeof value !== 'string') return null;
  const s = value.trim();
  if (s.length === 10) return isIsoDate(s) ? s : null;
  const head = /^(\d{4}-\d{2}-\d{2})(?:[T ][\d:.]+(?:Z|[+-][\d:]+)?)?$/.exec(s);
  return head && isIsoDate(head[1]) ? head[1] : null;
}

/**
 * Why a written value that toIsoDate refused is not a date, for a message after the
 * value: `is outside the years 1900 to 2999` or `is not a yyyy-MM-dd date`.
 */
export function whyNotADate(value: string): string {
  const year = /^\s*([+-]?\d{4,})-\d{2}-\d{2}(?:[T ]|\s*$)/.exec(value);
  if (year) {
    const y = Number(year[1]);
    if (y < MIN_YEAR || y > MAX_YEAR) return `is outside the years ${MIN_YEAR} to ${MAX_YEAR}`;
  }
  return 'is not a yyyy-MM-dd date';
}

function toUtc(date: IsoDate): number {
  return Date.UTC(digits(date, 0, 4), digits(date, 5, 7) - 1, digits(date, 8, 10));
}

function fromUtc(ms: number): IsoDate {
  return new Date(ms).toISOString().slice(0, 10);
}

/** `date` plus `days` calendar days. */
export function addDays(date: IsoDate, days: number): IsoDate {
  return fromUtc(toUtc(date) + days * 86_400_000);
}

/** The day of the week of a date: 0 for Sunday to 6 for Saturday. */
export function weekdayOf(date: IsoDate): number {
  return new Date(toUtc(date)).getUTCDay();
}

/** The date of a year, month (1 to 12) and day, as `yyyy-MM-dd`. */
export function isoDateOf(year: number, month: number, day: number): IsoDate {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Calendar days from `from` to `to` (positive when `to` is later). */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return Math.round((toUtc(to) - toUtc(from)) / 86_400_000);
}

/** The local calendar date of a moment, as the user's clock shows it. */
export function localIsoDate(moment: Date): IsoDate {
  const y = moment.getFullYear();
  const m = String(moment.getMonth() + 1).padStart(2, '0');
  const d = String(moment.getDate()).padStart(2, '0');
  return `${String(y).padStart(4, '0')}-${m}-${d}`;
}

/** A local Date at noon of the given calendar date: safe to format in any time zone. */
export function toLocalDate(date: IsoDate): Date {
  return new Date(
    Number(date.slice(0, 4)),
    Number(date.slice(5, 7)) - 1,
    Number(date.slice(8, 10)),
    12,
  );
}
