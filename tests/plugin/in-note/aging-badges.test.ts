import { EditorState, type Extension } from '@codemirror/state';
import { EditorView } from '@codemirror/view';
import {
  Component,
  editorInfoField,
  Menu,
  type MarkdownFileInfo,
  type MarkdownPostProcessorContext,
} from 'obsidian';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { agingField } from '../../../src/editor/aging';
import { AgingBadges } from '../../../src/plugin/in-note/aging-badges';
import { TextPromptModal } from '../../../src/plugin/shared/text-prompt';
import {
  captureModals,
  createHarness,
  EXAMPLE_VAULT,
  filesFrom,
  menuItems,
  type Harness,
} from '../../helpers/harness';

const PRIYA_LAST = 'One-on-ones/Priya Shah/2026-11-10 Priya Shah.md';
const PRIYA_CANCELLED = 'One-on-ones/Priya Shah/2026-10-27 Priya Shah.md';

type PluginMock = {
  editorExtensions__: Extension[][];
  settingTabs__: Array<{ deps: { save(): Promise<void> } }>;
};

function stateFor(h: Harness, path: string, extensions: Extension): EditorState {
  const file = h.app.vault.getFileByPath(path)!;
  return EditorState.create({
    doc: '',
    extensions: [editorInfoField.init(() => ({ file }) as unknown as MarkdownFileInfo), extensions],
  });
}

