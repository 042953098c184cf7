/**
 * Issue 15.6, where the metadata cache cannot tell: a `%%` comment opened after a task,
 * in the middle of a list, hides the tasks below it (carry-over and `cadence` read the
 * text), but Obsidian gives it no section and still lists those tasks. A drawn card
 * shows the index's count at once, then the count read from the text of the person's
 * notes that hold open tasks, the same as `cadence` on the same files. Nothing is read
 * before the sidebar draws a card, nor again until a note changes, and a note without
 * comments changes nothing on the card.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cadenceModel } from '../../../src/cli/commands/cadence';
import { openSession } from '../../../src/cli/session';
import { SidebarView, VIEW_TYPE_SIDEBAR } from '../../../src/plugin/overview/sidebar-view';
import {
  createHarness,
  openAllRows,
  openRegisteredView,
  type Harness,
} from '../../helpers/harness';
import { oneOnOne, personNote } from '../../helpers/builders';
import { makeTempFolder, removeTempFolder } from '../../helpers/temp-folders';

const ANA = '1-1s/Ana Lima/2026-11-10 Ana Lima.md';
const ANA_OLDER = '1-1s/Ana Lima/2026-11-03 Ana Lima.md';
const SAM = '1-1s/Sam Lee/2026-11-20 Sam Lee.md';
const KAI = '1-1s/Kai Park/2026-11-18 Kai Park.md';

const FILES: Record<string, string> = {
  'People/Ana Lima.md': personNote({ relationship: 'report', cadence: 7 }),
  'People/Sam Lee.md': personNote({ relationship: 'peer' }),
  'People/Kai Park.md': personNote({ relationship: 'peer' }),
  // Only closed tasks: it holds no open task, so it is never read.
  [ANA_OLDER]: oneOnOne(
    { person: 'Ana Lima', date: '2026-11-03' },
    '## Action items',
    '- [x] done',
    '- [>] carried',
  ),
  // The comment opens after the first task's checkbox and hides the second task.
  [ANA]: oneOnOne(
    { person: 'Ana Lima', date: '2026-11-10' },
    '## Action items',
    '- [ ] Send the budget %% for me: ask about the travel line',
    '- [ ] Hidden by the comment',
    '%%',
    '- [ ] Book the offsite',
  ),
  // No comment at all.
  [SAM]: oneOnOne(
    { person: 'Sam Lee', date: '2026-11-20' },
    '## Action items',
    '- [ ] one',
    '- [ ] two',
    '- [x] three',
  ),
  // No task: never read.
  [KAI]: oneOnOne({ person: 'Kai Park', date: '2026-11-18' }, '## Notes', 'Talked about Q1.'),
};

/** Longer than the index's 100 ms debounce. */
const debounced = (): Promise<void> => new Promise((r) => setTimeout(r, 250));

/** Shown when attached and neither it nor an ancestor is hidden with `display: none`. */
function shownByDisplay(el: HTMLElement): boolean {
  if (!el.isConnected || el.style.display === 'none') return false;
  return el.parentElement ? shownByDisplay(el.parentElement) : true;
}

/** Open the sidebar and, unless told not to, every row into its card. */
async function openSidebar(h: Harness, rows: 'open' | 'closed' = 'open'): Promise<SidebarView> {
  expect(await h.run('open-sidebar')).toBe(true);
  const view = await openRegisteredView(h, VIEW_TYPE_SIDEBAR);
  expect(view).toBeInstanceOf(SidebarView);
  if (rows === 'open') openAllRows(view!);
  return view as SidebarView;
}

const card = (view: SidebarView, name: string): HTMLElement =>
  [...view.contentEl.querySelectorAll<HTMLElement>('.touchpoints-card')].find(
    (c) => c.parentElement?.querySelector('.touchpoints-row-name')?.textContent === name,
  )!;
/** The card's open action items as shown: "3 open action items", "No open action items". */
const openCount = (view: SidebarView, name: string): string =>
  card(view, name).querySelector('.touchpoints-open-items')?.textContent ?? '';

/** `cadence` on the same files on disk: each person's open action items. */
async function cadenceCounts(dir: string): Promise<Record<string, number>> {
  const model = await cadenceModel(await openSession(dir, dir), '2026-11-22');
  return Object.fromEntries(model.cards.map((c) => [c.name, c.openActionItems]));
}

