/**
 * Who a name means in the meeting index: names compared in one Unicode form (NFC), so a
 * name typed decomposed (NFD) is the same person as the composed one.
 */
import { describe, expect, it } from 'vitest';
import { MeetingIndex } from '../../../src/core/meetings/meeting-index';
import { recordFromFrontmatter, unresolvedKey } from '../../../src/core/meetings/meeting-record';

const NFC = 'Jos\u00e9 N\u00fa\u00f1ez';
const NFD = NFC.normalize('NFD');

function meeting(person: string, date: string): Record<string, unknown> {
  return { type: 'one-on-one', person: `[[${person}]]`, date };
}

describe('names in one Unicode form', () => {
  it('the two forms are different strings (the test means something)', () => {
    expect(NFD).not.toBe(NFC);
  });

  it('unresolved links in either form are one person', () => {
    expect(unresolvedKey(NFD)).toBe(unresolvedKey(NFC));
    const index = new MeetingIndex();
    index.set(
      'a.md',
      recordFromFrontmatter('a.md', meeting(NFC, '2026-11-01'), () => null),
    );
    index.set(
      'b.md',
      recordFromFrontmatter('b.md', meeting(NFD, '2026-11-08'), () => null),
    );
    expect(index.people()).toHaveLength(1);
  });

  it.each([
    ['NFD typed, NFC in the vault', NFC, NFD],
    ['NFC typed, NFD in the vault', NFD, NFC],
  ])('findPeopleByName: %s', (_, inVault, typed) => {
    const path = `People/${inVault}.md`;
    const index = new MeetingIndex();
    index.set(
      'a.md',
      recordFromFrontmatter('a.md', meeting(inVault, '2026-11-01'), () => path),
    );
    expect(index.findPeopleByName(typed)).toEqual([path]);
    expect(index.findPeopleByName(typed.toUpperCase())).toEqual([path]);
  });
});
