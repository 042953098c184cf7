/**
 * The settings tab against the mocks: what it draws (every row, in order, as a text
 * snapshot) and what each control stores and saves.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  AbstractInputSuggest,
  ButtonComponent,
  DropdownComponent,
  ExtraButtonComponent,
  PluginSettingTab,
  Setting,
  TextComponent,
  ToggleComponent,
} from 'obsidian-test-mocks/obsidian';
import type { TFile } from 'obsidian';
import { migrateSettings, type TouchpointsSettings } from '../../../src/core/settings/settings';
import { TouchpointsSettingTab } from '../../../src/plugin/settings/settings-tab';
import { createHarness, type Harness } from '../../helpers/harness';

const TASKS_HINT = 'The Tasks plugin has no status for [>].';

/** A suggest attached to an input, as the tab built it. */
interface Suggest {
  getSuggestions(query: string): TFile[];
  selectSuggestion(file: TFile): void;
}

/** Every Setting and input suggest the tab builds, found again by their elements. */
const settings = new Map<HTMLElement, Setting>();
const suggests = new Map<HTMLElement, Suggest>();

let h: Harness;
let s: TouchpointsSettings;
let save: ReturnType<typeof vi.fn<() => Promise<void>>>;
let tab: TouchpointsSettingTab;

/** Open the tab, as Obsidian does, and let the Tasks hint (read asynchronously) arrive. */
async function render(hint: string | null = TASKS_HINT, declared = false): Promise<void> {
  tab = new TouchpointsSettingTab({
    plugin: h.plugin,
    settings: () => s,
    save,
    tasksHint: () => Promise.resolve(hint),
  });
  // Obsidian 1.13 calls update() when the tab is added, then renders the definitions.
  if (declared) tab.update();
  PluginSettingTab.fromOriginalType2__(tab).renderTab__();
  await flush();
}

const flush = (): Promise<void> => new Promise((r) => setTimeout(r, 0));

/** The rows of the tab, each with the heading (or note type heading) it is under. */
function rows(): Array<{ setting: Setting; under: string }> {
  const out: Array<{ setting: Setting; under: string }> = [];
  let under = '';
  for (const el of Array.from(tab.containerEl.children) as HTMLElement[]) {
    const setting = settings.get(el);
    if (!setting) throw new Error('A child of the tab that is not a setting');
    const name = setting.nameEl.textContent ?? '';
    if (el.classList.contains('setting-item-heading')) under = name;
    else if (el.classList.contains('touchpoints-type-heading'))
      under = `${under.split(' › ')[0]} › ${name}`;
    out.push({ setting, under });
  }
  return out;
}

/** The one row named `name`, under a heading whose path contains `under` when given. */
function row(name: string, under?: string): Setting {
  const found = rows().filter(
    (r) => r.setting.nameEl.textContent === name && (!under || r.under.includes(under)),
  );
  if (found.length !== 1) throw new Error(`${found.length} rows named ${name} under ${under}`);
  return found[0]!.setting;
}

function component<T>(setting: Setting, kind: abstract new (...args: never[]) => T): T {
  const found = setting.components.find((c) => c instanceof kind);
  if (!found) throw new Error(`No ${kind.name} in ${setting.nameEl.textContent}`);
  return found as T;
}

/** Type `text` into a row's input, as the user would, and let the save run. */
async function type(name: string, text: string, under?: string): Promise<void> {
  component(row(name, under), TextComponent).setValue(text);
  await flush();
}

