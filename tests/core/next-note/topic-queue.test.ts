/**
 * The queue belongs to the next meeting (issue 14, item 6): queued topics move only
 * into a note dated today or later that no other live note of the person (not
 * cancelled, not rescheduled) is dated after. Back-dated, same-day and future notes.
 */
import { describe, expect, it } from 'vitest';
import { createNextNote } from '../../../src/core/next-note/create-next-note';
import { DEFAULT_SETTINGS } from '../../../src/core/settings/settings';
import { MemoryVault } from '../../helpers/memory-vault';
import { oneOnOne, personNote } from '../../helpers/builders';

const SOURCE = 'One-on-ones/Ann/2026-11-08 Ann.md';
const PERSON = 'People/Ann.md';
const QUEUE = personNote(
  { relationship: 'peer' },
  '## Topics for next time',
  '- promo case',
  '- budget',
);
const TODAY = '2026-11-22';

interface Case {
  name: string;
  date: string;
  /** Other notes of Ann: date, status, kind. */
  others?: Array<[string, string | undefined, string?]>;
  topics: number;
  /** A piece of the warning that says why the topics stayed, or null for none. */
  why: string | null;
}

const CASES: Case[] = [
  { name: 'dated today', date: TODAY, topics: 2, why: null },
  { name: 'dated in the future', date: '2026-11-29', topics: 2, why: null },
  { name: 'back-dated (yesterday)', date: '2026-11-21', topics: 0, why: 'dated before today' },
  { name: 'back-dated (before the last note)', date: '2026-11-01', topics: 0, why: 'before today' },
  {
    name: 'today, with a later note planned',
    date: TODAY,
    others: [['2026-11-29', undefined]],
    topics: 0,
    why: '2026-11-29 Ann.md',
  },
  {
    name: 'today, with a later note that was cancelled',
    date: TODAY,
    others: [['2026-11-29', 'cancelled']],
    topics: 2,
    why: null,
  },
  {
    name: 'today, with a later note that was rescheduled',
    date: TODAY,
    others: [['2026-11-29', 'rescheduled']],
    topics: 2,
    why: null,
  },
  {
    name: 'the same day as another note (a career conversation)',
    date: '2026-11-29',
    others: [['2026-11-29', undefined, 'career']],
    topics: 2,
    why: null,
  },
  {
    name: 'in the future, before another planned note',
    date: '2026-11-25',
    others: [['2026-12-06', 'held']],
    topics: 0,
    why: '2026-12-06 Ann.md',
  },
];

describe('queued topics go to the next meeting only', () => {
  it.each(CASES.map((c) => [c.name, c] as const))('%s', async (_name, c) => {
    const files: Record<string, string> = {
      [SOURCE]: oneOnOne(
        { person: 'Ann', date: '2026-11-08', kind: 'regular' },
        '## Action items',
        '- [ ] first',
      ),
      [PERSON]: QUEUE,
    };
    for (const [date, status, kind] of c.others ?? []) {
      const name = kind === 'career' ? `${date} Ann career.md` : `${date} Ann.md`;
      files[`One-on-ones/Ann/${name}`] = oneOnOne({
        person: 'Ann',
        date,
        kind: kind ?? 'regular',
        status,
      });
    }
    for (const dryRun of [true, false]) {
      const v = new MemoryVault(files);
      const r = await createNextNote(
        { port: v, index: v.index(), config: DEFAULT_SETTINGS },
        { person: { name: 'Ann' }, typeId: 'regular', date: c.date, today: TODAY, dryRun },
      );
      if (!r.ok) throw new Error(r.error);
      const out = r.value;
      expect(out.existing).toBe(false);
      expect(out.topics).toBe(c.topics);
      expect(out.text.includes('- promo case')).toBe(c.topics > 0);
      const said = out.warnings.filter((w) => w.includes('queued topic'));
      if (c.why === null) {
        expect(said).toEqual([]);
      } else {
        expect(said).toHaveLength(1);
        expect(said[0]).toContain(c.why);
        expect(said[0]).toContain(`2 queued topic(s) stay in ${PERSON}`);
      }
      if (!dryRun) {
        expect(v.files.get(PERSON) === QUEUE).toBe(c.topics === 0);
        // Carry-over is not the queue: open items carry into any note after their source.
        expect(out.carried.length > 0).toBe(c.date > '2026-11-08');
      }
    }
  });

  it('says nothing when a back-dated note finds the queue empty', async () => {
    const v = new MemoryVault({
      [SOURCE]: oneOnOne({ person: 'Ann', date: '2026-11-08' }, '- [ ] first'),
      [PERSON]: personNote({ relationship: 'peer' }, '## Topics for next time'),
    });
    const r = await createNextNote(
      { port: v, index: v.index(), config: DEFAULT_SETTINGS },
      { person: { name: 'Ann' }, typeId: 'regular', date: '2026-11-10', today: TODAY },
    );
    if (!r.ok) throw new Error(r.error);
    expect(r.value.topics).toBe(0);
    expect(r.value.warnings).toEqual([]);
  });
});
