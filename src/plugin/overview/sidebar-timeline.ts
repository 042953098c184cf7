/**
 * The timeline strip of a person card: the last 26 weeks as an SVG built with
 * Obsidian's createSvg. Held meetings are dots, career conversations diamonds,
 * cancelled and rescheduled meetings hollow; the expected rhythm shows as faint
 * ticks and an overdue gap as a band up to today.
 */
import { displayDate } from '../../core/shared/display';
import { addDays } from '../../core/shared/dates';
import type { Timeline, TimelineKind } from '../../core/overview/sidebar-model';

const WIDTH = 364;
const HEIGHT = 32;
const PAD = 6;
const MID = HEIGHT / 2;

const KIND_TEXT: Record<TimelineKind, string> = {
  held: '1:1 held',
  career: 'Career conversation',
  cancelled: 'Cancelled',
  rescheduled: 'Rescheduled',
};

function x(timeline: Timeline, day: number): number {
  return PAD + (day * (WIDTH - 2 * PAD)) / Math.max(1, timeline.days - 1);
}

function fixed(n: number): string {
  return n.toFixed(1);
}

/** A one-line description of the strip for screen readers. */
export function timelineLabel(timeline: Timeline): string {
  const count = (k: TimelineKind): number => timeline.points.filter((p) => p.kind === k).length;
  const parts = [
    `${count('held') + count('career')} held`,
    `${count('career')} career`,
    `${count('cancelled')} cancelled`,
    `${count('rescheduled')} rescheduled`,
  ];
  return `Last 26 weeks: ${parts.join(', ')}${timeline.gap ? ', overdue now' : ''}`;
}

/** Draw the strip into `parent`. `onPoint` opens a meeting's note. */
export function renderTimeline(
  parent: HTMLElement,
  timeline: Timeline,
  onPoint: (path: string, evt: MouseEvent) => void,
): SVGSVGElement {
  const svg = parent.createSvg('svg', {
    cls: 'touchpoints-timeline',
    attr: { viewBox: `0 0 ${WIDTH} ${HEIGHT}`, role: 'img' },
  });
  svg.createSvg('line', {
    cls: 'touchpoints-timeline-axis',
    attr: { x1: PAD, x2: WIDTH - PAD, y1: MID, y2: MID },
  });
  svg.createSvg('line', { cls: 'touchpoints-timeline-today', attr: { y1: 2, y2: HEIGHT - 2 } });
  patchTimeline(svg, timeline);
  // One listener for every point: a point's note is in its data-path.
  svg.addEventListener('click', (evt) => {
    const point = (evt.target as Element | null)?.closest<SVGElement>('[data-path]');
    if (point && svg.contains(point) && point.dataset.path !== undefined)
      onPoint(point.dataset.path, evt);
  });
  return svg;
}

/** Set an attribute only when it differs (an unchanged value costs the page nothing). */
function set(el: Element, name: string, value: string): void {
  if (el.getAttribute(name) !== value) el.setAttribute(name, value);
}

/** Make `count` elements of `cls` (and tag) right before `before`, reusing those there are. */
function ensure(
  svg: SVGSVGElement,
  cls: string,
  count: number,
  before: Element | null,
  make: () => SVGElement,
): Element[] {
  const have = Array.from(svg.querySelectorAll(`:scope > .${cls}`));
  while (have.length > count) have.pop()!.remove();
  while (have.length < count) {
    const el = make();
    svg.insertBefore(el, before);
    have.push(el);
  }
  return have;
}

/**
 * Bring a strip up to `timeline` in place: the overdue band, the rhythm ticks, today's
 * line and the points keep their elements and change only what differs. After one
 * note changes, redrawing the whole strip was most of the cost of updating a card.
 */
export function patchTimeline(svg: SVGSVGElement, timeline: Timeline): void {
  set(svg, 'aria-label', timelineLabel(timeline));
  const today = svg.querySelector(':scope > .touchpoints-timeline-today');
  const [gap] = ensure(
    svg,
    'touchpoints-timeline-gap',
    timeline.gap ? 1 : 0,
    svg.querySelector(':scope > .touchpoints-timeline-ticks') ?? today,
    () =>
      svg.createSvg('rect', {
        cls: 'touchpoints-timeline-gap',
        attr: { y: MID - 5, height: 10, rx: 3 },
      }),
  );
  if (gap && timeline.gap) {
    const from = x(timeline, timeline.gap.from);
    set(gap, 'x', fixed(from));
    set(gap, 'width', fixed(x(timeline, timeline.gap.to) - from));
  }
  // Every tick in one path: one element for the page to lay out instead of one per tick.
  const [ticks] = ensure(
    svg,
    'touchpoints-timeline-ticks',
    timeline.ticks.length ? 1 : 0,
    today,
    () => svg.createSvg('path', { cls: 'touchpoints-timeline-ticks' }),
  );
  if (ticks)
    set(
      ticks,
      'd',
      timeline.ticks.map((day) => `M${fixed(x(timeline, day))} ${MID - 7}v14`).join(''),
    );
  if (today) {
    const todayX = fixed(x(timeline, timeline.days - 1));
    set(today, 'x1', todayX);
    set(today, 'x2', todayX);
  }
  const shapes = Array.from(svg.querySelectorAll(':scope > .touchpoints-timeline-point'));
  timeline.points.forEach((point, i) => {
    const tag = point.kind === 'career' ? 'path' : 'circle';
    let shape = shapes[i];
    if (!shape || shape.tagName.toLowerCase() !== tag) {
      const made = svg.createSvg(tag);
      made.createSvg('title');
      if (shape) shape.replaceWith(made);
      else svg.appendChild(made);
      shape = made;
    }
    const px = x(timeline, point.day);
    if (tag === 'path') set(shape, 'd', `M${fixed(px)} ${MID - 7} l7 7 l-7 7 l-7 -7 z`);
    else {
      set(shape, 'cx', fixed(px));
      set(shape, 'cy', String(MID));
      set(shape, 'r', '5.5');
    }
    set(shape, 'class', `touchpoints-timeline-point is-${point.kind}`);
    set(shape, 'data-path', point.path);
    const title = shape.querySelector('title')!;
    const text = `${displayDate(point.date)}: ${KIND_TEXT[point.kind]}`;
    if (title.textContent !== text) title.textContent = text;
  });
  for (let i = timeline.points.length; i < shapes.length; i++) shapes[i]!.remove();
}

/** The first and last day of the strip, as the user reads dates. */
export function timelineRange(timeline: Timeline): [string, string] {
  return [displayDate(timeline.start), displayDate(addDays(timeline.start, timeline.days - 1))];
}
