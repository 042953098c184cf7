/** Open a note, optionally at a line, from the sidebar. */
import { MarkdownView, Notice, type App, type PaneType } from 'obsidian';

/**
 * Open `path` in the current leaf (or a new one for a modifier click), scrolled to
 * `line` (0-based) with the cursor on it. A note that is gone gets a Notice.
 */
export async function openNoteAt(
  app: App,
  path: string,
  line: number | null,
  newLeaf: PaneType | boolean = false,
): Promise<void> {
  const file = app.vault.getFileByPath(path);
  if (!file) {
    new Notice(`Touchpoints: ${path} no longer exists.`);
    return;
  }
  const leaf = app.workspace.getLeaf(newLeaf);
  await leaf.openFile(file, line === null ? { active: true } : { active: true, eState: { line } });
  const view = leaf.view;
  if (line !== null && view instanceof MarkdownView) {
    const target = Math.max(0, Math.min(line, view.editor.lineCount() - 1));
    view.editor.setCursor({ line: target, ch: 0 });
  }
}
