/** The settings section "Accomplishments": which sections count as wins and feedback, the note's name. */
import { DEFAULT_SETTINGS } from '../../core/settings/settings';
import {
  splitHeadings,
  validateHeadingList,
  validateNamePattern,
} from '../../core/settings/validate';
import { textRow, type SettingsSection } from './rows';

const LISTS: ReadonlyArray<{
  key: 'winHeadings' | 'feedbackHeadings';
  name: string;
  desc: string;
}> = [
  {
    key: 'winHeadings',
    name: 'Wins sections',
    desc: 'Comma-separated headings of 1:1 notes whose bullets count as wins.',
  },
  {
    key: 'feedbackHeadings',
    name: 'Feedback sections',
    desc: 'Comma-separated headings of 1:1 notes whose bullets count as feedback received.',
  },
];

/** Render the "Accomplishments" settings: an empty list of sections is not stored. */
export function displayAccomplishmentsSettings(section: SettingsSection): void {
  const s = section.settings;
  section.heading('Accomplishments');
  for (const { key, name, desc } of LISTS) {
    textRow(section, {
      name,
      desc,
      text: s[key].join(', '),
      validate: (text) => validateHeadingList(splitHeadings(text)),
      store: (headings) => {
        s[key] = headings;
      },
    });
  }
  textRow(section, {
    name: 'Accomplishments note name',
    desc: '{{period}} becomes 2026-Q3, 2026-H2 or 2026; for one person " - <person>" is added unless the name has {{person}}.',
    placeholder: DEFAULT_SETTINGS.accomplishmentsFileName,
    text: s.accomplishmentsFileName,
    validate: validateNamePattern,
    store: (pattern) => {
      s.accomplishmentsFileName = pattern;
    },
    fallback: () => DEFAULT_SETTINGS.accomplishmentsFileName,
  });
}
