/**
 * One person's row in the sidebar's compact list: the name, the 1:1 clock's chip, the
 * career clock's chip, the next meeting and its state, drawn as the disclosure button
 * that opens the person's full card below it (the accordion pattern: a button with
 * `aria-expanded` and `aria-controls`; the list moves the focus between rows with the
 * arrow keys).
 */
import type { PersonCard } from '../../core/overview/sidebar-model';
import { nextMeetingLine } from '../../core/overview/next-meeting';
import { chip } from './card-parts';
import { setClassInPlace, setTextInPlace } from './dom-patch';

/** The row's data attribute for focus, so a redraw can give the focus back. */
export const rowFocus = (key: string): string => `${key}\nrow`;

/**
 * Draw a person's row head into `head`: what the row shows of the card. A head drawn
 * before keeps its elements and only what differs is set (a change to a person's notes
 * usually moves one chip or the next meeting's line, not the whole row).
 */
export function renderRowHead(head: HTMLElement, card: PersonCard): void {
  if (patchRowHead(head, card)) return;
  head.empty();
  const top = head.createDiv({ cls: 'touchpoints-row-line' });
  top.createSpan({ cls: 'touchpoints-row-name', text: card.name });
  chip(top, card.chip);
  const career = head.createDiv({ cls: 'touchpoints-row-line touchpoints-row-career' });
  career.createSpan({ cls: 'touchpoints-row-label', text: 'Career' });
  chip(career, card.careerChip);
  const n = card.nextMeeting;
  head.createDiv({
    cls: `touchpoints-row-next${n && !n.prepared ? ' is-unprepared' : ''}`,
    text: nextMeetingLine(n),
  });
}

/** Bring a head drawn by renderRowHead up to `card`; false when there is none to patch. */
function patchRowHead(head: HTMLElement, card: PersonCard): boolean {
  const name = head.querySelector<HTMLElement>('.touchpoints-row-name');
  const chips = head.querySelectorAll<HTMLElement>('.touchpoints-chip');
  const next = head.querySelector<HTMLElement>('.touchpoints-row-next');
  if (!name || chips.length !== 2 || !next) return false;
  const text = setTextInPlace;
  const cls = setClassInPlace;
  text(name, card.name);
  [card.chip, card.careerChip].forEach((c, i) => {
    text(chips[i]!, c.text);
    cls(chips[i]!, `touchpoints-chip is-${c.tone}`);
  });
  const n = card.nextMeeting;
  text(next, nextMeetingLine(n));
  cls(next, `touchpoints-row-next${n && !n.prepared ? ' is-unprepared' : ''}`);
  return true;
}

/** A person's row (a list item) with its head; the card goes after the head when open. */
export function renderRow(
  list: HTMLElement,
  card: PersonCard,
  cardId: string,
  open: boolean,
): { row: HTMLElement; head: HTMLElement } {
  const row = list.createEl('li', {
    cls: `touchpoints-row is-${card.chip.tone}`,
    attr: { 'data-person': card.key },
  });
  const head = row.createDiv({
    cls: 'touchpoints-row-head',
    attr: {
      role: 'button',
      tabindex: '-1',
      'aria-controls': cardId,
      'data-focus': rowFocus(card.key),
    },
  });
  setRowOpen(row, head, open);
  renderRowHead(head, card);
  return { row, head };
}

/** Show a row as open or closed (its class and the button's `aria-expanded`). */
export function setRowOpen(row: HTMLElement, head: HTMLElement, open: boolean): void {
  row.toggleClass('is-open', open);
  head.setAttr('aria-expanded', String(open));
}

/** Give the row its tone (the 1:1 clock's), keeping whether it is open. */
export function setRowTone(row: HTMLElement, card: PersonCard): void {
  const open = row.hasClass('is-open');
  setClassInPlace(row, `touchpoints-row is-${card.chip.tone}${open ? ' is-open' : ''}`);
}
