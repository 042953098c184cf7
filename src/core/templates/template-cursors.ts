/**
 * Templater's cursor markers (`<% tp.file.cursor() %>`, `<% tp.file.cursor(2) %>`) in a
 * note Templater wrote: which markers its jump to the next cursor location takes away,
 * and where it puts the cursors. Templater jumps when it opens a note it created;
 * Touchpoints asks Templater not to open the note, so it does the same jump itself.
 */

/** One marker: where it starts in the text, its length, and its order as written ('' for none). */
interface Marker {
  index: number;
  length: number;
  order: string;
}

/** What a jump does: markers to remove (offsets in the text) and cursor offsets after removal. */
export interface CursorJump {
  removals: Array<{ from: number; to: number }>;
  cursors: number[];
}

const MARKER = /<%\s*tp\.file\.cursor\(((?:-?[0-9]+(?:\.[0-9]+)?)?)\)\s*%>/g;

function markers(text: string): Marker[] {
  const found: Marker[] = [];
  for (const m of text.matchAll(MARKER)) {
    found.push({ index: m.index, length: m[0].length, order: m[1] ?? '' });
  }
  return found;
}

const rank = (m: Marker): number => Number(m.order || 0);

/**
 * The first jump in a text, as Templater makes it: the markers of the lowest order
 * (an order of 1 and 1.0 are one jump; a marker without order is a jump of its own,
 * ranked as 0 and taken top to bottom), or null when the text has no marker.
 */
export function firstCursorJump(text: string): CursorJump | null {
  const all = markers(text);
  if (!all.length) return null;
  // Array#sort is stable: equal orders keep their place in the text.
  const sorted = [...all].sort((a, b) => rank(a) - rank(b));
  const first = sorted[0]!;
  const jump =
    first.order === '' ? [first] : sorted.filter((m) => m.order !== '' && rank(m) === rank(first));
  jump.sort((a, b) => a.index - b.index);
  let removed = 0;
  const cursors: number[] = [];
  for (const m of jump) {
    cursors.push(m.index - removed);
    removed += m.length;
  }
  return { removals: jump.map((m) => ({ from: m.index, to: m.index + m.length })), cursors };
}
