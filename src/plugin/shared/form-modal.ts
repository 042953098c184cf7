/**
 * A dialog with one value, a submit button and a line for the error: what the
 * reschedule dialog and the text prompt share. Submitting calls `onSubmit`; an error
 * stays on screen with the dialog open, success closes it. A second submit while the
 * first is still running (Enter pressed twice, Enter then a click) is ignored, so the
 * work is never done twice.
 */
import { Modal, Setting, type App } from 'obsidian';

export abstract class FormModal extends Modal {
  value: string;
  private errorEl: HTMLElement | null = null;
  private busy = false;

  constructor(
    app: App,
    value: string,
    private readonly onSubmit: (value: string) => string | null | Promise<string | null>,
  ) {
    super(app);
    this.value = value;
  }

  /** The error line and the submit button, below the fields. */
  protected addSubmit(label: string): void {
    this.errorEl = this.contentEl.createDiv({ cls: 'touchpoints-form-error' });
    new Setting(this.contentEl).addButton((b) =>
      b
        .setButtonText(label)
        .setCta()
        .onClick(() => void this.submit()),
    );
  }

  /** Submit the current value: shows the error, or closes. False while busy or on error. */
  async submit(): Promise<boolean> {
    if (this.busy) return false;
    this.busy = true;
    try {
      const error = await this.onSubmit(this.value);
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
