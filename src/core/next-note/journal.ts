/**
 * The undo journal of one creation: which notes and folders it created and which notes
 * it changed, with their texts before and after. Undo restores them only if none was
 * edited since; a failed run's rollback leaves nothing of what it created.
 */
import type { VaultPort } from '../shared/vault-port';
import { ChangedSince, errorMessage } from '../shared/errors';
import { err, ok, type Result } from '../shared/result';

/** One note a creation touched: created (with its text) or modified (before and after). */
export type JournalEntry =
  | { kind: 'created'; path: string; text: string }
  | { kind: 'modified'; path: string; before: string; after: string };

/** What one creation wrote, in order, so that it can be undone. */
export interface Journal {
  label: string;
  entries: JournalEntry[];
  /** Folders the creation made (deepest first), removed by a rollback when left empty. */
  folders?: string[];
}

/**
 * Undo a journal: every changed note gets its previous text back and every created
 * note goes to the trash, provided each still reads exactly what the creation left.
 * Otherwise nothing is touched and the error names the note that changed.
 */
export async function undoJournal(port: VaultPort, journal: Journal): Promise<Result<string[]>> {
  return undo(port, journal, 'trash');
}

/**
 * Roll back a failed creation: like undo, but the notes it created (and nobody edited)
 * are deleted rather than trashed, and the folders it created go when left empty, so
 * that nothing of the run is left anywhere, the trash included.
 */
export async function rollBack(port: VaultPort, journal: Journal): Promise<Result<string[]>> {
  const done = await undo(port, journal, 'delete');
  if (!done.ok) return done;
  try {
    for (const folder of journal.folders ?? []) await port.removeEmptyFolder(folder);
  } catch (error) {
    return err(`Could not remove an empty folder: ${errorMessage(error)}`);
  }
  return done;
}

async function undo(
  port: VaultPort,
  journal: Journal,
  created: 'trash' | 'delete',
): Promise<Result<string[]>> {
  for (const e of journal.entries) {
    if (!port.exists(e.path)) return err(`${e.path} no longer exists; nothing was undone`);
    const now = await port.read(e.path);
    const expected = e.kind === 'created' ? e.text : e.after;
    if (now !== expected) return err(`${e.path} was edited since; nothing was undone`);
  }
  const done: string[] = [];
  // Restore changes first, newest last in the journal means undo in reverse order.
  for (const e of [...journal.entries].reverse()) {
    try {
      if (e.kind === 'modified') {
        await port.process(e.path, (text) => {
          if (text !== e.after) throw new ChangedSince(e.path);
          return e.before;
        });
      } else if (created === 'delete') {
        await port.delete(e.path);
      } else {
        await port.trash(e.path);
      }
      done.push(e.path);
    } catch (error) {
      const reason = error instanceof ChangedSince ? 'it was edited since' : errorMessage(error);
      return err(
        `Could not undo ${e.path}: ${reason}. Already restored: ${done.join(', ') || 'none'}`,
      );
    }
  }
  return ok(done);
}
