/** Dates and counts as people read them, in their own locale. */
import type { IsoDate } from './dates';
import { Memo } from './memo';

const byOptions = new WeakMap<Intl.DateTimeFormatOptions, Map<string, Intl.DateTimeFormat>>();
const byKey = new Map<string, Intl.DateTimeFormat>();

/** The format for a locale and options: found by the options object first (callers keep theirs in constants), else made once per locale and options. */
function formatFor(
  locale: string | undefined,
  options: Intl.DateTimeFormatOptions,
): Intl.DateTimeFormat {
  const l = locale ?? '';
  let perLocale = byOptions.get(options);
  const known = perLocale?.get(l);
  if (known) return known;
  const key = `${l}|${JSON.stringify(options)}`;
  let format = byKey.get(key);
  if (!format)
    byKey.set(key, (format = new Intl.DateTimeFormat(locale, { ...options, timeZone: 'UTC' })));
  if (!perLocale) byOptions.set(options, (perLocale = new Map<string, Intl.DateTimeFormat>()));
  perLocale.set(l, format);
  return format;
}

/**
 * Format a stored date with `Intl.DateTimeFormat`. Making a format costs far more than
 * using one (the sidebar and the recap format dozens of dates), so formats are kept
 * by locale and options. They work in UTC on noon of the date, so the calendar day
 * shown never depends on the machine's time zone, even one changed while running.
 */
export function formatIsoDate(
  date: IsoDate,
  locale: string | undefined,
  options: Intl.DateTimeFormatOptions,
): string {
  return formatFor(locale, options).format(noonUtc(date));
}

/** Noon UTC of a stored date, as a time stamp (what the UTC formats read). */
function noonUtc(date: IsoDate): number {
  return Date.UTC(
    Number(date.slice(0, 4)),
    Number(date.slice(5, 7)) - 1,
    Number(date.slice(8, 10)),
    12,
  );
}

const MEDIUM: Intl.DateTimeFormatOptions = { dateStyle: 'medium' };

/** Dates shown in the default locale, kept: the sidebar shows the same few hundred dates again on every update. */
const mediumDates = new Memo<IsoDate, string>(
  (date) => formatIsoDate(date, undefined, MEDIUM),
  2048,
);

/** A stored `yyyy-MM-dd` date shown in the user's locale (`Nov 22, 2026`, `22 nov. 2026`). */
export function displayDate(date: IsoDate, locale?: string): string {
  return locale === undefined ? mediumDates.get(date) : formatIsoDate(date, locale, MEDIUM);
}

/** Ranges shown in the default locale, kept like the single dates. */
const mediumRanges = new Memo<string, string>((fromTo) => {
  const [from, to] = fromTo.split('|') as [IsoDate, IsoDate];
  return formatFor(undefined, MEDIUM).formatRange(noonUtc(from), noonUtc(to));
}, 512);

/**
 * Two stored dates as a range in the user's locale, the year and month given once
 * (`Oct 1 – 15, 2026`, `Sep 28 – Oct 12, 2026`, `Dec 28, 2026 – Jan 11, 2027`,
 * `01.–15.10.2026`): Intl's formatRange decides what each locale shares.
 */
export function displayDateRange(from: IsoDate, to: IsoDate, locale?: string): string {
  return locale === undefined
    ? mediumRanges.get(`${from}|${to}`)
    : formatFor(locale, MEDIUM).formatRange(noonUtc(from), noonUtc(to));
}

const MEETING_DAY: Intl.DateTimeFormatOptions = {
  weekday: 'short',
  month: 'short',
  day: 'numeric',
};

/** A meeting's day with its weekday, in the user's locale (`Tue, Dec 8`). */
export function displayMeetingDay(date: IsoDate, locale?: string): string {
  return formatIsoDate(date, locale, MEETING_DAY);
}

/** "3 days overdue", "due today", "due in 5 days". */
export function overdueText(overdue: number): string {
  if (overdue > 0) return `${overdue} day${overdue === 1 ? '' : 's'} overdue`;
  if (overdue === 0) return 'due today';
  const left = -overdue;
  return `due in ${left} day${left === 1 ? '' : 's'}`;
}
