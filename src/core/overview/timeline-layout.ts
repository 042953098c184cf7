/**
 * Where the markers of a card's timeline go, so that they never overlap at any width
 * (the strip scales as a whole, so positions in its own units decide): each meeting
 * at its day when there is room; markers closer than a marker's size spread apart
 * around where they belong; and when the strip has no room for one marker per
 * meeting, the closest meetings merged into one marker that shows their count.
 */

/** One marker: where it is drawn, and which meetings (positions in the input) it stands for. */
export interface LaidOutMarker {
  x: number;
  members: number[];
}

/** A run of markers pushed against each other, `size` apart. */
interface Block {
  /** Index of its first marker. */
  first: number;
  count: number;
  /** Sum over its markers of where each would put the block's first marker. */
  sum: number;
  /** Where its first marker is drawn. */
  x: number;
}

/**
 * Lay out markers at `xs` (sorted, between `lo` and `hi`) at least `size` apart on
 * [lo, hi]: merged, closest first, only while more markers than fit; then each run of
 * markers that would touch placed `size` apart around the mean of where they belong
 * (the least displacement), kept on the strip.
 */
export function layoutMarkers(
  xs: readonly number[],
  size: number,
  lo: number,
  hi: number,
): LaidOutMarker[] {
  const groups = xs.map((x, i) => ({ x, members: [i] }));
  const room = Math.floor((hi - lo) / size + 1e-9) + 1;
  while (groups.length > Math.max(1, room)) {
    let at = 0;
    for (let i = 1; i + 1 < groups.length; i++)
      if (groups[i + 1]!.x - groups[i]!.x < groups[at + 1]!.x - groups[at]!.x) at = i;
    const [a, b] = [groups[at]!, groups[at + 1]!];
    const members = [...a.members, ...b.members];
    const x = members.reduce((s, m) => s + xs[m]!, 0) / members.length;
    groups.splice(at, 2, { x, members });
  }
  const blocks: Block[] = [];
  const place = (b: Block): void => {
    b.x = Math.min(Math.max(b.sum / b.count, lo), hi - (b.count - 1) * size);
  };
  groups.forEach((g, i) => {
    let block: Block = { first: i, count: 1, sum: g.x, x: g.x };
    place(block);
    for (
      let prev = blocks[blocks.length - 1];
      prev && prev.x + prev.count * size > block.x + 1e-9;
    ) {
      blocks.pop();
      // Each marker of the later run would put the merged run's first marker this far left.
      block = {
        first: prev.first,
        count: prev.count + block.count,
        sum: prev.sum + block.sum - prev.count * size * block.count,
        x: 0,
      };
      place(block);
      prev = blocks[blocks.length - 1];
    }
    blocks.push(block);
  });
  for (const b of blocks) for (let k = 0; k < b.count; k++) groups[b.first + k]!.x = b.x + k * size;
  return groups;
}
