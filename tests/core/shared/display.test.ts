/**
 * Dates as people read them: a range of stored dates gives the year (and the month)
 * once, in the user's locale, through Intl's formatRange, whatever the time zone.
 */
import { describe, expect, it } from 'vitest';
import { displayDateRange } from '../../../src/core/shared/display';

// Intl puts thin spaces around the range's dash in some locales.
const T = '\u2009';

describe('displayDateRange', () => {
  it.each<[string, string, string, string]>([
    ['en-US', '2026-10-01', '2026-10-15', `Oct 1${T}–${T}15, 2026`],
    ['en-US', '2026-09-28', '2026-10-12', `Sep 28${T}–${T}Oct 12, 2026`],
    ['en-US', '2026-12-28', '2027-01-11', `Dec 28, 2026${T}–${T}Jan 11, 2027`],
    ['en-US', '2026-10-01', '2026-10-01', 'Oct 1, 2026'],
    ['de-DE', '2026-10-01', '2026-10-15', '01.–15.10.2026'],
    ['de-DE', '2026-09-28', '2026-10-12', `28.09.${T}–${T}12.10.2026`],
    ['de-DE', '2026-12-28', '2027-01-11', `28.12.2026${T}–${T}11.01.2027`],
    ['en-GB', '2026-10-01', '2026-10-15', `1${T}–${T}15 Oct 2026`],
    ['en-GB', '2026-12-28', '2027-01-11', `28 Dec 2026${T}–${T}11 Jan 2027`],
  ])('%s: %s to %s reads "%s"', (locale, from, to, expected) => {
    expect(displayDateRange(from, to, locale)).toBe(expected);
  });

  it('gives the year once in the default locale too, and the same text when asked again', () => {
    const text = displayDateRange('2026-11-17', '2026-11-24');
    expect(text.match(/2026/g)).toHaveLength(1);
    expect(displayDateRange('2026-11-17', '2026-11-24')).toBe(text);
  });
});
