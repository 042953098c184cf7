/**
 * Property: for any source note (nested tasks of every status, repeated texts), any
 * same-day conflict copy of it (identical, or with statuses and due dates changed, or
 * an extra item), any topic queue and any write after which the flow is stopped, a
 * rerun leaves the vault exactly as an uninterrupted run does, and every carried item
 * is in the new note once and marked in every note that held it.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createNextNote } from '../../../src/core/next-note/create-next-note';
import { DEFAULT_SETTINGS } from '../../../src/core/settings/settings';
import { MemoryVault } from '../../helpers/memory-vault';
import { oneOnOne, personNote } from '../../helpers/builders';

const SOURCE = 'One-on-ones/Ann/2026-11-08 Ann.md';
const COPY = 'One-on-ones/Ann/2026-11-08 Ann (conflicted copy).md';
const PERSON = 'People/Ann.md';
const NEW = 'One-on-ones/Ann/2026-11-22 Ann.md';

interface Item {
  depth: number;
  status: string;
  word: string;
  due: boolean;
}

const item = fc.record({
  depth: fc.integer({ min: 0, max: 2 }),
  status: fc.constantFrom(' ', ' ', '/', 'x', '>', '-'),
  word: fc.constantFrom('alpha', 'beta', 'gamma', 'delta'),
  due: fc.boolean(),
});

function lines(items: readonly Item[]): string[] {
  let prev = -1;
  return items.map((it) => {
    const depth = Math.min(it.depth, prev + 1);
    prev = depth;
    return `${'  '.repeat(depth)}- [${it.status}] ${it.word}${it.due ? ' 📅 2026-12-01' : ''}`;
  });
}

const scenario = fc.record({
  items: fc.array(item, { maxLength: 7 }),
  copy: fc.constantFrom('none', 'same', 'changed', 'extra'),
  topics: fc.integer({ min: 0, max: 3 }),
  crashAt: fc.nat({ max: 5 }),
});

function files(s: Scenario): Record<string, string> {
  const body = lines(s.items);
  const out: Record<string, string> = {
    [SOURCE]: oneOnOne({ person: 'Ann', date: '2026-11-08' }, '## Action items', ...body),
    [PERSON]: personNote(
      {},
      '## Topics for next time',
      ...Array.from({ length: s.topics }, (_, i) => `- topic ${i}`),
    ),
  };
  if (s.copy !== 'none') {
    const copy =
      s.copy === 'changed'
        ? body.map((l) => l.replace('[ ]', '[/]').replace('2026-12-01', '2026-12-02'))
        : s.copy === 'extra'
          ? [...body, '- [ ] only in the copy']
          : body;
    out[COPY] = oneOnOne({ person: 'Ann', date: '2026-11-08' }, '## Action items', ...copy);
  }
  return out;
}

interface Scenario {
  items: Item[];
  copy: string;
  topics: number;
  crashAt: number;
}

async function run(v: MemoryVault): Promise<boolean> {
  const r = await createNextNote(
    { port: v, index: v.index(), config: DEFAULT_SETTINGS },
    { person: { name: 'Ann' }, typeId: 'regular', date: '2026-11-22' },
  );
  return r.ok;
}

describe('crash safety, for any note and any crash point', () => {
  it('a rerun ends as an uninterrupted run, each carried item once and marked everywhere', async () => {
    await fc.assert(
      fc.asyncProperty(scenario, async (s) => {
        const start = files(s);
        const whole = new MemoryVault(start);
        expect(await run(whole)).toBe(true);
        const expected = whole.snapshot();
        // Every open item is marked in every note that held it, and in the new note once.
        const open = (text: string): number => (text.match(/^\s*- \[[ /]\] /gm) ?? []).length;
        expect(open(expected[NEW]!)).toBe(open(start[SOURCE]!) + (s.copy === 'extra' ? 1 : 0));
        for (const path of [SOURCE, COPY]) expect(open(expected[path] ?? '')).toBe(0);
        if (s.crashAt >= whole.writes) return;
        const v = new MemoryVault(start);
        v.crashAfterWrites = s.crashAt;
        expect(await run(v)).toBe(false);
        const rerun = new MemoryVault(v.snapshot());
        expect(await run(rerun)).toBe(true);
        expect(rerun.snapshot()).toEqual(expected);
      }),
      { seed: 20261122, numRuns: 300 },
    );
  });
});
