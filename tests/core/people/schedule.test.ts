/** The `meets` schedule: every form it accepts, what it refuses, and the dates it falls on. */
import { describe, expect, it } from 'vitest';
import {
  firstOccurrence,
  halfPeriodDays,
  nthWeekdayOfMonth,
  parseSchedule,
  parseTime,
  type Schedule,
} from '../../../src/core/people/schedule';
import { profileFromFrontmatter } from '../../../src/core/people/person-profile';

const DEFAULTS = { cadenceDays: 14, careerCadence: [28, 42] as [number, number] };

describe('parseSchedule', () => {
  it.each<[string, Schedule]>([
    ['every week on Monday', { kind: 'weeks', weeks: 1, weekday: 1, time: null }],
    ['weekly on Monday', { kind: 'weeks', weeks: 1, weekday: 1, time: null }],
    ['Weekly on mon', { kind: 'weeks', weeks: 1, weekday: 1, time: null }],
    ['every 2 weeks on Tuesday', { kind: 'weeks', weeks: 2, weekday: 2, time: null }],
    ['every other week on Tuesday', { kind: 'weeks', weeks: 2, weekday: 2, time: null }],
    ['EVERY OTHER WEEK ON TUE', { kind: 'weeks', weeks: 2, weekday: 2, time: null }],
    ['every 1 week on Sunday', { kind: 'weeks', weeks: 1, weekday: 0, time: null }],
    ['every 3 weeks on wed', { kind: 'weeks', weeks: 3, weekday: 3, time: null }],
    ['every 8 weeks on Saturday', { kind: 'weeks', weeks: 8, weekday: 6, time: null }],
    ['every 2 weeks on Tuesday at 10:30', { kind: 'weeks', weeks: 2, weekday: 2, time: '10:30' }],
    ['  every   4 weeks on  Thu at 09:05 ', { kind: 'weeks', weeks: 4, weekday: 4, time: '09:05' }],
    ['monthly on the first Monday', { kind: 'monthly', nth: 1, weekday: 1, time: null }],
    ['monthly on the second fri', { kind: 'monthly', nth: 2, weekday: 5, time: null }],
    ['Monthly on the third Wednesday', { kind: 'monthly', nth: 3, weekday: 3, time: null }],
    ['monthly on the fourth Thursday', { kind: 'monthly', nth: 4, weekday: 4, time: null }],
    [
      'monthly on the last Friday at 16:00',
      { kind: 'monthly', nth: -1, weekday: 5, time: '16:00' },
    ],
    ['weekly on Friday at 23:59', { kind: 'weeks', weeks: 1, weekday: 5, time: '23:59' }],
    ['weekly on Friday at 00:00', { kind: 'weeks', weeks: 1, weekday: 5, time: '00:00' }],
  ])('reads %j', (text, schedule) => {
    expect(parseSchedule(text)).toEqual({ ok: true, value: schedule });
  });

  it.each([
    ['', 'is not a schedule'],
    ['every week', 'is not a schedule'],
    ['every 0 weeks on Monday', 'every 1 to 8 weeks, not 0'],
    ['every 9 weeks on Monday', 'every 1 to 8 weeks, not 9'],
    ['every 2 weeks on Funday', 'is not a schedule'],
    ['every 2 weeks on Mo', 'is not a schedule'],
    ['every 2 weeks on Tuesday at 10.30', 'the time "10.30" is not HH:mm'],
    ['every 2 weeks on Tuesday at 24:00', 'the time "24:00" is not HH:mm'],
    ['every 2 weeks on Tuesday at 9:30', 'the time "9:30" is not HH:mm'],
    ['every 2 weeks on Tuesday at 10:30am', 'is not HH:mm'],
    ['monthly on the fifth Monday', 'is not a schedule'],
    ['monthly on Monday', 'is not a schedule'],
    ['biweekly on Monday', 'is not a schedule'],
    ['every 2 weeks on Tuesday and Thursday', 'is not a schedule'],
  ])('refuses %j', (text, message) => {
    const result = parseSchedule(text);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toContain(message);
  });

  it.each([[14], [true], [['weekly on Monday']]])('refuses a value that is not text: %j', (v) => {
    expect(parseSchedule(v).ok).toBe(false);
  });
});

describe('parseTime', () => {
  it.each([
    ['10:30', '10:30'],
    [' 08:00 ', '08:00'],
    ['8:00', null],
    ['25:00', null],
    ['10:60', null],
    [630, null],
    [null, null],
  ])('%j → %j', (value, time) => {
    expect(parseTime(value)).toBe(time);
  });
});

describe('halfPeriodDays', () => {
  it.each<[string, number]>([
    ['weekly on Monday', 4],
    ['every 2 weeks on Monday', 7],
    ['every 3 weeks on Monday', 11],
    ['every 4 weeks on Monday', 14],
    ['every 6 weeks on Monday', 14],
    ['monthly on the first Monday', 14],
  ])('%s: %i days', (text, days) => {
    const s = parseSchedule(text);
    if (!s.ok) throw new Error(s.error);
    expect(halfPeriodDays(s.value)).toBe(days);
  });
});

