/**
 * The `.base` file of "Create 1:1 base" (Obsidian's core Bases, 1.9 and later): a
 * table of every 1:1 note, a view of the 1:1s with the person note that embeds it,
 * and the upcoming meetings. Plain YAML that the user can edit in Bases afterwards.
 */
import { joinPath } from '../shared/paths';

/** The file name of the base, in the folder for new notes. */
export const BASE_FILE_NAME = '1-1s.base';

/** The view a person note embeds: the 1:1s whose `person` links that note. */
export const WITH_THIS_PERSON_VIEW = 'With this person';

/** Where the base goes: the folder for new notes (the vault's root when it is empty). */
export function oneOnOnesBasePath(folder: string): string {
  return joinPath(folder, BASE_FILE_NAME);
}

/**
 * The embed a new person note gets when Bases is enabled and the base exists:
 * `![[One-on-ones/1-1s.base#With this person]]`.
 */
export function withThisPersonEmbed(basePath: string): string {
  return `![[${basePath}#${WITH_THIS_PERSON_VIEW}]]`;
}

/**
 * The base's text. The filter reads `type` as a list so that `type: one-on-one` and
 * `type: [one-on-one, meeting]` both count; `this` in an embedded view is the note
 * that embeds it; a missing `status` means held, so it is never filtered out.
 */
export function oneOnOnesBase(): string {
  const columns = (extra: string[]): string =>
    ['file.name', 'date', ...extra].map((c) => `      - ${c}\n`).join('');
  return (
    '# Made by Touchpoints ("Create 1:1 base"). Edit it freely: Touchpoints never\n' +
    '# writes this file again. Embed the person view in a person note with\n' +
    `# ![[${BASE_FILE_NAME}#${WITH_THIS_PERSON_VIEW}]]\n` +
    'filters:\n' +
    '  and:\n' +
    '    - list(type).contains("one-on-one")\n' +
    'properties:\n' +
    '  file.name:\n' +
    '    displayName: Note\n' +
    '  note.date:\n' +
    '    displayName: Date\n' +
    '  note.person:\n' +
    '    displayName: Person\n' +
    '  note.kind:\n' +
    '    displayName: Kind\n' +
    '  note.status:\n' +
    '    displayName: Status\n' +
    'views:\n' +
    '  - type: table\n' +
    '    name: All 1:1s\n' +
    '    order:\n' +
    columns(['person', 'kind', 'status']) +
    '    sort:\n' +
    '      - property: date\n' +
    '        direction: DESC\n' +
    '  - type: table\n' +
    `    name: ${WITH_THIS_PERSON_VIEW}\n` +
    '    filters:\n' +
    '      and:\n' +
    '        - list(person).contains(this)\n' +
    '    order:\n' +
    columns(['kind', 'status']) +
    '    sort:\n' +
    '      - property: date\n' +
    '        direction: DESC\n' +
    '  - type: table\n' +
    '    name: Upcoming\n' +
    '    filters:\n' +
    '      and:\n' +
    '        - date >= today()\n' +
    '        - status != "cancelled"\n' +
    '        - status != "rescheduled"\n' +
    '    order:\n' +
    columns(['person', 'kind']) +
    '    sort:\n' +
    '      - property: date\n' +
    '        direction: ASC\n'
  );
}
