/** The settings section "Carry-over": closed statuses, forwarding, created dates, private sections. */
import { DEFAULT_SETTINGS } from '../../core/settings/settings';
import {
  splitHeadings,
  validateClosedStatuses,
  validateHeadingList,
} from '../../core/settings/validate';
import { textRow, toggleRow, type SettingsSection } from './rows';

/** Render the "Carry-over" settings; `tasksHint` says how to set up the Tasks plugin, if needed. */
export function displayCarryOverSettings(
  section: SettingsSection,
  tasksHint: () => string | null,
): void {
  const s = section.settings;
  section.heading('Carry-over');
  textRow(section, {
    name: 'Closed statuses',
    desc: 'Task status characters that do not carry over. Every other status is open and carries. Forwarded (>) always counts as closed.',
    text: s.closedStatuses,
    validate: validateClosedStatuses,
    store: (statuses) => {
      s.closedStatuses = statuses;
    },
  });
  toggleRow(section, {
    name: 'Mark carried items as forwarded',
    desc: 'In the previous note, a carried task becomes [>] so it is never counted or carried twice.',
    value: s.markForwarded,
    store: (on) => {
      s.markForwarded = on;
    },
  });
  toggleRow(section, {
    name: 'Add a created date',
    desc: 'Append ➕ and the meeting date to carried tasks that have none, so their age is known.',
    value: s.addCreatedStamp,
    store: (on) => {
      s.addCreatedStamp = on;
    },
  });
  textRow(section, {
    name: 'Private section headings',
    desc: 'Comma-separated. Tasks from these sections only ever go to the private section of the next note.',
    placeholder: DEFAULT_SETTINGS.privateHeadings.join(', '),
    text: s.privateHeadings.join(', '),
    validate: (text) => validateHeadingList(splitHeadings(text)),
    store: (headings) => {
      s.privateHeadings = headings;
    },
    fallback: () => [...DEFAULT_SETTINGS.privateHeadings],
  });
  const hint = tasksHint();
  if (hint) section.row({ name: 'Tasks plugin', desc: hint });
}
