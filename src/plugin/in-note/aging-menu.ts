/**
 * The menu of a warning badge: "Do it, delegate it, or drop it". Drop sets the status
 * to `-`, keep leaves the item as it is, delegate asks for a name and writes `@Name`
 * at the start of the task.
 */
import { Menu, type App } from 'obsidian';
import { AGING_PROMPT } from '../../core/in-note/aging';
import { TextPromptModal } from '../shared/text-prompt';

/** What the badge's menu can do to its item. */
export interface AgingActions {
  drop: () => void;
  /** Returns an error to show in the name prompt, or null when done. */
  delegate: (name: string) => string | null;
}

/** Build the menu for an aged task (exported for tests, which read its items). */
export function agingMenu(app: App, actions: AgingActions): Menu {
  const menu = new Menu();
  menu.addItem((item) => item.setTitle(AGING_PROMPT).setIsLabel(true));
  menu.addItem((item) =>
    item
      .setTitle('Drop it')
      .setIcon('x-circle')
      .onClick(() => actions.drop()),
  );
  menu.addItem((item) =>
    item
      .setTitle('Keep it')
      .setIcon('check')
      .onClick(() => undefined),
  );
  menu.addItem((item) =>
    item
      .setTitle('Delegate it…')
      .setIcon('user-plus')
      .onClick(() => delegatePrompt(app, actions).open()),
  );
  return menu;
}

/** The prompt for the owner's name. */
export function delegatePrompt(app: App, actions: AgingActions): TextPromptModal {
  return new TextPromptModal(app, {
    title: 'Delegate it',
    description: 'Who owns it now? The name goes at the start of the item, like @Priya.',
    placeholder: 'Priya',
    submitLabel: 'Delegate',
    onSubmit: (name) => (name.trim().replace(/^@+/, '') ? actions.delegate(name) : 'Enter a name.'),
  });
}

/** Show the menu at the click, or under the badge when opened with the keyboard. */
export function showAgingMenu(
  app: App,
  actions: AgingActions,
  badge: HTMLElement,
  event: MouseEvent | KeyboardEvent,
): void {
  const menu = agingMenu(app, actions);
  if (event instanceof MouseEvent) menu.showAtMouseEvent(event);
  else {
    const rect = badge.getBoundingClientRect();
    menu.showAtPosition({ x: rect.left, y: rect.bottom });
  }
}
