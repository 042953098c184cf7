/**
 * A person's meeting schedule, from the person note's `meets` property written in
 * words (`every 2 weeks on Tuesday at 10:30`, `monthly on the last Friday`), and the
 * dates it falls on. Pure: today and the phase come in as parameters.
 */
import {
  addDays,
  daysBetween,
  daysInMonth,
  isoDateOf,
  weekdayOf,
  type IsoDate,
} from '../shared/dates';
import { err, ok, type Result } from '../shared/result';

/** A recurring 1:1: every N weeks on a weekday, or on the nth (or last) weekday of each month. */
export type Schedule =
  | { kind: 'weeks'; weeks: number; weekday: number; time: string | null }
  | { kind: 'monthly'; nth: 1 | 2 | 3 | 4 | -1; weekday: number; time: string | null };

/** The most weeks between two meetings `meets` accepts. */
export const MAX_WEEKS = 8;

const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const ORDINALS: Record<string, 1 | 2 | 3 | 4 | -1> = {
  first: 1,
  second: 2,
  third: 3,
  fourth: 4,
  last: -1,
};

/** The weekday (0 Sunday to 6 Saturday) of a name in full or its first three letters. */
function weekdayNamed(word: string): number | null {
  const i = WEEKDAYS.findIndex((d) => d === word || d.slice(0, 3) === word);
  return i < 0 ? null : i;
}

/** The English name of a weekday (0 Sunday), as `meets` writes it. */
export function weekdayName(weekday: number): string {
  const name = WEEKDAYS[weekday] ?? '';
  return name.charAt(0).toUpperCase() + name.slice(1);
}

const TIME = /^([01]\d|2[0-3]):([0-5]\d)$/;

/** A 24-hour `HH:mm` time, or null. */
export function parseTime(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const s = value.trim();
  return TIME.test(s) ? s : null;
}

const USAGE = 'write it like "every 2 weeks on Tuesday at 10:30" or "monthly on the last Friday"';

/**
 * Read a `meets` value. Accepted: `every week on Monday`, `weekly on Monday`,
 * `every N weeks on <weekday>` (N from 1 to 8), `every other week on <weekday>` (2),
 * `monthly on the first|second|third|fourth|last <weekday>`; each optionally followed
 * by `at HH:mm`. Weekdays in full or three letters; case does not matter.
 */
export function parseSchedule(value: unknown): Result<Schedule> {
  const shown = typeof value === 'string' ? value : (JSON.stringify(value) ?? String(value));
  if (typeof value !== 'string') return err(`meets "${shown}" is not a schedule: ${USAGE}`);
  let text = value.trim().toLowerCase().replace(/\s+/g, ' ');
  let time: string | null = null;
  const at = / at (\S+)$/.exec(text);
  if (at) {
    time = parseTime(at[1]);
    if (time === null) return err(`meets "${shown}": the time "${at[1]!}" is not HH:mm (24-hour)`);
    text = text.slice(0, at.index);
  }
  const monthly = /^monthly on the (\w+) (\w+)$/.exec(text);
  if (monthly) {
    const nth = ORDINALS[monthly[1]!];
    const weekday = weekdayNamed(monthly[2]!);
    if (nth === undefined || weekday === null)
      return err(`meets "${shown}" is not a schedule: ${USAGE}`);
    return ok({ kind: 'monthly', nth, weekday, time });
  }
  const weekly = /^(every week|weekly|every other week|every (\d+) weeks?) on (\w+)$/.exec(text);
  const weekday = weekly ? weekdayNamed(weekly[3]!) : null;
  if (!weekly || weekday === null) return err(`meets "${shown}" is not a schedule: ${USAGE}`);
  const weeks = weekly[2] ? Number(weekly[2]) : weekly[1] === 'every other week' ? 2 : 1;
  if (weeks < 1 || weeks > MAX_WEEKS)
    return err(`meets "${shown}": every 1 to ${MAX_WEEKS} weeks, not ${weeks}`);
  return ok({ kind: 'weeks', weeks, weekday, time });
}

/**
 * Half a period of a schedule, in days: a meeting held this close before a date makes
 * that date not due (weekly 4, every 2 weeks 7, 3 weeks 11, 4 weeks or more and monthly 14).
 */
export function halfPeriodDays(schedule: Schedule): number {
  if (schedule.kind === 'monthly') return 14;
  return Math.min(14, Math.ceil((schedule.weeks * 7) / 2));
}

/** The first date on `weekday` on or after `date`. */
export function onOrAfterWeekday(date: IsoDate, weekday: number): IsoDate {
  return addDays(date, (weekday - weekdayOf(date) + 7) % 7);
}

/** The nth (1 to 4) or last (-1) `weekday` of a month. */
export function nthWeekdayOfMonth(
  year: number,
  month: number,
  nth: 1 | 2 | 3 | 4 | -1,
  weekday: number,
): IsoDate {
  if (nth === -1) {
    const last = isoDateOf(year, month, daysInMonth(year, month));
    return addDays(last, -((weekdayOf(last) - weekday + 7) % 7));
  }
  return addDays(onOrAfterWeekday(isoDateOf(year, month, 1), weekday), (nth - 1) * 7);
}

/**
 * The first date of the schedule on or after `from`. `phase` is a date of the series
 * (on its weekday); it matters only for every N weeks with N of 2 or more.
 */
export function firstOccurrence(schedule: Schedule, from: IsoDate, phase: IsoDate): IsoDate {
  if (schedule.kind === 'monthly') {
    let year = Number(from.slice(0, 4));
    let month = Number(from.slice(5, 7));
    for (;;) {
      const date = nthWeekdayOfMonth(year, month, schedule.nth, schedule.weekday);
      if (date >= from) return date;
      month++;
      if (month > 12) {
        month = 1;
        year++;
      }
    }
  }
  const first = onOrAfterWeekday(from, schedule.weekday);
  if (schedule.weeks === 1) return first;
  const period = schedule.weeks * 7;
  const behind = ((daysBetween(phase, first) % period) + period) % period;
  return behind === 0 ? first : addDays(first, period - behind);
}
