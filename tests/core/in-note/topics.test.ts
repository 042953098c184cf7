import { describe, expect, it } from 'vitest';
import {
  checkRescheduleDate,
  defaultRescheduleDate,
  nextWorkingDay,
  weekday,
} from '../../../src/core/in-note/reschedule';
import {
  appendTopic,
  countLine,
  hasTopicTag,
  markTopicTaken,
  taggedTopicText,
  topicLine,
  topicText,
} from '../../../src/core/in-note/topics';
import { crlf, noFinalEol, note, personNote } from '../../helpers/builders';

describe('topicText: one line from a selection', () => {
  it.each([
    ['plain words', 'Ask about  the offsite', 'Ask about the offsite'],
    [
      'a task line',
      '- [ ] Talk to [[Priya Shah]] about Q1 #work',
      'Talk to [[Priya Shah]] about Q1 #work',
    ],
    ['a numbered item in a quote', '> 2. Headcount', 'Headcount'],
    ['several lines', '- first\n    - second\r\nthird', 'first second third'],
    ['only markers', '- [ ] ', ''],
    ['a heading', '### Problem: hiring', 'Problem: hiring'],
  ])('%s', (_label, selection, text) => {
    expect(topicText(selection)).toBe(text);
  });

  it.each([
    ['with a source', 'Headcount', '[[2026-11-20]]', '- Headcount (from [[2026-11-20]])'],
    ['without a source', 'Headcount', null, '- Headcount'],
  ])('topicLine %s', (_label, text, link, line) => {
    expect(topicLine(text, link)).toBe(line);
  });
});

describe('appendTopic', () => {
  const person = personNote(
    { relationship: 'manager' },
    '## Goals',
    '- Grow',
    '',
    '## Topics for next time',
    '- First topic',
    '',
    '## Notes',
    'x',
  );

  it('appends after the last topic, before the next section', () => {
    const r = appendTopic(person, 'Topics for next time', '- Second');
    expect(r.added).toBe(true);
    expect(r.text).toBe(
      note(
        '---',
        'relationship: manager',
        '---',
        '## Goals',
        '- Grow',
        '',
        '## Topics for next time',
        '- First topic',
        '- Second',
        '',
        '## Notes',
        'x',
      ),
    );
  });

  it('creates the section at the end when it is missing', () => {
    const r = appendTopic(note('# Alex', 'Some text'), 'Topics for next time', '- New');
    expect(r.text).toBe(note('# Alex', 'Some text', '', '## Topics for next time', '- New'));
  });

  it('goes under the section heading when the section is empty, and keeps CRLF', () => {
    const r = appendTopic(crlf(note('## Agenda', '', '## Action items')), 'agenda', '- New');
    expect(r.text).toBe(crlf(note('## Agenda', '- New', '', '## Action items')));
  });

  it('handles a last line without a line ending', () => {
    const r = appendTopic(noFinalEol(note('## Agenda', '- One')), 'Agenda', '- Two');
    expect(r.text).toBe(note('## Agenda', '- One', '- Two'));
  });

  it('is idempotent: the same topic twice is added once', () => {
    const once = appendTopic(person, 'Topics for next time', '- Second').text;
    const twice = appendTopic(once, 'Topics for next time', '- Second');
    expect(twice).toEqual({ text: once, added: false });
    expect(countLine(once, '- Second')).toBe(1);
  });
});

describe('#1on1 items', () => {
  it.each([
    ['Talk to [[Priya Shah]] about Q1 #1on1', true],
    ['#1on1: the offsite', true],
    ['Ask #1ON1', true],
    ['not #1on1s', false],
    ['not a#1on1', false],
    ['no tag', false],
  ])('hasTopicTag(%s) is %s', (text, tagged) => {
    expect(hasTopicTag(text)).toBe(tagged);
  });

  it.each([
    ['Talk to [[Priya Shah]] about Q1 #1on1', 'Talk to [[Priya Shah]] about Q1'],
    ['#1on1 Budget for [[Sam Lee]] ^blk1', 'Budget for [[Sam Lee]]'],
    ['Budget #1on1 for [[Sam Lee]] 📅 2026-12-01', 'Budget for [[Sam Lee]] 📅 2026-12-01'],
  ])('taggedTopicText(%s)', (text, topic) => {
    expect(taggedTopicText(text)).toBe(topic);
  });

  it.each([
    [
      '- Talk to [[Priya Shah]] #1on1',
      '- Talk to [[Priya Shah]] #1on1 → [[2026-11-24 Priya Shah]]',
    ],
    [
      '- [ ] Talk to [[Priya Shah]] #1on1 ^abc  ',
      '- [ ] Talk to [[Priya Shah]] #1on1 → [[2026-11-24 Priya Shah]] ^abc  ',
    ],
  ])('markTopicTaken(%s)', (line, after) => {
    expect(markTopicTaken(line, '[[2026-11-24 Priya Shah]]')).toBe(after);
  });
});

describe('reschedule dates', () => {
  it.each([
    ['2026-11-20', 5],
    ['2026-11-21', 6],
    ['2026-11-22', 0],
    ['2026-11-23', 1],
  ])('weekday(%s) is %i', (date, day) => {
    expect(weekday(date)).toBe(day);
  });

  it.each([
    ['a Sunday: Monday', '2026-11-22', '2026-11-23'],
    ['a Friday: Monday', '2026-11-20', '2026-11-23'],
    ['a Saturday: Monday', '2026-11-21', '2026-11-23'],
    ['a Tuesday: Wednesday', '2026-11-24', '2026-11-25'],
    ['the last day of the year', '2026-12-31', '2027-01-01'],
  ])('the next working day after %s', (_label, date, next) => {
    expect(nextWorkingDay(date)).toBe(next);
  });

  it.each([
    ['a past note: after today', '2026-11-22', '2026-11-10', '2026-11-23'],
    ['a future note: after its date', '2026-11-22', '2026-11-27', '2026-11-30'],
    ['a note today', '2026-11-23', '2026-11-23', '2026-11-24'],
  ])('proposes %s', (_label, today, noteDate, proposed) => {
    expect(defaultRescheduleDate(today, noteDate)).toBe(proposed);
  });

  it.each([
    ['tomorrow', '2026-11-23', true],
    ['today, after the note', '2026-11-22', true],
    ['yesterday', '2026-11-21', false],
    ['the note date', '2026-11-10', false],
    ['empty', '', false],
    ['not a date', '2026-13-01', false],
  ])('accepts %s: %s', (_label, value, accepted) => {
    expect(checkRescheduleDate(value, '2026-11-22', '2026-11-10', 'en-US').ok).toBe(accepted);
  });

  it('explains a past date, and a date not after a future note, in words', () => {
    const past = checkRescheduleDate('2026-11-21', '2026-11-22', '2026-11-10', 'en-US');
    expect(past).toEqual({
      ok: false,
      error: 'Nov 21, 2026 is in the past. Pick today or a later date.',
    });
    const before = checkRescheduleDate('2026-11-25', '2026-11-22', '2026-11-27', 'en-US');
    expect(before.ok).toBe(false);
    expect(!before.ok && before.error).toMatch(/^Pick a date after Nov 27, 2026/);
  });
});