describe('nthWeekdayOfMonth', () => {
  it.each<[number, number, 1 | 2 | 3 | 4 | -1, number, string]>([
    // The last weekday of months of 28, 29, 30 and 31 days.
    [2026, 2, -1, 5, '2026-02-27'], // 28 days, ends on a Saturday
    [2026, 2, -1, 6, '2026-02-28'], // the last day itself
    [2028, 2, -1, 2, '2028-02-29'], // 29 days, leap year
    [2028, 2, -1, 1, '2028-02-28'],
    [2026, 4, -1, 4, '2026-04-30'], // 30 days
    [2026, 4, -1, 5, '2026-04-24'],
    [2026, 12, -1, 4, '2026-12-31'], // 31 days
    [2026, 12, -1, 3, '2026-12-30'],
    [2026, 12, -1, 5, '2026-12-25'],
    // The nth weekday, from a month starting on that weekday and on the next.
    [2026, 12, 1, 2, '2026-12-01'],
    [2026, 12, 1, 1, '2026-12-07'],
    [2026, 12, 4, 2, '2026-12-22'],
    [2026, 3, 2, 0, '2026-03-08'],
  ])('%i-%i nth %i weekday %i: %s', (year, month, nth, weekday, date) => {
    expect(nthWeekdayOfMonth(year, month, nth, weekday)).toBe(date);
  });
});

describe('firstOccurrence', () => {
  const s = (text: string): Schedule => {
    const r = parseSchedule(text);
    if (!r.ok) throw new Error(r.error);
    return r.value;
  };
  it.each([
    // Weekly: the phase does not matter.
    ['weekly on Tuesday', '2026-12-01', '2020-01-07', '2026-12-01'],
    ['weekly on Tuesday', '2026-12-02', '2020-01-07', '2026-12-08'],
    ['weekly on Monday', '2026-11-22', '2026-11-23', '2026-11-23'],
    // Every 2 weeks in phase with 2026-11-24, and out of phase with 2026-12-01.
    ['every 2 weeks on Tuesday', '2026-12-01', '2026-11-24', '2026-12-08'],
    ['every 2 weeks on Tuesday', '2026-12-01', '2026-12-01', '2026-12-01'],
    ['every 2 weeks on Tuesday', '2026-12-01', '2027-03-02', '2026-12-08'],
    ['every 2 weeks on Tuesday', '2026-12-01', '2027-03-09', '2026-12-01'],
    ['every 3 weeks on Tuesday', '2026-12-02', '2026-11-10', '2026-12-22'],
    ['every 4 weeks on Tuesday', '2026-12-01', '2026-11-10', '2026-12-08'],
    // Monthly: this month's when still ahead, else next month's, across the year's end.
    ['monthly on the first Tuesday', '2026-12-01', '', '2026-12-01'],
    ['monthly on the first Tuesday', '2026-12-02', '', '2027-01-05'],
    ['monthly on the last Friday', '2026-12-26', '', '2027-01-29'],
    ['monthly on the last Friday', '2026-02-01', '', '2026-02-27'],
  ])('%s from %s (phase %s): %s', (text, from, phase, date) => {
    expect(firstOccurrence(s(text), from, phase || from)).toBe(date);
  });
});

describe('the profile reads meets and meets-from', () => {
  it('keeps a valid schedule and a meets-from on its weekday', () => {
    const p = profileFromFrontmatter(
      { meets: 'every 2 weeks on Tuesday at 10:30', 'meets-from': '2026-11-24' },
      DEFAULTS,
    );
    expect(p.schedule).toEqual({ kind: 'weeks', weeks: 2, weekday: 2, time: '10:30' });
    expect(p.meetsFrom).toBe('2026-11-24');
    expect(p.warnings).toEqual([]);
  });

  it('lists a meets that does not parse, and ignores it', () => {
    const p = profileFromFrontmatter({ meets: 'fortnightly' }, DEFAULTS);
    expect(p.schedule).toBeUndefined();
    expect(p.warnings).toEqual([
      'meets "fortnightly" is not a schedule: write it like "every 2 weeks on Tuesday at 10:30" or "monthly on the last Friday"',
    ]);
  });

  it.each([
    ['2026-11-25', 'meets-from 2026-11-25 is not a Tuesday, the day in "meets"'],
    ['next week', 'meets-from "next week" is not a yyyy-MM-dd date'],
  ])('lists a meets-from %j that cannot be used, and ignores it', (from, warning) => {
    const p = profileFromFrontmatter(
      { meets: 'every 2 weeks on Tuesday', 'meets-from': from },
      DEFAULTS,
    );
    expect(p.schedule?.weekday).toBe(2);
    expect(p.meetsFrom).toBeUndefined();
    expect(p.warnings).toEqual([warning]);
  });

  it('reads an unquoted YAML date in meets-from', () => {
    const p = profileFromFrontmatter(
      { meets: 'every 2 weeks on Tuesday', 'meets-from': new Date('2026-11-24T00:00:00Z') },
      DEFAULTS,
    );
    expect(p.meetsFrom).toBe('2026-11-24');
  });

  it('has no schedule without meets', () => {
    expect(
      profileFromFrontmatter({ 'meets-from': '2026-11-24' }, DEFAULTS).schedule,
    ).toBeUndefined();
  });
});
