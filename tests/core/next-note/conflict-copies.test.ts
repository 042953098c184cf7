/**
 * Sync conflict copies and other notes of the source's day: an item that several of
 * them hold (the same text, status and Tasks fields aside) is carried once, and every
 * copy is marked `[>]`.
 */
import { describe, expect, it } from 'vitest';
import { createNextNote } from '../../../src/core/next-note/create-next-note';
import { DEFAULT_SETTINGS } from '../../../src/core/settings/settings';
import { MemoryVault } from '../../helpers/memory-vault';
import { oneOnOne } from '../../helpers/builders';

const NOTE = 'One-on-ones/Alex/2026-11-08 Alex.md';
const COPY = 'One-on-ones/Alex/2026-11-08 Alex (conflicted copy 2026-11-09).md';
const NEW = 'One-on-ones/Alex/2026-11-22 Alex.md';

const body = [
  '## Action items',
  '- [ ] Send the offer letter 📅 2026-11-20',
  '  - [ ] Ask Finance',
  '- [ ] Book the offsite',
];

async function run(v: MemoryVault) {
  const r = await createNextNote(
    { port: v, index: v.index(), config: DEFAULT_SETTINGS },
    { person: { name: 'Alex' }, typeId: 'regular', date: '2026-11-22' },
  );
  if (!r.ok) throw new Error(r.error);
  return r.value;
}

describe('items held by several notes of one day', () => {
  it('a note and its conflicted copy: every item carried once, both copies marked', async () => {
    const fm = { person: 'Alex', date: '2026-11-08', kind: 'regular' };
    const v = new MemoryVault({
      'People/Alex.md': '# Alex\n',
      [NOTE]: oneOnOne(fm, ...body),
      [COPY]: oneOnOne(fm, ...body, '- [ ] Only in the copy'),
    });
    const out = await run(v);
    const created = v.files.get(NEW)!;
    for (const item of [
      'Send the offer letter',
      'Ask Finance',
      'Book the offsite',
      'Only in the copy',
    ])
      expect(created.split(item), item).toHaveLength(2);
    for (const path of [NOTE, COPY]) {
      const text = v.files.get(path)!;
      expect(text, path).not.toMatch(/- \[ \]/);
      expect(text, path).toContain('- [>] Send the offer letter');
    }
    expect(out.carried.map((c) => c.text)).toHaveLength(4);
    expect(out.forwarded).toBe(7);
    expect(out.warnings).toEqual([]);
  });

  it('Tasks fields and the status aside: a copy with another due date or [/] is the same item', async () => {
    const v = new MemoryVault({
      'People/Alex.md': '# Alex\n',
      [NOTE]: oneOnOne(
        { person: 'Alex', date: '2026-11-08', kind: 'regular' },
        '## Action items',
        '- [ ] Send the offer letter 📅 2026-11-20',
      ),
      [COPY]: oneOnOne(
        { person: 'Alex', date: '2026-11-08', kind: 'regular' },
        '## Action items',
        '- [/] Send the offer letter 📅 2026-11-21',
        '- [ ] Send the offer letter draft',
      ),
    });
    await run(v);
    const created = v.files.get(NEW)!;
    expect(created.match(/Send the offer letter/g)).toHaveLength(2);
    expect(created).toContain('- [ ] Send the offer letter 📅 2026-11-20 ➕ 2026-11-08');
    expect(created).toContain('- [ ] Send the offer letter draft ➕ 2026-11-08');
    expect(v.files.get(COPY)).toContain('- [>] Send the offer letter 📅 2026-11-21');
    expect(v.files.get(COPY)).toContain('- [>] Send the offer letter draft');
  });

  it('two equal items in one note stay two items', async () => {
    const v = new MemoryVault({
      'People/Alex.md': '# Alex\n',
      [NOTE]: oneOnOne(
        { person: 'Alex', date: '2026-11-08', kind: 'regular' },
        '## Action items',
        '- [ ] Follow up',
        '- [ ] Follow up',
      ),
    });
    await run(v);
    expect(v.files.get(NEW)!.match(/Follow up/g)).toHaveLength(2);
  });
});
