/**
 * Settings of the recap email and the shareable agenda: subjects, template notes, the
 * format last used, and per note type which sections feed which part. Pure: defaults
 * and the migration of whatever data.json holds.
 */
import { RECAP_PARTS, type NoteType, type RecapSections } from './note-types';
import { validateHeadingList, validateSubject, validateTemplatePath, validOr } from './validate';

/** The three forms an email can be copied in. */
export const RECAP_FORMATS = ['text', 'markdown', 'rich'] as const;
/** One of the forms an email can be copied in. */
export type RecapFormat = (typeof RECAP_FORMATS)[number];

/** The recap's and the agenda's settings, as stored under `recap` in data.json. */
export interface RecapSettings {
  /** Subject of the recap: `{{person}}`, `{{date}}` (the user's locale), `{{date:<pattern>}}`, `{{type}}`. */
  recapSubject: string;
  /** Subject of the agenda, same placeholders. */
  agendaSubject: string;
  /** Vault path of a template note for the recap body, or empty for the built-in layout. */
  recapTemplate: string;
  /** Vault path of a template note for the agenda body, or empty for the built-in layout. */
  agendaTemplate: string;
  /** The format the preview opens in: the one used last. */
  format: RecapFormat;
}

/** The recap settings of a new vault. */
export const DEFAULT_RECAP_SETTINGS: RecapSettings = {
  recapSubject: '1:1 recap: {{person}}, {{date}}',
  agendaSubject: '1:1 agenda: {{person}}, {{date}}',
  recapTemplate: '',
  agendaTemplate: '',
  format: 'rich',
};

const REGULAR: RecapSections = {
  highlights: ['Wins since last time', 'Feedback', 'Notes', 'Decisions'],
  problems: ['Problems and options'],
  actions: [],
  goals: [],
  development: [],
  agenda: [],
};

const CAREER: RecapSections = {
  highlights: [
    'Feedback from peers and partners',
    'Skills gaps and support needed',
    'Notes',
    'Decisions',
  ],
  problems: ['Problems and options'],
  actions: [],
  goals: ['Performance against goals'],
  development: ['Development plan progress'],
  agenda: [],
};

/**
 * The sections of a note type for each part: the type's own mapping where it sets one,
 * else the defaults (career defaults for career types). Action items and agenda default
 * to the type's own headings.
 */
export function recapSections(type: NoteType): RecapSections {
  const base = type.career ? CAREER : REGULAR;
  const own = type.recap ?? {};
  const pick = (part: keyof RecapSections, fallback: string[]): string[] => {
    const list = own[part];
    return list && list.length ? [...list] : [...fallback];
  };
  return {
    highlights: pick('highlights', base.highlights),
    problems: pick('problems', base.problems),
    actions: pick('actions', [type.actionItemsHeading]),
    goals: pick('goals', base.goals),
    development: pick('development', base.development),
    agenda: pick('agenda', [type.agendaHeading]),
  };
}

/** A note type's stored recap mapping, keeping only non-empty heading lists; undefined when none. */
export function migrateRecapSections(raw: unknown): Partial<RecapSections> | undefined {
  if (typeof raw !== 'object' || raw === null) return undefined;
  const r = raw as Record<string, unknown>;
  const out: Partial<RecapSections> = {};
  for (const part of RECAP_PARTS) {
    const list = validateHeadingList(r[part]);
    if (list.ok) out[part] = list.value;
  }
  return Object.keys(out).length ? out : undefined;
}

/** Valid recap settings from anything data.json holds. */
export function migrateRecapSettings(raw: unknown): RecapSettings {
  const r = (typeof raw === 'object' && raw !== null ? raw : {}) as Record<string, unknown>;
  const d = DEFAULT_RECAP_SETTINGS;
  return {
    recapSubject: validOr(validateSubject(r.recapSubject), d.recapSubject),
    agendaSubject: validOr(validateSubject(r.agendaSubject), d.agendaSubject),
    recapTemplate: validOr(validateTemplatePath(r.recapTemplate), d.recapTemplate),
    agendaTemplate: validOr(validateTemplatePath(r.agendaTemplate), d.agendaTemplate),
    format: (RECAP_FORMATS as readonly unknown[]).includes(r.format)
      ? (r.format as RecapFormat)
      : d.format,
  };
}
