/**
 * The sidebar's two states besides the list: the empty state that explains how to
 * start (with a button that runs "Create next 1:1"), and the problems list, each note
 * with what is wrong with it and a link to it.
 */
import type { Problem } from '../../core/overview/sidebar-model';
import type { CardActions, UserEvent } from './card-actions';

/** The empty state under its title (the model's summary: "No 1:1 notes yet"). */
export function renderEmpty(el: HTMLElement, title: string, createFirst: () => void): void {
  const box = el.createDiv({ cls: 'touchpoints-empty' });
  box.createDiv({ cls: 'touchpoints-empty-title', text: title });
  box.createEl('p', {
    text: 'Touchpoints tracks every note with "type: one-on-one" in its properties: when the next 1:1 is due, when the next career conversation is due, goals and open action items.',
  });
  box.createEl('p', {
    text: 'Create your first 1:1: pick a person (or type a new name) and Touchpoints creates the note, and the person note if there is none.',
  });
  const button = box.createEl('button', {
    cls: 'mod-cta',
    text: 'Create first 1:1',
    attr: { 'data-focus': 'empty\ncreate' },
  });
  button.addEventListener('click', () => createFirst());
}

/** The problems list: each note's path (a link) and what is wrong with it. */
export function renderProblems(
  el: HTMLElement,
  problems: readonly Problem[],
  actions: Pick<CardActions, 'open'>,
): HTMLElement {
  const box = el.createDiv({ cls: 'touchpoints-problems' });
  box.createDiv({ cls: 'touchpoints-section-title', text: `Problems (${problems.length})` });
  const list = box.createEl('ul');
  for (const p of problems) {
    const li = list.createEl('li', { cls: 'touchpoints-problem' });
    const a = li.createEl('a', {
      cls: 'touchpoints-link touchpoints-problem-path',
      text: p.path,
      href: '#',
      attr: { 'data-href': p.path, 'data-focus': `problem\n${p.path}` },
    });
    a.addEventListener('click', (evt: UserEvent) => {
      evt.preventDefault();
      actions.open(p.path, null, evt);
    });
    li.createDiv({ cls: 'touchpoints-problem-message', text: p.message });
  }
  return box;
}
