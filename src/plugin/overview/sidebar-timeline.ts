/**
 * The timeline strip of a person card: the last 26 weeks as an SVG built with
 * Obsidian's createSvg. Held meetings are dots, career conversations diamonds,
 * cancelled meetings an X, rescheduled ones a hollow square, meetings too close to
 * draw apart one disc with their count; the expected rhythm shows as faint ticks and
 * an overdue gap as a band up to today. Markers never overlap.
 */
import { displayDate } from '../../core/shared/display';
import { addDays } from '../../core/shared/dates';
import type { Timeline, TimelineKind } from '../../core/overview/sidebar-model';
import { layoutMarkers } from '../../core/overview/timeline-layout';
import { setTextInPlace } from './dom-patch';

const WIDTH = 364;
const HEIGHT = 32;
const PAD = 6;
const MID = HEIGHT / 2;
/** Markers' centres are at least this far apart: a marker is at most 13 wide, so 2 apart. */
const MARKER_SPACING = 15;

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
  patchMarkers(svg, timeline);
}

/**
 * The markers, laid out so that none overlaps another (see layoutMarkers): one `path`
 * per marker, its shape by kind, its title the date and state of each meeting it
 * stands for; a marker for several meetings shows their count in a `text` after all
 * markers. A click opens the (latest) meeting's note.
 */
function patchMarkers(svg: SVGSVGElement, timeline: Timeline): void {
  const { points } = timeline;
  const laidOut = layoutMarkers(
    points.map((p) => x(timeline, p.day)),
    MARKER_SPACING,
    PAD,
    WIDTH - PAD,
  );
  const shapes = Array.from(svg.querySelectorAll(':scope > .touchpoints-timeline-point'));
  const firstCount = svg.querySelector(':scope > .touchpoints-timeline-count');
  const groups: Array<{ x: number; count: number }> = [];
  laidOut.forEach((marker, i) => {
    let shape = shapes[i];
    if (!shape) {
      shape = svg.createSvg('path');
      shape.createSvg('title');
      svg.insertBefore(shape, firstCount);
    }
    const members = marker.members.map((m) => points[m]!);
    const latest = members[members.length - 1]!;
    const kind = members.length > 1 ? 'group' : latest.kind;
    set(shape, 'd', markerPath(kind, marker.x));
    set(shape, 'class', `touchpoints-timeline-point is-${kind}`);
    set(shape, 'data-path', latest.path);
    const title = shape.querySelector('title')!;
    const text = members.map((p) => `${displayDate(p.date)}: ${KIND_TEXT[p.kind]}`).join('\n');
    setTextInPlace(title, text);
    if (members.length > 1) groups.push({ x: marker.x, count: members.length });
  });
  for (let i = laidOut.length; i < shapes.length; i++) shapes[i]!.remove();
  const counts = ensure(svg, 'touchpoints-timeline-count', groups.length, null, () =>
    svg.createSvg('text', { cls: 'touchpoints-timeline-count', attr: { y: MID } }),
  );
  groups.forEach((g, i) => {
    set(counts[i]!, 'x', fixed(g.x));
    const text = String(g.count);
    setTextInPlace(counts[i]!, text);
  });
}

/**
 * A marker's outline at `px`, none of them a letter's shape: a dot for a 1:1 held, a
 * diamond for a career conversation, an X for a cancelled meeting, a hollow square for
 * a rescheduled one, a larger disc under the count for several meetings.
 */
function markerPath(kind: TimelineKind | 'group', px: number): string {
  const at = (dx: number, dy: number): string => `M${fixed(px + dx)} ${fixed(MID + dy)}`;
  switch (kind) {
    case 'held':
      return `${at(-5, 0)}a5 5 0 1 0 10 0a5 5 0 1 0 -10 0z`;
    case 'career':
      return `${at(0, -6.5)}l6.5 6.5l-6.5 6.5l-6.5 -6.5z`;
    case 'cancelled':
      return `${at(-4, -4)}l8 8${at(4, -4)}l-8 8`;
    case 'rescheduled':
      return `${at(-4, -4)}h8v8h-8z`;
    case 'group':
      return `${at(-6.5, 0)}a6.5 6.5 0 1 0 13 0a6.5 6.5 0 1 0 -13 0z`;
  }
}

/** The first and last day of the strip, as the user reads dates. */
export function timelineRange(timeline: Timeline): [string, string] {
  return [displayDate(timeline.start), displayDate(addDays(timeline.start, timeline.days - 1))];
}
