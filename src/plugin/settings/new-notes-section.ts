/** The settings section "New notes": the folder of new notes and their file name pattern. */
import { DEFAULT_SETTINGS } from '../../core/settings/settings';
import { validateFolder, validateNamePattern } from '../../core/settings/validate';
import { textRow, type SettingsSection } from './rows';

/** Render the "New notes" settings. */
export function displayNewNoteSettings(section: SettingsSection): void {
  const s = section.settings;
  section.heading('New notes');
  textRow(section, {
    name: 'Folder',
    desc: 'New 1:1 notes go to <folder>/<person>/, and so do new person notes.',
    placeholder: DEFAULT_SETTINGS.folder,
    text: s.folder,
    validate: validateFolder,
    store: (folder) => {
      s.folder = folder;
    },
    fallback: () => DEFAULT_SETTINGS.folder,
  });
  textRow(section, {
    name: 'File name',
    desc: 'Pattern for new note names: {{date}}, {{person}}, {{type}} and {{date:<pattern>}} with a date-fns pattern.',
    placeholder: DEFAULT_SETTINGS.fileNamePattern,
    text: s.fileNamePattern,
    validate: validateNamePattern,
    store: (pattern) => {
      s.fileNamePattern = pattern;
    },
    fallback: () => DEFAULT_SETTINGS.fileNamePattern,
  });
}
