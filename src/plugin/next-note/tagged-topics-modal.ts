/**
 * Before a person's next note is created: which of the items tagged #1on1 that link
 * them go into its agenda. All are ticked; closing the modal takes none.
 */
import { Modal, Setting, type App } from 'obsidian';
import type { TaggedTopic } from './tagged-topics';

/** The list of tagged topics with a tick box each; resolves once with the ticked ones or null. */
export class TaggedTopicsModal extends Modal {
  /** Which topics are ticked, by index. */
  readonly ticked: boolean[];
  private done = false;

  constructor(
    app: App,
    private readonly topics: TaggedTopic[],
    private readonly personName: string,
    private readonly resolve: (chosen: TaggedTopic[] | null) => void,
  ) {
    super(app);
    this.ticked = topics.map(() => true);
  }

  override onOpen(): void {
    const { contentEl } = this;
    contentEl.empty();
    contentEl.addClass('touchpoints-tagged-topics');
    this.setTitle(`Topics for ${this.personName}`);
    contentEl.createEl('p', {
      text: 'These items are tagged #1on1 and link this person. Tick the ones to add to the agenda of the new note.',
    });
    const list = contentEl.createDiv({ cls: 'touchpoints-tagged-list' });
    this.topics.forEach((t, i) => {
      const row = list.createEl('label', { cls: 'touchpoints-tagged-item' });
      const box = row.createEl('input', { type: 'checkbox' });
      box.checked = this.ticked[i]!;
      box.addEventListener('change', () => (this.ticked[i] = box.checked));
      const body = row.createDiv({ cls: 'touchpoints-tagged-body' });
      body.createDiv({ text: t.topic.replace(/^- /, ''), cls: 'touchpoints-tagged-text' });
      body.createDiv({ text: `${t.path}, line ${t.line + 1}`, cls: 'touchpoints-tagged-source' });
    });
    new Setting(contentEl)
      .addButton((b) => b.setButtonText('Skip').onClick(() => this.finish(null)))
      .addButton((b) =>
        b
          .setButtonText('Add to the agenda')
          .setCta()
          .onClick(() => this.finish(this.chosen())),
      );
  }

  /** The ticked topics. */
  chosen(): TaggedTopic[] {
    return this.topics.filter((_, i) => this.ticked[i]);
  }

  /** Resolve once, then close. */
  finish(chosen: TaggedTopic[] | null): void {
    if (!this.done) {
      this.done = true;
      this.resolve(chosen);
    }
    this.close();
  }

  override onClose(): void {
    this.contentEl.empty();
    if (!this.done) {
      this.done = true;
      this.resolve(null);
    }
  }
}

/** Ask which tagged topics to take; resolves when the modal is answered or closed. */
export function chooseTaggedTopics(
  app: App,
  topics: TaggedTopic[],
  personName: string,
): Promise<TaggedTopic[] | null> {
  return new Promise((resolve) => new TaggedTopicsModal(app, topics, personName, resolve).open());
}
