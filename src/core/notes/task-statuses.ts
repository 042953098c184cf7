/**
 * The task statuses of a note, as the meeting index stores them
 * (`MeetingRecord.taskStatuses`): from Obsidian's cached list items in the plugin (no
 * file read), or from the text with the one Markdown parser in the command line. Both
 * skip code blocks, and tasks that a comment hides (`%%` or `<!-- -->`), as carry-over
 * does: a hidden task is neither carried nor counted as open.
 */
import type { ListItemCache, SectionCache } from 'obsidian';
import type { CommentRange } from './comments';
import type { ListItem } from './parsed-note';
import { readVisibility } from './privacy';

/** Reused by `taskStatusesFromListItems`: the codes of single-character statuses. */
const codes: number[] = [];
/** More tasks than this in one note are joined one by one (`apply` takes so many arguments at most). */
const MAX_CODES = 8192;

/** What is read of a cached list item: its task status, and its line to skip hidden ones. */
export type CachedItem = Pick<ListItemCache, 'task'> & Partial<Pick<ListItemCache, 'position'>>;

/**
 * Section types of Obsidian's cache whose list items are hidden: a `%%` block is a
 * section of type "comment" (not in obsidian.d.ts's documented list, which it says is
 * not exhaustive), an HTML comment block one of type "html".
 */
const HIDING_SECTIONS: ReadonlySet<string> = new Set(['comment', 'html']);

/** The cached items that no comment or HTML section holds (all of them, most often). */
function shownItems<T extends CachedItem>(
  items: readonly T[],
  sections: ReadonlyArray<Pick<SectionCache, 'type' | 'position'>> | null | undefined,
): readonly T[] {
  if (!sections) return items;
  // Looked for before anything is made: the index reads every 1:1 note's sections.
  let any = false;
  for (let i = 0; i < sections.length && !any; i++) any = HIDING_SECTIONS.has(sections[i]!.type);
  if (!any) return items;
  const hiding = sections.filter((s) => HIDING_SECTIONS.has(s.type));
  return items.filter((it) => {
    const line = it.position?.start.line;
    return (
      line === undefined ||
      !hiding.some((s) => s.position.start.line <= line && line <= s.position.end.line)
    );
  });
}

/**
 * The status characters of the tasks among cached list items, in order; with the
 * note's cached `sections`, without the items that a comment section hides.
 */
export function taskStatusesFromListItems(
  all: readonly CachedItem[] | null | undefined,
  sections?: ReadonlyArray<Pick<SectionCache, 'type' | 'position'>> | null,
): string {
  if (!all) return '';
  const items = shownItems(all, sections);
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
function joinStatuses(items: readonly CachedItem[]): string {
  let out = '';
  for (let i = 0; i < items.length; i++) {
    const task = items[i]!.task;
    if (typeof task === 'string' && task !== '') out += task;
  }
  return out;
}

/**
 * True when a comment of any reading covers a task's checkbox: opened before it (on
 * an earlier line, or before it on its line) and not closed before its line. When in
 * doubt, hidden (as carry-over, which never carries a task a comment reaches into).
 */
export function hiddenByComment(item: ListItem, comments: readonly CommentRange[][]): boolean {
  return comments.some((reading) =>
    reading.some(
      (c) =>
        (c.line < item.line || (c.line === item.line && c.col <= item.statusOffset)) &&
        c.endLine >= item.line &&
        !(c.line === item.line && c.endLine === item.line && c.col > item.statusOffset),
    ),
  );
}

/** The status characters of the tasks in a note's text that no comment hides, in order. */
export function taskStatusesFromText(text: string): string {
  const { note, comments } = readVisibility(text, { privateHeadings: [] }, { shown: false });
  let out = '';
  for (const item of note.items)
    if (item.status !== null && !hiddenByComment(item, comments)) out += item.status;
  return out;
}