/** A row as one line: its name, description, class and controls. */
function describeRow(setting: Setting): string {
  const el = setting.settingEl;
  const parts = [
    el.classList.contains('setting-item-heading')
      ? `# ${setting.nameEl.textContent}`
      : `- ${setting.nameEl.textContent}`,
  ];
  const classes = [...el.classList].filter((c) => c !== 'setting-item-heading');
  if (classes.length) parts.push(`[${classes.join(' ')}]`);
  if (setting.descEl.textContent) parts.push(`: ${setting.descEl.textContent}`);
  for (const c of setting.components) {
    if (c instanceof TextComponent) {
      const input = c.inputEl;
      const placeholder = input.hasAttribute('placeholder')
        ? ` placeholder="${input.placeholder}"`
        : '';
      const suggest = suggests.has(input) ? ' +note-suggest' : '';
      parts.push(`\n    text${placeholder} value="${input.value}"${suggest}`);
    } else if (c instanceof ToggleComponent) {
      parts.push(`\n    toggle ${c.getValue() ? 'on' : 'off'}`);
    } else if (c instanceof DropdownComponent) {
      const options = [...c.selectEl.options].map((o) => `${o.value}=${o.text}`);
      parts.push(`\n    dropdown [${options.join(', ')}] value=${c.getValue()}`);
    } else if (c instanceof ButtonComponent) {
      parts.push(`\n    button "${c.buttonEl.textContent}"`);
    } else if (c instanceof ExtraButtonComponent) {
      const b = c.extraSettingsEl;
      parts.push(`\n    extra-button ${b.dataset.icon} "${b.getAttribute('aria-label')}"`);
    } else parts.push('\n    (unknown control)');
  }
  return parts.join(' ').replace(/ \n/g, '\n');
}

beforeEach(async () => {
  settings.clear();
  suggests.clear();
  vi.spyOn(Setting.prototype, 'constructor__').mockImplementation(function (this: Setting) {
    settings.set(this.settingEl, this);
  });
  vi.spyOn(AbstractInputSuggest.prototype, 'constructor2__').mockImplementation(function (
    this: AbstractInputSuggest<unknown>,
    _app: unknown,
    input: HTMLInputElement | HTMLDivElement,
  ) {
    suggests.set(input, this as unknown as Suggest);
  });
  h = await createHarness({ 'Templates/Skip.md': '', 'Notes/Other.md': '' });
  s = migrateSettings({
    noteTypes: [
      { id: 'regular', recap: { highlights: ['Wins'] } },
      { id: 'skip-level', name: 'Skip-level', template: 'Templates/Skip.md' },
    ],
  });
  save = vi.fn(() => Promise.resolve());
});

afterEach(() => {
  vi.restoreAllMocks();
});

