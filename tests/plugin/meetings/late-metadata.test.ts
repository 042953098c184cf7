/**
 * While Obsidian is still indexing (first open of a vault, a cache rebuild, notes
 * changed on disk while it was closed), nothing is planned from an index that misses
 * notes: the index knows which notes had no cache entry, the create, reschedule and
 * topic commands wait for them with a Notice and go ahead on their own, or say to try
 * again after a while; the sidebar shows that it is indexing. Realistic harness only.
 */
import { describe, expect, it, vi } from 'vitest';
import {
  captureModals,
  createHarness,
  openRegisteredView,
  useFakeToday,
} from '../../helpers/harness';
import { oneOnOne, personNote, section } from '../../helpers/builders';
import { PersonPickerModal } from '../../../src/plugin/next-note/person-picker';
import { RescheduleModal } from '../../../src/plugin/in-note/reschedule-modal';
import { VIEW_TYPE_SIDEBAR } from '../../../src/plugin/overview/sidebar-view';

const EARLY = 'One-on-ones/Ann/2026-11-01 Ann.md';
const LATE = 'One-on-ones/Ann/2026-11-15 Ann.md';
const NEW = 'One-on-ones/Ann/2026-11-22 Ann.md';
const FILES: Record<string, string> = {
  'People/Ann.md': personNote({ relationship: 'peer' }),
  [EARLY]: oneOnOne(
    { person: 'Ann', date: '2026-11-01' },
    '## Action items',
    '- [ ] old item of the first',
  ),
  [LATE]: oneOnOne(
    { person: 'Ann', date: '2026-11-15' },
    '## Action items',
    '- [ ] newest item of the fifteenth',
  ),
};
const INDEXING = 'Indexing your 1:1 notes…';
/** The newest note's open item, carried (with its creation date added). */
const NEWEST_ITEM = expect.stringMatching(/^- \[ \] newest item of the fifteenth/) as unknown;

describe('the meeting index while Obsidian is still indexing', () => {
  useFakeToday();

  it('plans the next note from the newest note even when its metadata arrives late', async () => {
    // The reproduction: "Create next 1:1 with this person" from the older note,
    // at once after startup, while the newer note is still being indexed.
    const h = await createHarness(FILES, { realistic: true, late: [LATE] });
    await h.open(EARLY);
    expect(await h.run('create-next-regular-with-this-person')).toBe(true);
    await h.arrive();
    const created = await h.read(NEW);
    expect(section(created, 'Action items')).toEqual([NEWEST_ITEM]);
    expect(await h.read(LATE)).toContain('- [>] newest item of the fifteenth');
    expect(await h.read(EARLY)).toBe(FILES[EARLY]);
    expect(h.notices).toContain(INDEXING);
  });

  it('opens the person picker of "Create next 1:1" once the index is complete', async () => {
    const h = await createHarness(FILES, { realistic: true, late: [LATE] });
    const picker = captureModals(PersonPickerModal);
    expect(await h.run('create-next-regular')).toBe(true);
    expect(picker).toHaveLength(0);
    expect(h.notices).toEqual([INDEXING]);
    await h.arrive();
    expect(picker).toHaveLength(1);
  });

  it('opens "Reschedule this 1:1" once the index is complete', async () => {
    const h = await createHarness(FILES, { realistic: true, late: [LATE] });
    const dialogs = captureModals(RescheduleModal);
    await h.open(EARLY);
    expect(await h.run('reschedule-this-1on1')).toBe(true);
    expect(dialogs).toHaveLength(0);
    expect(h.notices).toEqual([INDEXING]);
    await h.arrive();
    expect(dialogs).toHaveLength(1);
  });

  it('is complete at once when every note is in the cache, whether or not "resolved" comes', async () => {
    const h = await createHarness(FILES, { realistic: true });
    expect(h.plugin.meetings.isReady()).toBe(true);
    await h.plugin.service.create({ key: 'People/Ann.md' }, 'regular');
    await h.settle();
    expect(h.notices).not.toContain(INDEXING);
    expect(section(await h.read(NEW), 'Action items')).toEqual([NEWEST_ITEM]);
  });

  it('counts a late note seen when its own "changed" arrives, without waiting for "resolved"', async () => {
    const h = await createHarness(FILES, { realistic: true, late: [LATE] });
    const file = h.app.vault.getFileByPath(LATE)!;
    // The app indexes the note (the test lets the mock parse it) and says so.
    await h.app.vault.modify(file, FILES[LATE]!);
    await h.settle();
    expect(h.plugin.meetings.isReady()).toBe(true);
    expect(h.plugin.meetings.index.get(LATE)?.date).toBe('2026-11-15');
  });

  it('gives up waiting after a while and says to try again; nothing is written', async () => {
    const h = await createHarness(FILES, { realistic: true, late: [LATE] });
    h.plugin.meetings.waitLimitMs = 30;
    const before = h.paths();
    const outcome = await h.plugin.service.create({ key: 'People/Ann.md' }, 'regular');
    expect(outcome).toBeNull();
    expect(h.notices).toEqual([
      INDEXING,
      'Touchpoints is still indexing your vault; try again in a moment.',
    ]);
    expect(h.paths()).toEqual(before);
    expect(await h.read(EARLY)).toBe(FILES[EARLY]);
  });

  it('shows its indexing state in the sidebar instead of numbers, then the people', async () => {
    const h = await createHarness(FILES, { realistic: true, late: [LATE] });
    // jsdom lays nothing out (isShown is always false): judge by display.
    vi.spyOn(HTMLElement.prototype, 'isShown').mockImplementation(function (this: HTMLElement) {
      return this.isConnected && this.style.display !== 'none';
    });
    expect(await h.run('open-sidebar')).toBe(true);
    const view = (await openRegisteredView(h, VIEW_TYPE_SIDEBAR))!;
    expect(view.containerEl.textContent).toContain(INDEXING);
    expect(view.containerEl.querySelector('.touchpoints-row')).toBeNull();
    await h.arrive();
    await new Promise((r) => setTimeout(r, 150)); // the index's debounced notice
    expect(view.containerEl.textContent).not.toContain(INDEXING);
    expect(view.containerEl.querySelector('.touchpoints-row')).not.toBeNull();
    view.containerEl.remove();
  });
});
