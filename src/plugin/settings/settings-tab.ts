/** The settings tab: every setting, in sentence case, grouped in sections. */
import {
  AbstractInputSuggest,
  PluginSettingTab,
  Setting,
  TFile,
  type App,
  type Plugin,
} from 'obsidian';
import { typeIdFromName, type NoteType } from '../../core/settings/note-types';
import { parseCareerCadence } from '../../core/people/person-profile';
import type { TouchpointsSettings } from '../../core/settings/settings';
import { displayRecapSettings } from './email-section';
import { displayInNoteSettings } from './in-note-section';

export interface SettingsTabDeps {
  plugin: Plugin;
  settings: () => TouchpointsSettings;
  /** Save, then let the plugin react (new note types get their commands). */
  save: () => Promise<void>;
  /** A hint about the Tasks plugin, or null. */
  tasksHint: () => string | null;
}

/** Suggests Markdown files for a template path field. */
class NoteSuggest extends AbstractInputSuggest<TFile> {
  constructor(
    app: App,
    private readonly input: HTMLInputElement,
    private readonly onPick: (path: string) => void,
  ) {
    super(app, input);
  }

  protected override getSuggestions(query: string): TFile[] {
    const q = query.toLowerCase();
    return this.app.vault
      .getMarkdownFiles()
      .filter((f) => f.path.toLowerCase().includes(q))
      .slice(0, 50);
  }

  override renderSuggestion(file: TFile, el: HTMLElement): void {
    el.setText(file.path);
  }

  override selectSuggestion(file: TFile): void {
    this.input.value = file.path;
    this.onPick(file.path);
    this.close();
  }
}

export class TouchpointsSettingTab extends PluginSettingTab {
  constructor(private readonly deps: SettingsTabDeps) {
    super(deps.plugin.app, deps.plugin);
  }

  override display(): void {
    this.render();
  }

  private render(): void {
    const { containerEl } = this;
    containerEl.empty();
    const s = this.deps.settings();
    const save = (): Promise<void> => this.deps.save();

    new Setting(containerEl).setName('New notes').setHeading();
    new Setting(containerEl)
      .setName('Folder')
      .setDesc('New 1:1 notes go to <folder>/<person>/, and so do new person notes.')
      .addText((t) =>
        t
          .setPlaceholder('One-on-ones')
          .setValue(s.folder)
          .onChange(async (v) => {
            s.folder = v.trim().replace(/^\/+|\/+$/g, '') || 'One-on-ones';
            await save();
          }),
      );
    new Setting(containerEl)
      .setName('File name')
      .setDesc(
        'Pattern for new note names: {{date}}, {{person}}, {{type}} and {{date:<pattern>}} with a date-fns pattern.',
      )
      .addText((t) =>
        t
          .setPlaceholder('{{date}} {{person}}')
          .setValue(s.fileNamePattern)
          .onChange(async (v) => {
            s.fileNamePattern = v.trim() || '{{date}} {{person}}';
            await save();
          }),
      );

    new Setting(containerEl).setName('Carry-over').setHeading();
    new Setting(containerEl)
      .setName('Closed statuses')
      .setDesc(
        'Task status characters that do not carry over. Every other status is open and carries. Forwarded (>) always counts as closed.',
      )
      .addText((t) =>
        t.setValue(s.closedStatuses).onChange(async (v) => {
          s.closedStatuses = v.replace(/[\s,]/g, '');
          await save();
        }),
      );
    new Setting(containerEl)
      .setName('Mark carried items as forwarded')
      .setDesc(
        'In the previous note, a carried task becomes [>] so it is never counted or carried twice.',
      )
      .addToggle((t) =>
        t.setValue(s.markForwarded).onChange(async (v) => {
          s.markForwarded = v;
          await save();
        }),
      );
    new Setting(containerEl)
      .setName('Add a created date')
      .setDesc(
        'Append ➕ and the meeting date to carried tasks that have none, so their age is known.',
      )
      .addToggle((t) =>
        t.setValue(s.addCreatedStamp).onChange(async (v) => {
          s.addCreatedStamp = v;
          await save();
        }),
      );
    new Setting(containerEl)
      .setName('Private section headings')
      .setDesc(
        'Comma-separated. Tasks from these sections only ever go to the private section of the next note.',
      )
      .addText((t) =>
        t
          .setPlaceholder('Private')
          .setValue(s.privateHeadings.join(', '))
          .onChange(async (v) => {
            const list = v
              .split(',')
              .map((x) => x.trim())
              .filter(Boolean);
            s.privateHeadings = list.length ? list : ['Private'];
            await save();
          }),
      );
    const hint = this.deps.tasksHint();
    if (hint) new Setting(containerEl).setName('Tasks plugin').setDesc(hint);

    new Setting(containerEl).setName('Cadence').setHeading();
    new Setting(containerEl)
      .setName('Regular 1:1 every (days)')
      .setDesc('Used when a person note has no cadence property.')
      .addText((t) =>
        t
          .setPlaceholder('14')
          .setValue(String(s.defaultCadence))
          .onChange(async (v) => {
            const n = Number(v);
            if (Number.isInteger(n) && n > 0) {
              s.defaultCadence = n;
              await save();
            }
          }),
      );
    new Setting(containerEl)
      .setName('Career conversation window (days)')
      .setDesc('A range like 28-42. Used when a person note has no career-cadence property.')
      .addText((t) =>
        t
          .setPlaceholder('28-42')
          .setValue(s.defaultCareerCadence.join('-'))
          .onChange(async (v) => {
            const range = parseCareerCadence(v);
            if (range) {
              s.defaultCareerCadence = range;
              await save();
            }
          }),
      );
    new Setting(containerEl)
      .setName('Show 1:1s due in the status bar')
      .setDesc(
        'On desktop: "1:1s due: N" counts the people whose regular 1:1 is overdue, due within two days, or not held yet. Click it to open the 1:1 sidebar.',
      )
      .addToggle((t) =>
        t.setValue(s.showStatusBar).onChange(async (v) => {
          s.showStatusBar = v;
          await save();
        }),
      );

    new Setting(containerEl).setName('Person notes').setHeading();
    const heading = (
      name: string,
      desc: string,
      key: 'topicsHeading' | 'goalsHeading' | 'developmentPlanHeading',
    ): void => {
      new Setting(containerEl)
        .setName(name)
        .setDesc(desc)
        .addText((t) =>
          t.setValue(s[key]).onChange(async (v) => {
            if (v.trim()) {
              s[key] = v.trim();
              await save();
            }
          }),
        );
    };
    heading(
      'Topics heading',
      'Topics queued here move into the agenda of the next 1:1.',
      'topicsHeading',
    );
    heading('Goals heading', 'The section of a person note that holds goals.', 'goalsHeading');
    heading(
      'Development plan heading',
      'The section of a person note that holds the development plan.',
      'developmentPlanHeading',
    );

    new Setting(containerEl).setName('Accomplishments').setHeading();
    const list = (name: string, desc: string, key: 'winHeadings' | 'feedbackHeadings'): void => {
      new Setting(containerEl)
        .setName(name)
        .setDesc(desc)
        .addText((t) =>
          t.setValue(s[key].join(', ')).onChange(async (v) => {
            const items = v
              .split(',')
              .map((x) => x.trim())
              .filter(Boolean);
            if (items.length) {
              s[key] = items;
              await save();
            }
          }),
        );
    };
    list(
      'Wins sections',
      'Comma-separated headings of 1:1 notes whose bullets count as wins.',
      'winHeadings',
    );
    list(
      'Feedback sections',
      'Comma-separated headings of 1:1 notes whose bullets count as feedback received.',
      'feedbackHeadings',
    );
    new Setting(containerEl)
      .setName('Accomplishments note name')
      .setDesc(
        '{{period}} becomes 2026-Q3, 2026-H2 or 2026; for one person " - <person>" is added unless the name has {{person}}.',
      )
      .addText((t) =>
        t
          .setPlaceholder('Accomplishments {{period}}')
          .setValue(s.accomplishmentsFileName)
          .onChange(async (v) => {
            s.accomplishmentsFileName = v.trim() || 'Accomplishments {{period}}';
            await save();
          }),
      );

    displayInNoteSettings(containerEl, s, save);
    displayRecapSettings(containerEl, s, save);

    new Setting(containerEl).setName('Note types').setHeading();
    for (const type of s.noteTypes) this.displayType(containerEl, type);
    let newName = '';
    new Setting(containerEl)
      .setName('Add a note type')
      .setDesc('For example skip-level or mentoring. It gets its own commands.')
      .addText((t) => t.setPlaceholder('Skip-level').onChange((v) => (newName = v.trim())))
      .addButton((b) =>
        b.setButtonText('Add').onClick(async () => {
          const id = typeIdFromName(newName);
          if (!id || s.noteTypes.some((x) => x.id === id)) return;
          s.noteTypes.push({
            id,
            name: newName,
            template: '',
            career: false,
            agendaHeading: 'Agenda',
            actionItemsHeading: 'Action items',
          });
          await save();
          this.render();
        }),
      );
  }

