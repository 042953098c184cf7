/**
 * Run by tz.test.ts in a child process under different `TZ` values: prints the dates
 * and date-formatted texts the core computes, so the test can compare them across
 * time zones. Not a test file itself.
 */
import {
  addDays,
  daysBetween,
  localIsoDate,
  toIsoDate,
  toLocalDate,
} from '../../src/core/shared/dates';
import { planNextNote } from '../../src/core/next-note/plan-next-note';
import { BUILT_IN_TYPES } from '../../src/core/settings/note-types';
import { meetingNotePath } from '../../src/core/shared/paths';
import { formatDatePattern } from '../../src/core/shared/date-format';
import { renderTemplate } from '../../src/core/templates/template';
import { carryOptions, note } from './builders';

const DATES = [
  '2026-01-01',
  '2026-03-08',
  '2026-03-29',
  '2026-10-25',
  '2026-11-01',
  '2026-11-22',
  '2026-12-31',
  '2024-02-29',
];

const plan = planNextNote({
  path: 'One-on-ones/Sam Lee/2026-11-01 Sam Lee.md',
  type: BUILT_IN_TYPES[0]!,
  date: '2026-11-01',
  person: { name: 'Sam Lee', linkText: 'Sam Lee' },
  template: note('# {{date:EEEE d MMMM yyyy}}', 'Week {{date:I}}, {{date}}', '## Agenda'),
  source: {
    path: 'One-on-ones/Sam Lee/2026-10-25 Sam Lee.md',
    date: '2026-10-25',
    text: note('- [ ] a'),
    linkText: '2026-10-25 Sam Lee',
  },
  personNote: null,
  options: { carry: carryOptions(), topicsHeading: 'Topics for next time' },
});

const result = {
  offsetMinutes: new Date(2026, 0, 1).getTimezoneOffset(),
  values: {
    fromDate: toIsoDate(new Date('2026-11-22')),
    fromUtcMidnight: toIsoDate(new Date(Date.UTC(2026, 2, 8))),
    fromTimestamp: toIsoDate('2026-11-22T23:30:00-08:00'),
    addDays: DATES.map((d) => [addDays(d, 1), addDays(d, -1), addDays(d, 7)]),
    daysBetween: DATES.map((d) => daysBetween('2026-01-01', d)),
    localRoundTrip: DATES.map((d) => localIsoDate(toLocalDate(d))),
    formatted: DATES.map((d) => formatDatePattern(d, 'EEEE d MMMM yyyy, yyyy-MM-dd (I)')),
    rendered: DATES.map((d) =>
      renderTemplate('{{date}} {{date:EEE dd.MM.}}', {
        person: 'P',
        personNote: 'P',
        date: d,
        previous: '',
        title: 'T',
      }),
    ),
    paths: DATES.map((d) =>
      meetingNotePath({
        folder: 'F',
        fileNamePattern: '{{date:yyyy-MM-dd EEE}} {{person}}',
        personName: 'P',
        date: d,
        typeName: '1:1',
      }),
    ),
    note: plan.text,
  },
};
process.stdout.write(JSON.stringify(result));
