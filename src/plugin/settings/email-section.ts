/**
 * The settings section "Recap and agenda": subjects, template notes, and for each note
 * type which sections feed which part.
 */
import { Setting } from 'obsidian';
import { recapSections } from '../../core/settings/recap-settings';
import type { NoteType, RecapSections } from '../../core/settings/note-types';
import type { TouchpointsSettings } from '../../core/settings/settings';

const PARTS: ReadonlyArray<{ part: keyof RecapSections; name: string; career?: boolean }> = [
  { part: 'highlights', name: 'Highlights' },
  { part: 'problems', name: 'Problems' },
  { part: 'actions', name: 'Action items' },
  { part: 'goals', name: 'Goals progress', career: true },
  { part: 'development', name: 'Development plan', career: true },
  { part: 'agenda', name: 'Agenda' },
];

const headings = (v: string): string[] =>
  v
    .split(',')
    .map((x) => x.trim())
    .filter(Boolean);

function displayTypeSections(
  containerEl: HTMLElement,
  type: NoteType,
  save: () => Promise<void>,
): void {
  const current = recapSections(type);
  new Setting(containerEl)
    .setName(`Sections of a ${type.name === '1:1' ? '1:1' : type.name.toLowerCase()}`)
    .setDesc('Comma-separated headings of the note that feed each part. Empty: the default.')
    .setClass('touchpoints-type-heading');
  for (const { part, name, career } of PARTS) {
    if (career && !type.career) continue;
    new Setting(containerEl).setName(name).addText((t) =>
      t
        .setPlaceholder(current[part].join(', '))
        .setValue(type.recap?.[part]?.join(', ') ?? '')
        .onChange(async (v) => {
          const list = headings(v);
          const next: Partial<RecapSections> = { ...type.recap };
          if (list.length) next[part] = list;
          else delete next[part];
          if (Object.keys(next).length) type.recap = next;
          else delete type.recap;
          await save();
        }),
    );
  }
}

/** Render the "Recap and agenda" settings into `containerEl`. */
export function displayRecapSettings(
  containerEl: HTMLElement,
  s: TouchpointsSettings,
  save: () => Promise<void>,
): void {
  new Setting(containerEl).setName('Recap and agenda').setHeading();
  const text = (
    name: string,
    desc: string,
    key: 'recapSubject' | 'agendaSubject' | 'recapTemplate' | 'agendaTemplate',
    fallback: string,
  ): void => {
    new Setting(containerEl)
      .setName(name)
      .setDesc(desc)
      .addText((t) =>
        t
          .setPlaceholder(fallback)
          .setValue(s.recap[key])
          .onChange(async (v) => {
            s.recap[key] = v.trim() || fallback;
            await save();
          }),
      );
  };
  const subjectHelp =
    '{{person}}, {{date}} (in your language), {{date:<pattern>}} and {{type}} are filled in.';
  text('Recap subject', subjectHelp, 'recapSubject', '1:1 recap: {{person}}, {{date}}');
  text('Agenda subject', subjectHelp, 'agendaSubject', '1:1 agenda: {{person}}, {{date}}');
  const templateHelp =
    'A note whose text lays out the email instead of the built-in layout, with placeholders such as {{first-name}}, {{opener}}, {{highlights}}, {{my-actions}}, {{their-actions}}, {{next-meeting}} or {{section:<heading>}}. Empty: the built-in layout.';
  text('Recap template', templateHelp, 'recapTemplate', '');
  text('Agenda template', templateHelp, 'agendaTemplate', '');
  for (const type of s.noteTypes) displayTypeSections(containerEl, type, save);
}
