/**
 * "Create next 1:1", "Create next career conversation", ... and "Prepare next 1:1", ...
 * one per note type, each with a "... with this person" variant for the active 1:1
 * note or person note.
 */
import type { Plugin, TFile } from 'obsidian';
import { findType, typePhrase, type NoteType } from '../../core/settings/note-types';
import { pickerEntries } from '../../core/overview/picker-order';
import { pickerContext, type CommandDeps } from '../command-deps';
import type { PersonRef } from '../../core/people/resolve-person';
import { PersonPickerModal } from './person-picker';
import { pickPersonAndPrepare, preparePerson } from './prepare';
import { whenIndexed } from '../meetings/wait-for-index';

/** The person a note stands for: its meeting's person, or itself as a person note. */
export function personOfFile(deps: CommandDeps, file: TFile | null): PersonRef | null {
  if (!file || file.extension !== 'md') return null;
  const rec = deps.meetings.index.get(file.path);
  if (rec) return { key: rec.personKey };
  if (deps.meetings.isPersonNote(file.path)) return { key: file.path };
  const fm = deps.plugin.app.metadataCache.getFileCache(file)?.frontmatter;
  if (fm && typeof fm.relationship === 'string') return { personPath: file.path };
  return null;
}

/** Open the person picker for a note type (once the index is complete), then create the note. */
export function pickPersonAndCreate(deps: CommandDeps, type: NoteType): void {
  const { meetings, nextNote } = deps;
  whenIndexed(meetings, () => {
    const people = pickerEntries(meetings.index, pickerContext(deps));
    new PersonPickerModal(
      deps.plugin.app,
      people,
      (person) => void nextNote.create(person, type.id),
      `Create next ${typePhrase(type)} with…`,
    ).open();
  });
}

/** Per plugin: the note types whose commands are registered, with the name they use. */
const registered = new WeakMap<Plugin, Map<string, string>>();

/**
 * Keep one pair of commands per note type: register new types, re-register renamed
 * ones (so the palette shows the new name at once) and remove deleted ones. Called at
 * load and after every settings change.
 */
export function registerNoteTypeCommands(deps: CommandDeps): void {
  const { plugin } = deps;
  let done = registered.get(plugin);
  if (!done) registered.set(plugin, (done = new Map<string, string>()));
  const types = deps.settings().noteTypes;
  for (const [id, name] of done) {
    if (types.some((t) => t.id === id && t.name === name)) continue;
    plugin.removeCommand(`create-next-${id}`);
    plugin.removeCommand(`create-next-${id}-with-this-person`);
    plugin.removeCommand(`prepare-next-${id}`);
    plugin.removeCommand(`prepare-next-${id}-with-this-person`);
    done.delete(id);
  }
  for (const type of types) {
    if (done.has(type.id)) continue;
    done.set(type.id, type.name);
    const id = type.id;
    const current = (): NoteType | undefined => findType(deps.settings().noteTypes, id);
    plugin.addCommand({
      id: `create-next-${id}`,
      name: `Create next ${typePhrase(type)}`,
      checkCallback: (checking) => {
        const t = current();
        if (!t) return false;
        if (!checking) pickPersonAndCreate(deps, t);
        return true;
      },
    });
    plugin.addCommand({
      id: `create-next-${id}-with-this-person`,
      name: `Create next ${typePhrase(type)} with this person`,
      checkCallback: (checking) => {
        const t = current();
        const person = t ? personOfFile(deps, plugin.app.workspace.getActiveFile()) : null;
        if (!t || !person) return false;
        if (!checking) void deps.nextNote.create(person, t.id);
        return true;
      },
    });
    registerPrepareCommands(deps, type, current);
  }
}

/** "Prepare next <type>" and "... with this person" for one note type. */
function registerPrepareCommands(
  deps: CommandDeps,
  type: NoteType,
  current: () => NoteType | undefined,
): void {
  const { plugin } = deps;
  plugin.addCommand({
    id: `prepare-next-${type.id}`,
    name: `Prepare next ${typePhrase(type)}`,
    checkCallback: (checking) => {
      const t = current();
      if (!t) return false;
      if (!checking) pickPersonAndPrepare(deps, t);
      return true;
    },
  });
  plugin.addCommand({
    id: `prepare-next-${type.id}-with-this-person`,
    name: `Prepare next ${typePhrase(type)} with this person`,
    checkCallback: (checking) => {
      const t = current();
      const person = t ? personOfFile(deps, plugin.app.workspace.getActiveFile()) : null;
      if (!t || !person) return false;
      if (!checking) preparePerson(deps, person, t);
      return true;
    },
  });
}

/** "Undo last carry-over": available while the last creation can be undone. */
export function registerUndoCommand(deps: CommandDeps): void {
  deps.plugin.addCommand({
    id: 'undo-last-carry-over',
    name: 'Undo last carry-over',
    checkCallback: (checking) => {
      if (!deps.nextNote.canUndo()) return false;
      if (!checking) void deps.nextNote.undo();
      return true;
    },
  });
}
