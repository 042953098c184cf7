/**
 * A person changed in the preview: the name typed, matched to a person note as the
 * search matches (case, spaces, hyphens and underscores aside), or a new person note.
 * Only for notes that do not name their person in a `person` or `people` property,
 * since adopting adds properties and never changes one.
 */
import { basename } from '../shared/vault-path';
import { personNotePath } from '../shared/paths';
import { err, ok, type Result } from '../shared/result';
import type { PersonMatcher } from '../people/match-person';
import type { FoundNote } from './adopt-types';

/** Whether the preview may change a note's person. */
export function personChangeable(note: FoundNote): boolean {
  return note.personFrom !== 'person' && note.personFrom !== 'people';
}

/** The note with the person named `name`, or why that cannot be. */
export function withPerson(
  note: FoundNote,
  name: string,
  matcher: PersonMatcher,
  personFolder: string,
): Result<FoundNote> {
  if (!personChangeable(note))
    return err(`${note.path} names its person in its properties; change it in the note`);
  const typed = name.normalize('NFC').trim();
  if (!typed) return err('The person name is empty');
  const known = matcher.match(typed);
  if (known.length > 1) return err(`"${typed}" could be ${known.join(' or ')}`);
  const personNote = known[0] ?? personNotePath(personFolder, typed);
  const person = known[0] ? basename(known[0]) : typed;
  const changes = note.changes.map((c) =>
    c.property === 'person' ? { ...c, value: `[[${basename(personNote)}]]` } : c,
  );
  return ok({ ...note, person, personNote, newPerson: !known[0], ticked: true, changes });
}