describe('aging badges in Obsidian', () => {
  let h: Harness;
  let mock: PluginMock;
  beforeEach(async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date(2026, 10, 22, 9, 30));
    h = await createHarness(filesFrom(EXAMPLE_VAULT));
    mock = h.plugin as unknown as PluginMock;
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.restoreAllMocks();
  });

  it('registers one mutable extension array; the setting empties and refills it without reloading', async () => {
    const arrays = mock.editorExtensions__;
    expect(arrays).toHaveLength(1);
    expect(arrays[0]).toHaveLength(1);
    const update = vi.spyOn(h.app.workspace, 'updateOptions');
    h.plugin.settings.agingBadges = false;
    await mock.settingTabs__[0]!.deps.save();
    expect(arrays[0]).toHaveLength(0);
    expect(update).toHaveBeenCalledTimes(1);
    h.plugin.settings.agingBadges = true;
    await mock.settingTabs__[0]!.deps.save();
    expect(arrays[0]).toHaveLength(1);
  });

  it('reconfigures open editors only when a setting the badges read has changed', async () => {
    const arrays = mock.editorExtensions__;
    const before = arrays[0]![0];
    const update = vi.spyOn(h.app.workspace, 'updateOptions');
    const save = (): Promise<void> => mock.settingTabs__[0]!.deps.save();
    // Typing into fields the editor extension does not read: one save per keystroke.
    for (const days of ['1', '14', '21']) {
      h.plugin.settings.defaultCadence = Number(days);
      await save();
    }
    expect(update).not.toHaveBeenCalled();
    expect(arrays[0]![0]).toBe(before);
    h.plugin.settings.agingThreshold += 1;
    await save();
    expect(update).toHaveBeenCalledTimes(1);
    await save();
    expect(update).toHaveBeenCalledTimes(1);
    h.plugin.settings.closedStatuses += '~';
    await save();
    expect(update).toHaveBeenCalledTimes(2);
  });

  it('knows which file an editor shows (editorInfoField) and gives its note date and meetings', async () => {
    const text = await h.read(PRIYA_LAST);
    let state = stateFor(h, PRIYA_LAST, mock.editorExtensions__[0]!);
    state = state.update({ changes: { from: 0, insert: text } }).state;
    expect(state.field(agingField).context?.date).toBe('2026-11-10');
    expect(state.field(agingField).tasks.map((t) => t.age)).toEqual([2, 3, 3]);
    const daily = stateFor(h, 'Daily/2026-11-20.md', mock.editorExtensions__[0]!);
    expect(daily.field(agingField).context).toBeNull();
  });

  it('pushes new meeting dates to open editors when the index changes', async () => {
    const text = await h.read(PRIYA_LAST);
    const file = h.app.vault.getFileByPath(PRIYA_LAST)!;
    const view = new EditorView({
      state: EditorState.create({
        doc: text,
        extensions: [
          editorInfoField.init(() => ({ file }) as unknown as MarkdownFileInfo),
          mock.editorExtensions__[0]!,
        ],
      }),
    });
    expect(view.state.field(agingField).tasks.map((t) => t.age)).toEqual([2, 3, 3]);
    // The cancelled meeting of 2026-10-27 becomes rescheduled: it no longer counts.
    await h.write(
      PRIYA_CANCELLED,
      (await h.read(PRIYA_CANCELLED)).replace('status: cancelled', 'status: rescheduled'),
    );
    await new Promise((r) => setTimeout(r, 250));
    expect(view.state.field(agingField).tasks.map((t) => t.age)).toEqual([1, 2, 2]);
    view.destroy();
  });

  describe('reading view', () => {
    /** The Action items list of Priya's note as Obsidian renders it, and its section info. */
    async function render(): Promise<{
      el: HTMLElement;
      ctx: MarkdownPostProcessorContext;
      text: string;
    }> {
      const text = await h.read(PRIYA_LAST);
      const lines = text.split('\n');
      const lineStart = lines.findIndex((l) => l.startsWith('- [/] Draft'));
      const lineEnd = lines.findIndex((l) => l.startsWith('- [-] Write'));
      const el = document.createElement('div');
      const ul = el.appendChild(document.createElement('ul'));
      const li = (parent: HTMLElement, status: string, label: string): HTMLElement => {
        const item = parent.appendChild(document.createElement('li'));
        item.dataset.task = status;
        item.appendChild(document.createTextNode(label));
        return item;
      };
      const draft = li(ul, '/', 'Draft the Q1 roadmap');
      const nested = draft.appendChild(document.createElement('ul'));
      for (const [s, l] of [
        ['x', 'Collect'],
        [' ', 'Size'],
        [' ', 'Review'],
      ])
        li(nested, s!, l!);
      for (const [s, l] of [
        [' ', 'Pick a stretch project'],
        [' ', '@Priya sign-off'],
        ['x', 'Send'],
        ['-', 'Write'],
      ])
        li(ul, s!, l!);
      document.body.appendChild(el);
      const ctx = {
        sourcePath: PRIYA_LAST,
        getSectionInfo: () => ({ text, lineStart, lineEnd }),
        // As Obsidian does: the section's render children live as long as the section.
        addChild: (child: Component) => {
          children.push(child);
          child.load();
        },
      } as unknown as MarkdownPostProcessorContext;
      return { el, ctx, text };
    }

    /** Render children added by the post processors, unloaded after each test. */
    const children: Component[] = [];
    afterEach(() => {
      for (const c of children.splice(0)) c.unload();
      document.body.empty();
    });

    /**
     * What the Tasks plugin's post processor does in reading view, later than ours (it
     * awaits its own rendering): each task item is replaced by a new `<li>` of its own,
     * which keeps only the old item's `div`, `ul` and `ol` children.
     */
    async function tasksRerenders(el: HTMLElement): Promise<void> {
      await Promise.resolve();
      for (const old of Array.from(el.querySelectorAll<HTMLElement>('li[data-task]'))) {
        const li = el.createEl('li', { cls: 'task-list-item plugin-tasks-list-item' });
        await Promise.resolve();
        li.setAttribute('data-task', old.dataset.task ?? '');
        li.createEl('input', { type: 'checkbox' });
        li.createSpan({ cls: 'tasks-list-text', text: old.firstChild?.textContent ?? '' });
        for (const child of Array.from(old.children)) {
          const name = child.nodeName.toLowerCase();
          if (name === 'div') li.prepend(child);
          else if (name === 'ul' || name === 'ol') li.append(child);
        }
        old.replaceWith(li);
      }
    }

    const flushObservers = (): Promise<void> => new Promise((r) => setTimeout(r, 0));

    function badges(h: Harness): AgingBadges {
      return new AgingBadges({
        plugin: h.plugin,
        meetings: h.plugin.meetings,
        settings: () => h.plugin.settings,
      });
    }

    it('adds the same badges to rendered task items, before their nested lists', async () => {
      const { el, ctx } = await render();
      badges(h).decorateReadingView(el, ctx);
      const found = [...el.querySelectorAll('.touchpoints-age')];
      expect(found.map((b) => b.querySelector('.touchpoints-age-count')!.textContent)).toEqual([
        '3rd meeting',
        '3rd meeting',
      ]);
      expect(found.every((b) => b.classList.contains('is-warning'))).toBe(true);
      expect(found[0]!.nextElementSibling?.tagName).toBe('UL');
      expect(found[0]!.getAttribute('aria-label')).toBe(
        'Raised Oct 13, 2026 · 3rd meeting. Do it, delegate it, or drop it.',
      );
      badges(h).decorateReadingView(el, ctx);
      expect(el.querySelectorAll('.touchpoints-age')).toHaveLength(2);
    });

    it('keeps the badges when the Tasks plugin re-renders the task items after us', async () => {
      const { el, ctx } = await render();
      badges(h).decorateReadingView(el, ctx);
      const before = [...el.querySelectorAll('li[data-task]')];
      await tasksRerenders(el);
      await flushObservers();
      // Every item is a new element now, and the aged ones have their badge again.
      expect([...el.querySelectorAll('li[data-task]')].some((li) => before.includes(li))).toBe(
        false,
      );
      const found = [...el.querySelectorAll<HTMLElement>('.touchpoints-age')];
      expect(
        found.map((b) => b.closest('li')!.querySelector('.tasks-list-text')!.textContent),
      ).toEqual(['Draft the Q1 roadmap', 'Pick a stretch project']);
      expect(found.map((b) => b.querySelector('.touchpoints-age-count')!.textContent)).toEqual([
        '3rd meeting',
        '3rd meeting',
      ]);
      // Still before the nested list, and only one per item.
      expect(found[0]!.nextElementSibling?.tagName).toBe('UL');
      // The watch ends with the section.
      for (const c of children.splice(0)) c.unload();
      await tasksRerenders(el);
      await flushObservers();
      expect(el.querySelectorAll('.touchpoints-age')).toHaveLength(0);
    });

    it('places nothing when the rendering and the file disagree, or in other notes, or when switched off', async () => {
      const a = await render();
      a.el.querySelector('li')!.remove();
      badges(h).decorateReadingView(a.el, a.ctx);
      expect(a.el.querySelectorAll('.touchpoints-age')).toHaveLength(0);
      const b = await render();
      badges(h).decorateReadingView(b.el, { ...b.ctx, sourcePath: 'Daily/2026-11-20.md' });
      expect(b.el.querySelectorAll('.touchpoints-age')).toHaveLength(0);
      h.plugin.settings.agingBadges = false;
      badges(h).decorateReadingView(b.el, b.ctx);
      expect(b.el.querySelectorAll('.touchpoints-age')).toHaveLength(0);
    });

    it('a click on a warning offers drop, keep and delegate; drop writes [-] to the file', async () => {
      const menus: Menu[] = [];
      vi.spyOn(Menu.prototype, 'showAtMouseEvent').mockImplementation(function (this: Menu) {
        menus.push(this);
        return this;
      });
      const { el, ctx, text } = await render();
      badges(h).decorateReadingView(el, ctx);
      (el.querySelector('.touchpoints-age.is-warning') as HTMLElement).click();
      expect(menus).toHaveLength(1);
      const items = menuItems(menus[0]!);
      expect(items.map((i) => [i.title, i.isLabel])).toEqual([
        ['Do it, delegate it, or drop it', true],
        ['Drop it', false],
        ['Keep it', false],
        ['Delegate it…', false],
      ]);
      items[2]!.click();
      await h.settle();
      expect(await h.read(PRIYA_LAST)).toBe(text);
      items[1]!.click();
      await h.settle();
      expect(await h.read(PRIYA_LAST)).toBe(
        text.replace('- [/] Draft the Q1 roadmap', '- [-] Draft the Q1 roadmap'),
      );
    });

    it('delegate asks for the name and writes the owner; a changed line is left alone with a Notice', async () => {
      const menus: Menu[] = [];
      vi.spyOn(Menu.prototype, 'showAtMouseEvent').mockImplementation(function (this: Menu) {
        menus.push(this);
        return this;
      });
      const prompts = captureModals(TextPromptModal);
      const { el, ctx, text } = await render();
      badges(h).decorateReadingView(el, ctx);
      const warnings = [...el.querySelectorAll<HTMLElement>('.touchpoints-age.is-warning')];
      warnings[1]!.click();
      menuItems(menus[0]!)[3]!.click();
      prompts[0]!.value = 'Sam';
      expect(await prompts[0]!.submit()).toBe(true);
      await h.settle();
      const delegated = text.replace(
        '- [ ] Pick a stretch project',
        '- [ ] @Sam Pick a stretch project',
      );
      expect(await h.read(PRIYA_LAST)).toBe(delegated);
      // The first badge was rendered before an edit of its line: dropping it now changes nothing.
      await h.write(
        PRIYA_LAST,
        delegated.replace('Draft the Q1 roadmap', 'Draft the Q1 roadmap v2'),
      );
      warnings[0]!.click();
      menuItems(menus[1]!)[1]!.click();
      await h.settle();
      expect(await h.read(PRIYA_LAST)).toContain('- [/] Draft the Q1 roadmap v2');
      expect(h.notices.at(-1)).toMatch(
        /could not change .*2026-11-10 Priya Shah\.md: the item changed in the meantime/,
      );
    });
  });
});
