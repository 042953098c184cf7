/**
 * The timeline strip of a person card: the last 26 weeks as an SVG built with
 * Obsidian's createSvg. Held meetings are dots, career conversations diamonds,
 * cancelled and rescheduled meetings hollow; the expected rhythm shows as faint
 * ticks and an overdue gap as a band up to today.
 */
import { displayDate } from '../core/display';
import { addDays } from '../core/dates';
import type { Timeline, TimelineKind } from '../core/sidebar-model';

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
  const parts = [`${count('held') + count('career')} held`, `${count('career')} career`, `${count('cancelled')} cancelled`, `${count('rescheduled')} rescheduled`];
  return `Last 26 weeks: ${parts.join(', ')}${timeline.gap ? ', overdue now' : ''}`;
}

/** Draw the strip into `parent`. `onPoint` opens a meeting's note. */
export function renderTimeline(parent: HTMLElement, timeline: Timeline, onPoint: (path: string, evt: MouseEvent) => void): SVGSVGElement {
  const svg = parent.createSvg('svg', {
    cls: 'touchpoints-timeline',
    attr: { viewBox: `0 0 ${WIDTH} ${HEIGHT}`, role: 'img', 'aria-label': timelineLabel(timeline) },
  });
  svg.createSvg('line', { cls: 'touchpoints-timeline-axis', attr: { x1: PAD, x2: WIDTH - PAD, y1: MID, y2: MID } });
  if (timeline.gap) {
    const from = x(timeline, timeline.gap.from);
    svg.createSvg('rect', {
      cls: 'touchpoints-timeline-gap',
      attr: { x: fixed(from), y: MID - 5, width: fixed(x(timeline, timeline.gap.to) - from), height: 10, rx: 3 },
    });
  }
  for (const day of timeline.ticks) {
    const tx = fixed(x(timeline, day));
    svg.createSvg('line', { cls: 'touchpoints-timeline-tick', attr: { x1: tx, x2: tx, y1: MID - 7, y2: MID + 7 } });
  }
  const todayX = fixed(x(timeline, timeline.days - 1));
  svg.createSvg('line', { cls: 'touchpoints-timeline-today', attr: { x1: todayX, x2: todayX, y1: 2, y2: HEIGHT - 2 } });
  for (const point of timeline.points) {
    const px = x(timeline, point.day);
    const cls = `touchpoints-timeline-point is-${point.kind}`;
    const shape =
      point.kind === 'career'
        ? svg.createSvg('path', { cls, attr: { d: `M${fixed(px)} ${MID - 7} l7 7 l-7 7 l-7 -7 z` } })
        : svg.createSvg('circle', { cls, attr: { cx: fixed(px), cy: MID, r: 5.5 } });
    shape.dataset.path = point.path;
    shape.createSvg('title').textContent = `${displayDate(point.date)}: ${KIND_TEXT[point.kind]}`;
    shape.addEventListener('click', (evt) => onPoint(point.path, evt));
  }
  return svg;
}

/** The first and last day of the strip, as the user reads dates. */
export function timelineRange(timeline: Timeline): [string, string] {
  return [displayDate(timeline.start), displayDate(addDays(timeline.start, timeline.days - 1))];
}
