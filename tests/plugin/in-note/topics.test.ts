import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { PersonPickerModal } from '../../../src/plugin/next-note/person-picker';
import { TaggedTopicsModal } from '../../../src/plugin/next-note/tagged-topics-modal';
import { TextPromptModal } from '../../../src/plugin/shared/text-prompt';
import {
  captureModals as capture,
  createHarness,
  EXAMPLE_VAULT,
  filesFrom,
  menuItems,
  mockEditor,
  mockMenu,
  type Harness,
  useFakeToday,
} from '../../helpers/harness';
import { section } from '../../helpers/builders';

const DAILY = 'Daily/2026-11-20.md';
const PRIYA = 'People/Priya Shah.md';
const PRIYA_LAST = 'One-on-ones/Priya Shah/2026-11-10 Priya Shah.md';
const PRIYA_NEW = 'One-on-ones/Priya Shah/2026-11-22 Priya Shah.md';
const JO_NEXT = 'One-on-ones/Jo - Ops-Infra/2026-11-27 Jo - Ops-Infra.md';

/** Choose a person in the picker by name (an unknown name is offered as a new person). */
async function choose(h: Harness, picker: PersonPickerModal, name: string): Promise<void> {
  picker.onChooseSuggestion(picker.getSuggestions(name)[0]!);
  await h.settle();
}

describe('topics from anywhere', () => {
  let h: Harness;
  useFakeToday();
  beforeEach(async () => {
    h = await createHarness(filesFrom(EXAMPLE_VAULT));
  });

  it("from the editor menu: the selection goes to the person note's topics, with a link back", async () => {
    const pickers = capture(PersonPickerModal);
    const menu = mockMenu();
    const line = '- [ ] Ask about the offsite budget';
    const editor = mockEditor(`${line}\n`);
    editor.setSelection({ line: 0, ch: 0 }, { line: 0, ch: line.length });
    h.app.workspace.trigger('editor-menu', menu, editor, {
      file: h.app.vault.getFileByPath(DAILY),
    });
    const item = menuItems(menu).find((i) => i.title === 'Add topic to next 1:1');
    expect(item).toBeDefined();
    item!.click();
    expect(pickers).toHaveLength(1);
    await choose(h, pickers[0]!, 'Priya Shah');
    expect(section(await h.read(PRIYA), 'Topics for next time')).toEqual([
      '- Feedback on my delegation since calibration',
      '- How to present the EU cutover date to Marcus without surprising him',
      '- Ask about the offsite budget (from [[2026-11-20]])',
    ]);
    expect(h.notices).toContain(`Added the topic to ${PRIYA}.`);
  });

  it("goes to the agenda of the person's next 1:1 when a future-dated note exists", async () => {
    const pickers = capture(PersonPickerModal);
    const prompts = capture(TextPromptModal);
    await h.open(DAILY);
    await h.run('add-topic-to-next-1on1');
    expect(prompts).toHaveLength(1);
    const prompt = prompts[0]!;
    prompt.onOpen();
    prompt.value = '   ';
    expect(await prompt.submit()).toBe(false);
    expect(prompt.contentEl.textContent).toContain('Enter the topic.');
    prompt.value = 'Runbook review with Platform';
    expect(await prompt.submit()).toBe(true);
    await choose(h, pickers[0]!, 'Jo: Ops/Infra');
    const jo = await h.read(JO_NEXT);
    expect(section(jo, 'Agenda')).toContain('- Runbook review with Platform (from [[2026-11-20]])');
    expect(await h.read('People/Jo - Ops-Infra.md')).not.toContain('Runbook review');
  });

  it('a person with no notes yet gets a person note holding the topic, and the next 1:1 takes it', async () => {
    const pickers = capture(PersonPickerModal);
    const prompts = capture(TextPromptModal);
    await h.run('add-topic-to-next-1on1');
    prompts[0]!.value = 'Welcome plan';
    await prompts[0]!.submit();
    await choose(h, pickers[0]!, 'Riley Park');
    const path = 'One-on-ones/Riley Park/Riley Park.md';
    expect(h.exists(path)).toBe(true);
    expect(section(await h.read(path), 'Topics for next time')).toEqual(['- Welcome plan']);
    // No active note: no link back. Now the first 1:1 with Riley carries the topic.
    await h.plugin.service.create({ name: 'Riley Park' }, 'regular');
    await h.settle();
    const first = await h.read('One-on-ones/Riley Park/2026-11-22 Riley Park.md');
    expect(section(first, 'Agenda')).toEqual(['- Welcome plan']);
  });

  it('adds the same topic only once', async () => {
    const pickers = capture(PersonPickerModal);
    for (let i = 0; i < 2; i++) {
      const editor = mockEditor('Headcount');
      editor.setSelection({ line: 0, ch: 0 }, { line: 0, ch: 9 });
      const menu = mockMenu();
      h.app.workspace.trigger('editor-menu', menu, editor, {
        file: h.app.vault.getFileByPath(DAILY),
      });
      menuItems(menu)
        .find((x) => x.title === 'Add topic to next 1:1')!
        .click();
      await choose(h, pickers[i]!, 'Priya Shah');
    }
    expect((await h.read(PRIYA)).split('- Headcount (from [[2026-11-20]])')).toHaveLength(2);
    expect(h.notices.at(-1)).toBe(`This topic is already in ${PRIYA}.`);
  });
});

