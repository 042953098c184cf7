/**
 * The preview of "Adopt existing 1:1 notes": where to look, every note found (note,
 * person, date, kind) with a tick box and, where the note does not name its person in
 * its properties, an editable person; every note skipped with its reason; and the
 * button that adopts the ticked notes. It decides nothing itself: the rules live in
 * core/adopt.
 */
import { Modal, Setting, type App } from 'obsidian';
import type { FoundNote } from '../../core/adopt/adopt-types';
import { personChangeable, withPerson } from '../../core/adopt/choose-person';
import { displayDate } from '../../core/shared/display';
import type { AdoptPreview } from './adopt-service';

/** What the preview is given: the folders, how to search one, and where the choice goes. */
export interface AdoptModalOptions {
  folders: readonly string[];
  /** Search a folder ('' for the whole vault). */
  search: (folder: string) => Promise<AdoptPreview>;
  personFolder: string;
  onSubmit: (notes: FoundNote[], preview: AdoptPreview) => void;
}

/** One row of the preview: the note as it will be adopted, and whether it is ticked. */
interface Row {
  note: FoundNote;
  ticked: boolean;
  /** What is wrong with a person typed in the row, if anything. */
  error: string | null;
}

/** How many skipped notes are listed before "and N more". */
const SKIPPED_SHOWN = 200;

/** The preview dialog. */
export class AdoptModal extends Modal {
  private folder = '';
  private preview: AdoptPreview | null = null;
  private rows: Row[] = [];
  private submitEl: HTMLButtonElement | null = null;

  constructor(
    app: App,
    private readonly options: AdoptModalOptions,
  ) {
    super(app);
  }

  override onOpen(): void {
    this.setTitle('Adopt existing 1:1 notes');
    this.modalEl.addClass('touchpoints-adopt');
    void this.search();
  }

  override onClose(): void {
    this.contentEl.empty();
  }

  /** Search the chosen folder again and redraw. */
  async search(): Promise<void> {
    this.preview = await this.options.search(this.folder);
    this.rows = this.preview.scan.notes.map((note) => ({ note, ticked: note.ticked, error: null }));
    this.render();
  }

  /** The notes that will be adopted: ticked, with no error in their person. */
  chosen(): FoundNote[] {
    return this.rows.filter((r) => r.ticked && !r.error).map((r) => r.note);
  }

  /** Build the dialog from the current state. */
  render(): void {
    const { contentEl } = this;
    contentEl.empty();
    new Setting(contentEl)
      .setName('Look in')
      .setDesc('The folder whose notes are searched.')
      .addDropdown((d) => {
        d.addOption('', 'Whole vault');
        for (const f of this.options.folders) d.addOption(f, f);
        d.setValue(this.folder).onChange((value) => {
          this.folder = value;
          void this.search();
        });
      });
    const scan = this.preview?.scan;
    if (!scan) return;
    contentEl.createEl('p', {
      cls: 'touchpoints-adopt-summary',
      text: `Found ${scan.notes.length} note(s) to adopt; ${scan.skipped.length} skipped. Adopting adds only the properties a note lacks (type, person, date, kind); its text stays as it is.`,
    });
    if (this.rows.length) this.renderTable(contentEl);
    if (scan.skipped.length) {
      const details = contentEl.createEl('details', { cls: 'touchpoints-adopt-skipped' });
      details.createEl('summary', { text: `Skipped (${scan.skipped.length})` });
      const list = details.createEl('ul');
      for (const s of scan.skipped.slice(0, SKIPPED_SHOWN))
        list.createEl('li', { text: `${s.path}: ${s.reason}` });
      if (scan.skipped.length > SKIPPED_SHOWN)
        list.createEl('li', { text: `And ${scan.skipped.length - SKIPPED_SHOWN} more.` });
    }
    const buttons = contentEl.createDiv({ cls: 'modal-button-container' });
    this.submitEl = buttons.createEl('button', { cls: 'mod-cta touchpoints-adopt-submit' });
    this.submitEl.addEventListener('click', () => {
      const notes = this.chosen();
      if (!notes.length || !this.preview) return;
      this.options.onSubmit(notes, this.preview);
      this.close();
    });
    buttons.createEl('button', { text: 'Cancel' }).addEventListener('click', () => this.close());
    this.updateSubmit();
  }

  private renderTable(parent: HTMLElement): void {
    const table = parent.createEl('table', { cls: 'touchpoints-adopt-table' });
    const head = table.createEl('thead').createEl('tr');
    for (const h of ['', 'Note', 'Person', 'Date', 'Kind']) head.createEl('th', { text: h });
    const body = table.createEl('tbody');
    this.rows.forEach((row) => {
      const tr = body.createEl('tr', { cls: 'touchpoints-adopt-row' });
      const box = tr.createEl('td').createEl('input', { type: 'checkbox' });
      box.checked = row.ticked;
      box.setAttr('aria-label', `Adopt ${row.note.path}`);
      box.addEventListener('change', () => {
        row.ticked = box.checked;
        this.updateSubmit();
      });
      tr.createEl('td', { cls: 'touchpoints-adopt-path', text: row.note.path });
      const cell = tr.createEl('td');
      if (personChangeable(row.note)) {
        const input = cell.createEl('input', {
          type: 'text',
          cls: 'touchpoints-adopt-person',
          value: row.note.person,
        });
        const error = cell.createDiv({ cls: 'touchpoints-adopt-error' });
        const hint = cell.createDiv({ cls: 'touchpoints-adopt-new' });
        const showNew = (): void =>
          hint.setText(row.note.newPerson ? `New person note: ${row.note.personNote}` : '');
        showNew();
        input.addEventListener('change', () => {
          this.changePerson(row, input.value, error);
          showNew();
          box.checked = row.ticked;
        });
      } else {
        cell.setText(row.note.person);
        if (row.note.newPerson)
          cell.createDiv({
            cls: 'touchpoints-adopt-new',
            text: `New person note: ${row.note.personNote}`,
          });
      }
      tr.createEl('td', { text: displayDate(row.note.date) });
      tr.createEl('td', { text: row.note.kind });
    });
  }

  /** A person typed in a row: matched again and the row ticked, or an error shown in it. */
  changePerson(row: Row, name: string, errorEl: HTMLElement): void {
    if (!this.preview) return;
    const next = withPerson(row.note, name, this.preview.matcher, this.options.personFolder);
    row.error = next.ok ? null : next.error;
    if (next.ok) {
      row.note = next.value;
      row.ticked = true;
    }
    errorEl.setText(row.error ?? '');
    this.updateSubmit();
  }

  private updateSubmit(): void {
    const n = this.chosen().length;
    if (!this.submitEl) return;
    this.submitEl.setText(n === 1 ? 'Adopt 1 note' : `Adopt ${n} notes`);
    this.submitEl.disabled = n === 0;
  }
}
