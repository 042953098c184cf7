/**
 * The index's records by path: one map while it is small, many small maps once it is
 * large. V8 grows a `Map` by moving every entry into a new table at once: with one map
 * of every 1:1 note, the index's build in slices had a slice of 20 to 28 ms where the
 * count passed about 65,000 (and half that at 33,000), whatever the slice's own work.
 * Past `SPLIT_AT` entries the table is split by a hash of the path into 64 maps, so no
 * one growth is long; below it (every vault of people who write 1:1 notes by hand, and
 * the benchmark's 10,000) it is one map and costs nothing more. Only lookups by path and the count: no order is kept.
 */
const SHARDS = 64;
/**
 * One map up to this many entries: the 10,000-note index stays one map (split, it was
 * about 12 % slower), and the split itself moves this many entries once.
 */
export const SPLIT_AT = 16384;

/** A hash of the path's last characters (where 1:1 notes differ: date and name), 0 to 63. */
function shardOf(path: string): number {
  let h = 2166136261;
  const end = path.length;
  for (let i = Math.max(0, end - 24); i < end; i++) {
    h ^= path.charCodeAt(i);
    h = Math.imul(h, 16777619);
  }
  return (h >>> 0) & (SHARDS - 1);
}

/** A map from path to value (see the file comment). */
export class PathTable<V> {
  /** The one map while small; null once split. */
  private whole: Map<string, V> | null = new Map<string, V>();
  private shards: Array<Map<string, V>> = [];
  private count = 0;

  get size(): number {
    return this.count;
  }

  /** Whether the table is split into shards (for tests). */
  get split(): boolean {
    return this.whole === null;
  }

  private mapOf(path: string): Map<string, V> {
    return this.whole ?? this.shards[shardOf(path)]!;
  }

  get(path: string): V | undefined {
    return this.mapOf(path).get(path);
  }

  has(path: string): boolean {
    return this.mapOf(path).has(path);
  }

  set(path: string, value: V): void {
    // Split before the one map would grow past SPLIT_AT (not after: that would move its
    // entries twice, into its grown table and then into the shards).
    if (this.whole !== null && this.count >= SPLIT_AT && !this.whole.has(path))
      this.splitUp(this.whole);
    const map = this.mapOf(path);
    const before = map.size;
    map.set(path, value);
    this.count += map.size - before;
  }

  delete(path: string): boolean {
    const gone = this.mapOf(path).delete(path);
    if (gone) this.count--;
    return gone;
  }

  private splitUp(whole: Map<string, V>): void {
    this.shards = Array.from({ length: SHARDS }, () => new Map<string, V>());
    for (const [path, value] of whole) this.shards[shardOf(path)]!.set(path, value);
    this.whole = null;
  }
}
