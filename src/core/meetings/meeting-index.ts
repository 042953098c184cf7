/**
 * The meeting index: every 1:1 note by path and by person, kept current one note at
 * a time. It holds plain records made from frontmatter (no file text), so building it
 * reads no files, and it has no Obsidian types at run time.
 */
import { toIsoDate, type IsoDate } from '../shared/dates';
import { parseLink, type ParsedLink } from '../shared/links';
import { basename } from '../shared/vault-path';
import { Memo } from '../shared/memo';
import { PersonMeetings } from './person-meetings';
import { err, ok, type Result } from '../shared/result';

export type MeetingStatus = 'held' | 'rescheduled' | 'cancelled';

export interface MeetingRecord {
  path: string;
  /** Identity of the person: the resolved person note's path, or `?<name>` when unresolved. */
  personKey: string;
  /** The person's display name (the link's alias, else the note name). */
  personName: string;
  /** The resolved person note's path, or null. */
  personPath: string | null;
  /** The link path as written (`Alex Rivera`). */
  personLink: string;
  date: IsoDate;
  kind: string;
  status: MeetingStatus;
  /**
   * The status character of every task in the note, in order (`" x>/"`), when the
   * caller knows the body (from the metadata cache's list items, or parsed text).
   * Open items are counted from it against the closed set, so changing that setting
   * needs no re-index.
   */
  tasks?: string;
}

/** What is known of a note's body without frontmatter: its task statuses. */
export interface RecordBody {
  tasks: string;
}

/** Resolves a link path from a note to the vault path of the note it points at. */
export type LinkResolver = (linkPath: string, sourcePath: string) => string | null;

/** The identity key of a person whose link resolves to no note. */
export function unresolvedKey(name: string): string {
  return `?${basename(name).trim().toLowerCase()}`;
}

/** True when frontmatter marks a 1:1 note (`type: one-on-one`). */
export function isMeetingFrontmatter(fm: Record<string, unknown> | null | undefined): boolean {
  const type = fm?.type;
  return (
    type === 'one-on-one' ||
    (typeof type === 'string' && type.trim().toLowerCase() === 'one-on-one')
  );
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
  if (value instanceof Date) return 'an invalid date';
  return JSON.stringify(value) ?? String(value);
}

/**
 * Make a record from a note's frontmatter. Not a 1:1 note: ok(null). A 1:1 note whose
 * person or date is missing or unreadable: an error naming the problem. `body`, when
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
  // An unquoted `person: [[Alex]]` is YAML for a list holding a list: take the name.
  let rawPerson: unknown = f.person;
  while (Array.isArray(rawPerson)) rawPerson = rawPerson[0] as unknown;
  const link = typeof rawPerson === 'string' ? linkOf.get(rawPerson) : parseLink(rawPerson);
  if (!link)
    return err(
      rawPerson === undefined || rawPerson === null || rawPerson === ''
        ? 'no person: add a "person" property that links to the person note'
        : `person ${describe(rawPerson)} is not a link or a name`,
    );
  if (f.date === undefined || f.date === null || f.date === '')
    return err('no date: add a "date" property (yyyy-MM-dd)');
  const date = toIsoDate(f.date);
  if (!date) return err(`date ${describe(f.date)} is not a yyyy-MM-dd date`);
  const personPath = resolve(link.path, path);
  const kind = typeof f.kind === 'string' && f.kind.trim() ? f.kind.trim() : 'regular';
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
          kind,
          status,
          tasks: body.tasks,
        }
      : { path, personKey, personName, personPath, personLink: link.path, date, kind, status },
  );
}

/** What the index knows about one person. */
export interface PersonEntry {
  key: string;
  name: string;
  personPath: string | null;
  /** Meetings, oldest first. */
  meetings: MeetingRecord[];
  /** How many tasks of these meetings have each status character (kept current by the index). */
  taskStatuses?: ReadonlyMap<string, number>;
}

export class MeetingIndex {
  private readonly records = new Map<string, MeetingRecord>();
  private readonly problemsByPath = new Map<string, string>();
  /** Each person's meetings, in order once read (see PersonMeetings). */
  private readonly byPerson = new Map<string, PersonMeetings>();
  /** People whose meetings changed since the last `takeDirty()`. */
  private readonly dirty = new Set<string>();
  /** How many people are known by an unresolved link (`?name` keys). */
  private unresolved = 0;
  /** Increases on every change, so views can skip work when nothing changed. */
  revision = 0;

  get size(): number {
    return this.records.size;
  }

