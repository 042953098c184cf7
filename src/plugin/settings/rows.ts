/** The rows the settings sections are made of: a section heading, a text field, a toggle. */
import { Setting, type TextComponent } from 'obsidian';
import type { TouchpointsSettings } from '../../core/settings/settings';
import type { Result } from '../../core/shared/result';

/** What a settings section draws into, the settings it edits, and how to save them. */
export interface SettingsSection {
  containerEl: HTMLElement;
  settings: TouchpointsSettings;
  save: () => Promise<void>;
}

/** The heading of a section. */
export function headingRow(containerEl: HTMLElement, name: string): void {
  new Setting(containerEl).setName(name).setHeading();
}

/** A text field whose input goes through a validator from core before it is stored. */
export interface TextRow<T> {
  name: string;
  desc?: string;
  placeholder?: string;
  /** The text the field shows. */
  text: string;
  /** Turns the typed text into a valid value or says what is wrong. */
  validate: (text: string) => Result<T>;
  /** Stores a valid value in the settings. */
  store: (value: T) => void;
  /** Stored (and saved) instead of invalid input; without it, invalid input changes nothing. */
  fallback?: () => T;
}

/** Add a text row; a valid or fallback value is stored and saved on every change. */
export function textRow<T>(section: SettingsSection, row: TextRow<T>): TextComponent {
  const setting = new Setting(section.containerEl).setName(row.name);
  if (row.desc !== undefined) setting.setDesc(row.desc);
  let field: TextComponent | undefined;
  setting.addText((t) => {
    field = t;
    if (row.placeholder !== undefined) t.setPlaceholder(row.placeholder);
    t.setValue(row.text).onChange(async (text) => {
      const result = row.validate(text);
      if (result.ok) row.store(result.value);
      else if (row.fallback) row.store(row.fallback());
      else return;
      await section.save();
    });
  });
  return field!;
}

/** A toggle: stored and saved on every change. */
export interface ToggleRow {
  name: string;
  desc?: string;
  value: boolean;
  /** Stores the new value in the settings. */
  store: (value: boolean) => void;
}

/** Add a toggle row. */
export function toggleRow(section: SettingsSection, row: ToggleRow): void {
  const setting = new Setting(section.containerEl).setName(row.name);
  if (row.desc !== undefined) setting.setDesc(row.desc);
  setting.addToggle((t) =>
    t.setValue(row.value).onChange(async (value) => {
      row.store(value);
      await section.save();
    }),
  );
}
