/**
 * What the meeting index holds for one 1:1 note, and how it is read from the note's
 * frontmatter: a plain record (no file text, no Obsidian types), shared by the index,
 * the sidebar, the recap and the command line.
 */
import { isIsoDate, toIsoDate, whyNotADate, type IsoDate } from '../shared/dates';
import { parseLink, type ParsedLink } from '../shared/links';
import { basename } from '../shared/vault-path';
import { lazyRegExp, Memo } from '../shared/memo';
import { err, ok, type Result } from '../shared/result';

/** What became of a meeting (the `status` property; anything else reads as held). */
export type MeetingStatus = 'held' | 'rescheduled' | 'cancelled';

/** One 1:1 note as the meeting index holds it: its frontmatter, read once, and its task statuses. */
export interface MeetingRecord {
  /** The note's vault path. */
  path: string;
  /** Identity of the person: the resolved person note's path, or `?<name>` when unresolved. */
  personKey: string;
  /** The person's display name (the link's alias, else the note name). */
  personName: string;
  /** The resolved person note's path, or null. */
  personPath: string | null;
  /** The link path as written (`Alex Rivera`). */
  personLink: string;
  /** The meeting's day (the `date` property). */
  date: IsoDate;
  /** The id of the note type (the `kind` property; `regular` when it has none). */
  typeId: string;
  /** What became of the meeting (the `status` property). */
  status: MeetingStatus;
  /**
   * The status character of every task in the note, in order (`" x>/"`), when the
   * caller knows the body (from the metadata cache's list items, or parsed text).
   * Open items are counted from it against the closed set, so changing that setting
   * needs no re-index.
   */
  taskStatuses?: string;
}

/** What is known of a note's body without frontmatter: its task statuses. */
export interface RecordBody {
  taskStatuses: string;
}

/** Resolves a link path from a note to the vault path of the note it points at. */
export type LinkResolver = (linkPath: string, sourcePath: string) => string | null;

/**
 * A name as people are compared by it: one Unicode form (NFC: `José` typed with a
 * combining accent is the same name), without surrounding spaces or case.
 */
export function nameKey(name: string): string {
  return name.normalize('NFC').trim().toLowerCase();
}

const TRAILING_PUNCTUATION = lazyRegExp(String.raw`[\s\p{P}]+$`, 'u');

/**
 * A name as it is compared when no name matches exactly: without trailing punctuation
 * and spaces (`Alex.`, `Alex!` and `alex ?` are `alex`), or '' when nothing is left.
 */
export function looseNameKey(name: string): string {
  return nameKey(name).replace(TRAILING_PUNCTUATION(), '');
}

/** The identity key of a person whose link resolves to no note. */
export function unresolvedKey(name: string): string {
  return `?${nameKey(basename(name))}`;
}

// A shorter text is never "one-on-one": most types (`project`, `daily`) are told apart
// without making a trimmed, lower-case copy of them, for every note of the vault.
const isOneOnOne = (value: unknown): boolean =>
  value === 'one-on-one' ||
  (typeof value === 'string' && value.length >= 10 && value.trim().toLowerCase() === 'one-on-one');

/**
 * True when frontmatter marks a 1:1 note: `type: one-on-one`, or a `type` list that
 * holds it (`type: [one-on-one]`, as vaults that give notes several types write it).
 */
export function isMeetingFrontmatter(fm: Record<string, unknown> | null | undefined): boolean {
  const type = fm?.type;
  return isOneOnOne(type) || (Array.isArray(type) && type.some(isOneOnOne));
}

/**
 * True when frontmatter marks a person note: a `relationship` property (any value),
 * on a note that is not a 1:1 note. Such a person is known before the first 1:1.
 */
export function isPersonFrontmatter(fm: Record<string, unknown> | null | undefined): boolean {
  const rel = fm?.relationship;
  return typeof rel === 'string' && rel.trim() !== '' && !isMeetingFrontmatter(fm);
}

/** A value without the lists YAML wraps it in (an unquoted `[[Alex]]` is a list holding a list). */
function unwrap(value: unknown): unknown {
  let v = value;
  while (Array.isArray(v) && v.length === 1) v = v[0] as unknown;
  return v;
}

const isEmpty = (value: unknown): boolean => value === undefined || value === null || value === '';

/**
 * The person value of a 1:1 note: `person` (a link or a plain name), else a `people`
 * list with exactly one entry. A problem when there is none, or several people.
 */
