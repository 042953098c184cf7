/**
 * A person's open action items, read from the text: the count a drawn card shows and
 * its expanded list. Only the notes the index says hold open tasks are read, once, and
 * the list is kept until one of them (or the person's set of notes) changes. The text
 * hides every task a comment reaches into, as carry-over and `cadence` do, which the
 * metadata cache cannot always tell (a `%%` opened after a task, mid-list: issue 15.6).
 */
import type { Vault } from 'obsidian';
import { closedSet } from '../../core/settings/config';
import { countOpenTasks } from '../../core/overview/clocks';
import type { IsoDate } from '../../core/shared/dates';
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

interface OpenItemsEntry {
  signature: string;
  /** The person's version in the index (`versionOf`) it was checked at: unchanged, still good. */
  version: number;
  paths: Set<string>;
  items: OpenItem[] | null;
}

/** People's open items, read on demand and kept until their notes change. */
export class OpenItemsCache {
  private readonly entries = new Map<string, OpenItemsEntry>();

  constructor(private readonly deps: OpenItemsDeps) {}

  /**
   * A person's open items, newest note first; null while their notes are being read
   * (`onRead` is called when they are). Only the notes that hold open items are read.
   */
  of(key: string): OpenItem[] | null {
    const { index } = this.deps;
    const known = this.entries.get(key);
    const version = index.versionOf(key);
    // Asked for by every drawn card at every render: when none of this person's
    // meetings changed, one look (a change to someone else's costs the others nothing).
    if (known && known.version === version) return known.items;
    const closed = closedSet(this.deps.settings());
    const notes = index
      .meetingsOf(key)
      .filter((m) => countOpenTasks([m], closed) > 0)
      .reverse();
    const signature = notes.map((m) => `${m.path}\n${m.taskStatuses ?? ''}`).join('\n');
    if (known && known.signature === signature) {
      known.version = version;
      return known.items;
    }
    const entry: OpenItemsEntry = {
      signature,
      version,
      paths: new Set(notes.map((m) => m.path)),
      // No note holds an open task: nothing to read, and no redraw to ask for.
      items: notes.length ? null : [],
    };
    this.entries.set(key, entry);
    if (!notes.length) return entry.items;
    const { vault } = this.deps;
    void Promise.all(
      notes.map(async (m): Promise<OpenItem[]> => {
        const file = vault.getFileByPath(m.path);
        if (!file) return [];
        // As counted: a task that a comment hides is not open (issue 15.6).
        const seen = readVisibility(
          await vault.cachedRead(file),
          { privateHeadings: [] },
          { shown: false },
        );
        return seen.note.items
          .filter((i) => isOpenTask(i, closed) && !hiddenByComment(i, seen.comments))
          .map((i) => ({
            path: m.path,
            line: i.line,
            text: i.text.trim(),
            status: i.status!,
            date: m.date,
          }));
      }),
    ).then(
      (lists) => this.settle(key, entry, lists.flat()),
      () => this.settle(key, entry, []),
    );
    return null;
  }

  /** Forget every list (the settings changed). */
  clear(): void {
    this.entries.clear();
  }

  /**
   * A note changed: forget the lists of its owner (`owner`, the person key the index
   * gives it) and the lists read from it. True when any list was forgotten.
   */
  forget(path: string, owner: string | undefined): boolean {
    let forgot = false;
    for (const [key, entry] of this.entries) {
      if (key === owner || entry.paths.has(path)) {
        this.entries.delete(key);
        forgot = true;
      }
    }
    return forgot;
  }

  private settle(key: string, entry: OpenItemsEntry, items: OpenItem[]): void {
    if (this.entries.get(key) !== entry) return;
    entry.items = items;
    this.deps.onRead();
  }
}
