/** The next meeting: a note ahead, else the schedule (half-period rule, phase), else the clock. */
import { describe, expect, it } from 'vitest';
import { meetingRecord, note } from '../../helpers/builders';
import { nextMeeting, schedulePhase } from '../../../src/core/overview/next-meeting';
import {
  agendaItemsFromText,
  factsFromMetadata,
  type AgendaMetadata,
} from '../../../src/core/overview/agenda-facts';
import { computePersonStats } from '../../../src/core/overview/person-stats';
import { MeetingIndex } from '../../../src/core/meetings/meeting-index';
import { ok } from '../../../src/core/shared/result';
import { parseSchedule, type Schedule } from '../../../src/core/people/schedule';
import { profileFromFrontmatter } from '../../../src/core/people/person-profile';
import { BUILT_IN_TYPES } from '../../../src/core/settings/note-types';
import type { MeetingRecord, MeetingStatus } from '../../../src/core/meetings/meeting-record';

const TODAY = '2026-12-01'; // a Tuesday

function schedule(text: string): Schedule {
  const s = parseSchedule(text);
  if (!s.ok) throw new Error(s.error);
  return s.value;
}

/** Meetings written `2026-11-24` (held) or `2026-11-24:cancelled`. */
function meetings(...specs: string[]): MeetingRecord[] {
  return specs.map((spec) => {
    const [date, status] = spec.split(':') as [string, MeetingStatus | undefined];
    return meetingRecord({ date, status: status ?? 'held', path: `1on1/${date}.md` });
  });
}

/** The next meeting of a person with these meetings and properties, as the stats compute it. */
function next(
  specs: string[],
  fm: Record<string, unknown> = {},
  facts?: Record<string, { time: string | null; agendaItems: number }>,
  today = TODAY,
) {
  const index = new MeetingIndex();
  for (const m of meetings(...specs)) index.set(m.path, ok(m));
  const entry = index.person('People/Priya Shah.md')!;
  const profile = profileFromFrontmatter(fm, { cadenceDays: 14, careerCadence: [28, 42] });
  return computePersonStats(entry, {
    today,
    config: { closedStatuses: 'x-', noteTypes: [...BUILT_IN_TYPES] },
    profile: () => profile,
    meetingFacts: facts ? (path) => facts[path] ?? null : undefined,
  }).nextMeeting;
}

describe('the next meeting', () => {
  it.each<[string, string[], Record<string, unknown>, string | null, string | null]>([
    // A note dated today or later that is not cancelled or rescheduled wins.
    ['a note today', ['2026-11-17', '2026-12-01'], {}, '2026-12-01', 'note'],
    ['a note ahead', ['2026-11-17', '2026-12-04'], {}, '2026-12-04', 'note'],
    ['the earliest note ahead', ['2026-12-10', '2026-12-04'], {}, '2026-12-04', 'note'],
    [
      'not a cancelled or rescheduled one',
      ['2026-11-17', '2026-12-02:cancelled', '2026-12-03:rescheduled', '2026-12-09'],
      {},
      '2026-12-09',
      'note',
    ],
    [
      'a note ahead beats the schedule',
      ['2026-11-24', '2026-12-03'],
      { meets: 'weekly on Tuesday' },
      '2026-12-03',
      'note',
    ],
    // Else the schedule.
    ['weekly, today', ['2026-11-24'], { meets: 'weekly on Tuesday' }, '2026-12-01', 'schedule'],
    // Half-period rule: held a day late (Wednesday), so the next Tuesday is too close.
    ['weekly, held late', ['2026-11-25'], { meets: 'weekly on Tue' }, '2026-12-01', 'schedule'],
    [
      'weekly, held yesterday',
      ['2026-11-30'],
      { meets: 'weekly on Tue' },
      '2026-12-08',
      'schedule',
    ],
    [
      'every 2 weeks, held a day early',
      ['2026-11-16', '2026-11-30'],
      { meets: 'every 2 weeks on Tuesday' },
      '2026-12-15',
      'schedule',
    ],
    [
      'every 2 weeks, phase from the latest note on Tuesday',
      ['2026-11-17'],
      { meets: 'every 2 weeks on Tuesday' },
      '2026-12-01',
      'schedule',
    ],
    [
      'every 2 weeks, phase from a cancelled note too',
      ['2026-11-10', '2026-11-24:cancelled'],
      { meets: 'every 2 weeks on Tuesday' },
      '2026-12-08',
      'schedule',
    ],
    [
      'every 2 weeks, meets-from first',
      ['2026-11-17'],
      { meets: 'every 2 weeks on Tuesday', 'meets-from': '2026-11-24' },
      '2026-12-08',
      'schedule',
    ],
    [
      'every 2 weeks, no note on the weekday: from today',
      ['2026-11-19'],
      { meets: 'every 2 weeks on Tuesday' },
      '2026-12-01',
      'schedule',
    ],
    [
      'a schedule without a held note',
      ['2026-11-20:cancelled'],
      { meets: 'monthly on the last Friday at 16:00' },
      '2026-12-25',
      'schedule',
    ],
    [
      'monthly, held within half a period',
      ['2026-11-24'],
      { meets: 'monthly on the first Tuesday' },
      '2027-01-05',
      'schedule',
    ],
    // Else the clock.
    ['the clock, due ahead', ['2026-11-24'], {}, '2026-12-08', 'cadence'],
    ['the clock, overdue: today', ['2026-10-01'], {}, '2026-12-01', 'cadence'],
    [
      'a meets that does not parse is ignored',
      ['2026-11-24'],
      { meets: 'often' },
      '2026-12-08',
      'cadence',
    ],
    ['never held, no schedule', ['2026-11-24:cancelled'], {}, null, null],
  ])('%s', (_, specs, fm, date, from) => {
    const n = next(specs, fm);
    expect(n?.date ?? null).toBe(date);
    expect(n?.from ?? null).toBe(from);
  });

  it.each<
    [
      string,
      string[],
      Record<string, unknown>,
      Record<string, { time: string | null; agendaItems: number }>,
      string | null,
      boolean,
      number,
    ]
  >([
    [
      'the schedule’s time',
      ['2026-11-24'],
      { meets: 'weekly on Tuesday at 10:30' },
      {},
      '10:30',
      false,
      0,
    ],
    ['no time', ['2026-11-24'], {}, {}, null, false, 0],
    [
      'a note’s own time',
      ['2026-12-08'],
      { meets: 'weekly on Tuesday at 10:30' },
      { '1on1/2026-12-08.md': { time: '14:00', agendaItems: 0 } },
      '14:00',
      false,
      0,
    ],
    [
      'the schedule’s time for a note without one',
      ['2026-12-08'],
      { meets: 'weekly on Tuesday at 10:30' },
      { '1on1/2026-12-08.md': { time: null, agendaItems: 3 } },
      '10:30',
      true,
      3,
    ],
    [
      'a note with an empty agenda is not prepared',
      ['2026-12-08'],
      {},
      { '1on1/2026-12-08.md': { time: null, agendaItems: 0 } },
      null,
      false,
      0,
    ],
  ])('time and prepared: %s', (_, specs, fm, facts, time, prepared, items) => {
    const n = next(specs, fm, facts);
    expect(n).toMatchObject({ time, prepared, agendaItems: items });
  });

  it('points at the note it comes from', () => {
    expect(next(['2026-12-08'])).toMatchObject({ path: '1on1/2026-12-08.md', typeId: 'regular' });
    expect(next(['2026-11-24'])).toMatchObject({ path: null, typeId: null, prepared: false });
  });

  it('finds the phase: meets-from, the latest note on the weekday, else the next such day', () => {
    const s = schedule('every 2 weeks on Tuesday');
    expect(schedulePhase(s, '2026-11-03', meetings('2026-11-24'), TODAY)).toBe('2026-11-03');
    expect(
      schedulePhase(
        s,
        undefined,
        meetings('2026-11-10', '2026-11-24:rescheduled', '2026-11-26'),
        TODAY,
      ),
    ).toBe('2026-11-24');
    expect(schedulePhase(s, undefined, meetings('2026-11-26'), '2026-12-02')).toBe('2026-12-08');
  });

  it('is the same through nextMeeting directly', () => {
    const n = nextMeeting({
      sorted: [],
      firstFromToday: 0,
      profile: {},
      lastHeld: null,
      nextDue: null,
      today: TODAY,
    });
    expect(n).toBeNull();
  });
});

