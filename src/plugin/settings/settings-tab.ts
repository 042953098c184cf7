/** The settings tab: every setting, in sentence case, one section after another. */
import { PluginSettingTab, type Plugin } from 'obsidian';
import type { TouchpointsSettings } from '../../core/settings/settings';
import { displayAccomplishmentsSettings } from './accomplishments-section';
import { displayCadenceSettings } from './cadence-section';
import { displayCarryOverSettings } from './carry-over-section';
import { displayRecapSettings } from './email-section';
import { displayInNoteSettings } from './in-note-section';
import { displayNewNoteSettings } from './new-notes-section';
import { displayNoteTypeSettings } from './note-types-section';
import { displayPersonNoteSettings } from './person-notes-section';
import type { SettingsSection } from './rows';

/** What the settings tab needs from the plugin. */
export interface SettingsTabDeps {
  plugin: Plugin;
  settings: () => TouchpointsSettings;
  /** Save, then let the plugin react (new note types get their commands). */
  save: () => Promise<void>;
  /** A hint about the Tasks plugin, or null. */
  tasksHint: () => string | null;
}

/** The plugin's settings tab; each section's rows live in its own file. */
export class TouchpointsSettingTab extends PluginSettingTab {
  constructor(private readonly deps: SettingsTabDeps) {
    super(deps.plugin.app, deps.plugin);
  }

  /** Whether the tab is open in the settings window. */
  private shown = false;

  override display(): void {
    this.shown = true;
    this.render();
  }

  override hide(): void {
    this.shown = false;
    super.hide();
  }

  /** Redraw the tab if it is open (the settings changed elsewhere). */
  refresh(): void {
    if (this.shown) this.render();
  }

  private render(): void {
    const { containerEl } = this;
    containerEl.empty();
    const section: SettingsSection = {
      containerEl,
      settings: this.deps.settings(),
      save: () => this.deps.save(),
    };
    displayNewNoteSettings(section);
    displayCarryOverSettings(section, this.deps.tasksHint);
    displayCadenceSettings(section);
    displayPersonNoteSettings(section);
    displayAccomplishmentsSettings(section);
    displayInNoteSettings(section);
    displayRecapSettings(section);
    displayNoteTypeSettings(section, { app: this.app, redraw: () => this.render() });
  }
}