function personValue(f: Record<string, unknown>): Result<unknown> {
  if (!isEmpty(f.person)) {
    let rawPerson: unknown = f.person;
    while (Array.isArray(rawPerson)) rawPerson = rawPerson[0] as unknown;
    return ok(rawPerson);
  }
  const people = f.people;
  if (Array.isArray(people) && people.length > 1)
    return err(
      `several people (${people.map((p) => describe(unwrap(p))).join(', ')}): a 1:1 note has one person`,
    );
  const one = unwrap(people);
  if (!isEmpty(one) && !Array.isArray(one)) return ok(one);
  return err('no person: add a "person" property that links to the person note');
}

function statusOf(value: unknown): MeetingStatus {
  const s = typeof value === 'string' ? value.trim().toLowerCase() : '';
  return s === 'cancelled' || s === 'canceled'
    ? 'cancelled'
    : s === 'rescheduled'
      ? 'rescheduled'
      : 'held';
}

/**
 * Person values as written (`[[Alex Rivera]]`) to their parsed link, and person paths
 * to their names: shared and immutable, as a vault repeats a few names over thousands
 * of notes. Keeps the index build from parsing and slicing the same text again, and
 * gives a person's hundreds of records one copy of their name and link text (less
 * memory, less for the collector to copy).
 */
const linkOf = new Memo<string, Readonly<ParsedLink> | null>(parseLink);
const nameOf = new Memo<string, string>(basename);

function describe(value: unknown): string {
  if (typeof value === 'string') return `"${value}"`;
  if (value instanceof Date)
    return Number.isNaN(value.getTime()) ? 'an invalid date' : value.toISOString().slice(0, -14);
  return JSON.stringify(value) ?? String(value);
}

/** The person's link of a note whose `person` is not plain text (null when unreadable). */
function slowLink(f: Record<string, unknown>): Readonly<ParsedLink> | null {
  const person = personValue(f);
  if (!person.ok) return null;
  return typeof person.value === 'string' ? linkOf.get(person.value) : parseLink(person.value);
}

/**
 * Every problem of a 1:1 note whose person or date cannot be read, joined by `; `, so
 * that one fix is not followed by news of the next.
 */
function problemsOf(f: Record<string, unknown>): string {
  const problems: string[] = [];
  const person = personValue(f);
  if (!person.ok) problems.push(person.error);
  else if (!slowLink(f)) problems.push(`person ${describe(person.value)} is not a link or a name`);
  if (isEmpty(f.date)) problems.push('no date: add a "date" property (yyyy-MM-dd)');
  else if (!toIsoDate(f.date))
    problems.push(
      `date ${describe(f.date)} ${whyNotADate(typeof f.date === 'string' ? f.date : describe(f.date))}`,
    );
  return problems.join('; ');
}

/**
 * Make a record from a note's frontmatter. Not a 1:1 note: ok(null). A 1:1 note whose
 * person or date is missing or unreadable: an error naming every problem (`; `
 * between them). `body`, when
 * given, adds what the sidebar needs from the note's body (its task statuses).
 */
export function recordFromFrontmatter(
  path: string,
  fm: Record<string, unknown> | null | undefined,
  resolve: LinkResolver,
  body?: RecordBody,
): Result<MeetingRecord | null> {
  if (!isMeetingFrontmatter(fm)) return ok(null);
  const f = fm!;
  // The common case first, allocating nothing but the record: a person written as text
  // and a date written as yyyy-MM-dd. Anything else is read (and every problem of the
  // note named) below.
  const written = f.person;
  const link = typeof written === 'string' && written !== '' ? linkOf.get(written) : slowLink(f);
  const date = typeof f.date === 'string' && isIsoDate(f.date) ? f.date : toIsoDate(f.date);
  if (!link || !date) return err(problemsOf(f));
  const personPath = resolve(link.path, path);
  const typeId = typeof f.kind === 'string' && f.kind.trim() ? f.kind.trim() : 'regular';
  const personKey = personPath ?? unresolvedKey(link.path);
  const personName = link.alias ?? nameOf.get(personPath ?? link.path);
  const status = statusOf(f.status);
  // One literal per shape: a property added later would cost every record an extra store.
  return ok(
    body
      ? {
          path,
          personKey,
          personName,
          personPath,
          personLink: link.path,
          date,
          typeId,
          status,
          taskStatuses: body.taskStatuses,
        }
      : { path, personKey, personName, personPath, personLink: link.path, date, typeId, status },
  );
}
