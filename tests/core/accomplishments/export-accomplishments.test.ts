/**
 * The export flow over the example vault, in memory: approval tests of the generated
 * note, which notes it reads, free names, and a person with no notes in the period.
 */
import { describe, expect, it } from 'vitest';
import {
  prepareAccomplishments,
  type AccomplishmentsOutcome,
} from '../../../src/core/accomplishments/export-accomplishments';
import { resolvePeriod, type PeriodChoice } from '../../../src/core/accomplishments/periods';
import { migrateSettings } from '../../../src/core/settings/settings';
import type { Whose } from '../../../src/core/accomplishments/collect';
import { MemoryVault } from '../../helpers/memory-vault';
import { EXAMPLE_VAULT, filesFrom } from '../../helpers/vault-files';

async function run(
  person: string | null,
  choice: PeriodChoice,
  vault = new MemoryVault(filesFrom(EXAMPLE_VAULT)),
  whose: Whose | null = null,
): Promise<{ outcome: AccomplishmentsOutcome; vault: MemoryVault }> {
  const index = vault.index();
  const period = resolvePeriod(choice, '2026-11-22');
  if (!period.ok) throw new Error(period.error);
  const key = person === null ? null : index.findPeopleByName(person)[0]!;
  const result = await prepareAccomplishments(
    { port: vault, index, config: migrateSettings({}), relationship: (p) => vault.relationship(p) },
    { personKey: key, period: period.value, whose },
  );
  if (!result.ok) throw new Error(result.error);
  return { outcome: result.value, vault };
}

const H2 = { from: '2026-07-01', to: '2026-12-31' };

describe('accomplishments over the example vault', () => {
  it('everyone, second half of 2026 (approval)', async () => {
    const { outcome } = await run(null, H2);
    expect(outcome.path).toBe('One-on-ones/Accomplishments 2026-H2.md');
    await expect(outcome.text).toMatchFileSnapshot(
      '__snapshots__/export-accomplishments/accomplishments-everyone-2026-H2.md',
    );
    expect(outcome.warnings).toEqual([]);
  });

  it('Priya Shah, second half of 2026 (approval)', async () => {
    const { outcome } = await run('Priya Shah', H2);
    expect(outcome.path).toBe('One-on-ones/Accomplishments 2026-H2 - Priya Shah.md');
    await expect(outcome.text).toMatchFileSnapshot(
      '__snapshots__/export-accomplishments/accomplishments-priya-2026-H2.md',
    );
  });

  it('Jo: Ops/Infra, last quarter (approval): the alias is kept, the file name is safe', async () => {
    const { outcome } = await run('Jo: Ops/Infra', 'last-quarter');
    expect(outcome.path).toBe('One-on-ones/Accomplishments 2026-Q3 - Jo - Ops-Infra.md');
    expect(outcome.text).toContain('person: "[[Jo - Ops-Infra|Jo: Ops/Infra]]"');
    await expect(outcome.text).toMatchFileSnapshot(
      '__snapshots__/export-accomplishments/accomplishments-jo-2026-Q3.md',
    );
  });

  it('reads only the meeting notes of the period, the one before and after it, and the person note', async () => {
    const { outcome, vault } = await run('Priya Shah', 'last-quarter');
    const expected = [
      'One-on-ones/Priya Shah/2026-06-23 Priya Shah.md',
      'One-on-ones/Priya Shah/2026-07-07 Priya Shah.md',
      'One-on-ones/Priya Shah/2026-07-21 Priya Shah.md',
      'One-on-ones/Priya Shah/2026-08-04 Priya Shah.md',
      'One-on-ones/Priya Shah/2026-08-18 Priya Shah.md',
      'One-on-ones/Priya Shah/2026-09-01 Priya Shah.md',
      'One-on-ones/Priya Shah/2026-09-15 Priya Shah.md',
      'One-on-ones/Priya Shah/2026-09-29 Priya Shah.md',
      'One-on-ones/Priya Shah/2026-10-13 Priya Shah.md',
      'People/Priya Shah.md',
    ];
    expect(vault.reads).toEqual(expected);
    expect(outcome.read).toEqual(expected);
    // The 2026-10-13 note is read for tasks ticked in the period; its own items are dated after it.
    expect(outcome.items.every((i) => i.date >= '2026-07-01' && i.date <= '2026-09-30')).toBe(true);
    expect(
      outcome.items.some((i) => i.source === 'One-on-ones/Priya Shah/2026-10-13 Priya Shah.md'),
    ).toBe(false);
  });

  it('every item links back to a note that exists, and no private text appears', async () => {
    const { outcome, vault } = await run(null, H2);
    for (const item of outcome.items) expect(vault.exists(item.source)).toBe(true);
    for (const secret of [
      'Ask HR confidentially',
      'transfer to the Platform org',
      "Check Jo's comp",
      'burnout',
      'fintech recruiter',
      'leaving management',
    ]) {
      expect(outcome.text).not.toContain(secret);
    }
  });

  it('a person with no notes in the period gets an empty log', async () => {
    const { outcome, vault } = await run('Marcus Chen', 'this-quarter');
    expect(outcome.items).toEqual([]);
    expect(outcome.text).toContain('Nothing found in this period');
    // Only his last note before the period (for late ticks) and his person note.
    expect(vault.reads).toEqual([
      'One-on-ones/Marcus Chen/2026-09-30 Marcus Chen.md',
      'People/Marcus Chen.md',
    ]);
  });

  it('never takes the name of an existing note', async () => {
    const files = filesFrom(EXAMPLE_VAULT);
    files['One-on-ones/Accomplishments 2026-H2 - Priya Shah.md'] = 'mine\n';
    files['One-on-ones/Accomplishments 2026-H2 - Priya Shah 2.md'] = 'mine too\n';
    const { outcome } = await run('Priya Shah', H2, new MemoryVault(files));
    expect(outcome.path).toBe('One-on-ones/Accomplishments 2026-H2 - Priya Shah 3.md');
    expect(outcome.text).toContain('# Accomplishments 2026-H2 - Priya Shah 3\n');
  });

  it('an unknown person is an error', async () => {
    const vault = new MemoryVault(filesFrom(EXAMPLE_VAULT));
    const result = await prepareAccomplishments(
      {
        port: vault,
        index: vault.index(),
        config: migrateSettings({}),
        relationship: () => null,
      },
      {
        personKey: 'People/Nobody.md',
        period: { from: '2026-01-01', to: '2026-12-31', label: '2026' },
      },
    );
    expect(result).toEqual({ ok: false, error: 'no 1:1 notes for People/Nobody.md' });
    expect(vault.reads).toEqual([]);
  });
});

