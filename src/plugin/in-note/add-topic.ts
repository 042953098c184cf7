/**
 * "Add topic to next 1:1", from any note: the selection (or a prompt for the text),
 * then the person picker, then the topic goes to the person's next 1:1 or topics
 * queue. Also offered in the editor's context menu.
 */
import { Notice, type App, type Editor, type MarkdownFileInfo, type MarkdownView } from 'obsidian';
import { pickerEntries } from '../../core/overview/picker-order';
import { topicText } from '../../core/in-note/topics';
import type { TopicService } from './topic-service';
import { PersonPickerModal } from '../next-note/person-picker';
import { TextPromptModal } from '../shared/text-prompt';
import { pickerContext, type CommandDeps } from '../command-deps';
import { whenIndexed } from '../meetings/wait-for-index';

/** Run the flow for a selection (may be empty) seen in a note (may be none). */
export function addTopicFlow(
  deps: CommandDeps,
  topics: TopicService,
  selection: string,
  sourcePath: string | null,
): void {
  const app: App = deps.plugin.app;
  // The picker lists people from the index: wait until Obsidian has indexed every note.
  const pick = (text: string): void =>
    whenIndexed(deps.meetings, () => {
      const people = pickerEntries(deps.meetings.index, pickerContext(deps));
      new PersonPickerModal(
        app,
        people,
        (person) =>
          void topics.add(person, text, sourcePath).then((r) => {
            if (r)
              new Notice(
                r.added ? `Added the topic to ${r.path}.` : `This topic is already in ${r.path}.`,
              );
          }),
        'Add the topic for…',
      ).open();
    });
  const text = topicText(selection);
  if (text) {
    pick(text);
    return;
  }
  new TextPromptModal(app, {
    title: 'Add topic to next 1:1',
    placeholder: 'What to talk about',
    submitLabel: 'Next',
    onSubmit: (value) => {
      const t = topicText(value);
      if (!t) return 'Enter the topic.';
      pick(t);
      return null;
    },
  }).open();
}

export function registerAddTopic(deps: CommandDeps, topics: TopicService): void {
  const { plugin } = deps;
  const { workspace } = plugin.app;
  plugin.addCommand({
    id: 'add-topic-to-next-1on1',
    name: 'Add topic to next 1:1',
    callback: () => {
      const selection = workspace.activeEditor?.editor?.getSelection() ?? '';
      addTopicFlow(deps, topics, selection, workspace.getActiveFile()?.path ?? null);
    },
  });
  plugin.registerEvent(
    workspace.on('editor-menu', (menu, editor: Editor, info: MarkdownView | MarkdownFileInfo) => {
      menu.addItem((item) =>
        item
          .setTitle('Add topic to next 1:1')
          .setIcon('message-square-plus')
          .onClick(() =>
            addTopicFlow(deps, topics, editor.getSelection(), info.file?.path ?? null),
          ),
      );
    }),
  );
}