  /** Put the result of `recordFromFrontmatter` for a path: a record, a problem, or nothing. */
  set(path: string, result: Result<MeetingRecord | null>): void {
    const before = this.records.get(path);
    const hadProblem = this.problemsByPath.size > 0 && this.problemsByPath.has(path);
    if (result.ok && result.value === null && !before && !hadProblem) return;
    if (before) this.removeRecord(path);
    if (hadProblem) this.problemsByPath.delete(path);
    if (!result.ok) this.problemsByPath.set(path, result.error);
    else if (result.value) this.addRecord(result.value);
    this.revision++;
  }

  remove(path: string): void {
    if (!this.records.has(path) && !this.problemsByPath.has(path)) return;
    this.removeRecord(path);
    this.problemsByPath.delete(path);
    this.revision++;
  }

  /** Move a note's entry to its new path, keeping everything else. */
  rename(oldPath: string, newPath: string): void {
    const rec = this.records.get(oldPath);
    const problem = this.problemsByPath.get(oldPath);
    if (!rec && problem === undefined) return;
    this.remove(oldPath);
    if (rec) this.addRecord({ ...rec, path: newPath });
    if (problem !== undefined) this.problemsByPath.set(newPath, problem);
    this.revision++;
  }

  get(path: string): MeetingRecord | undefined {
    return this.records.get(path);
  }

  problems(): Array<{ path: string; message: string }> {
    return [...this.problemsByPath]
      .map(([path, message]) => ({ path, message }))
      .sort((a, b) => a.path.localeCompare(b.path));
  }

  /** A person's meetings, oldest first (same day: by path). A copy: the caller may change it. */
  meetingsOf(key: string): MeetingRecord[] {
    return this.byPerson.get(key)?.meetings.slice() ?? [];
  }

  /** Every person's key, without building their entries. */
  personKeys(): string[] {
    return [...this.byPerson.keys()];
  }

  /** True when some meetings link a person note that does not exist. */
  hasUnresolved(): boolean {
    return this.unresolved > 0;
  }

  /** The person's latest meeting dated strictly before `date`, whatever its status. */
  latestBefore(key: string, date: IsoDate): MeetingRecord | null {
    let best: MeetingRecord | null = null;
    for (const r of this.byPerson.get(key)?.meetings ?? []) if (r.date < date) best = r;
    return best;
  }

  /** The person's meeting of a type on a date, if there is one. */
  find(key: string, kind: string, date: IsoDate): MeetingRecord | null {
    for (const r of this.byPerson.get(key)?.meetings ?? [])
      if (r.kind === kind && r.date === date) return r;
    return null;
  }

  /** Every person with at least one meeting. */
  people(): PersonEntry[] {
    return [...this.byPerson.keys()].map((key) => this.person(key)!);
  }

  person(key: string): PersonEntry | null {
    const known = this.byPerson.get(key);
    if (!known) return null;
    const meetings = known.meetings.slice();
    return {
      key,
      name: known.name,
      personPath: meetings[meetings.length - 1]!.personPath,
      meetings,
      taskStatuses: known.taskStatuses,
    };
  }

  /** Keys of the people whose meetings a link path or display name could mean. */
  findPeopleByName(name: string): string[] {
    const n = name.trim().toLowerCase();
    const out: string[] = [];
    for (const entry of this.people()) {
      const names = new Set<string>([entry.name.toLowerCase()]);
      if (entry.personPath) names.add(basename(entry.personPath).toLowerCase());
      for (const m of entry.meetings) names.add(basename(m.personLink).toLowerCase());
      if (names.has(n)) out.push(entry.key);
    }
    return out;
  }

  /**
   * A person note now exists for links that resolved to nothing: move that person's
   * meetings from the unresolved key to the note's path.
   */
  resolvePerson(unresolved: string, personPath: string): void {
    for (const rec of this.meetingsOf(unresolved)) {
      this.removeRecord(rec.path);
      this.addRecord({ ...rec, personKey: personPath, personPath });
    }
    this.revision++;
  }

  /** The people changed since the last call, and forget them. */
  takeDirty(): string[] {
    const out = [...this.dirty];
    this.dirty.clear();
    return out;
  }

  private addRecord(rec: MeetingRecord): void {
    this.records.set(rec.path, rec);
    let person = this.byPerson.get(rec.personKey);
    if (!person) {
      this.byPerson.set(rec.personKey, (person = new PersonMeetings()));
      if (rec.personPath === null) this.unresolved++;
    }
    person.add(rec);
    this.dirty.add(rec.personKey);
  }

  private removeRecord(path: string): void {
    const rec = this.records.get(path);
    if (!rec) return;
    this.records.delete(path);
    const person = this.byPerson.get(rec.personKey);
    person?.remove(rec);
    if (person && person.size === 0) {
      this.byPerson.delete(rec.personKey);
      if (rec.personPath === null) this.unresolved--;
    }
    this.dirty.add(rec.personKey);
  }
}
