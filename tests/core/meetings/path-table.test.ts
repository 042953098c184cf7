/**
 * The index's records by path (src/core/meetings/path-table.ts): the same answers as one
 * Map, below and above the size where it splits into shards, through sets, overwrites
 * and deletes.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PathTable, SPLIT_AT } from '../../../src/core/meetings/path-table';

describe('PathTable', () => {
  it('answers as a Map for any sequence of sets and deletes', () => {
    const path = fc
      .integer({ min: 0, max: 60 })
      .map((n) => `One-on-ones/P${n % 7}/2026-01-${n}.md`);
    const op = fc.oneof(
      fc.record({ kind: fc.constant('set' as const), path, value: fc.integer() }),
      fc.record({ kind: fc.constant('delete' as const), path }),
    );
    fc.assert(
      fc.property(fc.array(op, { maxLength: 200 }), (ops) => {
        const table = new PathTable<number>();
        const map = new Map<string, number>();
        for (const o of ops) {
          if (o.kind === 'set') {
            table.set(o.path, o.value);
            map.set(o.path, o.value);
          } else expect(table.delete(o.path)).toBe(map.delete(o.path));
          expect(table.size).toBe(map.size);
        }
        for (let n = 0; n <= 60; n++) {
          const p = `One-on-ones/P${n % 7}/2026-01-${n}.md`;
          expect(table.get(p)).toBe(map.get(p));
          expect(table.has(p)).toBe(map.has(p));
        }
      }),
    );
  });

  it('splits past its size and keeps every entry, overwrite and delete', () => {
    const table = new PathTable<number>();
    const paths = Array.from(
      { length: SPLIT_AT + 500 },
      (_, i) => `One-on-ones/Person ${i % 50}/n${i}.md`,
    );
    paths.forEach((p, i) => {
      table.set(p, i);
      if (i === SPLIT_AT - 1) expect(table.split).toBe(false);
      if (i === SPLIT_AT) expect(table.split).toBe(true);
    });
    expect(table.split).toBe(true);
    expect(table.size).toBe(paths.length);
    expect(paths.every((p, i) => table.get(p) === i)).toBe(true);
    table.set(paths[3]!, -1);
    expect(table.size).toBe(paths.length);
    expect(table.get(paths[3]!)).toBe(-1);
    expect(table.delete(paths[4]!)).toBe(true);
    expect(table.delete(paths[4]!)).toBe(false);
    expect(table.has(paths[4]!)).toBe(false);
    expect(table.size).toBe(paths.length - 1);
  });
});