describe('the settings tab', () => {
  it('draws every section in order', async () => {
    await render();
    const text = rows()
      .map((r) => describeRow(r.setting))
      .join('\n');
    await expect(text + '\n').toMatchFileSnapshot('__snapshots__/settings-tab/every-row.txt');
    const html = tab.containerEl.innerHTML.replace(/></g, '>\n<');
    await expect(html + '\n').toMatchFileSnapshot('__snapshots__/settings-tab/every-row.html');
  });

  it('shows the Tasks plugin row only with a hint', async () => {
    await render(null);
    expect(rows().map((r) => r.setting.nameEl.textContent)).not.toContain('Tasks plugin');
    await render();
    expect(row('Tasks plugin').descEl.textContent).toBe(TASKS_HINT);
  });

  it.each<[string, string | undefined, string, (s: TouchpointsSettings) => unknown, unknown]>([
    ['Folder', undefined, ' /Meetings/1-1/ ', (s) => s.folder, 'Meetings/1-1'],
    ['Folder', undefined, '', (s) => s.folder, 'One-on-ones'],
    ['Folder', undefined, ' // ', (s) => s.folder, 'One-on-ones'],
    ['Folder', undefined, '/ /', (s) => s.folder, 'One-on-ones'],
    ['Folder', undefined, ' / Work / ', (s) => s.folder, 'Work'],
    ['Folder', undefined, '../Outside', (s) => s.folder, 'One-on-ones'],
    [
      'File name',
      undefined,
      ' {{person}} {{date}} ',
      (s) => s.fileNamePattern,
      '{{person}} {{date}}',
    ],
    ['File name', undefined, '  ', (s) => s.fileNamePattern, '{{date}} {{person}}'],
    ['Closed statuses', undefined, 'x, -, X ', (s) => s.closedStatuses, 'x-X'],
    ['Closed statuses', undefined, '', (s) => s.closedStatuses, ''],
    [
      'Private section headings',
      undefined,
      ' Me only ,, Private ',
      (s) => s.privateHeadings,
      ['Me only', 'Private'],
    ],
    ['Private section headings', undefined, ' , ', (s) => s.privateHeadings, ['Private']],
    ['Regular 1:1 every (days)', undefined, '7', (s) => s.defaultCadence, 7],
    ['Regular 1:1 every (days)', undefined, ' 21 ', (s) => s.defaultCadence, 21],
    ['Regular 1:1 every (days)', undefined, '3650', (s) => s.defaultCadence, 3650],
    [
      'Career conversation window (days)',
      undefined,
      '20-30',
      (s) => s.defaultCareerCadence,
      [20, 30],
    ],
    ['Career conversation window (days)', undefined, '30', (s) => s.defaultCareerCadence, [30, 30]],
    ['Topics heading', undefined, ' Next time ', (s) => s.topicsHeading, 'Next time'],
    ['Goals heading', undefined, 'Objectives', (s) => s.goalsHeading, 'Objectives'],
    ['Development plan heading', undefined, 'Growth', (s) => s.developmentPlanHeading, 'Growth'],
    ['Wins sections', undefined, 'Wins, Kudos,', (s) => s.winHeadings, ['Wins', 'Kudos']],
    ['Feedback sections', undefined, ' Praise ', (s) => s.feedbackHeadings, ['Praise']],
    [
      'Accomplishments note name',
      undefined,
      ' Log {{period}} ',
      (s) => s.accomplishmentsFileName,
      'Log {{period}}',
    ],
    [
      'Accomplishments note name',
      undefined,
      ' ',
      (s) => s.accomplishmentsFileName,
      'Accomplishments {{period}}',
    ],
    ['Recap subject', undefined, ' Notes {{date}} ', (s) => s.recap.recapSubject, 'Notes {{date}}'],
    [
      'Recap subject',
      undefined,
      '',
      (s) => s.recap.recapSubject,
      '1:1 recap: {{person}}, {{date}}',
    ],
    [
      'Agenda subject',
      undefined,
      ' ',
      (s) => s.recap.agendaSubject,
      '1:1 agenda: {{person}}, {{date}}',
    ],
    [
      'Recap template',
      undefined,
      ' Templates/Recap.md ',
      (s) => s.recap.recapTemplate,
      'Templates/Recap.md',
    ],
    ['Agenda template', undefined, ' ', (s) => s.recap.agendaTemplate, ''],
    [
      'Name',
      'Note types › Skip-level',
      ' Skip level 1:1 ',
      (s) => s.noteTypes[2]!.name,
      'Skip level 1:1',
    ],
    ['Template', 'Note types › Skip-level', ' ', (s) => s.noteTypes[2]!.template, ''],
    ['Template', 'Note types › 1:1', ' T/1.md ', (s) => s.noteTypes[0]!.template, 'T/1.md'],
    [
      'Agenda heading',
      'Note types › Career',
      ' Topics ',
      (s) => s.noteTypes[1]!.agendaHeading,
      'Topics',
    ],
    [
      'Action items heading',
      'Note types › Skip-level',
      'Todo',
      (s) => s.noteTypes[2]!.actionItemsHeading,
      'Todo',
    ],
    [
      'Problems',
      'Sections of a 1:1',
      ' Issues , Risks ',
      (s) => s.noteTypes[0]!.recap,
      { highlights: ['Wins'], problems: ['Issues', 'Risks'] },
    ],
    ['Highlights', 'Sections of a 1:1', ' , ', (s) => s.noteTypes[0]!.recap, undefined],
    [
      'Goals progress',
      'Sections of a career',
      'Goals',
      (s) => s.noteTypes[1]!.recap,
      { goals: ['Goals'] },
    ],
  ])('%s (%s): %j is stored and saved', async (name, under, text, field, expected) => {
    await render();
    await type(name, text, under);
    expect(field(s)).toEqual(expected);
    expect(save).toHaveBeenCalledTimes(1);
  });

  it.each<[string, string | undefined, string, (s: TouchpointsSettings) => unknown]>([
    ['Regular 1:1 every (days)', undefined, '0', (s) => s.defaultCadence],
    ['Regular 1:1 every (days)', undefined, '', (s) => s.defaultCadence],
    ['Regular 1:1 every (days)', undefined, 'two', (s) => s.defaultCadence],
    ['Regular 1:1 every (days)', undefined, '2.5', (s) => s.defaultCadence],
    ['Regular 1:1 every (days)', undefined, '3651', (s) => s.defaultCadence],
    ['Career conversation window (days)', undefined, '30-20', (s) => s.defaultCareerCadence],
    ['Career conversation window (days)', undefined, 'monthly', (s) => s.defaultCareerCadence],
    ['Topics heading', undefined, '  ', (s) => s.topicsHeading],
    ['Goals heading', undefined, '', (s) => s.goalsHeading],
    ['Development plan heading', undefined, ' ', (s) => s.developmentPlanHeading],
    ['Wins sections', undefined, ' , ', (s) => s.winHeadings],
    ['Feedback sections', undefined, '', (s) => s.feedbackHeadings],
    ['Name', 'Note types › Skip-level', ' ', (s) => s.noteTypes[2]!.name],
    ['Agenda heading', 'Note types › 1:1', '', (s) => s.noteTypes[0]!.agendaHeading],
    ['Action items heading', 'Note types › Career', ' ', (s) => s.noteTypes[1]!.actionItemsHeading],
  ])('%s (%s): %j is ignored', async (name, under, text, field) => {
    await render();
    const before = structuredClone(field(s));
    await type(name, text, under);
    expect(field(s)).toEqual(before);
    expect(save).not.toHaveBeenCalled();
  });

  it.each<[string, string | undefined, (s: TouchpointsSettings) => boolean]>([
    ['Mark carried items as forwarded', undefined, (s) => s.markForwarded],
    ['Add a created date', undefined, (s) => s.addCreatedStamp],
    ['Show 1:1s due in the status bar', undefined, (s) => s.showStatusBar],
    ['Show the age of action items', undefined, (s) => s.agingBadges],
    ['Offer #1on1 items as topics', undefined, (s) => s.tagTopics],
    ['Counts as a career conversation', 'Note types › Skip-level', (s) => s.noteTypes[2]!.career],
  ])('the toggle %s (%s) stores its value and saves', async (name, under, field) => {
    await render();
    const before = field(s);
    component(row(name, under), ToggleComponent).onClick();
    await flush();
    expect(field(s)).toBe(!before);
    expect(save).toHaveBeenCalledTimes(1);
  });

  it('stores the meeting from which the age is a warning', async () => {
    await render();
    component(row('Warn from the meeting'), DropdownComponent).setValue('5');
    await flush();
    expect(s.agingThreshold).toBe(5);
    expect(save).toHaveBeenCalledTimes(1);
  });

  it('adds a note type with the default headings, saves and draws it', async () => {
    await render();
    await type('Add a note type', ' Mentoring ');
    component(row('Add a note type'), ButtonComponent).simulateClick__();
    await flush();
    expect(s.noteTypes.map((t) => t.id)).toEqual(['regular', 'career', 'skip-level', 'mentoring']);
    expect(s.noteTypes[3]).toEqual({
      id: 'mentoring',
      name: 'Mentoring',
      template: '',
      career: false,
      agendaHeading: 'Agenda',
      actionItemsHeading: 'Action items',
    });
    expect(save).toHaveBeenCalledTimes(1);
    expect(row('Mentoring').descEl.textContent).toBe(
      'Id mentoring. Written to the kind property of its notes.',
    );
  });

  it.each(['', ' ', '!!!', 'Skip-level', 'skip level', 'Career'])(
    'adds no note type named %j',
    async (name) => {
      await render();
      await type('Add a note type', name);
      component(row('Add a note type'), ButtonComponent).simulateClick__();
      await flush();
      expect(s.noteTypes.map((t) => t.id)).toEqual(['regular', 'career', 'skip-level']);
      expect(save).not.toHaveBeenCalled();
    },
  );

  it('removes a user note type, saves and draws the tab without it', async () => {
    await render();
    component(row('Skip-level'), ExtraButtonComponent).simulateClick__();
    await flush();
    expect(s.noteTypes.map((t) => t.id)).toEqual(['regular', 'career']);
    expect(save).toHaveBeenCalledTimes(1);
    expect(rows().some((r) => r.setting.nameEl.textContent === 'Skip-level')).toBe(false);
  });

  it('suggests notes for a template and stores the one picked', async () => {
    await render();
    const input = component(row('Template', 'Note types › Skip-level'), TextComponent).inputEl;
    const suggest = suggests.get(input)!;
    const found = suggest.getSuggestions('other');
    expect(found.map((f) => f.path)).toEqual(['Notes/Other.md']);
    suggest.selectSuggestion(found[0]!);
    await flush();
    expect(input.value).toBe('Notes/Other.md');
    expect(s.noteTypes[2]!.template).toBe('Notes/Other.md');
    expect(save).toHaveBeenCalledTimes(1);
  });
});