describe('whose work (issue 14, item 7)', () => {
  const done = (o: AccomplishmentsOutcome): string[] =>
    o.items.filter((i) => i.kind === 'done').map((i) => `${i.owner} ${i.personName}: ${i.text}`);

  it('Priya is my manager: by default my own completed items, none of hers', async () => {
    const { outcome } = await run('Priya Shah', H2);
    expect(done(outcome)).toContain('mine Priya Shah: Send the pilot metrics to Marcus');
    expect(done(outcome).some((d) => d.includes('@Priya'))).toBe(false);
    expect(outcome.items.every((i) => i.owner === 'mine')).toBe(true);
    expect(outcome.text).toContain('whose: mine');
    expect(outcome.text).toContain('Whose work: mine');
  });

  it('switched to theirs: only the items Priya owned', async () => {
    const { outcome } = await run('Priya Shah', H2, undefined, 'theirs');
    expect(done(outcome)).toEqual([
      'theirs Priya Shah: @Priya confirm budget for the CKA exam for Jo',
      'theirs Priya Shah: @Priya socialise the pilot cutover plan with Marcus',
    ]);
    expect(outcome.text).toContain("Whose work: Priya Shah's");
  });

  it('Jo is a report: by default their completed items, not mine', async () => {
    const { outcome } = await run('Jo: Ops/Infra', H2);
    const items = done(outcome);
    expect(items.length).toBeGreaterThan(0);
    expect(items.every((d) => d.startsWith('theirs Jo: Ops/Infra: @Jo '))).toBe(true);
    expect(items.some((d) => d.includes('Approve the CKA exam budget'))).toBe(false);
  });

  it("everyone: each person's section uses that person's default unless switched", async () => {
    const { outcome } = await run(null, H2);
    const items = done(outcome);
    expect(items).toContain('mine Priya Shah: Send the pilot metrics to Marcus');
    expect(items.some((d) => d.startsWith('theirs Jo: Ops/Infra: @Jo '))).toBe(true);
    expect(items.some((d) => d.includes('Approve the CKA exam budget'))).toBe(false);
    expect(items.some((d) => d.includes('@Priya'))).toBe(false);
    const mine = done((await run(null, H2, undefined, 'mine')).outcome);
    expect(mine.some((d) => d.includes('Approve the CKA exam budget'))).toBe(true);
    expect(mine.some((d) => d.includes('@Jo'))).toBe(false);
  });
});
