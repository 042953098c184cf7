/**
 * The preview of a recap email or an agenda before it leaves Obsidian: To, subject, a
 * format (plain text, Markdown, rich text), the body (editable), and two buttons.
 * "Copy" puts the body on the clipboard (rich text: HTML and plain text together, so
 * Gmail and Outlook keep bullets and bold); "Open in mail app" opens a `mailto:` link,
 * or copies the body when the link would be too long for mail apps.
 *
 * The Markdown is the source: in the Markdown and rich formats the user edits it (the
 * rich form shows a rendered preview); in plain text they edit the text itself.
 */
import { Modal, Notice, type App } from 'obsidian';
import { markdownToHtml, markdownToText } from '../../core/email/email-doc';
import { mailtoLink } from '../../core/email/mailto';
import type { EmailOutput } from '../../core/email/render-email';
import type { RecapFormat } from '../../core/settings/recap-settings';
import { renderEmailPreview } from './email-preview';
import { errorMessage } from '../../core/shared/errors';

/** What the preview shows and where it reports the format chosen. */
export interface EmailModalOptions {
  /** "Recap email" or "Agenda". */
  title: string;
  /** What it is in Notices: "recap", "agenda". */
  noun: string;
  email: EmailOutput;
  format: RecapFormat;
  /** Remember the format chosen, for next time. */
  onFormat?: (format: RecapFormat) => void;
  /** Open a URL in the system (the mail app for `mailto:`). */
  openUrl?: (url: string) => void;
}

const FORMAT_NAMES: Record<RecapFormat, string> = {
  text: 'Plain text',
  markdown: 'Markdown',
  rich: 'Rich text',
};

/** The preview of a recap or an agenda, with its copy and mail-app buttons. */
export class EmailModal extends Modal {
  to: string;
  subject: string;
  format: RecapFormat;
  /** The body as Markdown: what the Markdown and rich forms show and copy. */
  markdown: string;
  /** The plain text as the user edited it, or null while it follows the Markdown. */
  textEdit: string | null = null;
  private bodyEl: HTMLTextAreaElement | null = null;
  private previewEl: HTMLElement | null = null;
  private hintEl: HTMLElement | null = null;

  constructor(
    app: App,
    private readonly options: EmailModalOptions,
  ) {
    super(app);
    this.to = options.email.to;
    this.subject = options.email.subject;
    this.format = options.format;
    this.markdown = options.email.markdown;
  }

  /** The plain-text body: the user's edit in plain text, else made from the Markdown. */
  plainText(): string {
    return this.format === 'text' && this.textEdit !== null
      ? this.textEdit
      : markdownToText(this.markdown);
  }

  override onOpen(): void {
    const { contentEl } = this;
    contentEl.empty();
    contentEl.addClass('touchpoints-recap');
    this.setTitle(this.options.title);
    const field = (label: string): HTMLElement => {
      const row = contentEl.createDiv({ cls: 'touchpoints-recap-field' });
      row.createEl('label', { text: label, cls: 'touchpoints-recap-label' });
      return row;
    };
    const to = field('To').createEl('input', {
      type: 'email',
      cls: 'touchpoints-recap-to',
      value: this.to,
    });
    to.placeholder = 'No email in the person note';
    to.addEventListener('input', () => (this.to = to.value));
    const subject = field('Subject').createEl('input', {
      type: 'text',
      cls: 'touchpoints-recap-subject',
      value: this.subject,
    });
    subject.addEventListener('input', () => (this.subject = subject.value));
    const select = field('Format').createEl('select', { cls: 'dropdown touchpoints-recap-format' });
    for (const f of Object.keys(FORMAT_NAMES) as RecapFormat[])
      select.createEl('option', { value: f, text: FORMAT_NAMES[f] });
    select.value = this.format;
    select.addEventListener('change', () => this.setFormat(select.value as RecapFormat));

    this.bodyEl = contentEl.createEl('textarea', { cls: 'touchpoints-recap-body' });
    this.bodyEl.rows = 14;
    this.bodyEl.spellcheck = true;
    this.bodyEl.addEventListener('input', () => this.edited(this.bodyEl!.value));
    this.hintEl = contentEl.createDiv({ cls: 'touchpoints-recap-hint' });
    this.previewEl = contentEl.createDiv({ cls: 'touchpoints-recap-preview' });

    const buttons = contentEl.createDiv({ cls: 'touchpoints-recap-buttons' });
    const mail = buttons.createEl('button', {
      text: 'Open in mail app',
      cls: 'touchpoints-recap-mail',
    });
    mail.addEventListener('click', () => void this.openInMailApp());
    const copy = buttons.createEl('button', {
      text: 'Copy',
      cls: 'mod-cta touchpoints-recap-copy',
    });
    copy.addEventListener('click', () => void this.copy());
    this.show();
  }

