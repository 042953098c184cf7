/**
 * Acting on an aged task from the editor: drop it or delegate it, as one editor
 * transaction (so Ctrl+Z undoes it). Each change is planned from the task as it was
 * read and applied only if its line still reads the same.
 */
import type { EditorState, TransactionSpec } from '@codemirror/state';
import { delegateChange, dropChange, type AgedTask, type LineChange } from '../core/in-note/aging';

function specFor(
  state: EditorState,
  task: AgedTask,
  change: LineChange | null,
): TransactionSpec | null {
  if (!change || task.line + 1 > state.doc.lines) return null;
  const line = state.doc.line(task.line + 1);
  if (line.text !== task.lineText) return null;
  return {
    changes: { from: line.from + change.from, to: line.from + change.to, insert: change.insert },
    userEvent: 'input',
  };
}

/** The transaction that drops a task (status `-`), or null when its line changed. */
export function dropTaskSpec(state: EditorState, task: AgedTask): TransactionSpec | null {
  return specFor(state, task, dropChange(task));
}

/** The transaction that delegates a task to `name`, or null when its line changed or the name is empty. */
export function delegateTaskSpec(
  state: EditorState,
  task: AgedTask,
  name: string,
): TransactionSpec | null {
  return specFor(state, task, delegateChange(task, name));
}
