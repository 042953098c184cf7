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

const json = (value: unknown): string => JSON.stringify(value);

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
    same: (a, b) =>
      a.cadenceDays === b.cadenceDays && json([a.chip, a.regular]) === json([b.chip, b.regular]),
  },
  {
    draw: renderNextMeeting,
    same: (a, b) =>
      a.key === b.key && a.name === b.name && json(a.nextMeeting) === json(b.nextMeeting),
  },
  {
    draw: (el, card) => renderCareer(el, card),
    same: (a, b) =>
      json([a.careerCadence, a.careerChip, a.career]) ===
      json([b.careerCadence, b.careerChip, b.career]),
  },
  {
    draw: (el, card, actions) =>
      renderTimeline(el, card.timeline, (path, evt) => actions.open(path, null, evt)),
    same: (a, b) => json(a.timeline) === json(b.timeline),
    patch: (svg, _before, card) => {
      if (!svg.instanceOf(SVGSVGElement)) return false;
      patchTimeline(svg, card.timeline);
      return true;
    },
  },
  { draw: (el, card) => renderRecent(el, card), same: (a, b) => json(a.recent) === json(b.recent) },
  {
    draw: renderOpenItems,
    same: (a, b) => a.key === b.key && a.openActionItems === b.openActionItems,
  },
  {
    draw: renderGoals,
    same: (a, b) =>
      a.key === b.key &&
      a.personPath === b.personPath &&
      a.topics === b.topics &&
      json(a.goals) === json(b.goals),
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
  el.className = `touchpoints-card is-${card.chip.tone}`;
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
