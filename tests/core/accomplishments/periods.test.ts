import { describe, expect, it } from 'vitest';
import {
  inPeriod,
  periodLabel,
  presetRange,
  resolvePeriod,
  type PeriodPreset,
} from '../../../src/core/accomplishments/periods';

describe('presetRange', () => {
  it.each<[PeriodPreset, string, string, string]>([
    ['this-quarter', '2026-11-22', '2026-10-01', '2026-12-31'],
    ['this-quarter', '2026-01-01', '2026-01-01', '2026-03-31'],
    ['this-quarter', '2026-03-31', '2026-01-01', '2026-03-31'],
    ['this-quarter', '2026-04-01', '2026-04-01', '2026-06-30'],
    ['last-quarter', '2026-11-22', '2026-07-01', '2026-09-30'],
    ['last-quarter', '2026-02-15', '2025-10-01', '2025-12-31'],
    ['last-quarter', '2026-04-01', '2026-01-01', '2026-03-31'],
    ['last-quarter', '2024-05-10', '2024-01-01', '2024-03-31'],
    ['this-half', '2026-11-22', '2026-07-01', '2026-12-31'],
    ['this-half', '2026-06-30', '2026-01-01', '2026-06-30'],
    ['this-half', '2026-07-01', '2026-07-01', '2026-12-31'],
    ['this-year', '2026-11-22', '2026-01-01', '2026-12-31'],
    ['this-year', '2024-02-29', '2024-01-01', '2024-12-31'],
  ])('%s on %s is %s to %s', (preset, today, from, to) => {
    expect(presetRange(preset, today)).toEqual({ from, to });
  });
});

describe('periodLabel', () => {
  it.each([
    ['2026-07-01', '2026-09-30', '2026-Q3'],
    ['2026-10-01', '2026-12-31', '2026-Q4'],
    ['2026-01-01', '2026-03-31', '2026-Q1'],
    ['2026-07-01', '2026-12-31', '2026-H2'],
    ['2026-01-01', '2026-06-30', '2026-H1'],
    ['2026-01-01', '2026-12-31', '2026'],
    ['2024-01-01', '2024-03-31', '2024-Q1'],
    // Not exactly a quarter, half or year: the two dates.
    ['2026-07-01', '2026-09-29', '2026-07-01 to 2026-09-29'],
    ['2026-02-01', '2026-04-30', '2026-02-01 to 2026-04-30'],
    ['2026-07-01', '2027-06-30', '2026-07-01 to 2027-06-30'],
    ['2026-11-22', '2026-11-22', '2026-11-22 to 2026-11-22'],
  ])('%s to %s is %s', (from, to, label) => {
    expect(periodLabel(from, to)).toBe(label);
  });
});

describe('resolvePeriod', () => {
  it('resolves a preset from today', () => {
    expect(resolvePeriod('last-quarter', '2026-11-22')).toEqual({
      ok: true,
      value: { from: '2026-07-01', to: '2026-09-30', label: '2026-Q3' },
    });
  });

  it.each([
    [
      { from: '2026-07-01', to: '2026-12-31' },
      { ok: true, value: { from: '2026-07-01', to: '2026-12-31', label: '2026-H2' } },
    ],
    [
      { from: ' 2026-11-22 ', to: '2026-11-22' },
      {
        ok: true,
        value: { from: '2026-11-22', to: '2026-11-22', label: '2026-11-22 to 2026-11-22' },
      },
    ],
    [
      { from: '2026-12-01', to: '2026-11-30' },
      { ok: false, error: 'the start date 2026-12-01 is after the end date 2026-11-30' },
    ],
    [
      { from: '2026-02-30', to: '2026-03-01' },
      { ok: false, error: 'the start date "2026-02-30" is not a valid date (yyyy-MM-dd)' },
    ],
    [
      { from: '2026-01-01', to: '31/12/2026' },
      { ok: false, error: 'the end date "31/12/2026" is not a valid date (yyyy-MM-dd)' },
    ],
    [
      { from: '', to: '2026-01-01' },
      { ok: false, error: 'the start date "" is not a valid date (yyyy-MM-dd)' },
    ],
  ])('custom %j', (choice, expected) => {
    expect(resolvePeriod(choice, '2026-11-22')).toEqual(expected);
  });

  it('refuses an unknown preset name', () => {
    expect(resolvePeriod('next-decade' as PeriodPreset, '2026-11-22')).toEqual({
      ok: false,
      error: 'unknown period "next-decade"',
    });
  });
});

describe('inPeriod', () => {
  const q3 = { from: '2026-07-01', to: '2026-09-30' };
  it.each([
    ['2026-06-30', false],
    ['2026-07-01', true],
    ['2026-08-15', true],
    ['2026-09-30', true],
    ['2026-10-01', false],
  ])('%s: %s', (date, inside) => {
    expect(inPeriod(date, q3)).toBe(inside);
  });
});
