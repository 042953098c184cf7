/**
 * The settings tab: every setting, in sentence case, one section after another. On
 * Obsidian 1.13 and later the sections are given as setting definitions, so Obsidian
 * renders them and its settings search finds them; before 1.13, display() draws the same
 * sections (settings-sinks.ts).
 */
import {
  PluginSettingTab,
  requireApiVersion,
  type Plugin,
  type SettingDefinitionItem,
} from 'obsidian';
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
import { definedSection, drawnSection } from './settings-sinks';

/** What the settings tab needs from the plugin. */
export interface SettingsTabDeps {
  plugin: Plugin;
  settings: () => TouchpointsSettings;
  /** Save, then let the plugin react (new note types get their commands). */
  save: () => Promise<void>;
  /** How to set up the Tasks plugin (read from its saved settings), or null. */
  tasksHint: () => Promise<string | null>;
}

/**
 * Whether the running app takes setting definitions (Obsidian 1.13 and later): its
 * version, and its PluginSettingTab having the methods.
 */
export function appTakesSettingDefinitions(): boolean {
  const base = PluginSettingTab.prototype as Partial<
    Record<'getSettingDefinitions' | 'update', unknown>
  >;
  return (
    requireApiVersion('1.13.0') &&
    typeof base.getSettingDefinitions === 'function' &&
    typeof base.update === 'function'
  );
}

/** The plugin's settings tab; each section's rows live in its own file. */
export class TouchpointsSettingTab extends PluginSettingTab {
  /** Whether display() drew the tab and it is open. */
  private shown = false;
  /** The Tasks hint last read; read again each time the tab is drawn or defined. */
  private tasksHint: string | null = null;

  constructor(private readonly deps: SettingsTabDeps) {
    super(deps.plugin.app, deps.plugin);
  }

  /** Obsidian 1.13+: the sections as definitions (rendered and searched by Obsidian). */
  override getSettingDefinitions(): SettingDefinitionItem[] {
    if (!appTakesSettingDefinitions()) return [];
    const section = definedSection(this.deps.settings(), () => this.deps.save());
    this.build(section);
    this.readTasksHint();
    return section.items;
  }

  /** Before Obsidian 1.13: draw the same sections. */
  override display(): void {
    this.shown = true;
    this.render();
    this.readTasksHint();
  }

  override hide(): void {
    this.shown = false;
    super.hide();
  }

  /** Show the settings again (they changed elsewhere, or a note type came or went). */
  refresh(): void {
    if (this.shown) this.render();
    else if (requireApiVersion('1.13.0') && appTakesSettingDefinitions()) this.update();
  }

  private readTasksHint(): void {
    void this.deps.tasksHint().then((hint) => {
      if (hint === this.tasksHint) return;
      this.tasksHint = hint;
      this.refresh();
    });
  }

  private render(): void {
    const { containerEl } = this;
    containerEl.empty();
    this.build(drawnSection(containerEl, this.deps.settings(), () => this.deps.save()));
  }

  private build(section: SettingsSection): void {
    displayNewNoteSettings(section);
    displayCarryOverSettings(section, () => this.tasksHint);
    displayCadenceSettings(section);
    displayPersonNoteSettings(section);
    displayAccomplishmentsSettings(section);
    displayInNoteSettings(section);
    displayRecapSettings(section);
    displayNoteTypeSettings(section, { app: this.app, redraw: () => this.refresh() });
  }
}
