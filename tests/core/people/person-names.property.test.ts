/**
 * Property: for any person name (brackets, pipes, `#`, `^`, colons, slashes, dots,
 * accents in either Unicode form, emoji), the core flow over a memory vault creates a
 * note whose person link reads back to the person note it created, a rerun finds that
 * note (no second one), and the next note carries its open item.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createNextNote } from '../../../src/core/next-note/create-next-note';
import type { NextNoteOutcome } from '../../../src/core/next-note/request';
import { DEFAULT_SETTINGS } from '../../../src/core/settings/settings';
import { MemoryVault } from '../../helpers/memory-vault';

const RUNS = { seed: 121314, numRuns: 300 };

/** Characters that break links or file names, and ordinary ones, in about equal parts. */
const PIECES = [
  '[',
  ']',
  '|',
  '#',
  '^',
  ':',
  '/',
  '\\',
  '.',
  ' ',
  '"',
  '*',
  '?',
  '<',
  '>',
  '%',
  '!',
  '[[',
  ']]',
  '-',
  '(',
  ')',
  "'",
  ',',
  'Sam',
  'Lee',
  'Ana',
  'x',
  'Jo',
  'Platform',
  '\u00e9',
  'e\u0301',
  '\u00f1',
  '\u4e2d',
  '\ud83d\ude80',
  '\t',
];

const name = fc
  .array(fc.constantFrom(...PIECES), { minLength: 1, maxLength: 8 })
  .map((parts) => parts.join(''))
  .filter((n) => n.trim() !== '');

/** A memory vault whose links lose their `#heading` or `^block` part, as Obsidian's do. */
class LinkingVault extends MemoryVault {
  override resolveLink(linkPath: string, sourcePath?: string): string | null {
    return super.resolveLink(linkPath.replace(/[#^].*$/, '').trim(), sourcePath);
  }
}

async function next(v: MemoryVault, person: string, date: string): Promise<NextNoteOutcome> {
  const r = await createNextNote(
    { port: v, index: v.index(), config: DEFAULT_SETTINGS },
    { person: { name: person }, typeId: 'regular', date },
  );
  if (!r.ok) throw new Error(r.error);
  return r.value;
}

describe('any person name', () => {
  it('create, rerun (idempotent), create next (carries)', async () => {
    await fc.assert(
      fc.asyncProperty(name, async (person) => {
        const v = new LinkingVault({});
        const first = await next(v, person, '2026-11-08');
        expect(first.existing).toBe(false);
        expect(first.personCreated).not.toBeNull();
        const index = v.index();
        expect(index.problems()).toEqual([]);
        // The person link resolves to the person note this run created.
        expect(index.get(first.path)?.personPath).toBe(first.personCreated);

        const files = v.files.size;
        const again = await next(v, person, '2026-11-08');
        expect(again).toMatchObject({ existing: true, path: first.path });
        expect(v.files.size).toBe(files);

        v.files.set(
          first.path,
          v.files
            .get(first.path)!
            .replace('## Action items\n', '## Action items\n- [ ] carry me\n'),
        );
        const third = await next(v, person, '2026-11-22');
        expect(third).toMatchObject({ existing: false, previous: first.path, personCreated: null });
        expect(third.carried.map((c) => c.text)).toEqual(['- [ ] carry me ➕ 2026-11-08']);
      }),
      RUNS,
    );
  });
});
