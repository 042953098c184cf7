/**
 * "Reschedule this 1:1": a date field (defaulting to the next working day) and a
 * button. A date the service rejects (in the past, not after the note's date) shows
 * its message under the field and the dialog stays open.
 */
import { Modal, Setting, type App } from 'obsidian';
import { displayDate } from '../core/display';

export interface RescheduleOptions {
  personName: string;
  /** The moved note's date. */
  date: string;
  /** The date proposed (yyyy-MM-dd). */
  proposed: string;
  /** Reschedule; returns an error to show, or null when done. */
  onSubmit: (date: string) => Promise<string | null>;
}

export class RescheduleModal extends Modal {
  value: string;
  private errorEl: HTMLElement | null = null;
  private busy = false;

  constructor(
    app: App,
    private readonly options: RescheduleOptions,
  ) {
    super(app);
    this.value = options.proposed;
  }

  override onOpen(): void {
    const { contentEl, options } = this;
    contentEl.empty();
    contentEl.addClass('touchpoints-reschedule');
    this.setTitle('Reschedule this 1:1');
    contentEl.createEl('p', {
      text: `Move the 1:1 with ${options.personName} of ${displayDate(options.date)} to another day. Its agenda and open items go to the note for the new date.`,
    });
    new Setting(contentEl).setName('New date').addText((t) => {
      t.inputEl.type = 'date';
      t.setValue(this.value).onChange((v) => (this.value = v));
      t.inputEl.addClass('touchpoints-date-input');
    });
    this.errorEl = contentEl.createDiv({ cls: 'touchpoints-form-error' });
    new Setting(contentEl).addButton((b) =>
      b
        .setButtonText('Reschedule')
        .setCta()
        .onClick(() => void this.submit()),
    );
  }

  /** Reschedule to the current value: shows the error, or closes. */
  async submit(): Promise<boolean> {
    if (this.busy) return false;
    this.busy = true;
    try {
      const error = await this.options.onSubmit(this.value);
      if (error) {
        this.errorEl?.setText(error);
        return false;
      }
      this.close();
      return true;
    } finally {
      this.busy = false;
    }
  }

  override onClose(): void {
    this.contentEl.empty();
  }
}
