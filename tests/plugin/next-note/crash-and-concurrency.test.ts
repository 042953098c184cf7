/**
 * The next-note service in Obsidian when a creation is interrupted (the app killed
 * half-way) or asked for twice at once: the rerun completes the half-done note through
 * the same core path as the command line, and a second request while one runs is
 * refused (the first one's note is the one the user asked for; queueing would open a
 * second note later, or undo the wrong creation).
 */
import { describe, expect, it } from 'vitest';
import { createNextNote } from '../../../src/core/next-note/create-next-note';
import { DEFAULT_SETTINGS } from '../../../src/core/settings/settings';
import { createHarness, EXAMPLE_VAULT, filesFrom, useFakeToday } from '../../helpers/harness';
import { MemoryVault } from '../../helpers/memory-vault';

const NEW = 'One-on-ones/Priya Shah/2026-11-22 Priya Shah.md';
const SOURCE = 'One-on-ones/Priya Shah/2026-11-10 Priya Shah.md';
const PERSON = 'People/Priya Shah.md';

/** The example vault as a creation killed right after writing the new note leaves it. */
async function halfDone(): Promise<Record<string, string>> {
  const v = new MemoryVault(filesFrom(EXAMPLE_VAULT));
  v.crashAfterWrites = 1;
  const r = await createNextNote(
    { port: v, index: v.index(), config: DEFAULT_SETTINGS },
    { person: { name: 'Priya Shah' }, typeId: 'regular', date: '2026-11-22' },
  );
  expect(r.ok).toBe(false);
  return v.snapshot();
}

describe('the next-note service after a crash and under double requests', () => {
  useFakeToday();

  it('completes a creation the app was killed in the middle of', async () => {
    const files = await halfDone();
    expect(files[NEW]).toContain('carry-over: pending');
    expect(files[SOURCE]).not.toContain('[>]');
    const h = await createHarness(files);
    const outcome = await h.plugin.service.create({ name: 'Priya Shah' }, 'regular');
    expect(outcome?.existing).toBe(true);
    expect(outcome?.forwarded).toBe(7);
    const source = await h.read(SOURCE);
    expect(source.match(/- \[>\]/g)).toHaveLength(7);
    expect(await h.read(PERSON)).not.toContain('Feedback on my delegation');
    const created = await h.read(NEW);
    expect(created).not.toContain('carry-over');
    expect(created).toContain('Feedback on my delegation');
    expect(h.notices.some((n) => n.includes('interrupted run; completed it'))).toBe(true);
    expect(h.notices.some((n) => n.includes('already exists'))).toBe(false);
    // Nothing to undo: the first half of that creation's journal died with the app.
    expect(h.plugin.service.canUndo()).toBe(false);
  });

  it('refuses a second creation, and an undo, while one runs', async () => {
    const h = await createHarness(filesFrom(EXAMPLE_VAULT));
    const service = h.plugin.service;
    const first = service.create({ name: 'Priya Shah' }, 'regular');
    const second = service.create({ name: 'Priya Shah' }, 'regular');
    const undo = service.undo();
    expect(await second).toBeNull();
    expect(await undo).toBe(false);
    expect((await first)?.path).toBe(NEW);
    expect(h.paths().filter((p) => p.startsWith('One-on-ones/Priya Shah/2026-11-22'))).toEqual([
      NEW,
    ]);
    expect(h.notices.filter((n) => n.includes('still working on the previous note'))).toHaveLength(
      2,
    );
  });
});
