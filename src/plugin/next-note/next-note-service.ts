/**
 * Runs the core next-note flow (createNextNote) in Obsidian: today's date from the
 * clock, Notices for errors and warnings, the new note opened with the cursor in the
 * agenda, and the journal of the last creation kept for "Undo last carry-over".
 */
import { MarkdownView, type App } from 'obsidian';
import { createNextNote } from '../../core/next-note/create-next-note';
import type { NextNoteOutcome, NextNoteRequest } from '../../core/next-note/request';
import type { PersonRef } from '../../core/people/resolve-person';
import { localIsoDate } from '../../core/shared/dates';
import type { Journal } from '../../core/next-note/journal';
import { findType, typePhrase } from '../../core/settings/note-types';
import type { TouchpointsSettings } from '../../core/settings/settings';
import type { MeetingIndexComponent } from '../meetings/meeting-index-component';
import { ObsidianVaultPort } from '../shared/vault-io';
import { saveOpenNotes, undoAfterSaving } from '../shared/undo';
import { waitForIndex } from '../meetings/wait-for-index';
import { jumpToTemplaterCursor } from './templater-cursor';
import { personNoteEmbed } from '../bases/bases-plugin';
import { notice } from '../shared/notice';

/** Shown when a creation or an undo is asked for while another one runs. */
const BUSY_NOTICE = 'Touchpoints is still working on the previous note; try again in a moment.';

/** What the next-note service works with. */
export interface NextNoteDeps {
  app: App;
  meetings: MeetingIndexComponent;
  settings: () => TouchpointsSettings;
  /** The clock, replaceable in tests. */
  now?: () => Date;
}

/**
 * Topics from elsewhere for a note about to be created (the `#1on1` option): asked
 * before creation, told the outcome after it. Null: nothing to add.
 */
export type ExtraTopicsProvider = (
  request: Pick<NextNoteRequest, 'person' | 'typeId' | 'date'>,
) => Promise<{
  topics: string[][];
  /** After a new note was written: record where the topics went; returns warnings. */
  after: (outcome: NextNoteOutcome) => Promise<string[]>;
} | null>;

/** Creates next notes in Obsidian and keeps the last creation's journal for undo. */
export class NextNoteService {
  private readonly port: ObsidianVaultPort;
  private lastJournal: Journal | null = null;
  private busy = false;
  private extraTopics: ExtraTopicsProvider | null = null;

  constructor(private readonly deps: NextNoteDeps) {
    this.port = new ObsidianVaultPort(deps.app);
  }

  today(): string {
    return localIsoDate((this.deps.now ?? (() => new Date()))());
  }

  /** Ask `provider` for extra topics before each creation (null: stop asking). */
  useExtraTopics(provider: ExtraTopicsProvider | null): void {
    this.extraTopics = provider;
  }

  /** Whether there is a creation to undo. */
  canUndo(): boolean {
    return this.lastJournal !== null;
  }

  /**
   * Create (or open, if it exists) the next note of a type for a person, dated today
   * unless a date is given (`time`: the meeting's time, written as the `time` property);
   * a note an interrupted creation left half-done is completed.
   * One creation at a time: a second request while one runs is refused with a Notice
   * (not queued: it is a double click or a second command for a note being made, and
   * a queued run would open another note later). While Obsidian is still indexing, it
   * waits for the index (waitForIndex). Resolves to the outcome, or null.
   */
  async create(
    person: PersonRef,
    typeId: string,
    date?: string,
    time?: string,
  ): Promise<NextNoteOutcome | null> {
    const { meetings } = this.deps;
    if (this.busy) {
      notice(BUSY_NOTICE);
      return null;
    }
    this.busy = true;
    try {
      // Never plan from an index that misses notes Obsidian is still indexing.
      if (!(await waitForIndex(meetings))) return null;
      const settings = this.deps.settings();
      const day = date ?? this.today();
      const extra = this.extraTopics ? await this.extraTopics({ person, typeId, date: day }) : null;
      await saveOpenNotes(this.deps.app);
      const result = await createNextNote(
        {
          port: this.port,
          index: meetings.index,
          config: settings,
          personNoteEmbed: personNoteEmbed(this.deps.app, settings.folder),
        },
        {
          person,
          typeId,
          date: day,
          today: this.today(),
          extraTopics: extra?.topics,
          ...(time ? { time } : {}),
        },
      );
      if (!result.ok) {
        notice(`Touchpoints: ${result.error}`, 10000);
        return null;
      }
      const outcome = result.value;
      if (extra && !outcome.existing) outcome.warnings.push(...(await extra.after(outcome)));
      for (const w of outcome.warnings) notice(`Touchpoints: ${w}`, 10000);
      if (outcome.journal) this.lastJournal = outcome.journal;
      const cursors = outcome.existing
        ? null
        : await jumpToTemplaterCursor(this.deps.app, outcome.path, outcome.journal);
      await this.open(outcome.path, outcome.existing ? null : outcome.cursorLine, cursors);
      const type = findType(settings.noteTypes, typeId);
      // A completed half-done note was reported by its warning Notice above.
      if (outcome.existing && !outcome.resumed) {
        notice(`This ${type ? typePhrase(type) : 'note'} already exists; opened it.`);
      } else if (outcome.previous && !outcome.existing) {
        notice(
          `Carried ${outcome.carried.length} open item(s) and ${outcome.topics} topic(s) from ${outcome.previous}.`,
        );
      }
      return outcome;
    } finally {
      this.busy = false;
    }
  }

  /**
   * Make the last creation's undo also restore a change made just before it (the
   * `status: rescheduled` of the note it continues): `before` is the text before that
   * change, `after` the text the creation started from.
   */
  recordEarlierChange(path: string, before: string, after: string): void {
    const journal = this.lastJournal;
    if (!journal) return;
    const entry = journal.entries.find((e) => e.kind === 'modified' && e.path === path);
    if (entry?.kind === 'modified') entry.before = before;
    else journal.entries.unshift({ kind: 'modified', path, before, after });
  }

  /** Undo the last creation if none of its notes was edited since (never while one runs). */
  async undo(): Promise<boolean> {
    if (this.busy) {
      notice(BUSY_NOTICE);
      return false;
    }
    const journal = this.lastJournal;
    if (!journal) {
      notice('Nothing to undo.');
      return false;
    }
    this.busy = true;
    try {
      const restored = await undoAfterSaving(this.deps.app, this.port, journal);
      if (!restored) return false;
      this.lastJournal = null;
      notice(`Undone: ${restored.join(', ')}`);
      return true;
    } finally {
      this.busy = false;
    }
  }

  /** Open a note with the cursor at the end of a line, or at Templater's cursor offsets. */
  private async open(
    path: string,
    cursorLine: number | null,
    cursors: number[] | null = null,
  ): Promise<void> {
    const file = this.deps.app.vault.getFileByPath(path);
    if (!file) return;
    const leaf = this.deps.app.workspace.getLeaf(false);
    await leaf.openFile(file);
    const view = leaf.view;
    if (cursors?.length && view instanceof MarkdownView) {
      const { editor } = view;
      editor.setSelections(cursors.map((offset) => ({ anchor: editor.offsetToPos(offset) })));
      editor.focus();
    } else if (cursorLine !== null && view instanceof MarkdownView) {
      const line = Math.min(cursorLine, view.editor.lineCount() - 1);
      view.editor.setCursor({ line, ch: view.editor.getLine(line).length });
      view.editor.focus();
    }
  }
}