  private displayType(containerEl: HTMLElement, type: NoteType): void {
    const s = this.deps.settings();
    const save = (): Promise<void> => this.deps.save();
    const builtIn = type.id === 'regular' || type.id === 'career';
    const head = new Setting(containerEl)
      .setName(type.name)
      .setDesc(
        `Id ${type.id}${builtIn ? ' (built in)' : ''}. Written to the kind property of its notes.`,
      )
      .setClass('touchpoints-type-heading');
    if (!builtIn) {
      head.addExtraButton((b) =>
        b
          .setIcon('trash')
          .setTooltip('Remove this note type')
          .onClick(async () => {
            s.noteTypes = s.noteTypes.filter((t) => t.id !== type.id);
            await save();
            this.render();
          }),
      );
    }
    new Setting(containerEl).setName('Name').addText((t) =>
      t.setValue(type.name).onChange(async (v) => {
        if (v.trim()) {
          type.name = v.trim();
          await save();
        }
      }),
    );
    new Setting(containerEl)
      .setName('Template')
      .setDesc(
        'A note to use as the template; empty for the built-in one. A template with <% %> commands runs through the Templater plugin.',
      )
      .addText((t) => {
        t.setPlaceholder('Templates/1-1.md')
          .setValue(type.template)
          .onChange(async (v) => {
            type.template = v.trim();
            await save();
          });
        new NoteSuggest(this.app, t.inputEl, (path) => {
          type.template = path;
          void save();
        });
      });
    new Setting(containerEl).setName('Counts as a career conversation').addToggle((t) =>
      t.setValue(type.career).onChange(async (v) => {
        type.career = v;
        await save();
      }),
    );
    new Setting(containerEl).setName('Agenda heading').addText((t) =>
      t.setValue(type.agendaHeading).onChange(async (v) => {
        if (v.trim()) {
          type.agendaHeading = v.trim();
          await save();
        }
      }),
    );
    new Setting(containerEl).setName('Action items heading').addText((t) =>
      t.setValue(type.actionItemsHeading).onChange(async (v) => {
        if (v.trim()) {
          type.actionItemsHeading = v.trim();
          await save();
        }
      }),
    );
  }
}
