/**
 * Dates written with date-fns pattern tokens (the `{{date:<pattern>}}` placeholder of
 * templates and file names) without date-fns, whose `format` brings its whole English
 * locale (about 20 KB of the plugin). The output is date-fns' `format` with its default
 * locale for the tokens people use in templates; month and weekday names come from
 * `Intl` in English, as date-fns' default locale has them.
 */
import type { IsoDate } from './dates';
import { formatIsoDate } from './display';

// How date-fns splits a pattern: ordinal tokens, runs of one letter, quoted text.
const TOKENS = /[yYQqMLwIdDecihHKkms]o|(\w)\1*|''|'(''|[^'])+('|$)|./g;
const LONG = /P+p+|P+|p+|''|'(''|[^'])+('|$)|./g;
/** date-fns' English long date formats, for `P` to `PPPP`. */
const LONG_DATE = ['MM/dd/yyyy', 'MMM d, y', 'MMMM do, y', 'EEEE, MMMM do, y'];

/** English ordinal: 1st, 2nd, 3rd, 4th, 11th, 12th, 13th, 21st, 102nd, 111th. */
export function ordinal(n: number): string {
  const rem100 = n % 100;
  if (rem100 > 20 || rem100 < 10) {
    if (rem100 % 10 === 1) return `${n}st`;
    if (rem100 % 10 === 2) return `${n}nd`;
    if (rem100 % 10 === 3) return `${n}rd`;
  }
  return `${n}th`;
}

const pad = (n: number, length: number): string => String(n).padStart(length, '0');

interface Parts {
  iso: IsoDate;
  year: number;
  month: number;
  day: number;
  utc: number;
}

/** The ISO week number (weeks start on Monday; week 1 holds the year's first Thursday). */
export function isoWeek(utc: number): number {
  const monday0 = (new Date(utc).getUTCDay() + 6) % 7;
  const thursday = utc + (3 - monday0) * 86_400_000;
  // setUTCFullYear, not Date.UTC, which reads years before 100 as 19xx.
  const jan1 = new Date(0).setUTCFullYear(new Date(thursday).getUTCFullYear(), 0, 1);
  return 1 + Math.floor((thursday - jan1) / (7 * 86_400_000));
}

// Options kept in constants: the formats are found by them.
const NAMES = {
  monthShort: { month: 'short' },
  monthLong: { month: 'long' },
  monthNarrow: { month: 'narrow' },
  dayShort: { weekday: 'short' },
  dayLong: { weekday: 'long' },
  dayNarrow: { weekday: 'narrow' },
} satisfies Record<string, Intl.DateTimeFormatOptions>;

const name = (p: Parts, options: Intl.DateTimeFormatOptions): string =>
  formatIsoDate(p.iso, 'en-US', options);

/** One token's text (as date-fns writes it in English), or null when it is not supported here. */
function token(t: string, p: Parts): string | null {
  const n = t.length;
  const ord = n === 2 && t[1] === 'o';
  switch (t[0]) {
    case 'y':
      return ord ? ordinal(p.year) : pad(t === 'yy' ? p.year % 100 : p.year, n);
    case 'Q':
    case 'q': {
      const q = Math.ceil(p.month / 3);
      if (ord) return ordinal(q);
      return n <= 2 ? pad(q, n) : n === 3 ? `Q${q}` : n === 5 ? String(q) : `${ordinal(q)} quarter`;
    }
    case 'M':
    case 'L':
      if (ord) return ordinal(p.month);
      if (n <= 2) return pad(p.month, n);
      return name(p, n === 3 ? NAMES.monthShort : n === 5 ? NAMES.monthNarrow : NAMES.monthLong);
    case 'd':
      return ord ? ordinal(p.day) : pad(p.day, n);
    case 'E':
      if (n <= 3) return name(p, NAMES.dayShort);
      if (n === 5) return name(p, NAMES.dayNarrow);
      return n === 6 ? name(p, NAMES.dayLong).slice(0, 2) : name(p, NAMES.dayLong);
    case 'I':
      return ord ? ordinal(isoWeek(p.utc)) : pad(isoWeek(p.utc), n);
    default:
      return null;
  }
}

/** `P` to `PPPP` written out as the patterns they stand for; null for time formats (`p`). */
function expandLong(pattern: string): string | null {
  let out = '';
  for (const part of pattern.match(LONG) ?? []) {
    if (part[0] === 'P' || part[0] === 'p') {
      if (part.includes('p')) return null;
      out += LONG_DATE[Math.min(part.length, 4) - 1]!;
    } else out += part;
  }
  return out;
}

/**
 * Format a stored date with a date-fns pattern. Supported: `y` `yy` `yyyy` (any
 * length) `yo`, `M` to `MMMMM` and `Mo` (also `L`), `d` `dd` `do`, `E` to `EEEEEE`,
 * `Q` to `QQQQQ` and `Qo` (also `q`), `I` `II` `Io` (ISO week), `P` to `PPPP`, and
 * text in single quotes (`''` for a quote). Any other letter, or an empty pattern,
 * gives null, so the caller can leave the placeholder as written.
 */
export function formatDateTokens(date: IsoDate, pattern: string): string | null {
  if (pattern === '') return null;
  const expanded = expandLong(pattern);
  if (expanded === null) return null;
  const year = Number(date.slice(0, 4));
  const month = Number(date.slice(5, 7));
  const day = Number(date.slice(8, 10));
  const utc = Date.UTC(year, month - 1, day);
  const parts: Parts = { iso: date, year, month, day, utc };
  let out = '';
  for (const part of expanded.match(TOKENS) ?? []) {
    if (part === "''") out += "'";
    else if (part[0] === "'") out += part.replace(/^'([^]*?)'?$/, '$1').replace(/''/g, "'");
    else if (/[a-zA-Z]/.test(part[0]!)) {
      const text = token(part, parts);
      if (text === null) return null;
      out += text;
    } else out += part;
  }
  return out;
}

/**
 * Format a date with a date-fns pattern (`{{date:EEEE d MMMM}}`, see `formatDateTokens`
 * for the tokens). A pattern with a token it does not know is left in the text as
 * written, so a typo never breaks note creation; so are moment-style `YYYY` and `DD`
 * (week years and days of the year in date-fns, rarely what was meant).
 */
export function formatDatePattern(date: IsoDate, pattern: string): string {
  return formatDateTokens(date, pattern) ?? `{{date:${pattern}}}`;
}
