/**
 * Where the timeline's markers go: at their day when there is room, spread apart when
 * two would touch, merged into one marker with a count when the strip has no room to
 * spread them. Markers never overlap, whatever the meetings.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { layoutMarkers } from '../../../src/core/overview/timeline-layout';

const SIZE = 14;
const LO = 6;
const HI = 358;

describe('layoutMarkers', () => {
  it('leaves markers with room where they are, one meeting each', () => {
    expect(layoutMarkers([10, 40, 100], SIZE, LO, HI)).toEqual([
      { x: 10, members: [0] },
      { x: 40, members: [1] },
      { x: 100, members: [2] },
    ]);
  });

  it('spreads two markers closer than a marker around their middle', () => {
    expect(layoutMarkers([100, 104], SIZE, LO, HI)).toEqual([
      { x: 95, members: [0] },
      { x: 109, members: [1] },
    ]);
  });

  it('spreads markers at the ends inwards, never past the strip', () => {
    expect(layoutMarkers([6, 6], SIZE, LO, HI).map((m) => m.x)).toEqual([6, 20]);
    expect(layoutMarkers([356, 358], SIZE, LO, HI).map((m) => m.x)).toEqual([344, 358]);
  });

  it('merges the closest meetings into one marker with a count when there is no room', () => {
    // Room for three markers on a strip of 28: four meetings make three markers.
    const markers = layoutMarkers([0, 1, 14, 28], SIZE, 0, 28);
    expect(markers).toEqual([
      { x: 0, members: [0, 1] },
      { x: 14, members: [2] },
      { x: 28, members: [3] },
    ]);
  });

  it('never overlaps, keeps every meeting once and in order, and stays on the strip', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: LO, max: HI, noNaN: true }), { maxLength: 60 }),
        (raw) => {
          const xs = [...raw].sort((a, b) => a - b);
          const markers = layoutMarkers(xs, SIZE, LO, HI);
          expect(markers.flatMap((m) => m.members)).toEqual(xs.map((_, i) => i));
          for (const m of markers) {
            expect(m.x).toBeGreaterThanOrEqual(LO - 1e-9);
            expect(m.x).toBeLessThanOrEqual(HI + 1e-9);
          }
          for (let i = 1; i < markers.length; i++)
            expect(markers[i]!.x - markers[i - 1]!.x).toBeGreaterThanOrEqual(SIZE - 1e-9);
          // Merged only when the strip has no room for one marker per meeting.
          if (xs.length * SIZE <= HI - LO + SIZE) expect(markers).toHaveLength(xs.length);
        },
      ),
      { numRuns: 300, seed: 20261202 },
    );
  });
});
