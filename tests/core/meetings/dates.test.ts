/**
 * Meeting dates far outside any plausible range (year 9999, 0001) are bad dates: the
 * note is a problem naming the value, never a meeting whose clock runs off the calendar.
 */
import { describe, expect, it } from 'vitest';
import { MeetingIndex } from '../../../src/core/meetings/meeting-index';
import { recordFromFrontmatter } from '../../../src/core/meetings/meeting-record';

const resolve = (): string => 'People/Alex.md';

describe('implausible meeting dates', () => {
  it.each([
    ['9999-12-31', 'date "9999-12-31" is outside the years 1900 to 2999'],
    ['0001-01-01', 'date "0001-01-01" is outside the years 1900 to 2999'],
    ['+010000-01-01', 'date "+010000-01-01" is outside the years 1900 to 2999'],
    ['3000-01-01T10:00', 'date "3000-01-01T10:00" is outside the years 1900 to 2999'],
    [new Date(Date.UTC(9999, 11, 31)), 'date 9999-12-31 is outside the years 1900 to 2999'],
    ['2026-02-30', 'date "2026-02-30" is not a yyyy-MM-dd date'],
  ])('%j is a problem: %s', (date, message) => {
    const index = new MeetingIndex();
    const fm = { type: 'one-on-one', person: '[[Alex]]', date };
    index.set('One-on-ones/x.md', recordFromFrontmatter('One-on-ones/x.md', fm, resolve));
    expect(index.size).toBe(0);
    expect(index.problems()).toEqual([{ path: 'One-on-ones/x.md', message }]);
  });

  it.each(['1900-01-01', '2999-12-31'])('%s is a meeting', (date) => {
    const r = recordFromFrontmatter('x.md', { type: 'one-on-one', person: 'Alex', date }, resolve);
    expect(r.ok && r.value?.date).toBe(date);
  });
});
