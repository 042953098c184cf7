/**
 * Builders for what tests feed the code (note texts, 1:1 notes, person notes, meeting
 * records, carry options) and `section()`, which reads one section back out of a note.
 * Pure: imported by core tests, plugin tests and the browser pages alike.
 */
import type { MeetingRecord, MeetingStatus } from '../../src/core/meetings/meeting-record';
import type { CarryOptions } from '../../src/core/next-note/carry-over';

/** A note from its lines, joined with `\n`, ending with a newline. */
export function note(...lines: string[]): string {
  return lines.map((l) => `${l}\n`).join('');
}

/** The same note with CRLF line endings. */
export function crlf(text: string): string {
  return text.replace(/\r?\n/g, '\r\n');
}

/** The same note without its final line ending. */
export function noFinalEol(text: string): string {
  return text.replace(/\r?\n$/, '');
}

/** A frontmatter block of `key: value` lines, in order, then the body lines. */
function withFrontmatter(fields: ReadonlyArray<readonly [string, string]>, body: string[]): string {
  return note('---', ...fields.map(([k, v]) => `${k}: ${v}`), '---', ...body);
}

/** The frontmatter fields of a 1:1 note besides `type: one-on-one`, as the vault writes them. */
export interface OneOnOneFields {
  /** The person note's link text: written `person: "[[…]]"`. */
  person?: string;
  date?: string;
  kind?: string;
  status?: string;
  /** The previous note's link text: written `previous: "[[…]]"`. */
  previous?: string;
}

/**
 * A 1:1 note: a frontmatter block with `type: one-on-one` and the fields given, in the
 * order the plugin writes them (type, person, date, kind, status, previous), then the
 * body lines, each ending with `\n`. Without body lines it is the frontmatter alone.
 */
export function oneOnOne(fields: OneOnOneFields = {}, ...body: string[]): string {
  const { person, date, kind, status, previous } = fields;
  const lines: Array<[string, string | undefined]> = [
    ['type', 'one-on-one'],
    ['person', person === undefined ? undefined : `"[[${person}]]"`],
    ['date', date],
    ['kind', kind],
    ['status', status],
    ['previous', previous === undefined ? undefined : `"[[${previous}]]"`],
  ];
  return withFrontmatter(
    lines.filter((l): l is [string, string] => l[1] !== undefined),
    body,
  );
}

/**
 * A person note: a frontmatter block of `fields` (`key: value`, in order) when there
 * are any, then the body lines, each ending with `\n`.
 */
export function personNote(
  fields: Record<string, string | number> = {},
  ...body: string[]
): string {
  const entries = Object.entries(fields).map(([k, v]) => [k, String(v)] as const);
  return entries.length ? withFrontmatter(entries, body) : note(...body);
}

/**
 * What a test says about a meeting record. The names are this builder's own, so that
 * a renamed field of `MeetingRecord` changes only `meetingRecord()`: `typeId` is the
 * note type's id, `taskStatuses` the status character of every task in order.
 */
export interface RecordFields {
  path?: string;
  personKey?: string;
  personName?: string;
  personPath?: string | null;
  personLink?: string;
  date?: string;
  typeId?: string;
  status?: MeetingStatus;
  taskStatuses?: string;
}

/**
 * A record of the meeting index: by default Priya Shah's held regular 1:1 of
 * 2026-11-10 in the example vault, without task statuses; `fields` override.
 */
export function meetingRecord(fields: RecordFields = {}): MeetingRecord {
  const record: MeetingRecord = {
    path: fields.path ?? 'One-on-ones/Priya Shah/2026-11-10 Priya Shah.md',
    personKey: fields.personKey ?? 'People/Priya Shah.md',
    personName: fields.personName ?? 'Priya Shah',
    personPath: fields.personPath === undefined ? 'People/Priya Shah.md' : fields.personPath,
    personLink: fields.personLink ?? 'Priya Shah',
    date: fields.date ?? '2026-11-10',
    typeId: fields.typeId ?? 'regular',
    status: fields.status ?? 'held',
  };
  if (fields.taskStatuses !== undefined) record.taskStatuses = fields.taskStatuses;
  return record;
}

/** How `section()` finds a section and which of its lines it gives. */
export interface SectionOptions {
  /**
   * `'h2'` (the default): the section starts at the line `## heading`, exactly, and
   * runs to the next line that starts with `## ` (deeper headings stay inside).
   * `'any'`: the first heading of any level whose text is `heading`, ignoring case
   * and surrounding spaces (headings in frontmatter and code fences do not count), up
   * to the next heading of any level.
   */
  headings?: 'h2' | 'any';
  /** `'drop'` (the default): every blank line is left out; `'trailing'`: only the trailing ones. */
  blankLines?: 'drop' | 'trailing';
}

const HEADING = /^ {0,3}(#{1,6})(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$/;
const FENCE = /^[ \t]*(`{3,}|~{3,})(.*)$/;

/** The text of each line that is a heading (null for other lines), for `headings: 'any'`. */
function headingTexts(lines: readonly string[]): Array<string | null> {
  const out: Array<string | null> = lines.map(() => null);
  let i = 0;
  if (lines[0]?.trimEnd() === '---') {
    const end = lines.findIndex((l, j) => j > 0 && ['---', '...'].includes(l.trimEnd()));
    if (end > 0) i = end + 1;
  }
  let fence: string | null = null;
  for (; i < lines.length; i++) {
    const f = FENCE.exec(lines[i]!);
    const marks = f?.[1] ?? '';
    const rest = f?.[2] ?? '';
    if (fence) {
      if (marks[0] === fence[0] && marks.length >= fence.length && rest.trim() === '') fence = null;
      continue;
    }
    if (f && !(marks[0] === '`' && rest.includes('`'))) {
      fence = marks;
      continue;
    }
    const h = HEADING.exec(lines[i]!);
    if (h) out[i] = (h[2] ?? '').trim();
  }
  return out;
}

/**
 * The lines of one section of a note, without the heading and without line endings
 * (CRLF too); throws when the note has no such section.
 */
export function section(text: string, heading: string, options: SectionOptions = {}): string[] {
  const lines = text.split('\n').map((l) => l.replace(/\r$/, ''));
  let start: number;
  let isEnd: (line: number) => boolean;
  if (options.headings === 'any') {
    const texts = headingTexts(lines);
    const name = heading.trim().toLowerCase();
    start = texts.findIndex((t) => t?.toLowerCase() === name);
    isEnd = (i) => texts[i] !== null;
  } else {
    start = lines.indexOf(`## ${heading}`);
    isEnd = (i) => lines[i]!.startsWith('## ');
  }
  if (start < 0) throw new Error(`no section ${heading}`);
  let end = start + 1;
  while (end < lines.length && !isEnd(end)) end++;
  const body = lines.slice(start + 1, end);
  if (options.blankLines === 'trailing') {
    while (body.length && body[body.length - 1]!.trim() === '') body.pop();
    return body;
  }
  return body.filter((l) => l.trim() !== '');
}

export const CLOSED: ReadonlySet<string> = new Set(['x', 'X', '-', '>']);

/** Carry options as the defaults have them, with overrides. */
export function carryOptions(over: Partial<CarryOptions> = {}): CarryOptions {
  return {
    closed: CLOSED,
    stamp: true,
    markForwarded: true,
    privateHeadings: ['Private'],
    ...over,
  };
}
