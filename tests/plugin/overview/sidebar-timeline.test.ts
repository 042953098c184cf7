/**
 * The timeline strip of a sidebar card: drawn once, then brought up to date in place.
 * Whatever the two strips, patching the first into the second must give exactly what
 * drawing the second from nothing gives.
 */
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import type { Timeline, TimelineKind } from '../../../src/core/overview/sidebar-model';
import { patchTimeline, renderTimeline } from '../../../src/plugin/overview/sidebar-timeline';

const DAYS = 182;

/** The element tree as text: tag, attributes sorted by name, text, children. */
function shape(el: Element): string {
  const attrs = [...el.attributes].map((a) => `${a.name}=${a.value}`).sort();
  const text = [...el.childNodes]
    .filter((n) => n.nodeType === 3)
    .map((n) => n.textContent)
    .join('');
  return `<${el.tagName.toLowerCase()} ${attrs.join(' ')}>${text}${[...el.children].map(shape).join('')}</>`;
}

function draw(timeline: Timeline, onPoint = vi.fn()): SVGSVGElement {
  return renderTimeline(document.createElement('div'), timeline, onPoint);
}

const kind = fc.constantFrom<TimelineKind>('held', 'career', 'cancelled', 'rescheduled');
const timeline: fc.Arbitrary<Timeline> = fc
  .record({
    // Up to 36 meetings: more than the strip shows apart, so some strips merge markers.
    days: fc.uniqueArray(fc.integer({ min: 0, max: DAYS - 1 }), { maxLength: 36 }),
    kinds: fc.array(kind, { minLength: 36, maxLength: 36 }),
    ticks: fc.uniqueArray(fc.integer({ min: 0, max: DAYS - 1 }), { maxLength: 26 }),
    gap: fc.option(
      fc.record({
        from: fc.integer({ min: 0, max: 100 }),
        to: fc.integer({ min: 101, max: DAYS - 1 }),
      }),
      { nil: null },
    ),
  })
  .map(({ days, kinds, ticks, gap }) => ({
    start: '2026-05-25',
    days: DAYS,
    points: [...days]
      .sort((a, b) => a - b)
      .map((day, i) => ({
        day,
        date: `2026-06-${String((day % 28) + 1).padStart(2, '0')}`,
        path: `Notes/${day}.md`,
        kind: kinds[i]!,
      })),
    ticks: [...ticks].sort((a, b) => a - b),
    gap,
  }));

