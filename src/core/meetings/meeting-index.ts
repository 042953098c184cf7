/**
 * The meeting index: every 1:1 note by path and by person, kept current one note at
 * a time. It holds plain records made from frontmatter (no file text), so building it
 * reads no files, and it has no Obsidian types at run time.
 */
import type { IsoDate } from '../shared/dates';
import type { Result } from '../shared/result';
import { basename } from '../shared/vault-path';
import { looseNameKey, nameKey, type MeetingRecord } from './meeting-record';
import { PersonMeetings } from './person-meetings';
import { PathTable } from './path-table';

/** What the index knows about one person (with meetings, or a person note not met yet). */
export interface PersonEntry {
  /** The person's identity: their person note's path, or `?<name>` (see `MeetingRecord.personKey`). */
  key: string;
  /** The display name: the latest alias or resolved name that differs from the link. */
  name: string;
  /** The person note's path (from the latest meeting), or null when unresolved. */
  personPath: string | null;
  /** Meetings, oldest first. */
  meetings: MeetingRecord[];
  /** How many tasks of these meetings have each status character (kept current by the index). */
  taskStatusCounts?: ReadonlyMap<string, number>;
}

/**
 * Every 1:1 note of the vault by path and by person, with the notes that could not be
 * read as problems. Changed one note at a time (`set`, `remove`, `rename`); built by
 * index-build.ts in the plugin and by the command line's load-vault.ts.
 */
export class MeetingIndex {
  private readonly records = new PathTable<MeetingRecord>();
  private readonly problemsByPath = new Map<string, string>();
  /** Each person's meetings, in order once read (see PersonMeetings). */
  private readonly byPerson = new Map<string, PersonMeetings>();
  /** People whose meetings changed since the last `takeDirty()`. */
  private readonly dirty = new Set<string>();
  /**
   * Person notes (a `relationship` property) with no 1:1 note yet, or with some: they
   * are people too, shown as "Not met yet" until their first meeting.
   */
  private readonly personNotes = new Set<string>();
  /** How many people are known by an unresolved link (`?name` keys). */
  private unresolved = 0;
  /** Increases on every change, so views can skip work when nothing changed. */
  revision = 0;

  /** How many 1:1 notes the index holds (problems not counted). */
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

  /** True when nothing at all is indexed (no record, problem or person note). */
  isEmpty(): boolean {
    return this.records.size === 0 && this.problemsByPath.size === 0 && this.personNotes.size === 0;
  }

  /**
   * Say whether a note is a person note (see `isPersonFrontmatter`): a person note with
   * no meetings is a person of the index, with an empty list of meetings.
   */
  setPersonNote(path: string, isPerson: boolean): void {
    if (isPerson === this.personNotes.has(path)) return;
    if (isPerson) this.personNotes.add(path);
    else this.personNotes.delete(path);
    this.dirty.add(path);
    this.revision++;
  }

  /** Forget a note's record, problem, or that it is a person note. */
  remove(path: string): void {
    this.setPersonNote(path, false);
    if (!this.records.has(path) && !this.problemsByPath.has(path)) return;
    this.removeRecord(path);
    this.problemsByPath.delete(path);
    this.revision++;
  }

  /** Move a note's entry to its new path, keeping everything else. */
  rename(oldPath: string, newPath: string): void {
    if (this.personNotes.has(oldPath)) {
      this.setPersonNote(oldPath, false);
      this.setPersonNote(newPath, true);
    }
    const rec = this.records.get(oldPath);
    const problem = this.problemsByPath.get(oldPath);
    if (!rec && problem === undefined) return;
    this.remove(oldPath);
    if (rec) this.addRecord({ ...rec, path: newPath });
    if (problem !== undefined) this.problemsByPath.set(newPath, problem);
    this.revision++;
  }

  /** The record of the 1:1 note at a path, if it is one. */
  get(path: string): MeetingRecord | undefined {
    return this.records.get(path);
  }

  /** The 1:1 notes that could not be read, by path, with what is wrong. */
  problems(): Array<{ path: string; message: string }> {
    return [...this.problemsByPath]
      .map(([path, message]) => ({ path, message }))
      .sort((a, b) => a.path.localeCompare(b.path));
  }

  /**
   * A number that changes whenever a meeting of this person comes, goes or changes
   * (0 for a person with none): a reader that kept what it made of their meetings
   * knows in one look whether it still holds.
   */
  versionOf(key: string): number {
    return this.byPerson.get(key)?.version ?? 0;
  }

  /** A person's meetings, oldest first (same day: by path). A copy: the caller may change it. */
  meetingsOf(key: string): MeetingRecord[] {
    return this.byPerson.get(key)?.meetings.slice() ?? [];
  }

  /** Every person's key (person notes without meetings too), without building their entries. */
  personKeys(): string[] {
    const keys = [...this.byPerson.keys()];
    for (const path of this.personNotes) if (!this.byPerson.has(path)) keys.push(path);
    return keys;
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
  find(key: string, typeId: string, date: IsoDate): MeetingRecord | null {
    for (const r of this.byPerson.get(key)?.meetings ?? [])
      if (r.typeId === typeId && r.date === date) return r;
    return null;
  }

  /** Every person: with at least one meeting, or a person note not met yet. */
  people(): PersonEntry[] {
    return this.personKeys().map((key) => this.person(key)!);
  }

  /**
   * What the index knows about one person, or null for a key that is neither a person
   * with meetings nor a person note (a person note not met yet has no meetings).
   */
  person(key: string): PersonEntry | null {
    const known = this.byPerson.get(key);
    if (!known) {
      if (!this.personNotes.has(key)) return null;
      return { key, name: basename(key), personPath: key, meetings: [] };
    }
    const meetings = known.meetings.slice();
    return {
      key,
      name: known.name,
      personPath: meetings[meetings.length - 1]!.personPath,
      meetings,
      taskStatusCounts: known.taskStatusCounts,
    };
  }

  /**
   * Keys of the people whose meetings a link path or display name could mean: names
   * compared by `nameKey` (case, spaces and Unicode form aside), or with `loose` by
   * `looseNameKey` (trailing punctuation aside too).
   */
  findPeopleByName(name: string, loose = false): string[] {
    const key = loose ? looseNameKey : nameKey;
    const n = key(name);
    if (!n) return [];
    const out: string[] = [];
    for (const entry of this.people()) {
      // A person's meetings mostly repeat one link: normalise each distinct text once.
      const links = new Set<string>(entry.meetings.map((m) => m.personLink));
      const names = [key(entry.name), ...[...links].map((l) => key(basename(l)))];
      if (entry.personPath) names.push(key(basename(entry.personPath)));
      if (names.includes(n)) out.push(entry.key);
    }
    return out;
  }

  /**
   * A person note now exists for links that resolved to nothing: move that person's
   * meetings from the unresolved key to the note's path.
   */
  attachPersonNote(unresolved: string, personPath: string): void {
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
