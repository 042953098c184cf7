/** Suggests the vault's Markdown notes in a template path field. */
import { AbstractInputSuggest, type App, type TFile } from 'obsidian';

/** Suggests Markdown files for a template path field; `onPick` gets the chosen path. */
export class NoteSuggest extends AbstractInputSuggest<TFile> {
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
