/** A small modal that asks for one line of text (a topic, an owner's name). */
import { Setting, type App } from 'obsidian';
import { FormModal } from './form-modal';

export interface TextPromptOptions {
  title: string;
  description?: string;
  placeholder?: string;
  value?: string;
  submitLabel: string;
  /** Called with the text; returns an error to show, or null when done (the modal closes). */
  onSubmit: (value: string) => string | null | Promise<string | null>;
}

export class TextPromptModal extends FormModal {
  constructor(
    app: App,
    readonly options: TextPromptOptions,
  ) {
    super(app, options.value ?? '', options.onSubmit);
  }

  override onOpen(): void {
    const { contentEl, options } = this;
    contentEl.empty();
    contentEl.addClass('touchpoints-prompt');
    this.setTitle(options.title);
    if (options.description)
      contentEl.createEl('p', { text: options.description, cls: 'touchpoints-prompt-description' });
    new Setting(contentEl).setClass('touchpoints-prompt-input').addText((t) => {
      t.setPlaceholder(options.placeholder ?? '')
        .setValue(this.value)
        .onChange((v) => (this.value = v));
      t.inputEl.addEventListener('keydown', (event) => {
        if (event.key === 'Enter' && !event.isComposing) {
          event.preventDefault();
          void this.submit();
        }
      });
      window.setTimeout(() => t.inputEl.focus(), 0);
    });
    this.addSubmit(options.submitLabel);
  }
}
