/**
 * Approval tests: the recap and the agenda of example vault notes, in every format,
 * compared with the files under __snapshots__/recap-approval (review a change there by eye).
 * Today is fixed at 2026-11-22 and dates are said in en-US.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { defaultConfig } from '../../../src/cli/config';
import { FsVault } from '../../../src/cli/fs-vault';
import { loadVault, type LoadedVault } from '../../../src/cli/load-vault';
import { profileFromFrontmatter } from '../../../src/core/people/person-profile';
import {
  renderAgenda,
  renderRecap,
  type EmailKind,
  type EmailOutput,
} from '../../../src/core/email/render-email';
import { prepareEmail } from '../../../src/core/email/prepare-email';
import { EXAMPLE_VAULT } from '../../helpers/vault-files';

const TODAY = '2026-11-22';
const config = defaultConfig();
let vault: FsVault;
let loaded: LoadedVault;

beforeAll(async () => {
  vault = FsVault.open(EXAMPLE_VAULT);
  loaded = await loadVault(vault, config);
});

async function email(path: string, kind: EmailKind): Promise<EmailOutput> {
  const defaults = {
    cadenceDays: config.defaultCadence,
    careerCadence: config.defaultCareerCadence,
  };
  const prepared = await prepareEmail(
    {
      port: vault,
      index: loaded.index,
      config,
      profile: (p) => profileFromFrontmatter(p ? loaded.frontmatter.get(p) : null, defaults),
    },
    path,
    kind,
  );
  if (!prepared.ok) throw new Error(prepared.error);
  expect(prepared.value.warnings).toEqual([]);
  const ctx = { today: TODAY, locale: 'en-US', config };
  return kind === 'recap'
    ? renderRecap(prepared.value.input, ctx)
    : renderAgenda(prepared.value.input, ctx);
}

const NOTES: Array<[string, string, string]> = [
  ['priya-regular', 'One-on-ones/Priya Shah/2026-11-10 Priya Shah.md', 'Nov 10, 2026'],
  ['priya-career', 'One-on-ones/Priya Shah/2026-10-13 Priya Shah.md', 'Oct 13, 2026'],
  ['priya-problems', 'One-on-ones/Priya Shah/2026-09-15 Priya Shah.md', 'Sep 15, 2026'],
];

describe.each(NOTES)('%s', (name, path, date) => {
  it.each<EmailKind>(['recap', 'agenda'])('%s in every format', async (kind) => {
    const out = await email(path, kind);
    expect(out.to).toBe('priya.shah@example.com');
    expect(out.subject).toBe(`1:1 ${kind}: Priya Shah, ${date}`);
    await expect(out.text).toMatchFileSnapshot(`__snapshots__/recap-approval/${name}-${kind}.txt`);
    await expect(out.markdown).toMatchFileSnapshot(
      `__snapshots__/recap-approval/${name}-${kind}.md`,
    );
    await expect(out.html).toMatchFileSnapshot(`__snapshots__/recap-approval/${name}-${kind}.html`);
  });
});

describe('what the example notes keep private', () => {
  it.each([
    ['One-on-ones/Priya Shah/2026-11-10 Priya Shah.md', ['transfer', 'Ask HR', 'Platform org']],
    ['One-on-ones/Priya Shah/2026-10-13 Priya Shah.md', ['promo this cycle', 'Disappointed']],
    [
      'One-on-ones/Jo - Ops-Infra/2026-11-13 Jo - Ops-Infra.md',
      ['comp against the band', 'burnout'],
    ],
    ['One-on-ones/Sam Lee/2026-11-05 Sam Lee.md', ['recruiter']],
  ])('%s', async (path, words) => {
    for (const kind of ['recap', 'agenda'] as const) {
      const out = await email(path, kind);
      for (const w of words)
        for (const form of [out.text, out.markdown, out.html]) expect(form).not.toContain(w);
    }
  });
});
