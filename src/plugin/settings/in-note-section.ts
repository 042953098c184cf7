/** The settings section "Inside 1:1 notes": aging badges and the #1on1 option. */
import { ordinal } from '../../core/shared/date-format';
import { validateAgingThreshold } from '../../core/settings/validate';
import { toggleRow, type SettingsSection } from './rows';

/** Render the "Inside 1:1 notes" settings. */
export function displayInNoteSettings(section: SettingsSection): void {
  const s = section.settings;
  section.heading('Inside 1:1 notes');
  toggleRow(section, {
    name: 'Show the age of action items',
    desc: 'In 1:1 notes, an open item with a created date shows in which meeting it is since it was raised.',
    value: s.agingBadges,
    store: (on) => {
      s.agingBadges = on;
    },
  });
  section.row({
    name: 'Warn from the meeting',
    desc: 'From this meeting on, the age becomes a warning: do it, delegate it, or drop it.',
    controls: (setting) => {
      setting.addDropdown((d) => {
        for (let n = 2; n <= 8; n++) d.addOption(String(n), ordinal(n));
        d.setValue(String(s.agingThreshold)).onChange(async (v) => {
          const threshold = validateAgingThreshold(Number(v));
          if (!threshold.ok) return;
          s.agingThreshold = threshold.value;
          await section.save();
        });
      });
    },
  });
  toggleRow(section, {
    name: 'Offer #1on1 items as topics',
    desc: "List items anywhere in the vault tagged #1on1 that link a person are offered for the agenda when that person's next note is created.",
    value: s.tagTopics,
    store: (on) => {
      s.tagTopics = on;
    },
  });
}
