/**
 * The 1:1 note types as a table: two built in (`regular`, `career`) and any number
 * the user adds. Each has a template, an agenda heading and an action items heading.
 */
import type { RecapSections } from './recap-settings';

export interface NoteType {
  /** Stable id, written to the `kind` property of a note. */
  id: string;
  /** Display name: "1:1", "Career conversation". */
  name: string;
  /** Vault path of a template note, or empty for the built-in template. */
  template: string;
  /** Whether a meeting of this type counts as a career conversation. */
  career: boolean;
  agendaHeading: string;
  actionItemsHeading: string;
  /**
   * Which sections feed which part of the recap and the agenda; a part left out uses
   * the defaults (see `recapSections` in recap-config.ts).
   */
  recap?: Partial<RecapSections>;
}

export const REGULAR_TEMPLATE = `## How I'm really doing

## Wins since last time

## Agenda

## Problems and options
<!-- One problem per block: three options with pros and cons, then your recommendation. -->

## Feedback

## Action items

## Notes

## Private
`;

export const CAREER_TEMPLATE = `## Performance against goals
![[{{person-note}}#Goals]]

## Development plan progress
![[{{person-note}}#Development plan]]

## Feedback from peers and partners

## Skills gaps and support needed

## Agenda

## Actions until next time

## Private
`;

export const BUILT_IN_TYPES: readonly NoteType[] = [
  {
    id: 'regular',
    name: '1:1',
    template: '',
    career: false,
    agendaHeading: 'Agenda',
    actionItemsHeading: 'Action items',
  },
  {
    id: 'career',
    name: 'Career conversation',
    template: '',
    career: true,
    agendaHeading: 'Agenda',
    actionItemsHeading: 'Actions until next time',
  },
];

/** The built-in template text of a type: regular's for user-defined types. */
export function builtInTemplate(type: NoteType): string {
  return type.id === 'career' ? CAREER_TEMPLATE : REGULAR_TEMPLATE;
}

/** A note type id made from a name: lower case, words joined by dashes. */
export function typeIdFromName(name: string): string {
  return name
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** The verb phrase for a type in command names: "1:1", "career conversation", "skip-level". */
export function typePhrase(type: NoteType): string {
  return /^\d/.test(type.name) ? type.name : type.name.charAt(0).toLowerCase() + type.name.slice(1);
}

export function findType(types: readonly NoteType[], id: string): NoteType | undefined {
  return types.find((t) => t.id === id);
}
