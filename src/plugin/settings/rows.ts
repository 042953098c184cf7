/** The rows the settings sections are made of: what a section adds rows to, a text field, a toggle. */
import type { Setting, TextComponent } from 'obsidian';
import type { TouchpointsSettings } from '../../core/settings/settings';
import type { Result } from '../../core/shared/result';

/** One row: its name and description (what settings search finds) and its controls. */
export interface RowSpec {
  name: string;
  desc?: string;
  /** A class on the row, for rows that head a block (a note type). */
  cls?: string;
  /** Add the row's controls; the name and description are set already. */
  controls?: (setting: Setting) => void;
}

/**
 * What a settings section adds its rows to, the settings it edits, and how to save
 * them. Two kinds (settings-sinks.ts): rows drawn at once into the tab (display(),
 * before Obsidian 1.13) or collected as setting definitions (1.13 and later).
 */
export interface SettingsSection {
  settings: TouchpointsSettings;
  save: () => Promise<void>;
  /** Start a section with a heading. */
  heading(name: string): void;
  row(spec: RowSpec): void;
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
export function textRow<T>(
  section: SettingsSection,
  row: TextRow<T>,
  /** Called with the field once it exists (to attach a suggester). */
  onField?: (field: TextComponent) => void,
): void {
  section.row({
    name: row.name,
    desc: row.desc,
    controls: (setting) => {
      setting.addText((t) => {
        if (row.placeholder !== undefined) t.setPlaceholder(row.placeholder);
        t.setValue(row.text).onChange(async (text) => {
          const result = row.validate(text);
          if (result.ok) row.store(result.value);
          else if (row.fallback) row.store(row.fallback());
          else return;
          await section.save();
        });
        onField?.(t);
      });
    },
  });
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
  section.row({
    name: row.name,
    desc: row.desc,
    controls: (setting) => {
      setting.addToggle((t) =>
        t.setValue(row.value).onChange(async (value) => {
          row.store(value);
          await section.save();
        }),
      );
    },
  });
}
