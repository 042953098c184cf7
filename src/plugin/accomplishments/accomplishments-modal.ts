/**
 * The "Export accomplishments" dialog: a person or everyone, whose work (mine or
 * theirs, preset to the person's default), a period (the presets, or a custom range
 * with two date fields, checked before anything runs), and an export button. It decides nothing itself: the period rules live in core/accomplishments/periods.ts.
 */
import { Modal, Setting, type App } from 'obsidian';
import type { IsoDate } from '../../core/shared/dates';
import { displayDate } from '../../core/shared/display';
import {
  PERIOD_NAMES,
  PERIOD_PRESETS,
  presetRange,
  resolvePeriod,
  type PeriodChoice,
  type PeriodPreset,
} from '../../core/accomplishments/periods';
import type { Whose } from '../../core/accomplishments/collect';
import type { AccomplishmentsChoice } from './accomplishments-service';

/** The people offered, what is preselected, and where the choice goes. */
export interface AccomplishmentsModalOptions {
  /** The people to choose from (with at least one 1:1 note). */
  people: ReadonlyArray<{ key: string; name: string }>;
  today: IsoDate;
  /** Whose work a person's log is about unless switched (from their relationship). */
  defaultWhose: (personKey: string) => Whose;
  /** Preselected person and period. */
  initial?: Partial<AccomplishmentsChoice>;
  onSubmit: (choice: AccomplishmentsChoice) => void;
}

const EVERYONE = '';
const CUSTOM = 'custom';
/** The whose option of "Everyone": each person's own default. */
const BY_PERSON = 'default';

/** The "Export accomplishments" dialog. */
export class AccomplishmentsModal extends Modal {
  private personKey: string | null;
  /** Whose work as switched, or null for the default. */
  private whose: Whose | null;
  private preset: PeriodPreset | typeof CUSTOM;
  private from: string;
  private to: string;

  constructor(
    app: App,
    private readonly options: AccomplishmentsModalOptions,
  ) {
    super(app);
    const initial = options.initial ?? {};
    this.personKey = initial.personKey ?? null;
    this.whose = initial.whose ?? null;
    const period = initial.period ?? 'last-quarter';
    this.preset = typeof period === 'string' ? period : CUSTOM;
    const range = typeof period === 'string' ? presetRange(period, options.today) : period;
    this.from = range.from;
    this.to = range.to;
  }

  override onOpen(): void {
    this.setTitle('Export accomplishments');
    this.render();
  }

  override onClose(): void {
    this.contentEl.empty();
  }

  /** The period as chosen, or an error message for an invalid custom range. */
  private choice(): { period: PeriodChoice; error: string | null } {
    if (this.preset !== CUSTOM) return { period: this.preset, error: null };
    const period = { from: this.from, to: this.to };
    if (!this.from) return { period, error: 'Choose a start date.' };
    if (!this.to) return { period, error: 'Choose an end date.' };
    const r = resolvePeriod(period, this.options.today);
    return { period, error: r.ok ? null : `${r.error[0]!.toUpperCase()}${r.error.slice(1)}.` };
  }

  /** Build the form from the current state. */
  render(): void {
    const { contentEl } = this;
    contentEl.empty();
    contentEl.addClass('touchpoints-export');

    const person = new Setting(contentEl).setName('Person').setDesc('Whose 1:1 notes to collect.');
    const personSelect = person.controlEl.createEl('select', {
      cls: 'dropdown touchpoints-export-person',
    });
    personSelect.createEl('option', { value: EVERYONE, text: 'Everyone' });
    for (const p of [...this.options.people].sort((a, b) => a.name.localeCompare(b.name))) {
      personSelect.createEl('option', { value: p.key, text: p.name });
    }
    personSelect.value = this.personKey ?? EVERYONE;
    personSelect.addEventListener('change', () => {
      this.personKey = personSelect.value === EVERYONE ? null : personSelect.value;
      // Another person: their own default again.
      this.whose = null;
      this.render();
    });

    const whose = new Setting(contentEl)
      .setName('Whose work')
      .setDesc(
        'Which completed action items count: mine (no owner or @me) or theirs (owned by the person). Default: theirs for a report, mine for anyone else.',
      );
    const whoseSelect = whose.controlEl.createEl('select', {
      cls: 'dropdown touchpoints-export-whose',
    });
    if (this.personKey === null)
      whoseSelect.createEl('option', { value: BY_PERSON, text: "Each person's default" });
    whoseSelect.createEl('option', { value: 'mine', text: 'Mine' });
    whoseSelect.createEl('option', { value: 'theirs', text: 'Theirs' });
    whoseSelect.value =
      this.whose ??
      (this.personKey === null ? BY_PERSON : this.options.defaultWhose(this.personKey));
    whoseSelect.addEventListener('change', () => {
      const value = whoseSelect.value;
      this.whose = value === 'mine' || value === 'theirs' ? value : null;
    });

    const period = new Setting(contentEl).setName('Period');
    const periodSelect = period.controlEl.createEl('select', {
      cls: 'dropdown touchpoints-export-period',
    });
    for (const p of PERIOD_PRESETS)
      periodSelect.createEl('option', { value: p, text: PERIOD_NAMES[p] });
    periodSelect.createEl('option', { value: CUSTOM, text: 'Custom range' });
    periodSelect.value = this.preset;
    if (this.preset !== CUSTOM) {
      const r = presetRange(this.preset, this.options.today);
      period.setDesc(`${displayDate(r.from)} to ${displayDate(r.to)}`);
    }
    periodSelect.addEventListener('change', () => {
      this.preset = periodSelect.value as PeriodPreset | typeof CUSTOM;
      if (this.preset !== CUSTOM)
        ({ from: this.from, to: this.to } = presetRange(this.preset, this.options.today));
      this.render();
    });

    let error: HTMLElement | null = null;
    let exportButton: HTMLButtonElement | null = null;
    const check = (): void => {
      const message = this.choice().error;
      error?.setText(message ?? '');
      if (exportButton) exportButton.disabled = message !== null;
    };
    if (this.preset === CUSTOM) {
      const dateField = (
        name: string,
        value: string,
        set: (v: string) => void,
        cls: string,
      ): void => {
        const input = new Setting(contentEl)
          .setName(name)
          .controlEl.createEl('input', { type: 'date', cls });
        input.value = value;
        const update = (): void => {
          set(input.value);
          check();
        };
        input.addEventListener('input', update);
        input.addEventListener('change', update);
      };
      dateField('From', this.from, (v) => (this.from = v), 'touchpoints-export-from');
      dateField('To', this.to, (v) => (this.to = v), 'touchpoints-export-to');
      error = contentEl.createDiv({ cls: 'touchpoints-export-error' });
    }

    const buttons = new Setting(contentEl);
    exportButton = buttons.controlEl.createEl('button', {
      text: 'Export',
      cls: 'mod-cta touchpoints-export-submit',
    });
    exportButton.addEventListener('click', () => this.submit());
    check();
  }

  /** Hand the choice over and close, unless the custom range is invalid. */
  submit(): boolean {
    const { period, error } = this.choice();
    if (error) return false;
    this.close();
    this.options.onSubmit({ personKey: this.personKey, period, whose: this.whose });
    return true;
  }
}
