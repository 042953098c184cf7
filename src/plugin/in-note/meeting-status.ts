/**
 * Rescheduling and cancelling a 1:1 from its note. Rescheduling sets `status: rescheduled` with
 * processFrontMatter, then creates the note for the new date through the same
 * NextNoteService flow as "Create next 1:1" (so the moved note's open items carry and
 * are marked forwarded there); if that fails, the note gets its exact original text
 * back (the undo's verified compare-and-swap, so YAML comments and layout survive).
 * Cancelling sets `status: cancelled`.
 */
import { Notice, type App, type TFile } from 'obsidian';
import { toIsoDate } from '../../core/shared/dates';
import { displayDate } from '../../core/shared/display';
import { isMeetingFrontmatter, type MeetingRecord } from '../../core/meetings/meeting-record';
import { errorMessage } from '../../core/shared/errors';
import { findType } from '../../core/settings/note-types';
import { checkRescheduleDate } from '../../core/in-note/reschedule';
import type { TouchpointsSettings } from '../../core/settings/settings';
import type { MeetingIndexComponent } from '../meetings/meeting-index-component';
import type { NextNoteService } from '../next-note/next-note-service';
import { waitForIndex } from '../meetings/wait-for-index';
import { undoJournal } from '../../core/next-note/journal';
import { ObsidianVaultPort } from '../shared/vault-io';

export interface MeetingStatusDeps {
  app: App;
  meetings: MeetingIndexComponent;
  service: NextNoteService;
  settings: () => TouchpointsSettings;
}

type Status = 'rescheduled' | 'cancelled';
/** The `status` value a note had before (undefined when it had none). */
type Previous = { value: unknown };

/** Reschedule a note's 1:1 (creating the note for the new date) or cancel it. */
export class MeetingStatusService {
  private readonly port: ObsidianVaultPort;

  constructor(private readonly deps: MeetingStatusDeps) {
    this.port = new ObsidianVaultPort(deps.app);
  }

  /** The meeting of a note, or null when it is not a 1:1 note. */
  meeting(file: TFile | null): MeetingRecord | null {
    return file ? (this.deps.meetings.index.get(file.path) ?? null) : null;
  }

  /**
   * Set a 1:1 note's status atomically, after checking it is still the 1:1 note of
   * that date. Returns the previous value, or null after a Notice naming the file.
   */
  async setStatus(file: TFile, date: string, status: Status): Promise<Previous | null> {
    let previous: Previous = { value: undefined };
    try {
      await this.deps.app.fileManager.processFrontMatter(file, (fm: Record<string, unknown>) => {
        if (!isMeetingFrontmatter(fm) || toIsoDate(fm.date) !== date) {
          throw new Error(`it is no longer the 1:1 note of ${displayDate(date)}`);
        }
        previous = { value: fm.status };
        fm.status = status;
      });
      return previous;
    } catch (error) {
      new Notice(
        `Touchpoints: could not update ${file.path}: ${errorMessage(error)}. Nothing was changed.`,
        10000,
      );
      return null;
    }
  }

  /**
   * Reschedule a 1:1 note to `newDate`. Resolves to an error message for the dialog
   * (a bad date), or null when done (or after a Notice for any other failure).
   */
  async reschedule(file: TFile, newDate: string): Promise<string | null> {
    if (!(await waitForIndex(this.deps.meetings))) return null;
    const rec = this.meeting(file);
    if (!rec) {
      new Notice(`Touchpoints: ${file.path} is not a 1:1 note.`);
      return null;
    }
    if (rec.status === 'rescheduled')
      return 'This 1:1 was already rescheduled. Reschedule the note of its new date instead.';
    const checked = checkRescheduleDate(newDate, this.deps.service.today(), rec.date);
    if (!checked.ok) return checked.error;
    const { vault } = this.deps.app;
    const beforeStatus = await vault.read(file);
    const previous = await this.setStatus(file, rec.date, 'rescheduled');
    if (!previous) return null;
    const afterStatus = await vault.read(file);
    const typeId = findType(this.deps.settings().noteTypes, rec.typeId) ? rec.typeId : 'regular';
    const outcome = await this.deps.service.create({ key: rec.personKey }, typeId, checked.value);
    if (!outcome || outcome.existing) {
      // Nothing moved (an error, or a note on that date already exists and was opened):
      // this meeting keeps its status, so its open items still carry. Its exact text
      // comes back, and only if nobody edited it since the status was set.
      const restored = await undoJournal(this.port, {
        label: 'reschedule',
        entries: [{ kind: 'modified', path: file.path, before: beforeStatus, after: afterStatus }],
      });
      if (!restored.ok) {
        new Notice(
          `Touchpoints: could not put back the status of ${file.path} (${restored.error}); it still says rescheduled.`,
          10000,
        );
      }
      if (outcome?.existing) {
        new Notice(
          `A 1:1 on ${displayDate(checked.value)} already exists; opened it. This 1:1 was not rescheduled.`,
          10000,
        );
      }
      return null;
    }
    // "Undo last carry-over" puts the status back too.
    this.deps.service.recordEarlierChange(file.path, beforeStatus, afterStatus);
    new Notice(
      `Rescheduled the 1:1 of ${displayDate(rec.date)} to ${displayDate(checked.value)}: ${outcome.path}`,
    );
    return null;
  }

  /** Cancel a 1:1 note: `status: cancelled`. Its open items still carry to the next note. */
  async cancel(file: TFile): Promise<boolean> {
    const rec = this.meeting(file);
    if (!rec) {
      new Notice(`Touchpoints: ${file.path} is not a 1:1 note.`);
      return false;
    }
    if (rec.status === 'cancelled') {
      new Notice('This 1:1 is already cancelled.');
      return false;
    }
    const previous = await this.setStatus(file, rec.date, 'cancelled');
    if (!previous) return false;
    new Notice(
      `Cancelled the 1:1 of ${displayDate(rec.date)}. Its open items carry to the next one.`,
    );
    return true;
  }
}
