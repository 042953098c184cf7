/**
 * The two steps every undo and every batch write in Obsidian starts with: save what
 * open editors still hold (so a verified write compares with the text on disk), and
 * undo a journal with a Notice naming a note that was edited since.
 */
import { MarkdownView, Notice, type App } from 'obsidian';
import { undoJournal, type Journal } from '../../core/next-note/journal';
import type { VaultPort } from '../../core/shared/vault-port';

/** Save every open Markdown editor to disk. */
export async function saveOpenNotes(app: App): Promise<void> {
  for (const leaf of app.workspace.getLeavesOfType('markdown')) {
    if (leaf.view instanceof MarkdownView) await leaf.view.save();
  }
}

/**
 * Save open editors, then undo `journal` with the verified compare-and-swap. Returns
 * the paths put back, or null after a Notice naming what stopped it (nothing changed).
 */
export async function undoAfterSaving(
  app: App,
  port: VaultPort,
  journal: Journal,
): Promise<string[] | null> {
  await saveOpenNotes(app);
  const result = await undoJournal(port, journal);
  if (result.ok) return result.value;
  new Notice(`Touchpoints: ${result.error}`, 10000);
  return null;
}
