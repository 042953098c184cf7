/**
 * Reschedule, not cancel: the date rules for moving a 1:1 to another day. The new
 * note is created by the same flow as "Create next 1:1", which carries from the
 * latest note dated before the new date; so the new date must be after the moved
 * note's own date (otherwise its open items would not carry), and not in the past.
 */
import { addDays, isIsoDate, type IsoDate } from '../shared/dates';
import { displayDate } from '../shared/display';
import { err, ok, type Result } from '../shared/result';

/** Day of the week of a date, 0 = Sunday ... 6 = Saturday (computed in UTC, zone-free). */
export function weekday(date: IsoDate): number {
  return new Date(
    Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))),
  ).getUTCDay();
}

/** The first Monday-to-Friday date after `date`. */
export function nextWorkingDay(date: IsoDate): IsoDate {
  let d = addDays(date, 1);
  while (weekday(d) === 0 || weekday(d) === 6) d = addDays(d, 1);
  return d;
}

/** The date the reschedule dialog proposes: the next working day after today, or after the note's date when that is later. */
export function defaultRescheduleDate(today: IsoDate, noteDate: IsoDate): IsoDate {
  return nextWorkingDay(noteDate > today ? noteDate : today);
}

/**
 * Check a new date typed by the user: a real yyyy-MM-dd date, today or later, and
 * after the note's own date. The error says what to do, in the user's locale.
 */
export function checkRescheduleDate(
  value: string,
  today: IsoDate,
  noteDate: IsoDate,
  locale?: string,
): Result<IsoDate> {
  const date = value.trim();
  if (!isIsoDate(date)) return err('Enter the new date.');
  if (date < today)
    return err(`${displayDate(date, locale)} is in the past. Pick today or a later date.`);
  if (date <= noteDate) {
    return err(
      `Pick a date after ${displayDate(noteDate, locale)}, this 1:1's date: open items only carry forward. To meet earlier, change this note's date instead.`,
    );
  }
  return ok(date);
}
