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
  /** How to set up the Tasks plugin (read from its saved settings), or null. */
  tasksHint: () => Promise<string | null>;
}

/** The plugin's settings tab; each section's rows live in its own file. */
export class TouchpointsSettingTab extends PluginSettingTab {
  constructor(private readonly deps: SettingsTabDeps) {
    super(deps.plugin.app, deps.plugin);
  }

  /** Whether the tab is open in the settings window. */
  private shown = false;
  /** The Tasks hint last read; read again each time the tab opens. */
  private tasksHint: string | null = null;

  override display(): void {
    this.shown = true;
    this.render();
    void this.deps.tasksHint().then((hint) => {
      if (hint === this.tasksHint) return;
      this.tasksHint = hint;
      this.refresh();
    });
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
    displayCarryOverSettings(section, () => this.tasksHint);
    displayCadenceSettings(section);
    displayPersonNoteSettings(section);
    displayAccomplishmentsSettings(section);
    displayInNoteSettings(section);
    displayRecapSettings(section);
    displayNoteTypeSettings(section, { app: this.app, redraw: () => this.render() });
  }
}
