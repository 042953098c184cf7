/** Dates and counts as people read them, in their own locale. */
import { toLocalDate, type IsoDate } from './dates';

/** A stored `yyyy-MM-dd` date shown in the user's locale (`Nov 22, 2026`, `22 nov. 2026`). */
export function displayDate(date: IsoDate, locale?: string): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium' }).format(toLocalDate(date));
}

/** "3 days overdue", "due today", "due in 5 days". */
export function overdueText(overdue: number): string {
  if (overdue > 0) return `${overdue} day${overdue === 1 ? '' : 's'} overdue`;
  if (overdue === 0) return 'due today';
  const left = -overdue;
  return `due in ${left} day${left === 1 ? '' : 's'}`;
}
