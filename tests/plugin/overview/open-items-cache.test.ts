/**
 * The open items cache as every drawn card asks it, at every render: while none of a
 * person's meetings changed it answers from what it kept, without looking at their
 * meetings again, so a change to one person's note costs the other cards nothing (the
 * sidebar's update of one person, issue 16 decision 5); a change to that person's
 * meetings is seen at once.
 */
import { describe, expect, it, vi } from 'vitest';
import type { Vault } from 'obsidian';
import { OpenItemsCache } from '../../../src/plugin/overview/open-items';
import { MeetingIndex } from '../../../src/core/meetings/meeting-index';
import { migrateSettings } from '../../../src/core/settings/settings';
import { meetingRecord } from '../../helpers/builders';
import { ok } from '../../../src/core/shared/result';

const ANA = 'People/Ana.md';
const BO = 'People/Bo.md';

/** A note whose read fails, when set. */
let unreadablePath: string | null = null;

function setUp(): {
  cache: OpenItemsCache;
  index: MeetingIndex;
  meetingsOf: () => number;
  reads: string[];
} {
  const index = new MeetingIndex();
  const add = (path: string, person: string, taskStatuses: string): void =>
    index.set(
      path,
      ok(meetingRecord({ path, personKey: person, personPath: person, taskStatuses })),
    );
  add('One/a1.md', ANA, ' x');
  add('One/a2.md', ANA, ' ');
  add('One/b1.md', BO, '  ');
  const texts: Record<string, string> = {
    'One/a1.md': '- [ ] ask\n- [x] done\n',
    'One/a2.md': '- [ ] follow up\n',
    'One/b1.md': '- [ ] one\n- [ ] two\n',
  };
  const reads: string[] = [];
  const vault = {
    getFileByPath: (path: string) => (path in texts ? { path } : null),
    cachedRead: (file: { path: string }) => {
      reads.push(file.path);
      if (file.path === unreadablePath)
        return Promise.reject(new Error('EACCES: permission denied'));
      return Promise.resolve(texts[file.path]!);
    },
  } as unknown as Vault;
  const spy = vi.spyOn(index, 'meetingsOf');
  const cache = new OpenItemsCache({
    vault,
    index,
    settings: () => migrateSettings({}),
    onRead: () => undefined,
  });
  return { cache, index, meetingsOf: () => spy.mock.calls.length, reads };
}

const settle = (): Promise<void> => new Promise((r) => setTimeout(r, 0));

describe('OpenItemsCache', () => {
  it("answers from what it kept while the person's meetings are unchanged, whoever else changes", async () => {
    const { cache, index, meetingsOf } = setUp();
    expect(cache.of(ANA)).toBeNull();
    expect(cache.of(BO)).toBeNull();
    await settle();
    expect(cache.of(ANA)?.map((i) => i.text)).toEqual(['follow up', 'ask']);
    expect(cache.of(BO)?.map((i) => i.text)).toEqual(['one', 'two']);
    const looked = meetingsOf();
    // Bo's note changes: Ana's card asks again and costs nothing.
    index.set(
      'One/b1.md',
      ok(meetingRecord({ path: 'One/b1.md', personKey: BO, personPath: BO, taskStatuses: ' ' })),
    );
    expect(cache.of(ANA)?.map((i) => i.text)).toEqual(['follow up', 'ask']);
    expect(meetingsOf()).toBe(looked);
    // Bo's own card sees the change at once.
    cache.of(BO);
    expect(meetingsOf()).toBe(looked + 1);
  });

  it("reads again only the note that changed, not the person's others", async () => {
    const { cache, index, reads } = setUp();
    cache.of(ANA);
    await settle();
    expect(reads.sort()).toEqual(['One/a1.md', 'One/a2.md']);
    // a1 changes (its task closed): the sidebar forgets it, the index gets its new statuses.
    expect(cache.forget('One/a1.md', ANA)).toBe(true);
    index.set(
      'One/a1.md',
      ok(meetingRecord({ path: 'One/a1.md', personKey: ANA, personPath: ANA, taskStatuses: 'xx' })),
    );
    reads.length = 0;
    expect(cache.of(ANA)?.map((i) => i.text)).toEqual(['follow up']);
    await settle();
    expect(reads).toEqual([]);
    // a2's text changes with the same statuses: it alone is read again.
    cache.forget('One/a2.md', ANA);
    expect(cache.of(ANA)).toBeNull();
    await settle();
    expect(reads).toEqual(['One/a2.md']);
    expect(cache.of(ANA)?.map((i) => i.text)).toEqual(['follow up']);
  });

  it('keeps the index count of a note that cannot be read, and says why with a link to it', async () => {
    unreadablePath = 'One/b1.md';
    try {
      const { cache } = setUp();
      cache.of(BO);
      await settle();
      const items = cache.of(BO)!;
      // Two open tasks in the index: two items, each naming the problem, at the note.
      expect(items).toHaveLength(2);
      for (const item of items) {
        expect(item.path).toBe('One/b1.md');
        expect(item.text).toBe('Could not read this note: EACCES: permission denied');
      }
    } finally {
      unreadablePath = null;
    }
  });
});
