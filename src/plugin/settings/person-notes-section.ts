/** The settings section "Person notes": the headings of topics, goals and the development plan. */
import { validateHeading } from '../../core/settings/validate';
import { textRow, type SettingsSection } from './rows';

type PersonNoteHeading = 'topicsHeading' | 'goalsHeading' | 'developmentPlanHeading';

const HEADINGS: ReadonlyArray<{ key: PersonNoteHeading; name: string; desc: string }> = [
  {
    key: 'topicsHeading',
    name: 'Topics heading',
    desc: 'Topics queued here move into the agenda of the next 1:1.',
  },
  {
    key: 'goalsHeading',
    name: 'Goals heading',
    desc: 'The section of a person note that holds goals.',
  },
  {
    key: 'developmentPlanHeading',
    name: 'Development plan heading',
    desc: 'The section of a person note that holds the development plan.',
  },
];

/** Render the "Person notes" settings: an empty heading is not stored. */
export function displayPersonNoteSettings(section: SettingsSection): void {
  const s = section.settings;
  section.heading('Person notes');
  for (const { key, name, desc } of HEADINGS) {
    textRow(section, {
      name,
      desc,
      text: s[key],
      validate: validateHeading,
      store: (heading) => {
        s[key] = heading;
      },
    });
  }
}
