/**
 * The "Export accomplishments" dialog: a person or everyone, a period (the presets, or
 * a custom range with two date fields, checked before anything runs), and an export
 * button. It decides nothing itself: the period rules live in core/accomplishments/periods.ts.
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
import type { AccomplishmentsChoice } from './accomplishments-service';

/** The people offered, what is preselected, and where the choice goes. */
export interface AccomplishmentsModalOptions {
  /** The people to choose from (with at least one 1:1 note). */
  people: ReadonlyArray<{ key: string; name: string }>;
  today: IsoDate;
  /** Preselected person and period. */
  initial?: Partial<AccomplishmentsChoice>;
  onSubmit: (choice: AccomplishmentsChoice) => void;
}

const EVERYONE = '';
const CUSTOM = 'custom';

/** The "Export accomplishments" dialog. */
export class AccomplishmentsModal extends Modal {
  private personKey: string | null;
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
    this.options.onSubmit({ personKey: this.personKey, period });
    return true;
  }
}
