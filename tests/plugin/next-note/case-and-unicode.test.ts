/**
 * Case and Unicode in paths, in the realistic harness (where, as on macOS and Windows,
 * `create` fails on a path that differs only in case from an existing one): a person
 * folder or note spelled in another case is used, never a second one made or a
 * creation left half-done; a name typed in decomposed Unicode (NFD) finds its note.
 */
import { describe, expect, it } from 'vitest';
import { createHarness, useFakeToday } from '../../helpers/harness';
import { oneOnOne, personNote } from '../../helpers/builders';

const NFC = 'José Núñez';
const NFD = NFC.normalize('NFD');

describe('case and Unicode in the paths of new notes', () => {
  useFakeToday();

  it('uses a person folder spelled in another case instead of failing half-way', async () => {
    const h = await createHarness(
      { 'One-on-ones/sam lee/Scratch.md': 'notes\n' },
      { realistic: true },
    );
    const before = h.paths();
    const outcome = await h.plugin.service.create({ name: 'Sam Lee' }, 'regular');
    await h.settle();
    expect(h.notices.filter((n) => n.startsWith('Touchpoints:'))).toEqual([]);
    expect(outcome?.path).toBe('One-on-ones/sam lee/2026-11-22 Sam Lee.md');
    expect(h.paths()).toEqual(
      [
        ...before,
        'One-on-ones/sam lee/2026-11-22 Sam Lee.md',
        'One-on-ones/sam lee/Sam Lee.md',
      ].sort(),
    );
    expect(h.app.vault.getAllFolders().map((f) => f.path)).not.toContain('One-on-ones/Sam Lee');
    expect(h.app.workspace.getActiveFile()?.path).toBe(outcome?.path);
  });

  it('uses the folder for new notes spelled in another case', async () => {
    const h = await createHarness(
      {
        'one-on-ones/Ann/2026-11-01 Ann.md': oneOnOne({ person: 'Ann', date: '2026-11-01' }),
        'People/Ann.md': personNote(),
      },
      { realistic: true },
    );
    const outcome = await h.plugin.service.create({ name: 'Ann' }, 'regular');
    await h.settle();
    expect(h.notices.filter((n) => n.startsWith('Touchpoints:'))).toEqual([]);
    expect(outcome?.path).toBe('one-on-ones/Ann/2026-11-22 Ann.md');
    expect(h.exists('one-on-ones/Ann/2026-11-22 Ann.md')).toBe(true);
  });

  it('a name typed in NFD finds and opens the note it created', async () => {
    const h = await createHarness({}, { realistic: true });
    const first = await h.plugin.service.create({ name: NFD }, 'regular');
    await h.settle();
    const path = `One-on-ones/${NFC}/2026-11-22 ${NFC}.md`;
    expect(first?.path).toBe(path);
    expect(h.paths()).toEqual([path, `One-on-ones/${NFC}/${NFC}.md`]);
    await h.open('One-on-ones/' + NFC + '/' + NFC + '.md');
    const again = await h.plugin.service.create({ name: NFD }, 'regular');
    await h.settle();
    expect(again?.existing).toBe(true);
    expect(again?.path).toBe(path);
    expect(h.app.workspace.getActiveFile()?.path).toBe(path);
  });

  it('a folder setting typed in NFD writes where Obsidian would (NFC), and finds it again', async () => {
    const h = await createHarness({}, { realistic: true });
    h.plugin.settings.folder = `Réunions`.normalize('NFD');
    const first = await h.plugin.service.create({ name: 'Ann' }, 'regular');
    await h.settle();
    expect(first?.path).toBe('Réunions/Ann/2026-11-22 Ann.md');
    expect(h.exists('Réunions/Ann/2026-11-22 Ann.md')).toBe(true);
    expect(h.app.workspace.getActiveFile()?.path).toBe(first?.path);
  });
});
