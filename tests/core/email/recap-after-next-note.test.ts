/**
 * Closing the meeting keeps the commitments (issue 14, item 5): the recap of a note,
 * taken before and after the real "Create next 1:1" flow forwarded its open items
 * (`[>]`), lists the same action items under the same owners with their sub-items, an
 * item in progress still said so (its status is read from the note it went to).
 */
import { describe, expect, it } from 'vitest';
import { createNextNote } from '../../../src/core/next-note/create-next-note';
import { prepareEmail } from '../../../src/core/email/prepare-email';
import { renderAgenda, renderRecap } from '../../../src/core/email/render-email';
import { profileFromFrontmatter } from '../../../src/core/people/person-profile';
import { DEFAULT_SETTINGS } from '../../../src/core/settings/settings';
import { MemoryVault } from '../../helpers/memory-vault';
import { oneOnOne, personNote } from '../../helpers/builders';

const NOTE = 'One-on-ones/Priya Shah/2026-11-10 Priya Shah.md';
const PERSON = 'People/Priya Shah.md';
const TODAY = '2026-11-10';

async function emails(v: MemoryVault): Promise<{ recap: string; agenda: string }> {
  const prepared = await prepareEmail(
    {
      port: v,
      index: v.index(),
      config: DEFAULT_SETTINGS,
      profile: () => profileFromFrontmatter(null, { cadenceDays: 14, careerCadence: [28, 42] }),
    },
    NOTE,
    'recap',
  );
  if (!prepared.ok) throw new Error(prepared.error);
  const ctx = { today: TODAY, locale: 'en-US', config: DEFAULT_SETTINGS };
  return {
    recap: renderRecap(prepared.value.input, ctx).markdown,
    agenda: renderAgenda(prepared.value.input, ctx).markdown,
  };
}

const CASES: Array<[string, string[], string[]]> = [
  [
    'mine, theirs and a third person’s, with sub-items',
    [
      '## Action items',
      '- [ ] Share the Q4 OKRs 📅 2026-11-20',
      '  - [ ] draft',
      '  - [x] outline',
      '  - note under it',
      '- [ ] @Priya write the design doc',
      '  - [ ] ask Sam for the numbers',
      '- [ ] [[Priya Shah]]: book the offsite',
      '- [ ] @Tomás pair on retries',
      '- [x] Done already',
    ],
    ['- Share the Q4 OKRs (due', '  - draft', '- Write the design doc', 'Tomás: pair on retries'],
  ],
  [
    'cancelled items stay out, before and after',
    ['## Action items', '- [-] Dropped idea', '- [ ] Keep this', '  - [-] cancelled child'],
    ['- Keep this'],
  ],
  [
    'an open item under a done one',
    ['## Action items', '- [x] Ship it', '  - [ ] follow up with QA'],
    ['- follow up with QA'],
  ],
  [
    'an open item among the notes (highlights)',
    ['## Notes', '- Talked about the roadmap', '- [ ] check the budget', '## Action items'],
    ['- check the budget'],
  ],
  [
    'in-progress items still read "in progress", also as sub-items',
    [
      '## Action items',
      '- [/] Draft the Q1 roadmap 📅 2026-12-05',
      '  - [/] size the EU cutover',
      '  - [ ] review with Sam',
      '- [ ] @Priya plain one',
    ],
    ['- Draft the Q1 roadmap (in progress; due', '  - size the EU cutover (in progress)'],
  ],
  [
    'private items stay private',
    ['## Action items', '- [ ] Public one', '## Private', '- [ ] @Priya secret promotion step'],
    ['- Public one'],
  ],
];

describe('the recap before and after "Create next 1:1"', () => {
  it.each(CASES)('%s', async (_name, body, expected) => {
    const v = new MemoryVault({
      [NOTE]: oneOnOne({ person: 'Priya Shah', date: '2026-11-10' }, ...body),
      [PERSON]: personNote({ relationship: 'report' }, '## Topics for next time'),
    });
    const before = await emails(v);
    const created = await createNextNote(
      { port: v, index: v.index(), config: DEFAULT_SETTINGS },
      { person: { name: 'Priya Shah' }, typeId: 'regular', date: '2026-11-24' },
    );
    if (!created.ok) throw new Error(created.error);
    expect(created.value.forwarded).toBeGreaterThan(0);
    expect(v.files.get(NOTE)).toContain('[>]');
    const after = await emails(v);
    for (const text of expected) expect(before.recap).toContain(text);
    expect(before.recap).not.toMatch(/secret|Dropped|cancelled child|Done already/);
    // The one change: the next meeting is now a note, no longer "around" the cadence.
    expect(before.recap).toContain('**Next 1:1:** around Tuesday, Nov 24');
    expect(after.recap).toBe(before.recap.replace('around Tuesday, Nov 24', 'Tuesday, Nov 24'));
    expect(after.agenda).toBe(before.agenda);
  });
});