describe('issue 15.6: a drawn card counts open items from the text of its notes', () => {
  let dir: string;
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date(2026, 10, 22, 9, 30));
    // jsdom lays nothing out, so `isShown` (offsetParent) is always false: judge by display.
    vi.spyOn(HTMLElement.prototype, 'isShown').mockImplementation(function (this: HTMLElement) {
      return shownByDisplay(this);
    });
    dir = makeTempFolder('open-count');
    for (const [path, text] of Object.entries(FILES)) {
      mkdirSync(dirname(join(dir, path)), { recursive: true });
      writeFileSync(join(dir, path), text);
    }
  });
  afterEach(() => {
    document.body.empty();
    vi.useRealTimers();
    vi.restoreAllMocks();
    removeTempFolder(dir);
  });

  it('shows the index count, then the count of the text, the same as cadence', async () => {
    const h = await createHarness(FILES);
    const view = await openSidebar(h);
    // The mocks' cache lists the task the inline comment hides, as Obsidian does.
    expect(openCount(view, 'Ana Lima')).toBe('3 open action items');
    const renders = view.renders;
    const disclosure = card(view, 'Ana Lima').querySelector('.touchpoints-disclosure');

    await h.settle();
    expect(openCount(view, 'Ana Lima')).toBe('2 open action items');
    // One redraw, of that card's open items only.
    expect(view.renders).toBe(renders + 1);
    expect(card(view, 'Ana Lima').querySelector('.touchpoints-disclosure')).not.toBe(disclosure);
    const cli = await cadenceCounts(dir);
    expect(cli).toEqual({ 'Ana Lima': 2, 'Sam Lee': 2, 'Kai Park': 0 });
    for (const [name, n] of Object.entries(cli))
      expect(openCount(view, name)).toBe(n ? `${n} open action items` : 'No open action items');

    // No redraw loop: nothing changes, nothing renders.
    await debounced();
    expect(view.renders).toBe(renders + 1);

    // Expanded, the list holds the same two (read already: no "Reading…").
    card(view, 'Ana Lima').querySelector<HTMLButtonElement>('.touchpoints-disclosure')!.click();
    const items = [
      ...card(view, 'Ana Lima').querySelectorAll<HTMLElement>('.touchpoints-open-text'),
    ].map((e) => e.textContent ?? '');
    expect(items).toHaveLength(2);
    expect(items[1]).toBe('Book the offsite');
    expect(items.join('\n')).not.toContain('Hidden by the comment');

    // The comment closed before the second task: it counts again, on the card and in cadence.
    const fixed = FILES[ANA]!.replace(
      '%% for me: ask about the travel line',
      '%% for me: ask about the travel line %%',
    ).replace('\n%%\n', '\n');
    await h.write(ANA, fixed);
    writeFileSync(join(dir, ANA), fixed);
    await debounced();
    await h.settle();
    expect(openCount(view, 'Ana Lima')).toContain('3 open action items');
    expect((await cadenceCounts(dir))['Ana Lima']).toBe(3);
  });

  it('a note without comments: the card keeps its count and its element', async () => {
    const h = await createHarness(FILES);
    const view = await openSidebar(h);
    expect(openCount(view, 'Sam Lee')).toBe('2 open action items');
    const part = card(view, 'Sam Lee').querySelector('.touchpoints-open-items');
    await h.settle();
    expect(openCount(view, 'Sam Lee')).toBe('2 open action items');
    expect(card(view, 'Sam Lee').querySelector('.touchpoints-open-items')).toBe(part);
    expect(openCount(view, 'Kai Park')).toBe('No open action items');
  });

  it('reads only the notes with open tasks of the cards drawn, once, and again when one changes', async () => {
    const h = await createHarness(FILES);
    const reads = vi.spyOn(h.app.vault, 'cachedRead');
    const readsOf = (path: string): number =>
      reads.mock.calls.filter(([f]) => f.path === path).length;
    const meetingReads = (): string[] =>
      reads.mock.calls.map(([f]) => f.path).filter((p) => p.startsWith('1-1s/'));
    // Loading the plugin and building the index read no 1:1 note.
    await h.settle();
    await debounced();
    expect(meetingReads()).toEqual([]);

    // The compact list: rows show no count, so nothing is read while they are closed.
    const view = await openSidebar(h, 'closed');
    await h.settle();
    expect(meetingReads()).toEqual([]);
    openAllRows(view);
    await h.settle();
    expect(meetingReads().sort()).toEqual([ANA, SAM]);
    expect(readsOf(ANA_OLDER)).toBe(0);
    expect(readsOf(KAI)).toBe(0);

    // Renders for other reasons (another person's note changes) read nothing again.
    await h.write(KAI, `${FILES[KAI]!}More notes.\n`);
    await debounced();
    view.refresh(true);
    await h.settle();
    expect(readsOf(ANA)).toBe(1);
    expect(readsOf(SAM)).toBe(1);

    // Sam's note changes: his notes with open tasks are read again, once.
    await h.write(SAM, FILES[SAM]!.replace('- [ ] two', '- [x] two'));
    await debounced();
    await h.settle();
    expect(readsOf(SAM)).toBe(2);
    expect(readsOf(ANA)).toBe(1);
    expect(openCount(view, 'Sam Lee')).toBe('1 open action item');
  });
});