describe('sidebar timeline', () => {
  it('patched from any strip to any other, is what drawing the other anew gives', () => {
    fc.assert(
      fc.property(timeline, timeline, (a, b) => {
        const svg = draw(a);
        patchTimeline(svg, b);
        expect(shape(svg)).toBe(shape(draw(b)));
      }),
      { numRuns: 300, seed: 20261122 },
    );
  });

  it('a meeting cancelled keeps its marker and changes only its shape, class and title', () => {
    const held: Timeline = {
      start: '2026-05-25',
      days: DAYS,
      points: [{ day: 170, date: '2026-11-11', path: 'a.md', kind: 'held' }],
      ticks: [156, 170],
      gap: null,
    };
    const svg = draw(held);
    const dot = svg.querySelector('.touchpoints-timeline-point')!;
    patchTimeline(svg, { ...held, points: [{ ...held.points[0]!, kind: 'cancelled' }] });
    expect(svg.querySelector('.touchpoints-timeline-point')).toBe(dot);
    expect(dot.getAttribute('class')).toBe('touchpoints-timeline-point is-cancelled');
    expect(dot.querySelector('title')!.textContent).toBe('Nov 11, 2026: Cancelled');
    expect(svg.getAttribute('aria-label')).toBe(
      'Last 26 weeks: 0 held, 0 career, 1 cancelled, 0 rescheduled',
    );
  });

  it('draws every tick in one path and opens a point’s note on click, also after a patch', () => {
    const onPoint = vi.fn();
    const svg = draw(
      { start: '2026-05-25', days: DAYS, points: [], ticks: [0, 14], gap: null },
      onPoint,
    );
    expect(svg.querySelectorAll('.touchpoints-timeline-ticks')).toHaveLength(1);
    expect(svg.querySelector('.touchpoints-timeline-ticks')!.getAttribute('d')).toBe(
      'M6.0 9v14M33.2 9v14',
    );
    patchTimeline(svg, {
      start: '2026-05-25',
      days: DAYS,
      points: [{ day: 3, date: '2026-05-28', path: 'b.md', kind: 'career' }],
      ticks: [],
      gap: null,
    });
    expect(svg.querySelectorAll('.touchpoints-timeline-ticks')).toHaveLength(0);
    svg.querySelector('path.is-career')!.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    expect(onPoint).toHaveBeenCalledWith('b.md', expect.any(MouseEvent));
    svg
      .querySelector('.touchpoints-timeline-axis')!
      .dispatchEvent(new MouseEvent('click', { bubbles: true }));
    expect(onPoint).toHaveBeenCalledTimes(1);
  });

  it('draws no marker like a letter: an X for cancelled, a square for rescheduled, no arcs for either', () => {
    const svg = draw({
      start: '2026-05-25',
      days: DAYS,
      points: [
        { day: 10, date: '2026-06-04', path: 'h.md', kind: 'held' },
        { day: 60, date: '2026-07-24', path: 'c.md', kind: 'cancelled' },
        { day: 110, date: '2026-09-12', path: 'r.md', kind: 'rescheduled' },
        { day: 160, date: '2026-11-01', path: 'k.md', kind: 'career' },
      ],
      ticks: [],
      gap: null,
    });
    const d = (kind: string): string =>
      svg.querySelector(`.touchpoints-timeline-point.is-${kind}`)!.getAttribute('d')!;
    expect(d('held')).toMatch(/a/);
    // An X: two strokes crossing, no curve (the hollow circle read as the letter "o").
    expect(d('cancelled')).toMatch(/^M[\d.]+ [\d.]+l8 8M[\d.]+ [\d.]+l-8 8$/);
    expect(d('rescheduled')).toMatch(/^M[\d.]+ [\d.]+h8v8h-8z$/);
    expect(d('career')).not.toMatch(/a/);
    expect(svg.querySelector('circle')).toBeNull();
  });

  it('spreads meetings a day apart, and merges them with a count when the strip is full', () => {
    const onPoint = vi.fn();
    const twoDays: Timeline = {
      start: '2026-05-25',
      days: DAYS,
      points: [
        { day: 100, date: '2026-09-02', path: 'a.md', kind: 'rescheduled' },
        { day: 101, date: '2026-09-03', path: 'b.md', kind: 'held' },
      ],
      ticks: [],
      gap: null,
    };
    const centre = (el: Element): number => Number(/^M([\d.]+) /.exec(el.getAttribute('d')!)![1]);
    let svg = draw(twoDays, onPoint);
    const [a, b] = [...svg.querySelectorAll('.touchpoints-timeline-point')];
    // A square's path starts 4 left of its centre, a dot's 5.
    expect(centre(b!) + 5 - (centre(a!) + 4)).toBeGreaterThanOrEqual(14);
    expect(svg.querySelector('.touchpoints-timeline-count')).toBeNull();
    // Every day of the 26 weeks: far more than fit; the strip shows counts, none overlapping.
    const daily: Timeline = {
      ...twoDays,
      points: Array.from({ length: DAYS }, (_, day) => ({
        day,
        date: '2026-06-01',
        path: `${day}.md`,
        kind: 'held' as const,
      })),
    };
    svg = draw(daily, onPoint);
    const markers = [...svg.querySelectorAll('.touchpoints-timeline-point')];
    expect(markers.length).toBeLessThanOrEqual(26);
    const counts = [...svg.querySelectorAll('.touchpoints-timeline-count')].map((t) =>
      Number(t.textContent),
    );
    expect(counts.reduce((n, c) => n + c, 0) + markers.length - counts.length).toBe(DAYS);
    const group = svg.querySelector('.touchpoints-timeline-point.is-group')!;
    expect(group.querySelector('title')!.textContent.split('\n').length).toBeGreaterThan(1);
    group.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    expect(onPoint).toHaveBeenCalledWith(group.getAttribute('data-path'), expect.any(MouseEvent));
  });
});
