/**
 * One person's card in the sidebar (a row of the compact list opened), made of the parts
 * in card-parts.ts: drawn whole, or brought up to date by redrawing only the parts that
 * changed.
 */
import type { PersonCard } from '../../core/overview/sidebar-model';
import type { CardActions } from './card-actions';
import {
  renderButtons,
  renderCareer,
  renderGoals,
  renderHeader,
  renderNextMeeting,
  renderOpenItems,
  renderRecent,
  renderRegular,
} from './card-parts';
import { patchTimeline, renderTimeline } from './sidebar-timeline';
import { patchInPlace } from './dom-patch';

/**
 * What a card's part is drawn from, as text to compare, made once per card and part: an
 * update compares the card before (whose texts were made when it was the new card)
 * with the new one, so each card is serialized once and not at every update.
 */
const texts = new WeakMap<PersonCard, Map<number, string>>();
function textOf(card: PersonCard, part: number, value: (card: PersonCard) => unknown): string {
  let byPart = texts.get(card);
  if (!byPart) texts.set(card, (byPart = new Map<number, string>()));
  let text = byPart.get(part);
  if (text === undefined) byPart.set(part, (text = JSON.stringify(value(card))));
  return text;
}
const sameAs =
  (part: number, value: (card: PersonCard) => unknown) =>
  (a: PersonCard, b: PersonCard): boolean =>
    a === b || textOf(a, part, value) === textOf(b, part, value);

const sameNextMeeting = sameAs(2, (c) => c.nextMeeting);
const sameGoals = sameAs(7, (c) => c.goals);

/** A part drawn anew out of the page and copied into `old` in place (see patchInPlace). */
const redrawInPlace =
  (draw: (el: HTMLElement, card: PersonCard) => void) =>
  (old: Element, _before: PersonCard, card: PersonCard): boolean => {
    const holder = createDiv();
    draw(holder, card);
    const fresh = holder.firstElementChild;
    return fresh !== null && holder.childElementCount === 1 && patchInPlace(old, fresh);
  };

/**
 * The parts of a card in order, each drawn into one element from the card alone, and
 * when two cards draw it the same (so an update can keep that element).
 */
const PARTS: ReadonlyArray<{
  draw: (el: HTMLElement, card: PersonCard, actions: CardActions) => void;
  same: (a: PersonCard, b: PersonCard) => boolean;
  /** Update the part's element in place, if it can (true), instead of drawing it anew. */
  patch?: (part: Element, before: PersonCard, card: PersonCard) => boolean;
}> = [
  {
    draw: renderHeader,
    same: (a, b) =>
      a.key === b.key &&
      a.name === b.name &&
      a.personPath === b.personPath &&
      a.relationship === b.relationship,
  },
  {
    draw: (el, card) => renderRegular(el, card),
    same: sameAs(1, (c) => [c.cadenceDays, c.chip, c.regular]),
    patch: redrawInPlace(renderRegular),
  },
  {
    draw: renderNextMeeting,
    same: (a, b) => a.key === b.key && a.name === b.name && sameNextMeeting(a, b),
  },
  {
    draw: (el, card) => renderCareer(el, card),
    same: sameAs(3, (c) => [c.careerCadence, c.careerChip, c.career]),
    patch: redrawInPlace(renderCareer),
  },
  {
    draw: (el, card, actions) =>
      renderTimeline(el, card.timeline, (path, evt) => actions.open(path, null, evt)),
    same: sameAs(4, (c) => c.timeline),
    patch: (svg, _before, card) => {
      if (!svg.instanceOf(SVGSVGElement)) return false;
      patchTimeline(svg, card.timeline);
      return true;
    },
  },
  {
    draw: (el, card) => renderRecent(el, card),
    same: sameAs(5, (c) => c.recent),
    patch: redrawInPlace(renderRecent),
  },
  {
    draw: renderOpenItems,
    same: (a, b) => a.key === b.key && a.openActionItems === b.openActionItems,
  },
  {
    draw: renderGoals,
    same: (a, b) =>
      a.key === b.key && a.personPath === b.personPath && a.topics === b.topics && sameGoals(a, b),
  },
  { draw: renderButtons, same: (a, b) => a.key === b.key },
];

/** Render a person's card into `parent`. */
export function renderCard(
  parent: HTMLElement,
  card: PersonCard,
  actions: CardActions,
): HTMLElement {
  const el = parent.createEl('section', {
    cls: `touchpoints-card is-${card.chip.tone}`,
    attr: { 'data-person': card.key },
  });
  for (const part of PARTS) part.draw(el, card, actions);
  return el;
}

/**
 * Bring a card drawn from `before` up to `card`, redrawing only the parts that differ
 * (and the open items when `openItemsChanged`): after one note changes, most of a
 * card stays as it is, and so does its layout. Returns how many parts were redrawn or
 * updated in place.
 */
export function patchCard(
  el: HTMLElement,
  before: PersonCard,
  card: PersonCard,
  actions: CardActions,
  openItemsChanged: boolean,
): number {
  const cls = `touchpoints-card is-${card.chip.tone}`;
  if (el.className !== cls) el.className = cls;
  let redrawn = 0;
  PARTS.forEach((part, i) => {
    if (part.same(before, card) && !(openItemsChanged && part.draw === renderOpenItems)) return;
    const old = el.children[i];
    redrawn++;
    if (old && part.patch?.(old, before, card)) return;
    part.draw(el, card, actions);
    if (old) old.replaceWith(el.lastElementChild!);
  });
  return redrawn;
}
