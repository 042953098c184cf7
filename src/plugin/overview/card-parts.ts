/**
 * The parts of one person's card in the sidebar: the header, the two clocks with their
 * chips and dates, recent stats, open action items (counted from the text once read,
 * expandable; a click jumps to the line), goals with progress and hints, queued topics
 * and the buttons. Each draws one element from the core model's PersonCard; every
 * action goes through `CardActions`.
 */
import { displayDate, displayDateRange } from '../../core/shared/display';
import type { GoalWithHints } from '../../core/people/goals';
import type { Chip, PersonCard } from '../../core/overview/sidebar-model';
import { nextMeetingLine } from '../../core/overview/next-meeting';
import { iconButton, noteLink, showCardMenu, type CardActions } from './card-actions';
import type { OpenItem } from './open-items';

const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;

function capitalized(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** A clock's status chip, e.g. "3 days overdue", in its tone. */
export function chip(parent: HTMLElement, c: Chip): void {
  parent.createSpan({ text: c.text, cls: `touchpoints-chip is-${c.tone}` });
}

/** A clock's dates, "Last … · due …": the line wraps between its parts, not inside a date. */
function datesLine(clock: HTMLElement, first: string, second: string): void {
  const line = clock.createDiv({ cls: 'touchpoints-clock-dates' });
  line.createSpan({ text: first });
  line.appendText(' · ');
  line.createSpan({ text: second });
}

/** The 1:1 clock: cadence, chip, last and due dates, the scheduled date. */
export function renderRegular(parent: HTMLElement, card: PersonCard): void {
  const clock = parent.createDiv({ cls: 'touchpoints-clock touchpoints-clock-regular' });
  const head = clock.createDiv({ cls: 'touchpoints-clock-head' });
  head.createSpan({
    text: `1:1 every ${plural(card.cadenceDays, 'day')}`,
    cls: 'touchpoints-clock-label',
  });
  chip(head, card.chip);
  const r = card.regular;
  // Never met: the chip says so ("Not met yet"), and no line repeats it.
  if (r.lastMeeting && r.nextDue)
    datesLine(clock, `Last ${displayDate(r.lastMeeting)}`, `due ${displayDate(r.nextDue)}`);
  if (r.scheduled)
    clock.createDiv({
      cls: 'touchpoints-clock-scheduled',
      text: `Scheduled ${displayDate(r.scheduled)}`,
    });
}

/** The next meeting: its day and time, its agenda or "not prepared yet", and Prepare. */
export function renderNextMeeting(
  parent: HTMLElement,
  card: PersonCard,
  actions: CardActions,
): void {
  const n = card.nextMeeting;
  const box = parent.createDiv({
    cls: `touchpoints-next-meeting${n && !n.prepared ? ' is-unprepared' : ''}`,
  });
  box.createSpan({ cls: 'touchpoints-next-meeting-text', text: nextMeetingLine(n) });
  const button = box.createEl('button', {
    text: 'Prepare',
    cls: 'touchpoints-prepare',
    attr: {
      'aria-label': `Prepare the next meeting with ${card.name}`,
      'data-focus': `${card.key}\nprepare`,
    },
  });
  button.addEventListener('click', () => actions.prepare(card.key));
}

/** The career-conversation clock: cadence range, chip, last date and window. */
export function renderCareer(parent: HTMLElement, card: PersonCard): void {
  const clock = parent.createDiv({ cls: 'touchpoints-clock touchpoints-clock-career' });
  const head = clock.createDiv({ cls: 'touchpoints-clock-head' });
  const [min, max] = card.careerCadence;
  head.createSpan({
    text: `Career conversation every ${min === max ? min : `${min}-${max}`} days`,
    cls: 'touchpoints-clock-label',
  });
  chip(head, card.careerChip);
  const c = card.career;
  // Never held: the chip says so (NEVER_HELD), and no line repeats it.
  if (c.last && c.windowStart && c.windowEnd)
    datesLine(
      clock,
      `Last ${displayDate(c.last)}`,
      `window ${displayDateRange(c.windowStart, c.windowEnd)}`,
    );
}

/** The last 180 days: held, cancelled, rescheduled, on time, streak. */
export function renderRecent(parent: HTMLElement, card: PersonCard): void {
  const r = card.recent;
  const parts = [`${r.held} held`];
  if (r.cancelled) parts.push(`${r.cancelled} cancelled`);
  if (r.rescheduled) parts.push(`${r.rescheduled} rescheduled`);
  if (r.adherence !== null) parts.push(`${Math.round(r.adherence * 100)}% on time`);
  if (r.streak) parts.push(`streak ${r.streak}`);
  parent.createDiv({ cls: 'touchpoints-recent', text: `Last 180 days: ${parts.join(' · ')}` });
}

/**
 * How many open action items a card shows: as many as were read from the text of the
 * person's notes, once read (a task a comment hides is not open there, as in carry-over
 * and `cadence`); the index's count, from the metadata cache, until then.
 */
export function shownCount(card: PersonCard, items: readonly OpenItem[] | null): number {
  return items === null ? card.openActionItems : items.length;
}

/** The open action items: a disclosure button, and the list when expanded. */
export function renderOpenItems(parent: HTMLElement, card: PersonCard, actions: CardActions): void {
  const box = parent.createDiv({ cls: 'touchpoints-open-items' });
  // Asked for whenever the card is drawn: it starts the read that corrects the count.
  const items = actions.openItems(card.key);
  const count = shownCount(card, items);
  if (!count) {
    box.createDiv({ cls: 'touchpoints-muted', text: 'No open action items' });
    return;
  }
  const expanded = actions.isExpanded(card.key);
  const toggle = box.createEl('button', {
    cls: 'touchpoints-disclosure',
    text: plural(count, 'open action item'),
    attr: { 'aria-expanded': String(expanded), 'data-focus': `${card.key}\nopen-items` },
  });
  toggle.addEventListener('click', () => actions.toggleOpenItems(card.key));
  if (!expanded) return;
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

/** The goals with their progress, or why there are none, and the queued topics. */
export function renderGoals(parent: HTMLElement, card: PersonCard, actions: CardActions): void {
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

/** The person's name (a link to their note) and relationship. */
export function renderHeader(el: HTMLElement, card: PersonCard, actions: CardActions): HTMLElement {
  // The row above the card shows the name: the header says who they are to the user
  // and links to their note (opened on click, previewed on hover).
  const header = el.createDiv({ cls: 'touchpoints-card-header' });
  if (card.relationship)
    header.createSpan({
      text: capitalized(card.relationship),
      cls: 'touchpoints-card-relationship',
    });
  if (card.personPath)
    noteLink(
      header,
      'Person note',
      card.personPath,
      null,
      actions,
      'touchpoints-card-note',
    ).setAttrs({
      'aria-label': `Open the person note of ${card.name}`,
      'data-focus': `${card.key}\nname`,
    });
  return header;
}

/**
 * The card's actions as Obsidian draws them: "Next 1:1", the main one (`mod-cta`); the
 * career conversation and the card's menu (the accomplishment export) as icon buttons
 * whose aria-label Obsidian shows as their tooltip.
 */
export function renderButtons(el: HTMLElement, card: PersonCard, actions: CardActions): void {
  const buttons = el.createDiv({ cls: 'touchpoints-card-actions' });
  const next = buttons.createEl('button', {
    text: 'Next 1:1',
    cls: 'mod-cta',
    attr: { 'data-focus': `${card.key}\nnext` },
  });
  next.addEventListener('click', () => actions.create(card.key, 'regular'));
  iconButton(
    buttons,
    'graduation-cap',
    `New career conversation with ${card.name}`,
    `${card.key}\ncareer`,
  ).addEventListener('click', () => actions.create(card.key, 'career'));
  const more = iconButton(
    buttons,
    'more-horizontal',
    `More actions for ${card.name}`,
    `${card.key}\nmore`,
  );
  more.setAttr('aria-haspopup', 'menu');
  more.addEventListener('click', () => showCardMenu(more, card.key, actions));
}
