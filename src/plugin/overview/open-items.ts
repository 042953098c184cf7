/**
 * A person's open action items, read from the text: the count a drawn card shows and
 * its expanded list. Only the notes the index says hold open tasks are read, each once
 * until it changes (a change to one note reads that note again). The text
 * hides every task a comment reaches into, as carry-over and `cadence` do, which the
 * metadata cache cannot always tell (a `%%` opened after a task, mid-list: issue 15.6).
 */
import type { Vault } from 'obsidian';
import { closedSet } from '../../core/settings/config';
import { holdsOpenTask } from '../../core/overview/clocks';
import type { IsoDate } from '../../core/shared/dates';
import { errorMessage } from '../../core/shared/errors';
import { isOpenTask } from '../../core/notes/markdown';
import { readVisibility } from '../../core/notes/privacy';
import { hiddenByComment } from '../../core/notes/task-statuses';
import type { MeetingIndex } from '../../core/meetings/meeting-index';
import type { TouchpointsSettings } from '../../core/settings/settings';

/** An open task in one of a person's 1:1 notes. */
export interface OpenItem {
  path: string;
  /** 0-based line of the task in its note. */
  line: number;
  text: string;
  status: string;
  /** The date of the note it stands in. */
  date: IsoDate;
}

/** Where open items are read from, and whom to tell when a list has been read. */
export interface OpenItemsDeps {
  vault: Vault;
  index: MeetingIndex;
  settings: () => TouchpointsSettings;
  /** Called when a list asked for has been read. */
  onRead: () => void;
}

/** What was read of one note: its open items, and what the index said of it then. */
interface NoteEntry {
  /** Null while the note is being read. */
  items: OpenItem[] | null;
  /** The note's task statuses and date in the index when it was read. */
  statuses: string | undefined;
  date: IsoDate;
}

/** A person's list, made from their notes' entries. */
interface PersonEntry {
  /** The person's version in the index (`versionOf`) it was made at. */
  version: number;
  /** Null while one of the notes is being read. */
  items: OpenItem[] | null;
  paths: Set<string>;
}

/** People's open items, read on demand note by note and kept until a note changes. */
export class OpenItemsCache {
  private readonly people = new Map<string, PersonEntry>();
  private readonly notes = new Map<string, NoteEntry>();

  constructor(private readonly deps: OpenItemsDeps) {}

  /**
   * A person's open items, newest note first; null while their notes are being read
   * (`onRead` is called when they are). Only the notes that hold open items are read,
   * and each once until it changes: a change to one note reads that note again, not the
   * person's others.
   */
  of(key: string): OpenItem[] | null {
    const { index } = this.deps;
    const known = this.people.get(key);
    const version = index.versionOf(key);
    // Asked for by every drawn card at every render: when none of this person's
    // meetings changed, one look (a change to someone else's costs the others nothing).
    if (known && known.version === version && known.items !== null) return known.items;
    const closed = closedSet(this.deps.settings());
    const meetings = index.meetingsOf(key);
    const items: OpenItem[] = [];
    const paths = new Set<string>();
    let reading = false;
    for (let i = meetings.length - 1; i >= 0; i--) {
      const m = meetings[i]!;
      if (!holdsOpenTask(m.taskStatuses, closed)) continue;
      paths.add(m.path);
      const note = this.note(m.path, m.taskStatuses, m.date, closed);
      if (note.items === null) reading = true;
      else items.push(...note.items);
    }
    const entry: PersonEntry = { version, items: reading ? null : items, paths };
    this.people.set(key, entry);
    return entry.items;
  }

  /** Forget every list (the settings changed). */
  clear(): void {
    this.people.clear();
    this.notes.clear();
  }

  /**
   * A note changed: forget what was read of it, and the lists of its owner (`owner`,
   * the person key the index gives it) and of whoever listed it. True when any list
   * was forgotten.
   */
  forget(path: string, owner: string | undefined): boolean {
    let forgot = this.notes.delete(path);
    for (const [key, entry] of this.people) {
      if (key === owner || entry.paths.has(path)) {
        this.people.delete(key);
        forgot = true;
      }
    }
    return forgot;
  }

  /** What was read of a note, if it still holds; else its read, started. */
  private note(
    path: string,
    statuses: string | undefined,
    date: IsoDate,
    closed: ReadonlySet<string>,
  ): NoteEntry {
    const known = this.notes.get(path);
    if (known && known.statuses === statuses && known.date === date) return known;
    const entry: NoteEntry = { items: null, statuses, date };
    this.notes.set(path, entry);
    void this.read(path, date, closed).then(
      (items) => this.settle(path, entry, items),
      (error: unknown) => this.settle(path, entry, unreadable(path, statuses, date, closed, error)),
    );
    return entry;
  }

  /** The open tasks of a note, as counted: a task that a comment hides is not open (issue 15.6). */
  private async read(
    path: string,
    date: IsoDate,
    closed: ReadonlySet<string>,
  ): Promise<OpenItem[]> {
    const { vault } = this.deps;
    const file = vault.getFileByPath(path);
    if (!file) return [];
    const seen = readVisibility(
      await vault.cachedRead(file),
      { privateHeadings: [] },
      { shown: false },
    );
    return seen.note.items
      .filter((i) => isOpenTask(i, closed) && !hiddenByComment(i, seen.comments))
      .map((i) => ({ path, line: i.line, text: i.text.trim(), status: i.status!, date }));
  }

  private settle(path: string, entry: NoteEntry, items: OpenItem[]): void {
    if (this.notes.get(path) !== entry) return;
    entry.items = items;
    this.deps.onRead();
  }
}

/**
 * A note that could not be read: as many items as the index counts open in it, each
 * saying so with the reason and linking to the note, so the card's count stays the
 * index's and the expanded list names the problem instead of leaving the tasks out.
 */
function unreadable(
  path: string,
  statuses: string | undefined,
  date: IsoDate,
  closed: ReadonlySet<string>,
  error: unknown,
): OpenItem[] {
  const text = `Could not read this note: ${errorMessage(error)}`;
  const items: OpenItem[] = [];
  for (const status of statuses ?? '')
    if (!closed.has(status)) items.push({ path, line: 0, text, status, date });
  return items;
}
