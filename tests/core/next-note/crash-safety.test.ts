/**
 * Crash safety of the create flow: the flow is stopped after each of its writes (the
 * vault "crashes": nothing more lands, not even a rollback), then run again; the rerun
 * completes the interrupted run, and the vault ends as an uninterrupted run leaves it.
 */
import { describe, expect, it } from 'vitest';
import { createNextNote } from '../../../src/core/next-note/create-next-note';
import { DEFAULT_SETTINGS } from '../../../src/core/settings/settings';
import { MemoryVault } from '../../helpers/memory-vault';
import { oneOnOne, personNote } from '../../helpers/builders';

const SOURCE = 'One-on-ones/Ann/2026-11-08 Ann.md';
const SAME_DAY = 'One-on-ones/Ann/2026-11-08 Ann (Career conversation).md';
const PERSON = 'People/Ann.md';
const NEW = 'One-on-ones/Ann/2026-11-22 Ann.md';

const FILES = {
  [SOURCE]: oneOnOne(
    { person: 'Ann', date: '2026-11-08', kind: 'regular' },
    '## Action items',
    '- [ ] first',
    '  - [ ] child',
    '- [x] done',
    '- [ ] second',
  ),
  [SAME_DAY]: oneOnOne(
    { person: 'Ann', date: '2026-11-08', kind: 'career' },
    '## Actions until next time',
    '- [ ] career item',
  ),
  [PERSON]: personNote(
    { relationship: 'peer' },
    '## Topics for next time',
    '- promo case',
    '- budget',
  ),
};
const ITEMS = ['first', 'child', 'second', 'career item'];
const TOPICS = ['promo case', 'budget'];

async function run(v: MemoryVault) {
  return createNextNote(
    { port: v, index: v.index(), config: DEFAULT_SETTINGS },
    { person: { name: 'Ann' }, typeId: 'regular', date: '2026-11-22' },
  );
}

/** The carry-over invariants: each item forwarded in a source is in the new note once, and only then. */
function checkInvariants(files: Record<string, string>): void {
  const created = files[NEW] ?? '';
  const sources = `${files[SOURCE]!}${files[SAME_DAY]!}`;
  for (const item of ITEMS) {
    const inNote = created.split('\n').filter((l) => l.includes(`] ${item} ➕`)).length;
    const marked = sources.includes(`[>] ${item}\n`);
    expect(inNote, item).toBeLessThanOrEqual(1);
    expect(inNote === 1, `${item}: in the new note iff marked in its source`).toBe(marked);
  }
  for (const topic of TOPICS) {
    const inNote = created.includes(`- ${topic}\n`);
    const queued = files[PERSON]!.includes(`- ${topic}\n`);
    expect(inNote !== queued, `${topic}: in the queue or in the note, not both`).toBe(true);
  }
  expect(created).not.toContain('carry-over');
}

describe('a create flow stopped after any write, then run again', () => {
  it('ends as an uninterrupted run does, with every invariant holding', async () => {
    const whole = new MemoryVault(FILES);
    expect((await run(whole)).ok).toBe(true);
    const expected = whole.snapshot();
    const writes = whole.writes;
    expect(writes).toBeGreaterThanOrEqual(4);
    for (let k = 0; k < writes; k++) {
      const v = new MemoryVault(FILES);
      v.crashAfterWrites = k;
      expect((await run(v)).ok, `stopped after write ${k}`).toBe(false);
      const rerun = new MemoryVault(v.snapshot());
      const r = await run(rerun);
      expect(r.ok, `rerun after write ${k}`).toBe(true);
      checkInvariants(rerun.snapshot());
      expect(rerun.snapshot(), `rerun after write ${k}`).toEqual(expected);
      // A third run changes nothing.
      const again = new MemoryVault(rerun.snapshot());
      await run(again);
      expect(again.writes).toBe(0);
    }
  });

  it('a new person: stopped after the person note or the new note, the rerun ends the same', async () => {
    const request = { person: { name: 'Bea Ray' }, typeId: 'regular', date: '2026-11-22' };
    const go = (v: MemoryVault) =>
      createNextNote({ port: v, index: v.index(), config: DEFAULT_SETTINGS }, request);
    const whole = new MemoryVault(FILES);
    expect((await go(whole)).ok).toBe(true);
    expect(whole.writes).toBe(2);
    for (let k = 0; k < 2; k++) {
      const v = new MemoryVault(FILES);
      v.crashAfterWrites = k;
      expect((await go(v)).ok).toBe(false);
      const rerun = new MemoryVault(v.snapshot());
      expect((await go(rerun)).ok).toBe(true);
      expect(rerun.snapshot(), `after write ${k}`).toEqual(whole.snapshot());
    }
  });

  it('reports what the rerun completed', async () => {
    const v = new MemoryVault(FILES);
    v.crashAfterWrites = 1;
    await run(v);
    const rerun = new MemoryVault(v.snapshot());
    const r = await run(rerun);
    if (!r.ok) throw new Error(r.error);
    expect(r.value).toMatchObject({ existing: true, forwarded: 4, topics: 2 });
    expect(r.value.warnings.join('\n')).toMatch(/interrupted/);
    expect(r.value.journal).toBeNull();
  });
});
