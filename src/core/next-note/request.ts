/**
 * The next-note flow's contract: what it is asked (the request), what it works over
 * (the context) and what it reports (the outcome). Shared by the flow's steps, the
 * plugin's service and the command line.
 */
import type { MeetingIndex } from '../meetings/meeting-index';
import type { PersonRef } from '../people/resolve-person';
import type { TouchpointsConfig } from '../settings/config';
import type { IsoDate } from '../shared/dates';
import type { VaultPort } from '../shared/vault-port';
import type { Journal } from './journal';
import type { CarriedItem } from './plan-next-note';

/** A request to create the next note of a type with a person, on a date. */
export interface NextNoteRequest {
  /** Who the note is with. */
  person: PersonRef;
  /** The note type's id (`regular`, `career`, or one from the settings). */
  typeId: string;
  date: IsoDate;
  /**
   * Today, for the topic queue: queued topics move only into a note dated today or
   * later (see `queueStays`). Absent: the note's date counts as today.
   */
  today?: IsoDate;
  /** Plan and report, but write nothing. */
  dryRun?: boolean;
  /** Topics from elsewhere for the new note's agenda (items tagged `#1on1`), each as its lines. */
  extraTopics?: readonly string[][];
  /** The meeting's time (`HH:mm`), written as the new note's `time` property. */
  time?: string;
}

/** What the flow works over: the vault, the meeting index, the settings. */
export interface NextNoteContext {
  port: VaultPort;
  index: MeetingIndex;
  config: TouchpointsConfig;
  /** What a new person note embeds (the 1:1 base's person view), or nothing. */
  personNoteEmbed?: string | null;
}

/** What a creation did (or, on a dry run, would do). */
export interface NextNoteOutcome {
  path: string;
  /** True when the note already existed: it is returned and nothing was changed. */
  existing: boolean;
  /** True when the note existed half-done (an interrupted run) and this run completed it. */
  resumed?: boolean;
  previous: string | null;
  carried: CarriedItem[];
  /** Lines marked `[>]` in the source. */
  forwarded: number;
  /** Topics moved from the person note. */
  topics: number;
  /** The person note, when this run created it. */
  personCreated: string | null;
  /** Things the user should know (a template that could not be read, lines left alone). */
  warnings: string[];
  /** Zero-based line of the new note where the cursor goes: the end of the agenda. */
  cursorLine: number;
  /** The person's display name. */
  personName: string;
  /** The new note's text (also on a dry run). */
  text: string;
  /** What to undo, or null when nothing was written. */
  journal: Journal | null;
}
