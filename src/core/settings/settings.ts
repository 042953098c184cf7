/**
 * Settings: the type, the defaults, and migrateSettings, which turns whatever is in
 * data.json (an older version, hand edits, garbage) into valid settings. Pure.
 */
import { err, type Result } from '../shared/result';
import type { TouchpointsConfig } from './config';
import { BUILT_IN_TYPES, newNoteType, type NoteType } from './note-types';
import {
  DEFAULT_RECAP_SETTINGS,
  migrateRecapSections,
  migrateRecapSettings,
} from './recap-settings';
import {
  validateAgingThreshold,
  validateCadenceDays,
  validateCareerCadence,
  validateClosedStatuses,
  validateFolder,
  validateHeading,
  validateHeadingList,
  validateNamePattern,
  validateNewTypeId,
  validateTemplatePath,
  validateTypeName,
  validOr,
} from './validate';

/** Everything stored in data.json: the settings core works with, and the plugin's own. */
export interface TouchpointsSettings extends TouchpointsConfig {
  /** Settings format version, for future migrations. */
  version: number;
  /** Show "1:1s due: N" in the status bar (desktop). */
  showStatusBar: boolean;
  /** Show the age of carried action items in 1:1 notes. */
  agingBadges: boolean;
  /** The meeting (2nd, 3rd, ...) from which the age badge is a warning. */
  agingThreshold: number;
  /** Offer items tagged #1on1 that link a person as topics for that person's next note. */
  tagTopics: boolean;
  /** Once a day, name the 1:1s of today and tomorrow that are not prepared yet. */
  prepareReminder: boolean;
  /**
   * The sidebar's rows left open into their cards, by person key (the person note's
   * path), sorted: state the sidebar keeps, not a setting the settings tab shows.
   */
  sidebarOpenRows: string[];
}

/** The version of the settings format written to data.json. */
export const SETTINGS_VERSION = 1;

/** The settings of a new vault; migrateSettings gives copies, never this object. */
export const DEFAULT_SETTINGS: TouchpointsSettings = {
  version: SETTINGS_VERSION,
  folder: 'One-on-ones',
  fileNamePattern: '{{date}} {{person}}',
  noteTypes: BUILT_IN_TYPES.map((t) => ({ ...t })),
  defaultCadence: 14,
  defaultCareerCadence: [28, 42],
  closedStatuses: 'xX->',
  markForwarded: true,
  addCreatedStamp: true,
  privateHeadings: ['Private'],
  topicsHeading: 'Topics for next time',
  goalsHeading: 'Goals',
  developmentPlanHeading: 'Development plan',
  recap: { ...DEFAULT_RECAP_SETTINGS },
  showStatusBar: true,
  agingBadges: true,
  agingThreshold: 3,
  tagTopics: false,
  prepareReminder: true,
  winHeadings: ['Wins since last time', 'Wins'],
  feedbackHeadings: ['Feedback', 'Feedback from peers and partners'],
  accomplishmentsFileName: 'Accomplishments {{period}}',
  sidebarOpenRows: [],
};

function bool(value: unknown, fallback: boolean): boolean {
  return typeof value === 'boolean' ? value : fallback;
}

/** A note type's recap mapping as a property only when it has one. */
function optionalRecap(recap: NoteType['recap']): Pick<NoteType, 'recap'> {
  return recap ? { recap } : {};
}

/** A stored note type over `base`: what is stored and valid, else the base's value. */
function storedType(r: Record<string, unknown>, base: NoteType): NoteType {
  return {
    id: base.id,
    name: validOr(validateTypeName(r.name), base.name),
    template: validOr(validateTemplatePath(r.template), base.template),
    career: bool(r.career, base.career),
    agendaHeading: validOr(validateHeading(r.agendaHeading), base.agendaHeading),
    actionItemsHeading: validOr(validateHeading(r.actionItemsHeading), base.actionItemsHeading),
    ...optionalRecap(migrateRecapSections(r.recap)),
  };
}

