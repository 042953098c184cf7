/**
 * Adopting the notes the user confirmed, over a VaultPort: each new person note made
 * as the create command makes it, then one verified, atomic change per note (the text
 * read is the text replaced, or the note is left alone and reported), all recorded in
 * one undo journal so that "Undo" reverts the whole batch.
 */
import { ChangedSince, errorMessage } from '../shared/errors';
import { wikilink } from '../shared/links';
import type { VaultPort } from '../shared/vault-port';
import { newPersonNote } from '../people/resolve-person';
import type { Journal } from '../next-note/journal';
import { adoptText } from './adopt-text';
import type { FoundNote, PropertyTypes, SkippedNote } from './adopt-types';

/** What adopting did. */
export interface AdoptOutcome {
  /** The notes changed, in order. */
  adopted: string[];
  /** The person notes made. */
  createdPeople: string[];
  /** The notes left as they were, with why (changed since the preview, a write failed). */
  failed: SkippedNote[];
  /** Everything written, for one undo of the whole batch. */
  journal: Journal;
}

/**
 * Adopt `notes` (as found, with the person the user chose): person notes first (with
 * `embed`, the 1:1 base's person view, as the create command makes them), then each
 * note with its missing properties. A note whose text no longer fits the plan is left
 * untouched and listed in `failed`; the others go on.
 */
export async function adoptNotes(
  port: VaultPort,
  notes: readonly FoundNote[],
  types: PropertyTypes,
  embed: string | null = null,
): Promise<AdoptOutcome> {
  const out: AdoptOutcome = {
    adopted: [],
    createdPeople: [],
    failed: [],
    journal: { label: 'Adopt 1:1 notes', entries: [] },
  };
  for (const note of notes) {
    try {
      if (!port.exists(note.personNote)) {
        const text = newPersonNote(note.person, embed);
        await port.create(note.personNote, text);
        out.createdPeople.push(note.personNote);
        out.journal.entries.push({ kind: 'created', path: note.personNote, text });
      }
      const before = await port.read(note.path);
      const link = wikilink(port.linkText(note.personNote, note.path), note.person);
      const changes = note.changes.map((c) =>
        c.property === 'person' ? { ...c, value: link } : c,
      );
      const after = adoptText(before, changes, types);
      if (!after.ok) {
        out.failed.push({ path: note.path, reason: `${after.error}; left as it was` });
        continue;
      }
      await port.process(note.path, (now) => {
        if (now !== before) throw new ChangedSince(note.path);
        return after.value;
      });
      out.adopted.push(note.path);
      out.journal.entries.push({ kind: 'modified', path: note.path, before, after: after.value });
    } catch (error) {
      const reason =
        error instanceof ChangedSince ? 'it was edited meanwhile' : errorMessage(error);
      out.failed.push({ path: note.path, reason: `${reason}; left as it was` });
    }
  }
  return out;
}
