/**
 * The two kinds of SettingsSection: rows drawn at once into the tab's element (the
 * tab's display(), on Obsidian before 1.13) and rows collected as setting definitions
 * (Obsidian 1.13 and later renders them itself and finds them in its settings search).
 * The sections are written once, against SettingsSection, and feed both.
 */
import {
  Setting,
  type SettingDefinitionGroup,
  type SettingDefinitionItem,
  type SettingDefinitionRender,
} from 'obsidian';
import type { TouchpointsSettings } from '../../core/settings/settings';
import type { RowSpec, SettingsSection } from './rows';

/** A section that draws each row into `containerEl` as it is added. */
export function drawnSection(
  containerEl: HTMLElement,
  settings: TouchpointsSettings,
  save: () => Promise<void>,
): SettingsSection {
  return {
    settings,
    save,
    heading: (name) => {
      new Setting(containerEl).setName(name).setHeading();
    },
    row: ({ name, desc, cls, controls }: RowSpec) => {
      const setting = new Setting(containerEl).setName(name);
      if (desc !== undefined) setting.setDesc(desc);
      if (cls !== undefined) setting.setClass(cls);
      controls?.(setting);
    },
  };
}

/** A section that collects its rows as setting definitions, one group per heading. */
export function definedSection(
  settings: TouchpointsSettings,
  save: () => Promise<void>,
): SettingsSection & { items: SettingDefinitionItem[] } {
  const items: SettingDefinitionItem[] = [];
  let group: SettingDefinitionGroup | null = null;
  return {
    settings,
    save,
    items,
    heading: (name) => {
      group = { type: 'group', heading: name, items: [] };
      items.push(group);
    },
    row: ({ name, desc, cls, controls }: RowSpec) => {
      // Obsidian sets the name and description from the definition; setting them again
      // inside render makes it rebuild the tab.
      const definition: SettingDefinitionRender = {
        name,
        render: (setting) => {
          if (cls !== undefined) setting.setClass(cls);
          controls?.(setting);
        },
      };
      if (desc !== undefined) definition.desc = desc;
      if (group) (group.items ??= []).push(definition);
      else items.push(definition);
    },
  };
}
