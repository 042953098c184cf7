/**
 * The Tasks plugin as Touchpoints reads it: its status settings from the data.json it
 * saves (a realistic copy, with the Minimal theme's preset applied, in fixtures/), and
 * the hint the settings tab shows.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Plugin } from 'obsidian-test-mocks/obsidian';
import { tasksForwardedHint } from '../../../src/core/settings/tasks-statuses';
import { tasksForwardedHintOf } from '../../../src/plugin/shared/integrations';
import { createHarness, useFakeToday } from '../../helpers/harness';

/** Tasks' data.json after "Minimal Theme: Add 22 supported Statuses". */
const MINIMAL = readFileSync(
  join(import.meta.dirname, 'fixtures', 'tasks-data-minimal.json'),
  'utf8',
);

interface TasksData {
  statusSettings: { customStatuses: Array<{ symbol: string; type: string; name: string }> };
}

function minimalData(): TasksData {
  return JSON.parse(MINIMAL) as TasksData;
}

/** The Tasks plugin object as Obsidian holds it: no `settings`, only its saved data. */
function tasksPlugin(data: unknown): Record<string, unknown> {
  return {
    manifest: { id: 'obsidian-tasks-plugin', dir: '.obsidian/plugins/obsidian-tasks-plugin' },
    loadData: () => Promise.resolve(data === null ? null : JSON.parse(JSON.stringify(data))),
  };
}

describe('the Tasks hint', () => {
  useFakeToday();

  it('names the setting to change when the Minimal preset made [>] a TODO status', () => {
    expect(tasksForwardedHint(minimalData())).toBe(
      `The Tasks plugin's status [>] "forwarded" has the type TODO (Tasks' preset for the Minimal theme adds it so), so forwarded items count as "not done" in its queries. In Tasks' settings, under Task Statuses › Custom Statuses, edit the status with symbol ">" and set its Task Status Type to NON_TASK.`,
    );
  });

  it.each(['NON_TASK', 'DONE', 'CANCELLED'])('is quiet when [>] has the type %s', (type) => {
    const data = minimalData();
    data.statusSettings.customStatuses.find((s) => s.symbol === '>')!.type = type;
    expect(tasksForwardedHint(data)).toBeNull();
  });

  it('reads the first status with the symbol, as Tasks does', () => {
    const data = minimalData();
    const custom = data.statusSettings.customStatuses;
    custom.unshift({ symbol: '>', name: 'Forwarded', type: 'NON_TASK' });
    expect(tasksForwardedHint(data)).toBeNull();
  });

  it('says how to add [>] when Tasks has no such status, or never saved its settings', () => {
    const data = minimalData();
    data.statusSettings.customStatuses = data.statusSettings.customStatuses.filter(
      (s) => s.symbol !== '>',
    );
    for (const d of [data, null, {}]) {
      expect(tasksForwardedHint(d)).toMatch(
        /^The Tasks plugin has no status for \[>\].*"Add New Task Status" with symbol ">", name "Forwarded", next symbol "x" and Task Status Type NON_TASK\.$/,
      );
    }
  });

  it('says nothing about data it does not understand', () => {
    for (const d of ['text', 3, { statusSettings: 'x' }, { statusSettings: { coreStatuses: 1 } }])
      expect(tasksForwardedHint(d)).toBeNull();
  });

  it('reads what Tasks saved through its plugin, only when Tasks is enabled', async () => {
    const h = await createHarness(
      {},
      { plugins: { 'obsidian-tasks-plugin': tasksPlugin(minimalData()) } },
    );
    expect(await tasksForwardedHintOf(h.plugin.app)).toMatch(/\[>\] "forwarded" has the type TODO/);
    const off = await createHarness({});
    expect(await tasksForwardedHintOf(off.plugin.app)).toBeNull();
    const broken = await createHarness(
      {},
      {
        plugins: {
          'obsidian-tasks-plugin': { loadData: () => Promise.reject(new Error('bad JSON')) },
        },
      },
    );
    expect(await tasksForwardedHintOf(broken.plugin.app)).toBeNull();
  });

  it('shows in the settings tab of the running plugin', async () => {
    const h = await createHarness(
      {},
      { plugins: { 'obsidian-tasks-plugin': tasksPlugin(minimalData()) } },
    );
    const tab = Plugin.fromOriginalType2__(h.plugin).settingTabs__[0] as unknown as {
      containerEl: HTMLElement;
      display(): void;
    };
    tab.display();
    await h.settle();
    const row = [...tab.containerEl.children].find((el) =>
      el.textContent?.startsWith('Tasks plugin'),
    );
    expect(row?.textContent).toContain('set its Task Status Type to NON_TASK');
  });
});
