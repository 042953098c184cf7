/**
 * Verified line edits: every planned change names the text its line must still have,
 * and is applied only if it does. This is how notes are changed without losing what a
 * user (or another plugin) wrote between our read and our write.
 */
import { splitLines } from './text-lines';

/** A verified single-line change: applied only if the line still reads `expected`. */
export interface LineEdit {
  /** The line to change (0-based, as in `ParsedNote.lines`). */
  line: number;
  /** The line's text as planned, without its line ending. */
  expected: string;
  /** The new text, or null to delete the line. */
  replacement: string | null;
}

/** What `applyLineEdits` did: the new text, and which edits applied and which did not. */
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

/**
 * Where each group of edits applies: the offset that puts every edit of the group on
 * a line that still reads its `expected` text. Groups that fit where planned claim
 * their lines first; a group that does not fit there may move by one common offset
 * (lines were added or removed above it) if exactly one unclaimed offset fits. So a
 * changed line is never matched to another group's identical line, and a group is
 * placed whole or not at all.
 */
function locateGroups(
  lines: readonly string[],
  groups: readonly LineEdit[][],
): Array<number | null> {
  const claimed = new Set<number>();
  const fits = (group: readonly LineEdit[], d: number): boolean =>
    group.every((e) => lines[e.line + d] === e.expected && !claimed.has(e.line + d));
  const claim = (group: readonly LineEdit[], d: number): number => {
    for (const e of group) claimed.add(e.line + d);
    return d;
  };
  const offsets: Array<number | null> = groups.map((g) =>
    g.length && fits(g, 0) ? claim(g, 0) : g.length ? null : 0,
  );
  groups.forEach((group, gi) => {
    if (offsets[gi] !== null) return;
    const first = group[0]!;
    const candidates: number[] = [];
    lines.forEach((line, i) => {
      const d = i - first.line;
      if (line === first.expected && d !== 0 && fits(group, d)) candidates.push(d);
    });
    if (candidates.length === 1) offsets[gi] = claim(group, candidates[0]!);
  });
  return offsets;
}

/**
 * Apply groups of edits (marks, replacements or deletions), all or nothing per group.
 * Every group is located on the text as read, then all edits happen in one pass, so a
 * deletion in one group never shifts the lines of another. Returns the text and which
 * groups applied.
 */
export function applyEditGroups(
  text: string,
  groups: readonly LineEdit[][],
): { text: string; applied: boolean[] } {
  const { lines } = splitLines(text);
  const offsets = locateGroups(lines, groups);
  const placed = groups.flatMap((g, gi) =>
    offsets[gi] === null ? [] : g.map((e) => ({ ...e, line: e.line + offsets[gi]! })),
  );
  return { text: applyLineEdits(text, placed).text, applied: offsets.map((d) => d !== null) };
}
