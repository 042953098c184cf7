/**
 * "Cancel this 1:1" asks first: a cancelled 1:1 is a conversation lost, a
 * rescheduled one is not. The user can reschedule instead, cancel anyway, or keep it.
 */
import { Modal, Setting, type App } from 'obsidian';
import { displayDate } from '../../core/shared/display';

export interface CancelOptions {
  personName: string;
  date: string;
  reschedule: () => void;
  cancel: () => Promise<unknown>;
}

/** "Cancel this 1:1": cancel it, or reschedule it instead. */
export class CancelMeetingModal extends Modal {
  constructor(
    app: App,
    private readonly options: CancelOptions,
  ) {
    super(app);
  }

  override onOpen(): void {
    const { contentEl, options } = this;
    contentEl.empty();
    contentEl.addClass('touchpoints-cancel');
    this.setTitle('Reschedule instead?');
    contentEl.createEl('p', {
      text: `A cancelled 1:1 is a conversation lost. Move the 1:1 with ${options.personName} of ${displayDate(options.date)} to another day instead?`,
    });
    new Setting(contentEl)
      .addButton((b) => b.setButtonText('Keep it').onClick(() => this.close()))
      .addButton((b) => {
        b.setButtonText('Cancel the 1:1').onClick(() => void this.cancelMeeting());
        b.buttonEl.addClass('mod-warning');
      })
      .addButton((b) =>
        b
          .setButtonText('Reschedule instead')
          .setCta()
          .onClick(() => this.rescheduleInstead()),
      );
  }

  rescheduleInstead(): void {
    this.close();
    this.options.reschedule();
  }

  async cancelMeeting(): Promise<void> {
    this.close();
    await this.options.cancel();
  }

  override onClose(): void {
    this.contentEl.empty();
  }
}
