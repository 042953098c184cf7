/**
 * Verified line edits: every planned change names the text its line must still have,
 * and is applied only if it does. This is how notes are changed without losing what a
 * user (or another plugin) wrote between our read and our write.
 */
import { splitLines } from './markdown';

/** A verified single-line change: applied only if the line still reads `expected`. */
export interface LineEdit {
  line: number;
  expected: string;
  /** The new text, or null to delete the line. */
  replacement: string | null;
}

export interface ApplyResult {
  text: string;
  applied: LineEdit[];
  /** Edits whose line no longer reads what was planned; left alone. */
  skipped: LineEdit[];
}

/**
 * Apply verified line edits. Each edit applies where its line still reads
 * `expected`; if lines moved, at the one other line that reads exactly `expected`;
 * otherwise it is skipped and reported. Every other byte, line endings included,
 * stays as it was.
 */
export function applyLineEdits(text: string, edits: readonly LineEdit[]): ApplyResult {
  const { lines, eols } = splitLines(text);
  const applied: LineEdit[] = [];
  const skipped: LineEdit[] = [];
  const targets = new Map<number, LineEdit>();
  for (const edit of edits) {
    let at = lines[edit.line] === edit.expected && !targets.has(edit.line) ? edit.line : -1;
    if (at < 0) {
      const matches: number[] = [];
      lines.forEach((l, i) => {
        if (l === edit.expected && !targets.has(i)) matches.push(i);
      });
      if (matches.length === 1) at = matches[0]!;
    }
    if (at < 0) skipped.push(edit);
    else {
      targets.set(at, edit);
      applied.push(edit);
    }
  }
  const outLines: string[] = [];
  const outEols: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const edit = targets.get(i);
    if (edit && edit.replacement === null) {
      // Deleting the last line: the previous line gives up its line ending instead.
      if (i === lines.length - 1 && outEols.length) outEols[outEols.length - 1] = '';
      continue;
    }
    outLines.push(edit ? edit.replacement! : lines[i]!);
    outEols.push(eols[i]!);
  }
  let out = '';
  for (let i = 0; i < outLines.length; i++) out += outLines[i]! + outEols[i]!;
  return { text: out, applied, skipped };
}

/** Apply edit groups all-or-nothing per group; returns the text and which groups applied. */
export function applyEditGroups(text: string, groups: readonly LineEdit[][]): { text: string; applied: boolean[] } {
  let out = text;
  const applied = groups.map((group) => {
    if (!group.length) return true;
    const r = applyLineEdits(out, group);
    if (r.skipped.length) return false;
    out = r.text;
    return true;
  });
  return { text: out, applied };
}

/**
 * Apply deletion groups, all or nothing per group. Deleting lines
 * shifts later ones: topic removal, which shifts later lines: apply groups from the bottom
 * up so that the planned line numbers stay right.
 */
export function applyDeletionGroups(text: string, groups: readonly LineEdit[][]): { text: string; applied: boolean[] } {
  let out = text;
  const applied = groups.map(() => false);
  const order = groups.map((g, i) => ({ g, i })).sort((a, b) => (b.g[0]?.line ?? 0) - (a.g[0]?.line ?? 0));
  for (const { g, i } of order) {
    const r = applyLineEdits(out, g);
    if (r.skipped.length) continue;
    out = r.text;
    applied[i] = true;
  }
  return { text: out, applied };
}
