/**
 * The 1:1 note types as a table: two built in (`regular`, `career`) and any number
 * the user adds. Each has a template, an agenda heading, an action items heading, and
 * optionally which of its sections feed which part of the recap.
 */
/** Which sections of a 1:1 note feed which part of the recap and the agenda. */
export interface RecapSections {
  /** Highlights: wins, notes, decisions, feedback. */
  highlights: string[];
  /** Problems with their options, recommendation and decision. */
  problems: string[];
  /** Action items (default: the type's action items heading). */
  actions: string[];
  /** Goals progress (career conversations). */
  goals: string[];
  /** Development plan (career conversations). */
  development: string[];
  /** The agenda (default: the type's agenda heading). */
  agenda: string[];
}

/** The parts of the recap and the agenda that sections of a note feed. */
export const RECAP_PARTS = [
  'highlights',
  'problems',
  'actions',
  'goals',
  'development',
  'agenda',
] as const;

/** A kind of 1:1 note (regular, career conversation, or one the user adds) and how its notes are laid out. */
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
   * the defaults (see `recapSections` in recap-settings.ts).
   */
  recap?: Partial<RecapSections>;
}

/** The built-in template of a regular 1:1 and of the types the user adds. */
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

/** The built-in template of a career conversation. */
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

/** The two types every vault has; their names and headings can be changed, not their ids. */
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

/** A type the user adds: the built-in template, not a career conversation, a 1:1's headings. */
export function newNoteType(id: string, name: string): NoteType {
  return {
    id,
    name,
    template: '',
    career: false,
    agendaHeading: 'Agenda',
    actionItemsHeading: 'Action items',
  };
}

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

/** The note type with this id (a note's `kind`), if there is one. */
export function findType(types: readonly NoteType[], id: string): NoteType | undefined {
  return types.find((t) => t.id === id);
}
