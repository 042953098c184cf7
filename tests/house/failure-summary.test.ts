/**
 * What the end of `npm test`'s log says when something failed (issue 18: "the last lines
 * of a CI log must say what failed"): scripts/test-summary.mjs names every failed test and
 * suite, and the benchmark's report names every gated figure over its limit with its
 * value, ratio and limit on both tries (tests/bench/report.ts brokenText).
 */
import { describe, expect, it } from 'vitest';
import { failureBlock, firstLine, vitestFailures } from '../../scripts/test-summary.mjs';
import { brokenText, jsonFigure, judge, overText, type Figure } from '../bench/report';

const root = '/repo';
const report = {
  testResults: [
    {
      name: '/repo/tests/core/a.test.ts',
      status: 'failed',
      message: '',
      assertionResults: [
        { fullName: 'a works', status: 'passed', failureMessages: [] },
        {
          fullName: 'a carries items',
          status: 'failed',
          failureMessages: [
            '\u001b[31mAssertionError: expected 2 to be 3\u001b[39m\n    at x.ts:1',
          ],
        },
      ],
    },
    {
      name: '/repo/tests/plugin/b.test.ts',
      status: 'failed',
      message: 'SyntaxError: Unexpected token\n  at b.test.ts:4',
      assertionResults: [],
    },
    { name: '/repo/tests/core/c.test.ts', status: 'passed', message: '', assertionResults: [] },
  ],
};

describe('the failed tests, named at the end of the log', () => {
  it('names each failed test with its file, name and the first line of its error', () => {
    expect(vitestFailures(report, root, 'UTC')).toEqual([
      'TZ=UTC · tests/core/a.test.ts › a carries items: AssertionError: expected 2 to be 3',
      'TZ=UTC · tests/plugin/b.test.ts: did not run: SyntaxError: Unexpected token',
    ]);
  });

  it('says once, with a count, a test that failed in both mock projects', () => {
    const twice = { testResults: [report.testResults[0]!, report.testResults[0]!] };
    expect(vitestFailures(twice, root, 'America/Los_Angeles')).toEqual([
      'TZ=America/Los_Angeles · tests/core/a.test.ts › a carries items: AssertionError: expected 2 to be 3 (2 runs)',
    ]);
  });

  it('says nothing when nothing failed, and caps a long list', () => {
    expect(failureBlock([])).toEqual([]);
    const lines = Array.from({ length: 45 }, (_, i) => `t${i}`);
    const block = failureBlock(lines);
    expect(block[0]).toBe('What failed (45):');
    expect(block).toHaveLength(42);
    expect(block.at(-1)).toBe('  … and 5 more (see above)');
  });

  it('keeps the first line of an error short and skips empty lines', () => {
    expect(firstLine('\n\n  boom  \nmore')).toBe('boom');
    expect(firstLine('x'.repeat(300))).toHaveLength(200);
    expect(firstLine(undefined)).toBe('');
  });
});

const figure = (over: Partial<Figure>): Figure =>
  judge({
    id: 'sidebar-update',
    label: 'x',
    value: 2.31,
    unit: 'ms',
    group: 'browser',
    ratio: 0.0502,
    ...over,
  });

describe('a gated figure over its limit, named with both tries', () => {
  it('gives value, ratio, reference and limit of one try', () => {
    expect(overText(figure({}))).toBe('sidebar-update 2.31 ms (ratio 0.0502 to B, limit 0.0435)');
  });

  it('gives both tries when the group was measured again', () => {
    const first = figure({});
    const second = { ...figure({ value: 2.2, ratio: 0.047 }), retried: true, firstTry: first };
    expect(brokenText(second)).toBe(
      'sidebar-update: first try 2.31 ms (ratio 0.0502 to B, limit 0.0435); ' +
        'second try 2.20 ms (ratio 0.047 to B, limit 0.0435)',
    );
    expect(jsonFigure(second)).toMatchObject({
      retried: true,
      firstTry: { value: 2.31, ratio: 0.0502, withinGate: false },
    });
  });

  it('gives a size against its limit, without a ratio', () => {
    const size = judge({
      id: 'bundle-min',
      label: 'x',
      value: 221.3,
      unit: 'KB',
      group: 'bundle',
    });
    expect(brokenText(size)).toBe('bundle-min 221 KB (limit 215), one try');
  });
});
