/**
 * The task statuses of a note, as the meeting index stores them
 * (`MeetingRecord.taskStatuses`): from Obsidian's cached list items in the plugin (no
 * file read), or from the text with the one Markdown parser in the command line. Both
 * skip code blocks.
 */
import type { ListItemCache } from 'obsidian';
import { parseNote } from './markdown';

/** Reused by `taskStatusesFromListItems`: the codes of single-character statuses. */
const codes: number[] = [];
/** More tasks than this in one note are joined one by one (`apply` takes so many arguments at most). */
const MAX_CODES = 8192;

/** The status characters of the tasks among cached list items, in order. */
export function taskStatusesFromListItems(
  items: ReadonlyArray<Pick<ListItemCache, 'task'>> | null | undefined,
): string {
  if (!items) return '';
  // One string made at the end rather than one per task: the index reads every 1:1 note.
  codes.length = 0;
  for (let i = 0; i < items.length; i++) {
    const task = items[i]!.task;
    if (typeof task !== 'string' || task === '') continue;
    // A status of more than one UTF-16 unit, or a note too long for one call's arguments.
    if (task.length !== 1 || codes.length >= MAX_CODES) return joinStatuses(items);
    codes.push(task.charCodeAt(0));
  }
  return codes.length === 0 ? '' : String.fromCharCode.apply(null, codes);
}

/** The general case (a status that is not one UTF-16 unit, such as an emoji). */
function joinStatuses(items: ReadonlyArray<Pick<ListItemCache, 'task'>>): string {
  let out = '';
  for (let i = 0; i < items.length; i++) {
    const task = items[i]!.task;
    if (typeof task === 'string' && task !== '') out += task;
  }
  return out;
}

/** The status characters of the tasks in a note's text, in order. */
export function taskStatusesFromText(text: string): string {
  let out = '';
  for (const item of parseNote(text).items) if (item.status !== null) out += item.status;
  return out;
}
