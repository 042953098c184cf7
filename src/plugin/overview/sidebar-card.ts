/**
 * One person's card in the sidebar: the two clocks with their chips and dates, the
 * timeline strip, recent stats, open action items (expandable; a click jumps to the
 * line), goals with progress and hints, queued topics and the two create buttons.
 * Renders a PersonCard from the core model; every action goes through `CardActions`.
 */
import { displayDate } from '../../core/shared/display';
import type { GoalWithHints } from '../../core/people/goals';
import type { Chip, PersonCard } from '../../core/overview/sidebar-model';
import type { OpenItem } from './sidebar-data';
import { patchTimeline, renderTimeline } from './sidebar-timeline';

export type UserEvent = MouseEvent | KeyboardEvent;

export interface CardActions {
  /** Open a note, at a line when given. */
  open(path: string, line: number | null, evt: UserEvent): void;
  /** Show Obsidian's page preview for a link, when the user asks for it. */
  hover(evt: MouseEvent, target: HTMLElement, path: string): void;
  create(key: string, typeId: string): void;
  /** Export the person's accomplishment log for last quarter. */
  exportAccomplishments(key: string): void;
  toggleOpenItems(key: string): void;
  isExpanded(key: string): boolean;
  /** The person's open items; null while they are being read. */
  openItems(key: string): OpenItem[] | null;
}

const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;

