/**
 * "Reschedule this 1:1": a date field (defaulting to the next working day) and a
 * button. A date the service rejects (in the past, not after the note's date) shows
 * its message under the field and the dialog stays open.
 */
import { Setting, type App } from 'obsidian';
import { displayDate } from '../../core/shared/display';
import { FormModal } from '../shared/form-modal';

export interface RescheduleOptions {
  personName: string;
  /** The moved note's date. */
  date: string;
  /** The date proposed (yyyy-MM-dd). */
  proposed: string;
  /** Reschedule; returns an error to show, or null when done. */
  onSubmit: (date: string) => Promise<string | null>;
}

/** "Reschedule this 1:1": the new date, proposed from the cadence. */
export class RescheduleModal extends FormModal {
  constructor(
    app: App,
    private readonly options: RescheduleOptions,
  ) {
    super(app, options.proposed, options.onSubmit);
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
    this.addSubmit('Reschedule');
  }
}
