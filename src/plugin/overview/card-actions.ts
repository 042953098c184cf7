/**
 * What a sidebar card can do, given by the view (`CardActions`), and the controls a
 * card draws them with: note links, icon buttons and the card's menu.
 */
import { Menu, setIcon } from 'obsidian';
import type { OpenItem } from './open-items';

/** The click or key press behind an action (a modifier opens a new tab). */
export type UserEvent = MouseEvent | KeyboardEvent;

/** Everything a card does, provided by the view: cards hold no state of their own. */
export interface CardActions {
  /** Open a note, at a line when given. */
  open(path: string, line: number | null, evt: UserEvent): void;
  /** Show Obsidian's page preview for a link, when the user asks for it. */
  hover(evt: MouseEvent, target: HTMLElement, path: string): void;
  create(key: string, typeId: string): void;
  /** Prepare the person's next 1:1 (its date proposed, or its note opened). */
  prepare(key: string): void;
  /** Export the person's accomplishment log for last quarter. */
  exportAccomplishments(key: string): void;
  toggleOpenItems(key: string): void;
  isExpanded(key: string): boolean;
  /**
   * The person's open items; null while they are being read. A drawn card asks for them
   * (the first ask starts the read) to show their number, and their list when expanded.
   */
  openItems(key: string): OpenItem[] | null;
}

/** A link-like element that works with the mouse, the keyboard and page preview. */
export function noteLink(
  parent: HTMLElement,
  text: string,
  path: string,
  line: number | null,
  actions: CardActions,
  cls: string,
): HTMLElement {
  const a = parent.createEl('a', {
    text,
    cls: `touchpoints-link ${cls}`,
    href: '#',
    attr: { 'data-href': path, title: path, 'data-focus': `${cls}\n${path}\n${line ?? ''}` },
  });
  a.addEventListener('click', (evt) => {
    evt.preventDefault();
    actions.open(path, line, evt);
  });
  a.addEventListener('mouseover', (evt) => actions.hover(evt, a, path));
  return a;
}

/**
 * An icon button as Obsidian draws one (`clickable-icon`, a Lucide icon), named by its
 * aria-label, which Obsidian also shows as its tooltip.
 */
export function iconButton(
  parent: HTMLElement,
  icon: string,
  label: string,
  focusKey: string,
): HTMLButtonElement {
  const button = parent.createEl('button', {
    cls: 'clickable-icon',
    attr: { 'aria-label': label, 'data-focus': focusKey },
  });
  setIcon(button, icon);
  return button;
}

/** The card's menu of secondary actions, shown under its button. */
export function showCardMenu(button: HTMLElement, key: string, actions: CardActions): void {
  const menu = new Menu();
  menu.addItem((item) =>
    item
      .setTitle('Export accomplishments…')
      .setIcon('award')
      .onClick(() => actions.exportAccomplishments(key)),
  );
  const rect = button.getBoundingClientRect();
  menu.showAtPosition({ x: rect.left, y: rect.bottom }, button.doc);
}
