/**
 * The built main.js, loaded as Obsidian loads it (its text wrapped in a function and
 * called with `require`, `module` and `exports`), behaves as the source: it reads
 * settings saved before, registers the same commands, writes the same next note and
 * draws the same sidebar. This is what shows that the build's shortened property names
 * (scripts/mangle-props.mjs) and its single `require('obsidian')` change nothing.
 */
import * as codemirrorState from '@codemirror/state';
import * as codemirrorView from '@codemirror/view';
import * as obsidian from 'obsidian';
import { Plugin } from 'obsidian-test-mocks/obsidian';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import TouchpointsPlugin from '../../src/main';
import { migrateSettings } from '../../src/core/settings/settings';
import { VIEW_TYPE_SIDEBAR } from '../../src/plugin/overview/sidebar-view';
import {
  createHarness,
  EXAMPLE_VAULT,
  filesFrom,
  openRegisteredView,
  useFakeToday,
  type Harness,
} from '../helpers/harness';

const root = join(import.meta.dirname, '..', '..');
const PRIYA_LAST = 'One-on-ones/Priya Shah/2026-11-10 Priya Shah.md';
const PRIYA_NEW = 'One-on-ones/Priya Shah/2026-11-22 Priya Shah.md';

/** Settings as an earlier version saved them: every key set, none at its default. */
const SAVED = {
  version: 1,
  folder: 'Meetings',
  fileNamePattern: '{{person}} {{date}}',
  noteTypes: [
    {
      id: 'regular',
      name: 'Weekly',
      template: '',
      career: false,
      agendaHeading: 'Topics',
      actionItemsHeading: 'Next steps',
      recap: { recapSubject: 'Notes from our weekly, {{date}}' },
    },
    {
      id: 'career',
      name: 'Growth talk',
      template: '',
      career: true,
      agendaHeading: 'Agenda',
      actionItemsHeading: 'Actions until next time',
    },
  ],
  defaultCadence: 7,
  defaultCareerCadence: [30, 60],
  closedStatuses: 'x-',
  markForwarded: false,
  addCreatedStamp: false,
  privateHeadings: ['Private', 'Just me'],
  topicsHeading: 'Topics',
  goalsHeading: 'Objectives',
  developmentPlanHeading: 'Growth plan',
  recap: { format: 'markdown', agendaSubject: 'Agenda for {{date}}' },
  showStatusBar: false,
  agingBadges: false,
  agingThreshold: 5,
  tagTopics: true,
  prepareReminder: false,
  winHeadings: ['Wins'],
  feedbackHeadings: ['Feedback'],
  accomplishmentsFileName: 'Wins {{period}}',
};

/** The built main.js (production options) loaded as Obsidian does, with the mocks as `obsidian`. */
function builtPluginClass(): typeof TouchpointsPlugin {
  // esbuild does not run under jsdom: build in a Node process of its own, with the build's options.
  const text = execFileSync(
    process.execPath,
    [
      '--input-type=module',
      '-e',
      `import esbuild from 'esbuild';
      import { mainBundleOptions } from './scripts/bundle-options.mjs';
      const options = { ...mainBundleOptions(process.cwd(), true), write: false, outfile: 'main.js', logLevel: 'silent' };
      process.stdout.write((await esbuild.build(options)).outputFiles[0].text);`,
    ],
    { cwd: root, encoding: 'utf8', maxBuffer: 16 * 1024 * 1024 },
  );
  const provided: Record<string, unknown> = {
    obsidian,
    '@codemirror/state': codemirrorState,
    '@codemirror/view': codemirrorView,
  };
  const module = { exports: {} as { default?: typeof TouchpointsPlugin } };
  // eslint-disable-next-line @typescript-eslint/no-implied-eval -- this is how Obsidian loads a plugin
  const load = new Function('require', 'module', 'exports', text) as (
    require: (id: string) => unknown,
    module: unknown,
    exports: unknown,
  ) => void;
  load((id) => provided[id], module, module.exports);
  if (!module.exports.default) throw new Error('main.js exports no plugin class');
  return module.exports.default;
}

let Built: typeof TouchpointsPlugin;
beforeAll(() => {
  Built = builtPluginClass();
}, 60_000);

const both = (): [string, typeof TouchpointsPlugin][] => [
  ['source', TouchpointsPlugin],
  ['main.js', Built],
];

function commandsOf(h: Harness): [string, string][] {
  return [...Plugin.fromOriginalType2__(h.plugin).commands__.values()]
    .map((c): [string, string] => [c.id, c.name])
    .sort();
}

describe('the built main.js behaves as the source', () => {
  useFakeToday();

  it('is the built bundle and not the source class', () => {
    expect(Built).not.toBe(TouchpointsPlugin);
    expect(Built.name).not.toBe('TouchpointsPlugin');
  });

  it('loads settings saved before, every key as it was saved, and saves them unchanged', async () => {
    const seen = [];
    for (const [, pluginClass] of both()) {
      const h = await createHarness({}, { pluginClass, data: structuredClone(SAVED) });
      seen.push(structuredClone(h.plugin.settings));
      await h.plugin.saveData(h.plugin.settings);
      expect(Plugin.fromOriginalType2__(h.plugin).data__).toEqual(migrateSettings(SAVED));
    }
    expect(seen[1]).toEqual(seen[0]);
    expect(seen[1]).toEqual(migrateSettings(SAVED));
    expect(seen[1]).toMatchObject({ folder: 'Meetings', defaultCareerCadence: [30, 60] });
  });

  it('registers the same commands, with the same ids and names', async () => {
    const lists = [];
    for (const [, pluginClass] of both())
      lists.push(commandsOf(await createHarness(filesFrom(EXAMPLE_VAULT), { pluginClass })));
    expect(lists[0]!.length).toBeGreaterThan(10);
    expect(lists[1]).toEqual(lists[0]);
  });

  it('writes the same next note and draws the same sidebar over the example vault', async () => {
    // jsdom lays nothing out: a view counts as shown while it is attached (the sidebar
    // draws only when shown).
    vi.spyOn(HTMLElement.prototype, 'isShown').mockImplementation(function (this: HTMLElement) {
      return this.isConnected;
    });
    const out = [];
    for (const [, pluginClass] of both()) {
      const h = await createHarness(filesFrom(EXAMPLE_VAULT), {
        pluginClass,
        data: { prepareReminder: false },
      });
      await h.open(PRIYA_LAST);
      expect(await h.run('create-next-regular-with-this-person')).toBe(true);
      expect(await h.run('open-sidebar')).toBe(true);
      const view = await openRegisteredView(h, VIEW_TYPE_SIDEBAR);
      // Longer than the sidebar's debounce of 100 ms.
      await new Promise((r) => setTimeout(r, 250));
      await h.settle();
      out.push({
        note: await h.read(PRIYA_NEW),
        previous: await h.read(PRIYA_LAST),
        sidebar: (view as unknown as { contentEl: HTMLElement }).contentEl.innerHTML,
        notices: h.notices,
      });
    }
    expect(out[0]!.note).toContain('Priya');
    expect(out[0]!.sidebar).toContain('Priya Shah');
    expect(out[1]).toEqual(out[0]);
  });
});
