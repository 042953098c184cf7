/**
 * Our date-fns pattern formatter against date-fns itself (kept as a dev dependency for
 * this): every supported token on dates that stress it (ordinal 11th to 13th, ISO week
 * 53 and week 1 across new year, leap day, years before 1000, each quarter), quoted
 * text, and the patterns that are left as written.
 */
import { format } from 'date-fns';
import { describe, expect, it } from 'vitest';
import { formatDateTokens, isoWeek, ordinal } from '../../../src/core/shared/date-format';
import { toLocalDate } from '../../../src/core/shared/dates';
import { formatDatePattern } from '../../../src/core/shared/date-format';

const DATES = [
  '2026-11-24',
  '2026-01-01',
  '2026-02-11',
  '2026-03-12',
  '2026-04-13',
  '2026-05-21',
  '2026-06-22',
  '2026-07-23',
  '2026-08-31',
  '2026-09-30',
  '2026-10-03',
  '2026-12-31',
  '2024-02-29',
  '2020-12-31',
  '2021-01-03',
  '2024-12-30',
  '2027-01-01',
  '0999-05-06',
  '0100-01-01',
  '2101-07-04',
  '2111-12-12',
];

const PATTERNS = [
  'y',
  'yy',
  'yyy',
  'yyyy',
  'yyyyy',
  'yo',
  'M',
  'MM',
  'MMM',
  'MMMM',
  'MMMMM',
  'MMMMMM',
  'Mo',
  'L',
  'LL',
  'LLL',
  'LLLL',
  'LLLLL',
  'Lo',
  'd',
  'dd',
  'ddd',
  'do',
  'E',
  'EE',
  'EEE',
  'EEEE',
  'EEEEE',
  'EEEEEE',
  'EEEEEEE',
  'Q',
  'QQ',
  'QQQ',
  'QQQQ',
  'QQQQQ',
  'Qo',
  'q',
  'qq',
  'qqq',
  'qqqq',
  'qqqqq',
  'qo',
  'I',
  'II',
  'III',
  'Io',
  'P',
  'PP',
  'PPP',
  'PPPP',
  'yyyy-MM-dd',
  'EEEE d MMMM yyyy',
  'do MMM',
  "'Week' I",
  "yyyy-'W'II",
  "EEE, MMM do ''yy",
  "'It''s' EEEE",
  "d 'de' MMMM",
  "'unterminated quote",
  'MMM d, yyyy · EEEE',
  '[yyyy]',
  'yyyy_MM_dd',
  'Q/yyyy',
  '2026',
];

describe('formatDateTokens against date-fns format', () => {
  it.each(PATTERNS.flatMap((pattern) => DATES.map((date) => [pattern, date] as const)))(
    '%j on %s',
    (pattern, date) => {
      expect(formatDateTokens(date, pattern)).toBe(format(toLocalDate(date), pattern));
    },
  );
});

describe('patterns left as written', () => {
  it.each([
    'YYYY-MM-DD',
    'DD',
    'YY',
    'D',
    'yyyy-ff',
    'HH:mm',
    'h a',
    'w',
    'wo',
    'e',
    'c',
    'i',
    'R',
    'u',
    'G',
    'T',
    'p',
    'Pp',
    'zzzz-not-a-pattern',
    '',
  ])('%j', (pattern) => {
    expect(formatDateTokens('2026-11-24', pattern)).toBeNull();
    expect(formatDatePattern('2026-11-24', pattern)).toBe(`{{date:${pattern}}}`);
  });

  it("keeps letters inside quotes, even those it would refuse ('YYYY')", () => {
    expect(formatDatePattern('2026-11-24', "'YYYY DD' yyyy")).toBe('YYYY DD 2026');
  });
});

describe('ordinal and isoWeek', () => {
  it.each([
    [1, '1st'],
    [2, '2nd'],
    [3, '3rd'],
    [4, '4th'],
    [11, '11th'],
    [12, '12th'],
    [13, '13th'],
    [21, '21st'],
    [22, '22nd'],
    [23, '23rd'],
    [101, '101st'],
    [111, '111th'],
    [112, '112th'],
    [2026, '2026th'],
  ])('ordinal(%i) is %s', (n, text) => {
    expect(ordinal(n)).toBe(text);
  });

  it.each([
    ['2020-12-31', 53],
    ['2021-01-03', 53],
    ['2021-01-04', 1],
    ['2024-12-30', 1],
    ['2026-01-01', 1],
    ['2026-11-24', 48],
    ['2027-01-01', 53],
  ])('isoWeek(%s) is %i', (date, week) => {
    expect(
      isoWeek(
        Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))),
      ),
    ).toBe(week);
  });
});