/** A sorted list of distinct non-empty strings from what is stored; anything else is dropped. */
function keyList(value: unknown): string[] {
  if (!Array.isArray(value)) return [];
  const keys = value.filter((k): k is string => typeof k === 'string' && k !== '');
  return [...new Set(keys)].sort();
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null;

/**
 * The note types: the built-in ones first (from the first stored entry with their id),
 * then each stored user type with a name and an id not taken yet.
 */
function migrateNoteTypes(value: unknown): NoteType[] {
  const stored = (Array.isArray(value) ? (value as unknown[]) : []).filter(isRecord);
  const types = BUILT_IN_TYPES.map((b) => {
    const own = stored.find((t) => t.id === b.id);
    return own ? storedType(own, b) : { ...b };
  });
  for (const t of stored) {
    const name = validateTypeName(t.name);
    if (!name.ok) continue;
    const idSource = typeof t.id === 'string' && t.id.trim() ? t.id : name.value;
    const id = validateNewTypeId(idSource, types);
    if (id.ok) types.push(storedType(t, newNoteType(id.value, name.value)));
  }
  return types;
}

/** The career conversation window as stored, `[first, last]` day. */
function careerCadence(value: unknown): Result<[number, number]> {
  return Array.isArray(value) && value.length === 2
    ? validateCareerCadence(`${String(value[0])}-${String(value[1])}`)
    : err('The window must be two numbers of days.');
}

/**
 * Valid settings from anything `loadData()` returns. Unknown keys are dropped,
 * invalid values fall back to defaults, built-in note types always exist (their
 * names and headings may be changed), and user types get unique ids.
 */
export function migrateSettings(raw: unknown): TouchpointsSettings {
  const r = isRecord(raw) ? raw : {};
  const d = DEFAULT_SETTINGS;
  return {
    version: SETTINGS_VERSION,
    folder: validOr(validateFolder(r.folder), d.folder),
    fileNamePattern: validOr(validateNamePattern(r.fileNamePattern), d.fileNamePattern),
    noteTypes: migrateNoteTypes(r.noteTypes),
    defaultCadence: validOr(validateCadenceDays(r.defaultCadence), d.defaultCadence),
    defaultCareerCadence: validOr(careerCadence(r.defaultCareerCadence), [
      ...d.defaultCareerCadence,
    ]),
    closedStatuses: validOr(validateClosedStatuses(r.closedStatuses), d.closedStatuses),
    markForwarded: bool(r.markForwarded, d.markForwarded),
    addCreatedStamp: bool(r.addCreatedStamp, d.addCreatedStamp),
    privateHeadings: validOr(validateHeadingList(r.privateHeadings), [...d.privateHeadings]),
    topicsHeading: validOr(validateHeading(r.topicsHeading), d.topicsHeading),
    goalsHeading: validOr(validateHeading(r.goalsHeading), d.goalsHeading),
    developmentPlanHeading: validOr(
      validateHeading(r.developmentPlanHeading),
      d.developmentPlanHeading,
    ),
    recap: migrateRecapSettings(r.recap),
    showStatusBar: bool(r.showStatusBar, d.showStatusBar),
    agingBadges: bool(r.agingBadges, d.agingBadges),
    agingThreshold: validOr(validateAgingThreshold(r.agingThreshold), d.agingThreshold),
    tagTopics: bool(r.tagTopics, d.tagTopics),
    prepareReminder: bool(r.prepareReminder, d.prepareReminder),
    winHeadings: validOr(validateHeadingList(r.winHeadings), [...d.winHeadings]),
    feedbackHeadings: validOr(validateHeadingList(r.feedbackHeadings), [...d.feedbackHeadings]),
    accomplishmentsFileName: validOr(
      validateNamePattern(r.accomplishmentsFileName),
      d.accomplishmentsFileName,
    ),
    sidebarOpenRows: keyList(r.sidebarOpenRows),
  };
}
