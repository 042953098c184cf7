/** The settings core works with. Defaults and migration live in settings.ts. */
import type { NoteType } from './note-types';
import type { RecapSettings } from './recap-settings';
import { cleanClosedStatuses } from './validate';

/** The settings that shape notes: where they go, their types, carry-over, headings, recap. */
export interface TouchpointsConfig {
  /** Folder for new 1:1 notes and new person notes. */
  folder: string;
  /** File name of new notes: `{{date}} {{person}}`, also `{{date:<pattern>}}`, `{{type}}`. */
  fileNamePattern: string;
  noteTypes: NoteType[];
  /** Days between regular 1:1s when a person note sets no `cadence`. */
  defaultCadence: number;
  /** Career conversation window in days when a person note sets no `career-cadence`. */
  defaultCareerCadence: [number, number];
  /** Status characters of closed tasks, e.g. `xX->`. */
  closedStatuses: string;
  /** Mark carried tasks `[>]` in the previous note. */
  markForwarded: boolean;
  /** Append a `➕` created date to carried tasks that have none. */
  addCreatedStamp: boolean;
  /** Headings of private sections, the first is used in new notes. */
  privateHeadings: string[];
  topicsHeading: string;
  goalsHeading: string;
  developmentPlanHeading: string;
  /** Recap email and shareable agenda: subjects, template notes, last format used. */
  recap: RecapSettings;
  /** Sections of 1:1 notes whose bullets count as wins in the accomplishment log. */
  winHeadings: string[];
  /** Sections of 1:1 notes whose bullets count as feedback received. */
  feedbackHeadings: string[];
  /** Name of accomplishment notes: `Accomplishments {{period}}`, also `{{person}}`. */
  accomplishmentsFileName: string;
}

/**
 * The closed statuses as a set of single characters. `>` (forwarded) is always
 * closed: an item already carried must never be carried a second time.
 */
export function closedSet(config: Pick<TouchpointsConfig, 'closedStatuses'>): Set<string> {
  const set = new Set(cleanClosedStatuses(config.closedStatuses));
  set.add('>');
  return set;
}
