/**
 * Templater's jump to the cursor in a note Touchpoints created through Templater.
 * Templater, when it opens a note it created and its "Automatic jump to cursor" is on,
 * removes the first `tp.file.cursor()` markers and puts the cursor there; Touchpoints
 * creates the note with `open_new_note` false (to carry items into it first), so it
 * makes the same jump before it opens the note: one verified, atomic write that the
 * creation's undo covers.
 */
import type { App } from 'obsidian';
import type { Journal } from '../../core/next-note/journal';
import { firstCursorJump } from '../../core/templates/template-cursors';
import { templaterJumpsToCursor } from '../shared/integrations';

/**
 * Remove the first cursor markers of a newly created note, if Templater would; the
 * cursor offsets (in the new text) to place once the note is open, or null.
 */
export async function jumpToTemplaterCursor(
  app: App,
  path: string,
  journal: Journal | null | undefined,
): Promise<number[] | null> {
  const created = journal?.entries.find((e) => e.kind === 'created' && e.path === path);
  if (!created || created.kind !== 'created') return null;
  const jump = firstCursorJump(created.text);
  if (!jump || !templaterJumpsToCursor(app)) return null;
  const file = app.vault.getFileByPath(path);
  if (!file) return null;
  let text = created.text;
  for (const r of [...jump.removals].reverse()) text = text.slice(0, r.from) + text.slice(r.to);
  try {
    await app.vault.process(file, (current) => {
      // Someone (a plugin, Sync) changed the note since: leave it as it is.
      if (current !== created.text) throw new Error('changed');
      return text;
    });
  } catch {
    return null;
  }
  // Undo compares the note with what the creation left: that is now the jumped text.
  created.text = text;
  return jump.cursors;
}
