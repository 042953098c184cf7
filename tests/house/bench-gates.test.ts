/**
 * How the benchmark judges a figure (tests/bench/report.ts): within its budget, within
 * its gate, and for a budget that is a goal not met yet, within its guard (issue 16: a
 * gate switched off protects nothing; a regression past the guard fails the run while
 * the goal stays shown as not met).
 */
import { describe, expect, it } from 'vitest';
import { BUDGETS } from '../bench/budgets';
import { judge, jsonFigure, table, type Figure } from '../bench/report';

const figure = (id: string, value: number, ratio?: number): Figure => ({
  id,
  label: id,
  value,
  unit: BUDGETS.find((b) => b.id === id)!.unit,
  group: 'g',
  ...(ratio === undefined ? {} : { ratio }),
});

describe('judging a figure', () => {
  it('passes and meets a budget without a guard only within its limit', () => {
    const within = judge(figure('sidebar-render', 10, 0.2));
    expect([within.pass, within.met]).toEqual([true, true]);
    const over = judge(figure('sidebar-render', 30, 0.5));
    expect([over.pass, over.met]).toEqual([false, false]);
  });

  it.each(BUDGETS.filter((b) => b.guard !== undefined).map((b) => [b.id, b] as const))(
    '%s: over its goal and within its guard passes the gate and is not met',
    (_, b) => {
      expect(b.gated).toBe(true);
      expect(b.guard).toBeGreaterThan(b.limit);
      const between = (b.limit + b.guard!) / 2;
      const past = b.guard! * 1.2;
      // As a ratio: a multiple of the floor, or the time over the reference B.
      const at = (v: number): Figure => {
        const f = figure(b.id, v, 0);
        const ratioOfLimit = judge({ ...f, ratio: 0 }).gateLimit! / b.guard!;
        return b.gate === 'ratio-floor' ? { ...f, ratio: v } : { ...f, ratio: v * ratioOfLimit };
      };
      const mid = judge(at(between));
      expect([mid.pass, mid.met]).toEqual([true, false]);
      expect(jsonFigure(mid)).toMatchObject({ met: false, withinGate: true, guard: b.guard });
      expect(table([mid], '')).toContain('over the goal, within its guard');
      const beyond = judge(at(past));
      expect([beyond.pass, beyond.met]).toEqual([false, false]);
      expect(table([beyond], '')).toContain('OVER ITS GUARD');
      const goal = judge(at(b.limit * 0.9));
      expect([goal.pass, goal.met]).toEqual([true, true]);
    },
  );

  it("guards the four goals issue 16 left over, the open card of issue 17 and main.js's size, and only them", () => {
    expect(
      BUDGETS.filter((b) => b.guard !== undefined)
        .map((b) => b.id)
        .sort(),
    ).toEqual([
      'bundle-min',
      'index-10k',
      'onload',
      'plan-next',
      'realistic-ready',
      'sidebar-update-open',
    ]);
  });
});
