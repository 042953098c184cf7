/**
 * Aging action items: how many meetings of a person an open task has been on since
 * it was raised (its `➕ yyyy-MM-dd` created date), and the small line edits that
 * act on it (drop it, delegate it). Pure: the note's text and the person's meetings
 * come in as parameters.
 *
 * The rule, in one sentence: a task's age is the number of that person's meetings
 * dated from its created date up to and including this note's date, where a
 * rescheduled meeting does not count (it moved to another date, which has its own
 * note) and this note always counts once. So an item raised at the previous
 * meeting is in its 2nd meeting here; a cancelled meeting in between counts (the
 * item was on its agenda, and one more cycle passed without action).
 */
import { ordinal } from '../shared/date-format';
import { isIsoDate, type IsoDate } from '../shared/dates';
import type { MeetingStatus } from '../meetings/meeting-record';
import { isOpenTask, parseNote } from '../notes/markdown';

/** One meeting of the person, as the index knows it. */
export interface MeetingOnDate {
  path: string;
  date: IsoDate;
  status: MeetingStatus;
}

/** Which note is open, and every meeting of its person. */
export interface AgingContext {
  /** The note's own path. */
  path: string;
  /** The note's date (its `date` property). */
  date: IsoDate;
  /** Every meeting of the note's person, in any order (this note may be missing). */
  meetings: readonly MeetingOnDate[];
}

/** An open task of the note that was raised before the note's date. */
export interface AgedTask {
  /** Zero-based line of the task in the note. */
  line: number;
  /** The line as it was read, to verify before an edit. */
  lineText: string;
  created: IsoDate;
  /** Meetings it has been on, this one included: 2 means "2nd meeting". */
  age: number;
  status: string;
  /** Offset in the line of the status character. */
  statusOffset: number;
  /** Offset in the line where the task's text begins (after `[ ] `). */
  textOffset: number;
}

/** A change inside one line: replace `[from, to)` with `insert`. */
export interface LineChange {
  from: number;
  to: number;
  insert: string;
}

/** The prompt shown on a badge at the threshold. */
export const AGING_PROMPT = 'Do it, delegate it, or drop it';

/** The default threshold: the badge becomes a warning at the 3rd meeting. */
export const DEFAULT_AGING_THRESHOLD = 3;

const CREATED = /➕\uFE0F?\s*(\d{4}-\d{2}-\d{2})/u;

/** The Tasks created date (`➕ 2026-11-10`, with or without U+FE0F) of a task's text, or null. */
export function createdDateOf(text: string): IsoDate | null {
  const m = CREATED.exec(text);
  return m && isIsoDate(m[1]) ? m[1] : null;
}

/**
 * A task's age in meetings: 1 (this note) plus the person's other meetings dated
 * from `created` up to this note's date, excluding rescheduled ones and meetings on
 * this note's own date (a second note that day is not a meeting "since").
 */
export function meetingAge(created: IsoDate, ctx: AgingContext): number {
  let age = 1;
  for (const m of ctx.meetings) {
    if (m.path === ctx.path || m.status === 'rescheduled') continue;
    if (m.date >= created && m.date < ctx.date) age++;
  }
  return age;
}

/**
 * Every open task of a 1:1 note whose created date is earlier than the note's date,
 * with its age. Tasks in code blocks are not tasks; nested tasks count on their own.
 */
export function agedTasks(
  text: string,
  ctx: AgingContext,
  closed: ReadonlySet<string>,
): AgedTask[] {
  if (!isIsoDate(ctx.date)) return [];
  const note = parseNote(text);
  const out: AgedTask[] = [];
  for (const item of note.items) {
    if (!isOpenTask(item, closed)) continue;
    const created = createdDateOf(item.text);
    if (!created || created >= ctx.date) continue;
    const lineText = note.lines[item.line]!;
    out.push({
      line: item.line,
      lineText,
      created,
      age: meetingAge(created, ctx),
      status: item.status!,
      statusOffset: item.statusOffset,
      textOffset: lineText.length - item.text.length,
    });
  }
  return out;
}

/** The badge text: "2nd meeting". */
export function ageLabel(age: number): string {
  return `${ordinal(age)} meeting`;
}

/** Whether a task of this age is at or past the threshold (a warning). */
export function isAgingWarning(age: number, threshold: number): boolean {
  return age >= threshold;
}

/** Drop a task: its status becomes `-` (cancelled). */
export function dropChange(task: Pick<AgedTask, 'statusOffset' | 'status'>): LineChange {
  return { from: task.statusOffset, to: task.statusOffset + task.status.length, insert: '-' };
}

/**
 * The owner as written at the start of a task: one word after `@`. A leading `@`
 * typed by the user is dropped and inner spaces become `-` (`Mary Jane` gives
 * `@Mary-Jane`), so the owner stays one token that recaps can read. Empty: null.
 */
export function ownerToken(name: string): string | null {
  const s = name.trim().replace(/^@+/, '').trim().replace(/\s+/g, '-');
  return s ? `@${s}` : null;
}

/**
 * Delegate a task: insert `@Owner ` at the start of its text, replacing an owner
 * already there. Null when the name is empty.
 */
export function delegateChange(
  task: Pick<AgedTask, 'lineText' | 'textOffset'>,
  name: string,
): LineChange | null {
  const owner = ownerToken(name);
  if (!owner) return null;
  const rest = task.lineText.slice(task.textOffset);
  const replaced = /^@\S+[ \t]*/.exec(rest)?.[0].length ?? 0;
  const insert = rest.length === replaced ? owner : `${owner} `;
  return { from: task.textOffset, to: task.textOffset + replaced, insert };
}

/** Apply a line change to a line's text. */
export function applyLineChange(line: string, change: LineChange): string {
  return line.slice(0, change.from) + change.insert + line.slice(change.to);
}
