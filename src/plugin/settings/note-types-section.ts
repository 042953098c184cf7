/** The settings section "Note types": each type's name, template, career flag and headings; add and remove types. */
import type { App } from 'obsidian';
import { newNoteType, type NoteType } from '../../core/settings/note-types';
import {
  validateHeading,
  validateNewTypeId,
  validateTemplatePath,
  validateTypeName,
} from '../../core/settings/validate';
import { NoteSuggest } from './note-suggest';
import { textRow, toggleRow, type SettingsSection } from './rows';

/** What the note types section needs beyond the settings: the app, and drawing the tab again. */
export interface NoteTypesDeps {
  app: App;
  /** Draw the whole tab again, after a type was added or removed. */
  redraw: () => void;
}

function displayType(section: SettingsSection, type: NoteType, deps: NoteTypesDeps): void {
  const s = section.settings;
  const builtIn = type.id === 'regular' || type.id === 'career';
  section.row({
    name: type.name,
    desc: `Id ${type.id}${builtIn ? ' (built in)' : ''}. Written to the kind property of its notes.`,
    cls: 'touchpoints-type-heading',
    controls: (head) => {
      if (builtIn) return;
      head.addExtraButton((b) =>
        b
          .setIcon('trash')
          .setTooltip('Remove this note type')
          .onClick(async () => {
            s.noteTypes = s.noteTypes.filter((t) => t.id !== type.id);
            await section.save();
            deps.redraw();
          }),
      );
    },
  });
  textRow(section, {
    name: 'Name',
    text: type.name,
    validate: validateTypeName,
    store: (name) => {
      type.name = name;
    },
  });
  textRow(
    section,
    {
      name: 'Template',
      desc: 'A note to use as the template; empty for the built-in one. A template with <% %> commands runs through the Templater plugin.',
      placeholder: 'Templates/1-1.md',
      text: type.template,
      validate: validateTemplatePath,
      store: (path) => {
        type.template = path;
      },
    },
    (template) =>
      new NoteSuggest(deps.app, template.inputEl, (path) => {
        type.template = path;
        void section.save();
      }),
  );
  toggleRow(section, {
    name: 'Counts as a career conversation',
    value: type.career,
    store: (on) => {
      type.career = on;
    },
  });
  for (const key of ['agendaHeading', 'actionItemsHeading'] as const) {
    textRow(section, {
      name: key === 'agendaHeading' ? 'Agenda heading' : 'Action items heading',
      text: type[key],
      validate: validateHeading,
      store: (heading) => {
        type[key] = heading;
      },
    });
  }
}

/** Render the "Note types" settings: one block per type, then a field to add one. */
export function displayNoteTypeSettings(section: SettingsSection, deps: NoteTypesDeps): void {
  const s = section.settings;
  section.heading('Note types');
  for (const type of s.noteTypes) displayType(section, type, deps);
  let newName = '';
  section.row({
    name: 'Add a note type',
    desc: 'For example skip-level or mentoring. It gets its own commands.',
    controls: (setting) => {
      setting
        .addText((t) => t.setPlaceholder('Skip-level').onChange((v) => (newName = v.trim())))
        .addButton((b) =>
          b.setButtonText('Add').onClick(async () => {
            const id = validateNewTypeId(newName, s.noteTypes);
            if (!id.ok) return;
            s.noteTypes.push(newNoteType(id.value, newName));
            await section.save();
            deps.redraw();
          }),
        );
    },
  });
}