describe('the #1on1 option', () => {
  let h: Harness;
  const TAGGED = [
    '# Friday',
    '- Discuss the offsite with [[Priya Shah]] #1on1',
    '- [ ] Budget for the SREcon trip [[Priya Shah]] #1on1',
    '- [x] Already done with [[Priya Shah]] #1on1',
    '- Not tagged, links [[Priya Shah]]',
    '- Tagged for Sam only [[Sam Lee]] #1on1',
    '',
  ].join('\n');

  /** The mocks' cache does not read tags that start with a digit; add them as Obsidian would. */
  function tagCache(path: string, text = TAGGED): void {
    const file = h.app.vault.getFileByPath(path)!;
    const cache = h.app.metadataCache.getFileCache(file)!;
    const tags = text.split('\n').flatMap((line, n) => {
      const col = line.indexOf('#1on1');
      return col < 0
        ? []
        : [
            {
              tag: '#1on1',
              position: {
                start: { line: n, col, offset: 0 },
                end: { line: n, col: col + 5, offset: 0 },
              },
            },
          ];
    });
    (cache as { tags?: unknown[] }).tags = [
      ...((cache as { tags?: unknown[] }).tags ?? []),
      ...tags,
    ];
  }

  beforeEach(async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date(2026, 10, 22, 9, 30));
    h = await createHarness({ ...filesFrom(EXAMPLE_VAULT), 'Daily/2026-11-21.md': TAGGED });
    tagCache('Daily/2026-11-21.md');
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.restoreAllMocks();
  });

  it('is off by default: nothing is offered', async () => {
    const modals = capture(TaggedTopicsModal);
    await h.open(PRIYA_LAST);
    await h.run('create-next-regular-with-this-person');
    expect(modals).toHaveLength(0);
    expect(await h.read(PRIYA_NEW)).not.toContain('offsite');
  });

  it('offers open tagged items that link the person, adds the ticked ones, marks them taken, and undo restores all', async () => {
    h.plugin.settings.tagTopics = true;
    const daily = await h.read('Daily/2026-11-21.md');
    let offered: Array<string | null> = [];
    const modals = capture(TaggedTopicsModal, (m) => {
      m.onOpen();
      offered = [...m.contentEl.querySelectorAll('.touchpoints-tagged-text')].map(
        (e) => e.textContent,
      );
      // Untick the second one, then "Add to the agenda" (the mocks' buttons do not wire DOM clicks).
      document.body.appendChild(m.containerEl);
      (m.contentEl.querySelectorAll('input[type=checkbox]')[1] as HTMLInputElement).click();
      expect([...m.contentEl.querySelectorAll('button')].map((b) => b.textContent)).toEqual([
        'Skip',
        'Add to the agenda',
      ]);
      m.finish(m.chosen());
    });
    await h.open(PRIYA_LAST);
    await h.run('create-next-regular-with-this-person');
    expect(modals).toHaveLength(1);
    expect(offered).toEqual([
      'Discuss the offsite with [[Priya Shah]] (from [[2026-11-21]])',
      'Budget for the SREcon trip [[Priya Shah]] (from [[2026-11-21]])',
    ]);
    const created = await h.read(PRIYA_NEW);
    const agenda = section(created, 'Agenda');
    expect(agenda).toContain('- Discuss the offsite with [[Priya Shah]] (from [[2026-11-21]])');
    expect(agenda.join('\n')).not.toContain('SREcon');
    expect(agenda.join('\n')).not.toContain('Already done');
    const after = await h.read('Daily/2026-11-21.md');
    expect(after).toBe(
      daily.replace('[[Priya Shah]] #1on1\n', '[[Priya Shah]] #1on1 → [[2026-11-22 Priya Shah]]\n'),
    );
    await h.run('undo-last-carry-over');
    expect(await h.read('Daily/2026-11-21.md')).toBe(daily);
    expect(h.exists(PRIYA_NEW)).toBe(false);
  });

  it('offers exactly the open items that link the person, and never one already taken', async () => {
    h.plugin.settings.tagTopics = true;
    const seen: string[][] = [];
    capture(TaggedTopicsModal, (m) => {
      seen.push(m.chosen().map((t) => t.topic));
      m.finish(m.chosen());
    });
    await h.open(PRIYA_LAST);
    await h.run('create-next-regular-with-this-person');
    expect(seen[0]).toEqual([
      '- Discuss the offsite with [[Priya Shah]] (from [[2026-11-21]])',
      '- Budget for the SREcon trip [[Priya Shah]] (from [[2026-11-21]])',
    ]);
    // Next time, for another date: both items now link Priya's new note, so none is offered.
    tagCache('Daily/2026-11-21.md');
    await h.plugin.service.create({ key: PRIYA }, 'regular', '2026-12-01');
    await h.settle();
    expect(seen).toHaveLength(1);
  });

  it('works for a person with no notes yet: an unresolved link by name', async () => {
    h.plugin.settings.tagTopics = true;
    const text = '- Welcome lunch for [[Riley Park]] #1on1\n';
    await h.app.vault.create('Inbox.md', text);
    await h.settle(); // the app indexes a new note later (realistic mode)
    tagCache('Inbox.md', text);
    capture(TaggedTopicsModal, (m) => m.finish(m.chosen()));
    await h.plugin.service.create({ name: 'Riley Park' }, 'regular');
    await h.settle();
    const created = await h.read('One-on-ones/Riley Park/2026-11-22 Riley Park.md');
    expect(section(created, 'Agenda')).toEqual([
      '- Welcome lunch for [[Riley Park]] (from [[Inbox]])',
    ]);
    expect(await h.read('Inbox.md')).toBe(
      '- Welcome lunch for [[Riley Park]] #1on1 → [[2026-11-22 Riley Park]]\n',
    );
  });

  it('skipping takes nothing and marks nothing', async () => {
    h.plugin.settings.tagTopics = true;
    const daily = await h.read('Daily/2026-11-21.md');
    capture(TaggedTopicsModal, (m) => m.finish(null));
    await h.open(PRIYA_LAST);
    await h.run('create-next-regular-with-this-person');
    expect(await h.read(PRIYA_NEW)).not.toContain('offsite');
    expect(await h.read('Daily/2026-11-21.md')).toBe(daily);
  });
});
