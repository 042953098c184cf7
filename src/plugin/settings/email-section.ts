/**
 * The settings section "Recap and agenda": subjects, template notes, and for each note
 * type which sections feed which part.
 */
import type { NoteType, RecapSections } from '../../core/settings/note-types';
import { DEFAULT_RECAP_SETTINGS, recapSections } from '../../core/settings/recap-settings';
import {
  splitHeadings,
  validateHeadingList,
  validateSubject,
  validateTemplatePath,
} from '../../core/settings/validate';
import type { Result } from '../../core/shared/result';
import { textRow, type SettingsSection } from './rows';

const PARTS: ReadonlyArray<{ part: keyof RecapSections; name: string; career?: boolean }> = [
  { part: 'highlights', name: 'Highlights' },
  { part: 'problems', name: 'Problems' },
  { part: 'actions', name: 'Action items' },
  { part: 'goals', name: 'Goals progress', career: true },
  { part: 'development', name: 'Development plan', career: true },
  { part: 'agenda', name: 'Agenda' },
];

/** Set (or with no headings, remove) a type's own sections for one part of the recap. */
function setTypeSections(type: NoteType, part: keyof RecapSections, headings: string[]): void {
  const next: Partial<RecapSections> = { ...type.recap };
  if (headings.length) next[part] = headings;
  else delete next[part];
  if (Object.keys(next).length) type.recap = next;
  else delete type.recap;
}

function displayTypeSections(section: SettingsSection, type: NoteType): void {
  const current = recapSections(type);
  section.row({
    name: `Sections of a ${type.name === '1:1' ? '1:1' : type.name.toLowerCase()}`,
    desc: 'Comma-separated headings of the note that feed each part. Empty: the default.',
    cls: 'touchpoints-type-heading',
  });
  for (const { part, name, career } of PARTS) {
    if (career && !type.career) continue;
    textRow(section, {
      name,
      placeholder: current[part].join(', '),
      text: type.recap?.[part]?.join(', ') ?? '',
      validate: (text) => validateHeadingList(splitHeadings(text)),
      store: (headings) => setTypeSections(type, part, headings),
      fallback: () => [],
    });
  }
}

const SUBJECT_HELP =
  '{{person}}, {{date}} (in your language), {{date:<pattern>}} and {{type}} are filled in.';
const TEMPLATE_HELP =
  'A note whose text lays out the email instead of the built-in layout, with placeholders such as {{first-name}}, {{opener}}, {{highlights}}, {{my-actions}}, {{their-actions}}, {{next-meeting}} or {{section:<heading>}}. Empty: the built-in layout.';

const TEXTS: ReadonlyArray<{
  key: 'recapSubject' | 'agendaSubject' | 'recapTemplate' | 'agendaTemplate';
  name: string;
  desc: string;
  validate: (text: string) => Result<string>;
}> = [
  { key: 'recapSubject', name: 'Recap subject', desc: SUBJECT_HELP, validate: validateSubject },
  { key: 'agendaSubject', name: 'Agenda subject', desc: SUBJECT_HELP, validate: validateSubject },
  {
    key: 'recapTemplate',
    name: 'Recap template',
    desc: TEMPLATE_HELP,
    validate: validateTemplatePath,
  },
  {
    key: 'agendaTemplate',
    name: 'Agenda template',
    desc: TEMPLATE_HELP,
    validate: validateTemplatePath,
  },
];

/** Render the "Recap and agenda" settings: an empty subject or template is the default. */
export function displayRecapSettings(section: SettingsSection): void {
  const s = section.settings;
  section.heading('Recap and agenda');
  for (const { key, name, desc, validate } of TEXTS) {
    const fallback = DEFAULT_RECAP_SETTINGS[key];
    textRow(section, {
      name,
      desc,
      placeholder: fallback,
      text: s.recap[key],
      validate,
      store: (text) => {
        s.recap[key] = text;
      },
      fallback: () => fallback,
    });
  }
  for (const type of s.noteTypes) displayTypeSections(section, type);
}
