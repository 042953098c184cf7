/** The settings section "Inside 1:1 notes": aging badges and the #1on1 option. */
import { Setting } from 'obsidian';
import { ordinal } from '../../core/shared/date-format';
import type { TouchpointsSettings } from '../../core/settings/settings';

export function displayInNoteSettings(
  containerEl: HTMLElement,
  s: TouchpointsSettings,
  save: () => Promise<void>,
): void {
  new Setting(containerEl).setName('Inside 1:1 notes').setHeading();
  new Setting(containerEl)
    .setName('Show the age of action items')
    .setDesc(
      'In 1:1 notes, an open item with a created date shows in which meeting it is since it was raised.',
    )
    .addToggle((t) =>
      t.setValue(s.agingBadges).onChange(async (v) => {
        s.agingBadges = v;
        await save();
      }),
    );
  new Setting(containerEl)
    .setName('Warn from the meeting')
    .setDesc('From this meeting on, the age becomes a warning: do it, delegate it, or drop it.')
    .addDropdown((d) => {
      for (let n = 2; n <= 8; n++) d.addOption(String(n), ordinal(n));
      d.setValue(String(s.agingThreshold)).onChange(async (v) => {
        s.agingThreshold = Number(v);
        await save();
      });
    });
  new Setting(containerEl)
    .setName('Offer #1on1 items as topics')
    .setDesc(
      "List items anywhere in the vault tagged #1on1 that link a person are offered for the agenda when that person's next note is created.",
    )
    .addToggle((t) =>
      t.setValue(s.tagTopics).onChange(async (v) => {
        s.tagTopics = v;
        await save();
      }),
    );
}
