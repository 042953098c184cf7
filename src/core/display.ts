/** Dates and counts as people read them, in their own locale. */
import type { IsoDate } from './dates';

const formats = new Map<string, Intl.DateTimeFormat>();

/**
 * Format a stored date with `Intl.DateTimeFormat`. Making a format costs far more than
 * using one (the sidebar and the recap format dozens of dates), so formats are kept
 * by locale and options. They work in UTC on noon of the date, so the calendar day
 * shown never depends on the machine's time zone, even one changed while running.
 */
export function formatIsoDate(date: IsoDate, locale: string | undefined, options: Intl.DateTimeFormatOptions): string {
  const key = `${locale ?? ''}|${JSON.stringify(options)}`;
  let format = formats.get(key);
  if (!format) formats.set(key, (format = new Intl.DateTimeFormat(locale, { ...options, timeZone: 'UTC' })));
  return format.format(Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10)), 12));
}

/** A stored `yyyy-MM-dd` date shown in the user's locale (`Nov 22, 2026`, `22 nov. 2026`). */
export function displayDate(date: IsoDate, locale?: string): string {
  return formatIsoDate(date, locale, { dateStyle: 'medium' });
}

/** "3 days overdue", "due today", "due in 5 days". */
export function overdueText(overdue: number): string {
  if (overdue > 0) return `${overdue} day${overdue === 1 ? '' : 's'} overdue`;
  if (overdue === 0) return 'due today';
  const left = -overdue;
  return `due in ${left} day${left === 1 ? '' : 's'}`;
}
