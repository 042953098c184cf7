/**
 * Settings: the type, the defaults, and migrateSettings, which turns whatever is in
 * data.json (an older version, hand edits, garbage) into valid settings. Pure.
 */
import type { TouchpointsConfig } from './config';
import { BUILT_IN_TYPES, typeIdFromName, type NoteType } from './note-types';
import { parseCareerCadence } from '../people/person-profile';
import {
  DEFAULT_RECAP_SETTINGS,
  migrateRecapSections,
  migrateRecapSettings,
} from './recap-settings';

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
}

export const SETTINGS_VERSION = 1;

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
  winHeadings: ['Wins since last time', 'Wins'],
  feedbackHeadings: ['Feedback', 'Feedback from peers and partners'],
  accomplishmentsFileName: 'Accomplishments {{period}}',
};

function str(value: unknown, fallback: string): string {
  return typeof value === 'string' && value.trim() !== '' ? value : fallback;
}

function bool(value: unknown, fallback: boolean): boolean {
  return typeof value === 'boolean' ? value : fallback;
}

function days(value: unknown, fallback: number): number {
  return typeof value === 'number' && Number.isInteger(value) && value > 0 && value <= 3650
    ? value
    : fallback;
}

function strings(value: unknown, fallback: string[]): string[] {
  if (!Array.isArray(value)) return [...fallback];
  const out = value
    .filter((v): v is string => typeof v === 'string' && v.trim() !== '')
    .map((v) => v.trim());
  return out.length ? out : [...fallback];
}

/** A note type's recap mapping as a property only when it has one. */
function optionalRecap(recap: NoteType['recap']): Pick<NoteType, 'recap'> {
  return recap ? { recap } : {};
}

function noteType(raw: unknown, builtIn?: NoteType): NoteType | null {
  if (typeof raw !== 'object' || raw === null) return builtIn ? { ...builtIn } : null;
  const r = raw as Record<string, unknown>;
  const name = str(r.name, builtIn?.name ?? '').trim();
  const id = builtIn?.id ?? typeIdFromName(str(r.id, name));
  if (!id || !name) return builtIn ? { ...builtIn } : null;
  return {
    id,
    name,
    template: typeof r.template === 'string' ? r.template.trim() : (builtIn?.template ?? ''),
    career: bool(r.career, builtIn?.career ?? false),
    agendaHeading: str(r.agendaHeading, builtIn?.agendaHeading ?? 'Agenda').trim(),
    actionItemsHeading: str(
      r.actionItemsHeading,
      builtIn?.actionItemsHeading ?? 'Action items',
    ).trim(),
    ...optionalRecap(migrateRecapSections(r.recap)),
  };
}

/**
 * Valid settings from anything `loadData()` returns. Unknown keys are dropped,
 * invalid values fall back to defaults, built-in note types always exist (their
 * names and headings may be changed), and user types get unique ids.
 */
export function migrateSettings(raw: unknown): TouchpointsSettings {
  const r = (typeof raw === 'object' && raw !== null ? raw : {}) as Record<string, unknown>;
  const d = DEFAULT_SETTINGS;
  const rawTypes = Array.isArray(r.noteTypes) ? (r.noteTypes as unknown[]) : [];
  const types: NoteType[] = BUILT_IN_TYPES.map((b) => {
    const stored = rawTypes.find(
      (t) => typeof t === 'object' && t !== null && (t as Record<string, unknown>).id === b.id,
    );
    return noteType(stored, b)!;
  });
  for (const t of rawTypes) {
    const type = noteType(t);
    if (!type || types.some((x) => x.id === type.id)) continue;
    types.push(type);
  }
  const career =
    Array.isArray(r.defaultCareerCadence) && r.defaultCareerCadence.length === 2
      ? parseCareerCadence(
          `${String(r.defaultCareerCadence[0])}-${String(r.defaultCareerCadence[1])}`,
        )
      : null;
  return {
    version: SETTINGS_VERSION,
    folder: str(r.folder, d.folder)
      .trim()
      .replace(/^\/+|\/+$/g, ''),
    fileNamePattern: str(r.fileNamePattern, d.fileNamePattern),
    noteTypes: types,
    defaultCadence: days(r.defaultCadence, d.defaultCadence),
    defaultCareerCadence: career ?? [...d.defaultCareerCadence],
    closedStatuses:
      typeof r.closedStatuses === 'string'
        ? r.closedStatuses.replace(/[\s,]/g, '')
        : d.closedStatuses,
    markForwarded: bool(r.markForwarded, d.markForwarded),
    addCreatedStamp: bool(r.addCreatedStamp, d.addCreatedStamp),
    privateHeadings: strings(r.privateHeadings, d.privateHeadings),
    topicsHeading: str(r.topicsHeading, d.topicsHeading).trim(),
    goalsHeading: str(r.goalsHeading, d.goalsHeading).trim(),
    developmentPlanHeading: str(r.developmentPlanHeading, d.developmentPlanHeading).trim(),
    recap: migrateRecapSettings(r.recap),
    showStatusBar: bool(r.showStatusBar, d.showStatusBar),
    agingBadges: bool(r.agingBadges, d.agingBadges),
    agingThreshold:
      typeof r.agingThreshold === 'number' &&
      Number.isInteger(r.agingThreshold) &&
      r.agingThreshold >= 2 &&
      r.agingThreshold <= 99
        ? r.agingThreshold
        : d.agingThreshold,
    tagTopics: bool(r.tagTopics, d.tagTopics),
    winHeadings: strings(r.winHeadings, d.winHeadings),
    feedbackHeadings: strings(r.feedbackHeadings, d.feedbackHeadings),
    accomplishmentsFileName: str(r.accomplishmentsFileName, d.accomplishmentsFileName).trim(),
  };
}
