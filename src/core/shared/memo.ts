/**
 * A bounded cache of a pure function of one key. The meeting index reads the same few
 * hundred person links over thousands of notes: parsing each once saves the work and
 * the garbage. Once `max` keys are held the cache starts again from empty, so it never
 * grows without bound.
 */
export class Memo<K, V> {
  private readonly map = new Map<K, V>();

  constructor(
    private readonly fn: (key: K) => V,
    private readonly max = 4096,
  ) {}

  /** The value for `key` (a function returning `undefined` is called again each time). */
  get(key: K): V {
    const known = this.map.get(key);
    if (known !== undefined) return known;
    const value = this.fn(key);
    if (this.map.size >= this.max) this.map.clear();
    this.map.set(key, value);
    return value;
  }

  get size(): number {
    return this.map.size;
  }
}

/**
 * A regular expression made on its first use from its source as text. V8 checks every
 * regular expression literal while it compiles main.js at startup, and one with a Unicode
 * property escape (`\p{L}`) is costly there: the eleven of them took about 2 ms of a
 * 15 ms load (issue 16, decision 1). As text, one costs nothing until it first runs.
 */
export function lazyRegExp(source: string, flags: string): () => RegExp {
  let made: RegExp | undefined;
  return () => (made ??= new RegExp(source, flags));
}