  /** Switch the format shown and copied. */
  setFormat(format: RecapFormat): void {
    this.format = format;
    this.options.onFormat?.(format);
    this.show();
  }

  private edited(value: string): void {
    if (this.format === 'text') {
      this.textEdit = value;
      return;
    }
    this.markdown = value;
    if (this.format === 'rich' && this.previewEl) renderEmailPreview(this.previewEl, this.markdown);
  }

  private show(): void {
    if (!this.bodyEl || !this.previewEl || !this.hintEl) return;
    this.bodyEl.value = this.format === 'text' ? this.plainText() : this.markdown;
    const rich = this.format === 'rich';
    this.hintEl.setText(
      rich
        ? 'Edit the Markdown; it is copied with its formatting. Preview:'
        : this.format === 'markdown'
          ? 'Copied as Markdown.'
          : 'Copied as plain text.',
    );
    this.previewEl.toggleClass('touchpoints-hidden', !rich);
    if (rich) renderEmailPreview(this.previewEl, this.markdown);
    else this.previewEl.empty();
  }

  /** Copy the body in the chosen format; resolves to what was copied, or null on failure. */
  async copy(): Promise<'rich' | 'markdown' | 'text' | null> {
    const noun = this.options.noun;
    try {
      if (this.format === 'rich') {
        if (await writeRich(markdownToHtml(this.markdown), markdownToText(this.markdown))) {
          new Notice(
            `Copied the ${noun} as rich text: it keeps its formatting in Gmail or Outlook, and pastes as plain text elsewhere.`,
          );
          return 'rich';
        }
        await navigator.clipboard.writeText(markdownToText(this.markdown));
        new Notice(`Copied the ${noun} as plain text: this device cannot copy rich text.`);
        return 'text';
      }
      if (this.format === 'markdown') {
        await navigator.clipboard.writeText(this.markdown);
        new Notice(`Copied the ${noun} as Markdown.`);
        return 'markdown';
      }
      await navigator.clipboard.writeText(this.plainText());
      new Notice(`Copied the ${noun} as plain text.`);
      return 'text';
    } catch (e) {
      new Notice(`Could not copy the ${noun} to the clipboard: ${errorMessage(e)}`);
      return null;
    }
  }

  /**
   * Open the mail app with To, subject and the plain-text body. When the link would be
   * too long for mail apps, the link has no body and the body goes to the clipboard.
   */
  async openInMailApp(): Promise<string> {
    const body = this.plainText();
    const link = mailtoLink(this.to, this.subject, body);
    if (!link.withBody) {
      try {
        await navigator.clipboard.writeText(body);
        new Notice(
          `The ${this.options.noun} is too long for a mail link: its text is on the clipboard, paste it into the new mail.`,
        );
      } catch (e) {
        new Notice(
          `The ${this.options.noun} is too long for a mail link, and copying it failed: ${errorMessage(e)}`,
        );
      }
    }
    (this.options.openUrl ?? ((url: string) => window.open(url)))(link.url);
    return link.url;
  }

  override onClose(): void {
    this.contentEl.empty();
  }
}

/** Put HTML and plain text on the clipboard together; false when the platform cannot. */
async function writeRich(html: string, text: string): Promise<boolean> {
  if (typeof ClipboardItem === 'undefined' || typeof navigator.clipboard.write !== 'function')
    return false;
  try {
    await navigator.clipboard.write([
      new ClipboardItem({
        'text/html': new Blob([html], { type: 'text/html' }),
        'text/plain': new Blob([text], { type: 'text/plain' }),
      }),
    ]);
    return true;
  } catch {
    return false;
  }
}
