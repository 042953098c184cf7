/**
 * What adopting existing 1:1 notes works with: the candidate notes as the metadata
 * cache (or the command line's reader) gives them, what the vault knows, and what the
 * search found: the notes it would adopt and the notes it skipped, with the reason.
 */
import type { IsoDate } from '../shared/dates';
import type { PersonNoteRef } from '../people/match-person';

/** One note that might be a 1:1 note: its path, frontmatter and tags (no text). */
export interface CandidateNote {
  path: string;
  frontmatter: Record<string, unknown> | null | undefined;
  /** The tags of its body, as the metadata cache lists them (`#career`), if known. */
  tags?: readonly string[];
}

/** The vault's property types (`<configDir>/types.json`'s `types`: `date`, `multitext`, ...). */
export type PropertyTypes = Readonly<Record<string, string>>;

/** Everything the search needs; nothing in it reads a file. */
export interface AdoptInput {
  notes: readonly CandidateNote[];
  /** The person notes of the vault (notes with a `relationship`, and those 1:1 notes link). */
  people: readonly PersonNoteRef[];
  /** Folders whose notes are never 1:1 notes: the templates folders. */
  skipFolders: readonly string[];
  /** Look only in this folder ('' or absent: the whole vault). */
  folder?: string;
  /** Where new person notes go (the settings' folder). */
  personFolder: string;
  /** The ids of the note types (`regular`, `career`, ...). */
  typeIds: readonly string[];
  propertyTypes: PropertyTypes;
  /** The vault path a link from a note resolves to, or null. */
  resolveLink(linkPath: string, sourcePath: string): string | null;
}

/** Where a note's person came from, most certain first. */
export type PersonSource = 'person' | 'people' | 'property' | 'folder' | 'file-name';

/** A note the search would adopt. */
export interface FoundNote {
  path: string;
  /** The person's display name. */
  person: string;
  /** The person note's path: the existing one, or where a new one goes. */
  personNote: string;
  /** True when the person note does not exist yet (adopting creates it). */
  newPerson: boolean;
  /** Where the person came from. */
  personFrom: PersonSource;
  /** False when the person is only a guess from a folder or file name with no person note. */
  ticked: boolean;
  date: IsoDate;
  /** The note type id. */
  kind: string;
  /** The properties adopting adds, with their values as written (`person` last decided at write). */
  changes: PropertyChange[];
}

/** One property adopting adds to a note. */
export interface PropertyChange {
  property: 'type' | 'person' | 'date' | 'kind';
  value: string;
}

/** A note the search looked at and will not adopt, with the reason in words. */
export interface SkippedNote {
  path: string;
  reason: string;
}

/** What the search found. */
export interface AdoptScan {
  notes: FoundNote[];
  skipped: SkippedNote[];
}
