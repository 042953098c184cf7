import { describe, expect, it, vi } from 'vitest';
import { MarkdownView, Plugin, WorkspaceLeaf } from 'obsidian-test-mocks/obsidian';
import { PersonPickerModal } from '../../src/plugin/next-note/person-picker';
import {
  captureModals,
  createHarness,
  EXAMPLE_VAULT,
  filesFrom,
  type Harness,
  useFakeToday,
} from '../helpers/harness';
import { oneOnOne, personNote } from '../helpers/builders';

const PRIYA_LAST = 'One-on-ones/Priya Shah/2026-11-10 Priya Shah.md';
const PRIYA_NEW = 'One-on-ones/Priya Shah/2026-11-22 Priya Shah.md';
/** Ann's person note, and her 1:1 of 2026-11-01 with one open item. */
const ANN = personNote({ relationship: 'peer' });
const ANN_MEETING = oneOnOne(
  { person: 'Ann', date: '2026-11-01', kind: 'regular' },
  '## Action items',
  '- [ ] call',
);

describe('the plugin on obsidian-test-mocks', () => {
  let h: Harness;
  useFakeToday();

  it('registers one create command per note type, their "with this person" variants and undo', async () => {
    h = await createHarness({});
    const ids = [
      ...(h.plugin as unknown as { commands__: Map<string, unknown> }).commands__.keys(),
    ].map((k) => k.replace(/^touchpoints:/, ''));
    // Other features add their own commands; this test is about the create commands.
    expect(ids.filter((id) => /^(create-next-|undo-last-)/.test(id)).sort()).toEqual(
      [
        'create-next-career',
        'create-next-career-with-this-person',
        'create-next-regular',
        'create-next-regular-with-this-person',
        'undo-last-carry-over',
      ].sort(),
    );
  });

  it('"Create next career conversation" opens the picker, and choosing a person creates the note', async () => {
    h = await createHarness(filesFrom(EXAMPLE_VAULT));
    const opened = captureModals(PersonPickerModal);
    expect(await h.run('create-next-career')).toBe(true);
    expect(opened).toHaveLength(1);
    const sam = opened[0]!.getSuggestions('Sam Lee')[0]!;
    opened[0]!.onChooseSuggestion(sam);
    await h.settle();
    const path = 'One-on-ones/Sam Lee/2026-11-22 Sam Lee.md';
    expect(h.exists(path)).toBe(true);
    const text = await h.read(path);
    expect(text).toContain('kind: career');
    expect(text).toContain('## Actions until next time\n');
    expect(text).toContain('![[Sam Lee#Goals]]');
    expect(h.app.workspace.getActiveFile()?.path).toBe(path);
  });

  it('indexes the example vault from the metadata cache on layout ready', async () => {
    h = await createHarness(filesFrom(EXAMPLE_VAULT));
    const people = h.plugin.meetings.index
      .people()
      .map((p) => p.name)
      .sort();
    expect(people).toEqual([
      'Dana Okafor',
      'Jo: Ops/Infra',
      'Marcus Chen',
      'Priya Shah',
      'Sam Lee',
    ]);
    expect(h.plugin.meetings.index.problems().map((p) => p.path)).toEqual([
      'One-on-ones/Broken/2026-10-01 Untitled.md',
    ]);
  });

  it('creates the next 1:1 from a 1:1 note, carries open items, marks the source and moves topics', async () => {
    h = await createHarness(filesFrom(EXAMPLE_VAULT));
    const sourceBefore = await h.read(PRIYA_LAST);
    const personBefore = await h.read('People/Priya Shah.md');
    await h.open(PRIYA_LAST);
    expect(h.available('create-next-regular-with-this-person')).toBe(true);
    expect(await h.run('create-next-regular-with-this-person')).toBe(true);
    expect(h.exists(PRIYA_NEW)).toBe(true);
    const created = await h.read(PRIYA_NEW);
    expect(created).toMatch(
      /^---\ntype: one-on-one\nperson: "\[\[Priya Shah\]\]"\ndate: 2026-11-22\nkind: regular\nprevious: "\[\[2026-11-10 Priya Shah\]\]"\n---\n/,
    );
    // Every open task of the source is now forwarded there, and present here.
    const sourceAfter = await h.read(PRIYA_LAST);
    const before = sourceBefore.split('\n');
    const after = sourceAfter.split('\n');
    expect(after).toHaveLength(before.length);
    const changed = before.map((l, i) => [l, after[i]!] as const).filter(([a, b]) => a !== b);
    expect(changed.length).toBeGreaterThan(0);
    for (const [a, b] of changed) {
      expect(b).toBe(a.replace(/\[[^x\-X>]\]/, '[>]'));
      const text = a.replace(/^[\s>]*[-*+] \[.\] /, '').replace(/\s+$/, '');
      expect(created).toContain(text);
    }
    // The private item went to the private section only.
    const privateAt = created.indexOf('## Private');
    const hr = created.indexOf('Ask HR confidentially');
    expect(hr).toBeGreaterThan(privateAt);
    expect(created.indexOf('Ask HR confidentially')).toBe(
      created.lastIndexOf('Ask HR confidentially'),
    );
    // Topics left the queue and are in the agenda.
    const personAfter = await h.read('People/Priya Shah.md');
    expect(personAfter).not.toBe(personBefore);
    const topicsBefore = personBefore
      .split('## Topics for next time')[1]!
      .split('\n## ')[0]!
      .split('\n')
      .filter((l) => l.startsWith('- '));
    expect(topicsBefore.length).toBe(2);
    const agenda = created.split('## Agenda')[1]!.split('\n## ')[0]!;
    for (const t of topicsBefore) expect(agenda).toContain(t);
    for (const t of topicsBefore) expect(personAfter).not.toContain(t);
  });

  it('opens an existing note for the same person, type and date and changes nothing', async () => {
    h = await createHarness(filesFrom(EXAMPLE_VAULT));
    await h.open(PRIYA_LAST);
    await h.run('create-next-regular-with-this-person');
    const snapshot = await Promise.all(h.paths().map(async (p) => [p, await h.read(p)] as const));
    await h.open(PRIYA_LAST);
    await h.run('create-next-regular-with-this-person');
    const again = await Promise.all(h.paths().map(async (p) => [p, await h.read(p)] as const));
    expect(again).toEqual(snapshot);
    expect(h.notices.some((n) => /already exists/.test(n))).toBe(true);
  });

  it('undo restores every touched note and trashes the new one', async () => {
    h = await createHarness(filesFrom(EXAMPLE_VAULT));
    const before = await Promise.all(h.paths().map(async (p) => [p, await h.read(p)] as const));
    await h.open(PRIYA_LAST);
    await h.run('create-next-regular-with-this-person');
    expect(h.exists(PRIYA_NEW)).toBe(true);
    expect(h.available('undo-last-carry-over')).toBe(true);
    await h.run('undo-last-carry-over');
    expect(h.exists(PRIYA_NEW)).toBe(false);
    const after = await Promise.all(h.paths().map(async (p) => [p, await h.read(p)] as const));
    expect(after).toEqual(before);
    expect(h.available('undo-last-carry-over')).toBe(false);
  });

  it('undo refuses, naming the file, when a touched note was edited since', async () => {
    h = await createHarness(filesFrom(EXAMPLE_VAULT));
    await h.open(PRIYA_LAST);
    await h.run('create-next-regular-with-this-person');
    await h.write(PRIYA_LAST, (await h.read(PRIYA_LAST)) + '\nedited\n');
    const snapshot = await Promise.all(h.paths().map(async (p) => [p, await h.read(p)] as const));
    await h.run('undo-last-carry-over');
    const after = await Promise.all(h.paths().map(async (p) => [p, await h.read(p)] as const));
    expect(after).toEqual(snapshot);
    expect(h.notices.some((n) => n.includes(PRIYA_LAST) && /edited since/.test(n))).toBe(true);
  });

  it('falls back to the built-in template with a Notice naming a missing template', async () => {
    h = await createHarness(
      {
        'People/Ann.md': ANN,
        'One-on-ones/Ann/2026-11-01 Ann.md': ANN_MEETING,
      },
      { data: { noteTypes: [{ id: 'regular', template: 'Templates/Missing.md' }] } },
    );
    await h.open('One-on-ones/Ann/2026-11-01 Ann.md');
    await h.run('create-next-regular-with-this-person');
    const created = await h.read('One-on-ones/Ann/2026-11-22 Ann.md');
    expect(created).toContain("## How I'm really doing");
    expect(created).toContain('- [ ] call ➕ 2026-11-01');
    expect(h.notices.some((n) => n.includes('Templates/Missing.md'))).toBe(true);
  });

  it('uses a user template and adds the agenda and action items headings it lacks', async () => {
    h = await createHarness(
      {
        'Templates/Mine.md':
          '---\ntags: [one-on-one]\n---\n# {{person}} on {{date:d MMMM yyyy}}\n\n## Notes\n',
        'People/Ann.md': ANN,
        'One-on-ones/Ann/2026-11-01 Ann.md': ANN_MEETING,
      },
      { data: { noteTypes: [{ id: 'regular', template: 'Templates/Mine.md' }] } },
    );
    await h.open('One-on-ones/Ann/2026-11-01 Ann.md');
    await h.run('create-next-regular-with-this-person');
    const created = await h.read('One-on-ones/Ann/2026-11-22 Ann.md');
    expect(created).toContain('tags: [one-on-one]');
    expect(created).toContain('# Ann on 22 November 2026');
    expect(created).toMatch(/## Agenda\n/);
    expect(created).toMatch(/## Action items\n- \[ \] call ➕ 2026-11-01\n/);
  });

  it('creates through Templater when the template is a Templater template, then carries', async () => {
    const calls: string[] = [];
    const files = {
      'Templates/T.md': '# <% tp.file.title %>\n\n## Agenda\n\n## Action items\n',
      'People/Ann.md': ANN,
      'One-on-ones/Ann/2026-11-01 Ann.md': ANN_MEETING,
    };
    let harness: Harness | null = null;
    const templater = {
      templater: {
        create_new_note_from_template: async (_t: unknown, folder: string, name: string) => {
          calls.push(`${folder}/${name}`);
          // Templater writes the processed template itself.
          const path = `${folder}/${name}.md`;
          const file = await harness!.app.vault.create(
            path,
            `# ${name}\n\n## Agenda\n\n## Action items\n`,
          );
          return file;
        },
      },
    };
    h = harness = await createHarness(files, {
      data: { noteTypes: [{ id: 'regular', template: 'Templates/T.md' }] },
      plugins: { 'templater-obsidian': templater },
    });
    await h.open('One-on-ones/Ann/2026-11-01 Ann.md');
    await h.run('create-next-regular-with-this-person');
    expect(calls).toEqual(['One-on-ones/Ann/2026-11-22 Ann']);
    const created = await h.read('One-on-ones/Ann/2026-11-22 Ann.md');
    expect(created).toContain('# 2026-11-22 Ann');
    expect(created).toContain('type: one-on-one');
    expect(created).toMatch(/## Action items\n- \[ \] call ➕ 2026-11-01\n/);
    expect(await h.read('One-on-ones/Ann/2026-11-01 Ann.md')).toContain('- [>] call');
  });

  it.each([true, false])(
    "jumps to Templater's cursor markers as Templater would on opening the note (auto jump %s)",
    async (autoJump) => {
      let harness: Harness | null = null;
      const templater = {
        settings: { auto_jump_to_cursor: autoJump },
        templater: {
          // Templater writes its output: tp.file.cursor() stays as a marker for its jump.
          create_new_note_from_template: (_t: unknown, folder: string, name: string) =>
            harness!.app.vault.create(
              `${folder}/${name}.md`,
              `# ${name}\n\n## Agenda\n- <% tp.file.cursor(1) %>\n\n## Notes\n<% tp.file.cursor(2) %>\n\n## Action items\n`,
            ),
        },
      };
      h = harness = await createHarness(
        {
          'Templates/T.md': '# <% tp.file.title %>\n',
          'People/Ann.md': ANN,
          'One-on-ones/Ann/2026-11-01 Ann.md': ANN_MEETING,
        },
        {
          data: { noteTypes: [{ id: 'regular', template: 'Templates/T.md' }] },
          plugins: { 'templater-obsidian': templater },
        },
      );
      await h.open('One-on-ones/Ann/2026-11-01 Ann.md');
      // The mocks' openFile builds no view: show the file in a Markdown view, as the app does.
      let shown: MarkdownView | null = null;
      vi.spyOn(WorkspaceLeaf.prototype, 'openFile').mockImplementation(async function (
        this: WorkspaceLeaf,
        file,
      ) {
        const view = MarkdownView.create2__(this);
        view.file = file;
        view.setViewData(await h.app.vault.read(file), true);
        (this as unknown as { view: unknown }).view = view;
        shown = view;
      });
      await h.run('create-next-regular-with-this-person');
      const path = 'One-on-ones/Ann/2026-11-22 Ann.md';
      const created = await h.read(path);
      expect(created).toMatch(/## Action items\n- \[ \] call ➕ 2026-11-01\n/);
      if (!autoJump) {
        expect(created).toContain('- <% tp.file.cursor(1) %>\n');
        return;
      }
      // The first jump's marker is gone, the next one stays for Templater's own command.
      expect(created).toContain('## Agenda\n- \n\n## Notes\n<% tp.file.cursor(2) %>\n');
      const view = shown as MarkdownView | null;
      expect(view?.file?.path).toBe(path);
      const agenda = created.split('\n').indexOf('## Agenda');
      expect(view?.editor.getCursor()).toEqual({ line: agenda + 1, ch: 2 });
      // Undo still takes the whole creation back.
      await h.run('undo-last-carry-over');
      expect(h.exists(path)).toBe(false);
    },
  );

  it('without Templater, a Templater template is used as text with a Notice', async () => {
    h = await createHarness(
      {
        'Templates/T.md': '# <% tp.file.title %>\n\n## Agenda\n',
        'People/Ann.md': ANN,
        'One-on-ones/Ann/2026-11-01 Ann.md': ANN_MEETING,
      },
      { data: { noteTypes: [{ id: 'regular', template: 'Templates/T.md' }] } },
    );
    await h.open('One-on-ones/Ann/2026-11-01 Ann.md');
    await h.run('create-next-regular-with-this-person');
    const created = await h.read('One-on-ones/Ann/2026-11-22 Ann.md');
    expect(created).toContain('# <% tp.file.title %>');
    expect(h.notices.some((n) => /Templater is not enabled/.test(n))).toBe(true);
  });

  it('"with this person" is unavailable in a note that is neither a 1:1 nor a person note', async () => {
    h = await createHarness({
      'Random.md': 'hello',
      'People/Ann.md': ANN,
    });
    await h.open('Random.md');
    expect(h.available('create-next-regular-with-this-person')).toBe(false);
    await h.open('People/Ann.md');
    expect(h.available('create-next-regular-with-this-person')).toBe(true);
    await h.run('create-next-regular-with-this-person');
    expect(h.exists('One-on-ones/Ann/2026-11-22 Ann.md')).toBe(true);
    expect(await h.read('One-on-ones/Ann/2026-11-22 Ann.md')).toContain('person: "[[Ann]]"');
  });

  it('adds, renames and removes the commands of a note type as the settings change', async () => {
    h = await createHarness({});
    const names = (): Record<string, string> =>
      Object.fromEntries(
        [...(h.plugin as unknown as { commands__: Map<string, { name: string }> }).commands__]
          .filter(([k]) => k.includes('skip-level'))
          .map(([k, c]) => [k.replace(/^touchpoints:/, ''), c.name]),
      );
    const save = async (): Promise<void> => {
      const tab = Plugin.fromOriginalType2__(h.plugin).settingTabs__[0] as unknown as {
        deps: { save: () => Promise<void> };
      };
      await tab.deps.save();
    };
    h.plugin.settings.noteTypes.push({
      id: 'skip-level',
      name: 'Skip-level',
      template: '',
      career: false,
      agendaHeading: 'Agenda',
      actionItemsHeading: 'Action items',
    });
    await save();
    expect(names()).toEqual({
      'create-next-skip-level': 'Create next skip-level',
      'create-next-skip-level-with-this-person': 'Create next skip-level with this person',
      'prepare-next-skip-level': 'Prepare next skip-level',
      'prepare-next-skip-level-with-this-person': 'Prepare next skip-level with this person',
    });
    h.plugin.settings.noteTypes.find((t) => t.id === 'skip-level')!.name = 'Skip-level 1:1';
    await save();
    expect(names()['create-next-skip-level']).toBe('Create next skip-level 1:1');
    expect(names()['prepare-next-skip-level']).toBe('Prepare next skip-level 1:1');
    h.plugin.settings.noteTypes = h.plugin.settings.noteTypes.filter((t) => t.id !== 'skip-level');
    await save();
    expect(names()).toEqual({});
  });

  it('takes settings changed by Sync on another device, and never saves the stale ones over them', async () => {
    h = await createHarness({}, { data: { defaultCadence: 14 } });
    const mockPlugin = Plugin.fromOriginalType2__(h.plugin);
    const tab = mockPlugin.settingTabs__[0] as unknown as {
      deps: { save: () => Promise<void> };
      containerEl: HTMLElement;
      display(): void;
    };
    tab.display();
    const cadenceField = (): string =>
      [...tab.containerEl.children]
        .find((el) => el.textContent?.includes('Regular 1:1 every (days)'))!
        .querySelector('input')!.value;
    expect(cadenceField()).toBe('14');
    // Sync writes data.json: another device set the cadence to 21 and added a note type.
    const synced = JSON.parse(JSON.stringify(h.plugin.settings)) as Record<string, unknown>;
    synced.defaultCadence = 21;
    (synced.noteTypes as unknown[]).push({ id: 'skip-level', name: 'Skip-level' });
    mockPlugin.data__ = synced;
    await (h.plugin as { onExternalSettingsChange?: () => unknown }).onExternalSettingsChange?.();
    await h.settle();
    expect(h.plugin.settings.defaultCadence).toBe(21);
    expect(h.available('create-next-skip-level')).toBe(true);
    // The open settings tab shows what was synced.
    expect(cadenceField()).toBe('21');
    // A later save (here: a change on this device) keeps the synced values.
    h.plugin.settings.agingThreshold = 5;
    await tab.deps.save();
    const saved = mockPlugin.data__ as { defaultCadence: number; agingThreshold: number };
    expect([saved.defaultCadence, saved.agingThreshold]).toEqual([21, 5]);
  });

  it('needs no rebuild when the metadata cache reports it has resolved every note', async () => {
    // Notes still being indexed at layout ready are followed one by one (late-metadata.test.ts).
    h = await createHarness({ 'People/Ann.md': ANN });
    const rebuild = vi.spyOn(h.plugin.meetings, 'rebuild');
    h.app.metadataCache.trigger('resolved');
    h.app.metadataCache.trigger('resolved');
    expect(rebuild).not.toHaveBeenCalled();
    expect(h.plugin.meetings.isReady()).toBe(true);
  });

  it('keeps the index current on rename and delete without a rebuild', async () => {
    h = await createHarness({
      'People/Ann.md': ANN,
      'One/Ann/2026-11-01 Ann.md': oneOnOne({ person: 'Ann', date: '2026-11-01', kind: 'regular' }),
    });
    const idx = h.plugin.meetings.index;
    expect(idx.get('One/Ann/2026-11-01 Ann.md')?.personKey).toBe('People/Ann.md');
    const file = h.app.vault.getFileByPath('One/Ann/2026-11-01 Ann.md')!;
    await h.app.fileManager.renameFile(file, 'One/Ann/2026-11-01 Ann (moved).md');
    await h.settle();
    expect(idx.get('One/Ann/2026-11-01 Ann.md')).toBeUndefined();
    expect(idx.get('One/Ann/2026-11-01 Ann (moved).md')?.date).toBe('2026-11-01');
    const moved = h.app.vault.getFileByPath('One/Ann/2026-11-01 Ann (moved).md')!;
    await h.app.vault.delete(moved);
    await h.settle();
    expect(idx.size).toBe(0);
  });

  it('follows a folder rename, which the app reports file by file (realistic harness)', async () => {
    h = await createHarness(
      {
        'People/Ann.md': ANN,
        'One/Ann/2026-11-01 Ann.md': ANN_MEETING,
        'One/Ann/Old/2026-10-01 Ann.md': oneOnOne({ person: 'Ann', date: '2026-10-01' }),
      },
      { realistic: true },
    );
    await h.app.fileManager.renameFile(h.app.vault.getFolderByPath('One/Ann')!, 'One/Ann R');
    await h.settle();
    const idx = h.plugin.meetings.index;
    expect(idx.meetingsOf('People/Ann.md').map((m) => m.path)).toEqual([
      'One/Ann R/Old/2026-10-01 Ann.md',
      'One/Ann R/2026-11-01 Ann.md',
    ]);
    expect(idx.get('One/Ann/2026-11-01 Ann.md')).toBeUndefined();
  });
});
