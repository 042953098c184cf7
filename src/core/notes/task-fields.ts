/**
 * Tasks plugin emoji fields on a task line: the done date, and the task's words
 * without any of its fields. The U+FE0F variation selector after an emoji is tolerated.
 */
import { isIsoDate, type IsoDate } from '../shared/dates';
import { extractFields } from './field-words';

const DONE_DATE = /✅\uFE0F?[ \t]*(\d{4}-\d{2}-\d{2})/u;

/** The `✅ yyyy-MM-dd` done date of a task line, or null when it has none (or an invalid one). */
export function doneDate(text: string): IsoDate | null {
  const m = DONE_DATE.exec(text);
  return m && isIsoDate(m[1]) ? m[1] : null;
}

/**
 * A task's words without its Tasks fields (dates, priorities, recurrence, ids), its
 * inline fields (`[progress:: 40]`) and a trailing block id, spaces tidied.
 */
export function stripTaskFields(text: string): string {
  return extractFields(text).text;
}