describe('setting definitions (Obsidian 1.13 settings search)', () => {
  type Def = { name?: string; desc?: string; heading?: string; items?: Def[] };

  /** Headings and rows of the definitions, one line each, as the drawn tab's rows read. */
  function outline(items: Def[]): string[] {
    return items.flatMap((item) =>
      item.heading !== undefined
        ? [`# ${item.heading}`, ...outline(item.items ?? [])]
        : [`- ${item.name}: ${item.desc ?? ''}`],
    );
  }

  it('declares every row the tab draws, with its name and description, under the same headings', async () => {
    await render();
    const drawn = rows().map((r) => {
      const name = r.setting.nameEl.textContent ?? '';
      return r.setting.settingEl.classList.contains('setting-item-heading')
        ? `# ${name}`
        : `- ${name}: ${r.setting.descEl.textContent ?? ''}`;
    });
    const defs = tab.getSettingDefinitions() as Def[];
    expect(outline(defs)).toEqual(drawn);
    expect(outline(defs)).toContain(`- Tasks plugin: ${TASKS_HINT}`);
    expect(drawn.length).toBeGreaterThan(30);
  });

  it('renders from the definitions on Obsidian 1.13, and the controls store and save', async () => {
    await render(TASKS_HINT, true);
    const mock = PluginSettingTab.fromOriginalType2__(tab);
    const rendered = mock.getRenderedRows__();
    const cadence = rendered.find(
      (r) => r.setting.nameEl.textContent === 'Regular 1:1 every (days)',
    )!;
    const field = cadence.setting.components.find(
      (c) => c instanceof TextComponent,
    ) as TextComponent;
    expect(field.getValue()).toBe('14');
    field.setValue('21');
    await flush();
    expect(s.defaultCadence).toBe(21);
    expect(save).toHaveBeenCalled();
    // A note type added: the definitions are given again (update), with its rows.
    const addRow = rendered.find((r) => r.setting.nameEl.textContent === 'Add a note type')!;
    (addRow.setting.components.find((c) => c instanceof TextComponent) as TextComponent).setValue(
      'Mentoring',
    );
    const update = vi.spyOn(tab, 'update');
    (
      addRow.setting.components.find((c) => c instanceof ButtonComponent) as ButtonComponent
    ).simulateClick__();
    await flush();
    expect(update).toHaveBeenCalled();
    expect(outline(tab.getSettingDefinitions() as Def[])).toContain(
      '- Mentoring: Id mentoring. Written to the kind property of its notes.',
    );
  });

  it('declares none on an app without setting definitions, where display() draws the tab', async () => {
    const base = Object.getPrototypeOf(PluginSettingTab.prototype) as {
      getSettingDefinitions?: unknown;
    };
    const saved = base.getSettingDefinitions;
    delete base.getSettingDefinitions;
    try {
      await render();
      expect(tab.getSettingDefinitions()).toEqual([]);
      expect(rows().length).toBeGreaterThan(30);
    } finally {
      base.getSettingDefinitions = saved;
    }
  });
});
