import { describe, expect, it } from 'vitest';
import {
  addDays,
  daysBetween,
  isIsoDate,
  localIsoDate,
  toIsoDate,
  toLocalDate,
  whyNotADate,
} from '../../../src/core/shared/dates';
import { formatDatePattern } from '../../../src/core/shared/date-format';

describe('isIsoDate', () => {
  it.each([
    ['2026-11-22', true],
    ['2024-02-29', true],
    ['2026-02-29', false],
    ['2026-02-30', false],
    ['2026-13-45', false],
    ['2026-00-10', false],
    ['2026-04-31', false],
    ['2026-1-5', false],
    ['26-11-22', false],
    [' 2026-11-22', false],
    ['2026-11-22T10:00', false],
    [20261122, false],
    [null, false],
    [new Date(Date.UTC(2026, 10, 22)), false],
    // Years outside 1900-2999 are typos, not meetings: their arithmetic ran off the calendar.
    ['1900-01-01', true],
    ['2999-12-31', true],
    ['1899-12-31', false],
    ['3000-01-01', false],
    ['9999-12-31', false],
    ['0001-01-01', false],
    ['0100-01-01', false],
  ])('%j is a date: %s', (value, ok) => {
    expect(isIsoDate(value)).toBe(ok);
  });
});

describe('toIsoDate', () => {
  it.each([
    ['2026-11-22', '2026-11-22'],
    [' 2026-11-22 ', '2026-11-22'],
    ['2026-11-22T10:30', '2026-11-22'],
    ['2026-11-22 10:30:00', '2026-11-22'],
    ['2026-11-22T23:30:00-08:00', '2026-11-22'],
    ['2026-11-22T00:30:00+14:00', '2026-11-22'],
    ['2026-11-22T10:30:00.000Z', '2026-11-22'],
    [new Date(Date.UTC(2026, 10, 22)), '2026-11-22'],
    [new Date('2026-11-22'), '2026-11-22'],
    ['2026-13-45', null],
    ['2026-02-29', null],
    ['22/11/2026', null],
    ['2026-11-22 and more', null],
    ['', null],
    [20261122, null],
    [null, null],
    [undefined, null],
    [new Date('not a date'), null],
    ['9999-12-31', null],
    ['0001-01-01T10:00', null],
    ['+010000-01-01', null],
    [new Date(Date.UTC(9999, 11, 31)), null],
    [new Date(Date.UTC(10000, 0, 1)), null],
    [new Date('0001-01-01T00:00:00Z'), null],
  ])('%j gives %j', (value, iso) => {
    expect(toIsoDate(value)).toBe(iso);
  });
});

describe('whyNotADate', () => {
  it.each([
    ['9999-12-31', 'is outside the years 1900 to 2999'],
    ['0001-01-01', 'is outside the years 1900 to 2999'],
    ['+010000-01-01', 'is outside the years 1900 to 2999'],
    ['1899-12-31T10:00', 'is outside the years 1900 to 2999'],
    ['2026-02-30', 'is not a yyyy-MM-dd date'],
    ['22/11/2026', 'is not a yyyy-MM-dd date'],
  ])('%j %s', (value, why) => {
    expect(whyNotADate(value)).toBe(why);
  });
});

describe('addDays and daysBetween', () => {
  it.each([
    ['2026-11-22', 0, '2026-11-22'],
    ['2026-11-22', 7, '2026-11-29'],
    ['2026-11-22', -22, '2026-10-31'],
    ['2024-02-28', 1, '2024-02-29'],
    ['2026-02-28', 1, '2026-03-01'],
    ['2026-12-31', 1, '2027-01-01'],
    ['2026-01-01', -1, '2025-12-31'],
    ['2026-03-07', 2, '2026-03-09'],
    ['2026-10-31', 2, '2026-11-02'],
    ['2026-03-28', 2, '2026-03-30'],
    ['2026-11-22', 365, '2027-11-22'],
  ])('addDays(%j, %i) is %j', (date, days, result) => {
    expect(addDays(date, days)).toBe(result);
    expect(daysBetween(date, result)).toBe(days);
    expect(daysBetween(result, date)).toBe(days === 0 ? 0 : -days);
  });

  it.each([
    ['2026-11-01', '2026-11-22', 21],
    ['2026-03-01', '2026-03-31', 30],
    ['2024-01-01', '2025-01-01', 366],
    ['2026-11-22', '2026-11-22', 0],
  ])('daysBetween(%j, %j) is %i', (from, to, days) => {
    expect(daysBetween(from, to)).toBe(days);
  });
});

describe('local dates', () => {
  it.each([
    [new Date(2026, 10, 22, 0, 0), '2026-11-22'],
    [new Date(2026, 10, 22, 23, 59), '2026-11-22'],
    [new Date(2026, 0, 1, 0, 0, 0, 1), '2026-01-01'],
    [new Date(999, 4, 6, 12), '0999-05-06'],
  ])('localIsoDate(%s) is %j', (moment, iso) => {
    expect(localIsoDate(moment)).toBe(iso);
  });

  it.each(['2026-11-22', '2026-03-08', '2026-03-29', '2026-10-25', '2026-11-01', '2024-02-29'])(
    'toLocalDate(%j) is noon of that calendar day',
    (iso) => {
      const d = toLocalDate(iso);
      expect(localIsoDate(d)).toBe(iso);
      expect(d.getHours()).toBe(12);
    },
  );
});

describe('formatDatePattern', () => {
  it.each([
    ['yyyy-MM-dd', '2026-11-24'],
    ['EEEE d MMMM yyyy', 'Tuesday 24 November 2026'],
    ['EEE', 'Tue'],
    ["'Week' I", 'Week 48'],
    ['do MMM', '24th Nov'],
  ])('formats %j', (pattern, text) => {
    expect(formatDatePattern('2026-11-24', pattern)).toBe(text);
  });

  it.each(['YYYY-MM-DD', 'DD', 'yyyy-ff'])(
    'leaves the pattern %j date-fns rejects as written',
    (pattern) => {
      const warn = console.warn;
      console.warn = () => undefined;
      try {
        expect(formatDatePattern('2026-11-24', pattern)).toBe(`{{date:${pattern}}}`);
      } finally {
        console.warn = warn;
      }
    },
  );
});