function capitalized(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
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

function chip(parent: HTMLElement, c: Chip): void {
  parent.createSpan({ text: c.text, cls: `touchpoints-chip is-${c.tone}` });
}

function renderRegular(parent: HTMLElement, card: PersonCard): void {
  const clock = parent.createDiv({ cls: 'touchpoints-clock touchpoints-clock-regular' });
  const head = clock.createDiv({ cls: 'touchpoints-clock-head' });
  head.createSpan({
    text: `1:1 every ${plural(card.cadenceDays, 'day')}`,
    cls: 'touchpoints-clock-label',
  });
  chip(head, card.chip);
  const r = card.regular;
  clock.createDiv({
    cls: 'touchpoints-clock-dates',
    text:
      r.lastMeeting && r.nextDue
        ? `Last ${displayDate(r.lastMeeting)} · due ${displayDate(r.nextDue)}`
        : 'No 1:1 held yet',
  });
  if (r.scheduled)
    clock.createDiv({
      cls: 'touchpoints-clock-scheduled',
      text: `Scheduled ${displayDate(r.scheduled)}`,
    });
}

function renderCareer(parent: HTMLElement, card: PersonCard): void {
  const clock = parent.createDiv({ cls: 'touchpoints-clock touchpoints-clock-career' });
  const head = clock.createDiv({ cls: 'touchpoints-clock-head' });
  const [min, max] = card.careerCadence;
  head.createSpan({
    text: `Career conversation every ${min === max ? min : `${min}-${max}`} days`,
    cls: 'touchpoints-clock-label',
  });
  chip(head, card.careerChip);
  const c = card.career;
  clock.createDiv({
    cls: 'touchpoints-clock-dates',
    text:
      c.last && c.windowStart && c.windowEnd
        ? `Last ${displayDate(c.last)} · window ${displayDate(c.windowStart)} – ${displayDate(c.windowEnd)}`
        : 'None held yet',
  });
}

function renderRecent(parent: HTMLElement, card: PersonCard): void {
  const r = card.recent;
  const parts = [`${r.held} held`];
  if (r.cancelled) parts.push(`${r.cancelled} cancelled`);
  if (r.rescheduled) parts.push(`${r.rescheduled} rescheduled`);
  if (r.adherence !== null) parts.push(`${Math.round(r.adherence * 100)}% on time`);
  if (r.streak) parts.push(`streak ${r.streak}`);
  parent.createDiv({ cls: 'touchpoints-recent', text: `Last 180 days: ${parts.join(' · ')}` });
}

function renderOpenItems(parent: HTMLElement, card: PersonCard, actions: CardActions): void {
  const box = parent.createDiv({ cls: 'touchpoints-open-items' });
  if (!card.openActionItems) {
    box.createDiv({ cls: 'touchpoints-muted', text: 'No open action items' });
    return;
  }
  const expanded = actions.isExpanded(card.key);
  const toggle = box.createEl('button', {
    cls: 'touchpoints-disclosure',
    text: plural(card.openActionItems, 'open action item'),
    attr: { 'aria-expanded': String(expanded), 'data-focus': `${card.key}\nopen-items` },
  });
  toggle.addEventListener('click', () => actions.toggleOpenItems(card.key));
  if (!expanded) return;
  const items = actions.openItems(card.key);
  if (items === null) {
    box.createDiv({ cls: 'touchpoints-muted', text: 'Reading…' });
    return;
  }
  const list = box.createEl('ul', { cls: 'touchpoints-open-list' });
  for (const item of items) {
    const li = list.createEl('li', { cls: 'touchpoints-open-item' });
    noteLink(
      li,
      item.text || '(empty task)',
      item.path,
      item.line,
      actions,
      'touchpoints-open-text',
    );
    li.createSpan({ cls: 'touchpoints-muted', text: ` · ${displayDate(item.date)}` });
  }
}

function renderGoal(
  parent: HTMLElement,
  goal: GoalWithHints,
  personPath: string,
  actions: CardActions,
): void {
  const el = parent.createDiv({ cls: `touchpoints-goal${goal.done ? ' is-done' : ''}` });
  noteLink(
    el,
    goal.text || '(untitled goal)',
    personPath,
    goal.line,
    actions,
    'touchpoints-goal-text',
  );
  const bar = el.createDiv({
    cls: 'touchpoints-progress',
    attr: {
      role: 'progressbar',
      'aria-valuemin': '0',
      'aria-valuemax': '100',
      'aria-valuenow': String(goal.progress),
      'aria-label': `${goal.text}: ${goal.progress}%`,
    },
  });
  bar
    .createDiv({ cls: 'touchpoints-progress-fill' })
    .setCssProps({ '--touchpoints-progress': `${goal.progress}%` });
  const meta = [goal.done ? 'Done' : `${goal.progress}%`];
  if (goal.due) meta.push(`target ${displayDate(goal.due)}`);
  if (goal.steps.length)
    meta.push(`${goal.steps.filter((s) => s.done).length}/${goal.steps.length} steps`);
  el.createDiv({ cls: 'touchpoints-goal-meta', text: meta.join(' · ') });
  for (const hint of goal.hints) el.createDiv({ cls: 'touchpoints-goal-hint', text: hint });
}

function renderGoals(parent: HTMLElement, card: PersonCard, actions: CardActions): void {
  const box = parent.createDiv({ cls: 'touchpoints-goals' });
  if (card.personPath === null) {
    box.createDiv({
      cls: 'touchpoints-muted',
      text: 'No person note yet: goals and topics live there.',
    });
    return;
  }
  if (card.goals === null) {
    box.createDiv({ cls: 'touchpoints-muted', text: 'Reading goals…' });
    return;
  }
  if (!card.goals.length) {
    box.createDiv({
      cls: 'touchpoints-muted',
      text: 'No goals: add tasks under the goals heading of the person note.',
    });
  } else {
    box.createDiv({ cls: 'touchpoints-section-title', text: 'Goals' });
    for (const goal of card.goals) renderGoal(box, goal, card.personPath, actions);
  }
  const topics = card.topics ?? 0;
  box.createDiv({
    cls: 'touchpoints-topics touchpoints-muted',
    text: topics ? `${plural(topics, 'topic')} queued for next time` : 'No topics queued',
  });
}

function renderHeader(el: HTMLElement, card: PersonCard, actions: CardActions): HTMLElement {
  const header = el.createDiv({ cls: 'touchpoints-card-header' });
  if (card.personPath)
    noteLink(header, card.name, card.personPath, null, actions, 'touchpoints-card-name').setAttr(
      'data-focus',
      `${card.key}\nname`,
    );
  else header.createSpan({ text: card.name, cls: 'touchpoints-card-name' });
  if (card.relationship)
    header.createSpan({
      text: capitalized(card.relationship),
      cls: 'touchpoints-card-relationship',
    });
  return header;
}

/**
 * A card's light stand-in while it is out of view: the name and the 1:1 chip. The card list replaces it with the full card when it nears the viewport.
 */
export function renderCardShell(parent: HTMLElement, card: PersonCard): HTMLElement {
  const el = parent.createEl('section', {
    cls: `touchpoints-card is-${card.chip.tone} is-pending`,
    attr: { 'data-person': card.key },
  });
  const header = el.createDiv({ cls: 'touchpoints-card-header' });
  header.createSpan({ text: card.name, cls: 'touchpoints-card-name' });
  chip(header, card.chip);
  return el;
}

function renderButtons(el: HTMLElement, card: PersonCard, actions: CardActions): void {
  const buttons = el.createDiv({ cls: 'touchpoints-card-actions' });
  const next = buttons.createEl('button', {
    text: 'Next 1:1',
    attr: { 'data-focus': `${card.key}\nnext` },
  });
  next.addEventListener('click', () => actions.create(card.key, 'regular'));
  const careerButton = buttons.createEl('button', {
    text: 'Career conversation',
    attr: { 'data-focus': `${card.key}\ncareer` },
  });
  careerButton.addEventListener('click', () => actions.create(card.key, 'career'));
  const log = buttons.createEl('button', {
    text: 'Last quarter',
    attr: {
      'aria-label': 'Export accomplishments for last quarter',
      'data-focus': `${card.key}\naccomplishments`,
    },
  });
  log.addEventListener('click', () => actions.exportAccomplishments(card.key));
}

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
 * card stays as it is, and so does its layout. Returns how many parts were redrawn or updated in place.
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
