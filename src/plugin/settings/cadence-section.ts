/**
 * The settings section "Cadence": days between 1:1s, the career window, the status bar,
 * the reminder to prepare.
 */
import { DEFAULT_SETTINGS } from '../../core/settings/settings';
import { validateCadenceDays, validateCareerCadence } from '../../core/settings/validate';
import { textRow, toggleRow, type SettingsSection } from './rows';

/** Render the "Cadence" settings. */
export function displayCadenceSettings(section: SettingsSection): void {
  const s = section.settings;
  section.heading('Cadence');
  textRow(section, {
    name: 'Regular 1:1 every (days)',
    desc: 'Used when a person note has no cadence property.',
    placeholder: String(DEFAULT_SETTINGS.defaultCadence),
    text: String(s.defaultCadence),
    validate: (text) => validateCadenceDays(Number(text)),
    store: (days) => {
      s.defaultCadence = days;
    },
  });
  textRow(section, {
    name: 'Career conversation window (days)',
    desc: 'A range like 28-42. Used when a person note has no career-cadence property.',
    placeholder: DEFAULT_SETTINGS.defaultCareerCadence.join('-'),
    text: s.defaultCareerCadence.join('-'),
    validate: validateCareerCadence,
    store: (range) => {
      s.defaultCareerCadence = range;
    },
  });
  toggleRow(section, {
    name: 'Show 1:1s due in the status bar',
    desc: 'On desktop: "1:1s due: N" counts the people whose regular 1:1 is overdue, due within two days, or not held yet. Click it to open the 1:1 sidebar.',
    value: s.showStatusBar,
    store: (on) => {
      s.showStatusBar = on;
    },
  });
  toggleRow(section, {
    name: 'Remind me to prepare 1:1s',
    desc: 'Once a day, the first time Obsidian is in use: a notice naming the 1:1s of today and tomorrow whose agenda is still empty, each with a button to prepare it.',
    value: s.prepareReminder,
    store: (on) => {
      s.prepareReminder = on;
    },
  });
}