describe('prepared: the agenda section', () => {
  it.each<[string, string, number]>([
    ['no agenda section', note('## Notes', '- a'), 0],
    ['an empty agenda', note('## Agenda', '', '## Notes', '- a'), 0],
    ['a comment only', note('## Agenda', '<!-- topics -->', '%% private %%', '## Notes'), 0],
    ['an empty bullet', note('## Agenda', '- ', '## Notes'), 0],
    [
      'three items, one nested',
      note('## Agenda', '- a', '  - a.1', '- [ ] b', '- c', '## Notes'),
      3,
    ],
    ['a line', note('## Agenda', 'Talk about the offsite', '## Notes'), 1],
    ['items and a paragraph', note('## Agenda', '- a', '', 'Some', 'text', '### Sub', '- b'), 3],
    ['the last section', note('## Notes', '## Agenda', '- a'), 1],
  ])('%s', (_, text, n) => {
    expect(agendaItemsFromText(text, 'Agenda')).toBe(n);
  });

  const pos = (line: number) => ({
    start: { line, col: 0, offset: 0 },
    end: { line, col: 0, offset: 0 },
  });

  it('reads the same from cached metadata', () => {
    const meta: AgendaMetadata = {
      frontmatter: { time: '10:30' },
      headings: [
        { heading: 'Agenda', level: 2, position: pos(5) },
        { heading: 'Sub', level: 3, position: pos(9) },
        { heading: 'Notes', level: 2, position: pos(12) },
      ],
      listItems: [
        { parent: -6, position: pos(6) },
        { parent: 6, position: pos(7) },
        { parent: -10, position: pos(10) },
        { parent: -13, position: pos(13) },
      ],
      sections: [
        { type: 'heading', position: pos(5) },
        { type: 'list', position: pos(6) },
        { type: 'paragraph', position: pos(8) },
        { type: 'heading', position: pos(9) },
        { type: 'list', position: pos(10) },
        { type: 'comment', position: pos(11) },
        { type: 'heading', position: pos(12) },
        { type: 'list', position: pos(13) },
      ],
    };
    expect(factsFromMetadata(meta, 'agenda')).toEqual({ time: '10:30', agendaItems: 3 });
    expect(factsFromMetadata(meta, 'Missing')).toEqual({ time: '10:30', agendaItems: 0 });
    expect(factsFromMetadata(null, 'Agenda')).toEqual({ time: null, agendaItems: 0 });
  });
});
