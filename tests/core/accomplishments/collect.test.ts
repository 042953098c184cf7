import { describe, expect, it } from 'vitest';
import {
  collectAccomplishments,
  defaultWhose,
  type AccomplishmentOptions,
  type MeetingText,
  type Whose,
} from '../../../src/core/accomplishments/collect';
import type { Relationship } from '../../../src/core/people/person-profile';
import { readGoals, type PersonText } from '../../../src/core/accomplishments/tracked-goals';
import {
  accomplishmentsNoteName,
  freeNotePath,
  renderAccomplishments,
} from '../../../src/core/accomplishments/accomplishments-note';
import type { Period } from '../../../src/core/accomplishments/periods';
import { stripTaskFields, doneDate } from '../../../src/core/notes/task-fields';
import { note, oneOnOne, personNote } from '../../helpers/builders';

const OPTS: AccomplishmentOptions = {
  winHeadings: ['Wins since last time', 'Wins'],
  feedbackHeadings: ['Feedback'],
  goalsHeading: 'Goals',
  privateHeadings: ['Private'],
};
/** The log of Alex's own work (Alex is a report). */
const THEIRS: AccomplishmentOptions = { ...OPTS, whose: () => 'theirs' };
const Q3: Period = { from: '2026-07-01', to: '2026-09-30', label: '2026-Q3' };
const KEY = 'People/Alex.md';

function meeting(date: string, ...body: string[]): MeetingText {
  return {
    path: `One-on-ones/Alex/${date} Alex.md`,
    date,
    personKey: KEY,
    personName: 'Alex',
    text: oneOnOne({ person: 'Alex', date }, ...body),
  };
}

function person(...body: string[]): PersonText {
  return {
    key: KEY,
    name: 'Alex',
    path: KEY,
    text: personNote({ relationship: 'report' }, ...body),
  };
}

/** The items as `kind date text [goal]` lines: easy to read in a failure. */
function summary(
  meetings: MeetingText[],
  people: PersonText[] = [],
  period: Period = Q3,
  opts = OPTS,
): string[] {
  return collectAccomplishments(meetings, people, period, opts).map(
    (i) => `${i.kind} ${i.date} ${i.text}${i.goal ? ` [${i.goal}]` : ''}`,
  );
}

describe('task fields', () => {
  it.each([
    ['Send the metrics ✅ 2026-11-12', 'Send the metrics', '2026-11-12'],
    ['Send the metrics ✅\uFE0F 2026-11-12 ➕ 2026-10-01', 'Send the metrics', '2026-11-12'],
    ['Draft 📅 2026-12-05 ⏫ 🔁 every week ➕ 2026-10-13 ^abc-1', 'Draft', null],
    ['Ship it [progress:: 40] (owner:: me)  now', 'Ship it now', null],
    ['Not a date ✅ 2026-02-30', 'Not a date', null],
    ['Plain words', 'Plain words', null],
  ])('%s', (line, words, done) => {
    expect(stripTaskFields(line)).toBe(words);
    expect(doneDate(line)).toBe(done);
  });
});

describe('collectAccomplishments', () => {
  it('collects wins, completed items (✅ date, else the meeting date) and feedback', () => {
    const m = meeting(
      '2026-08-04',
      '## Wins since last time',
      '- Shipped the retry queue',
      '  - a detail, not a win of its own',
      '## Agenda',
      '- [x] Agree the Q4 plan',
      '- [ ] Still open',
      '- [-] Dropped',
      '- [>] Forwarded',
      '## Feedback',
      '- Priya: great write-up',
      '## Action items',
      '- [x] Send the metrics ✅ 2026-08-06 ➕ 2026-07-21',
      '    - [X] Nested and done ✅ 2026-08-05',
      '```',
      '- [x] not a task, in code',
      '```',
    );
    expect(summary([m])).toEqual([
      'win 2026-08-04 Shipped the retry queue',
      'done 2026-08-04 Agree the Q4 plan',
      'feedback 2026-08-04 Priya: great write-up',
      'done 2026-08-05 Nested and done',
      'done 2026-08-06 Send the metrics',
    ]);
  });

  it('counts a task carried and completed later once, with its latest completion', () => {
    const first = meeting(
      '2026-07-07',
      '## Action items',
      '- [x] Write the strategy doc ✅ 2026-07-08',
    );
    const again = meeting(
      '2026-07-21',
      '## Action items',
      '- [x] Write the strategy doc ✅ 2026-07-30 ➕ 2026-07-07',
    );
    const forwarded = meeting(
      '2026-07-14',
      '## Action items',
      '- [>] Write the strategy doc ➕ 2026-07-07',
    );
    expect(summary([first, forwarded, again])).toEqual(['done 2026-07-30 Write the strategy doc']);
  });

  describe('period boundaries', () => {
    it.each([
      ['2026-06-30', false],
      ['2026-07-01', true],
      ['2026-09-30', true],
      ['2026-10-01', false],
    ])('an item done on %s is in Q3: %s', (date, inside) => {
      const m = meeting('2026-08-04', '## Action items', `- [x] Done on that day ✅ ${date}`);
      expect(summary([m]).length).toBe(inside ? 1 : 0);
    });

    it.each([
      ['2026-06-30', false],
      ['2026-07-01', true],
      ['2026-09-30', true],
      ['2026-10-01', false],
    ])('a win in a meeting on %s is in Q3: %s', (date, inside) => {
      expect(summary([meeting(date, '## Wins', '- A win')]).length).toBe(inside ? 1 : 0);
    });

    it('a task ticked after a meeting before the period counts in the period it was done', () => {
      const june = meeting(
        '2026-06-23',
        '## Wins',
        '- A June win',
        '## Action items',
        '- [x] Ticked in July ✅ 2026-07-02',
      );
      expect(summary([june])).toEqual(['done 2026-07-02 Ticked in July']);
    });
  });

  it('reads goals: completed, milestones reached, progress of the goals that moved', () => {
    const alex = person(
      '## Goals',
      '- [ ] Ship the billing migration [progress:: 40]',
      '    - [x] Dual-write running for invoices ✅ 2026-08-24',
      '    - [ ] Cut over reads',
      '- [x] Run the first incident review ✅ 2026-09-01',
      '- [x] Finished long ago ✅ 2026-02-01',
      '- [ ] Grow the team to seven',
      '    - [x] Backend role approved ✅ 2026-06-25',
      '## Development plan',
      '- [x] Not a goal ✅ 2026-08-01',
    );
    expect(summary([], [alex])).toEqual([
      'goal 2026-08-24 Dual-write running for invoices [Ship the billing migration]',
      'goal 2026-08-24 Progress: 40% [Ship the billing migration]',
      'goal 2026-09-01 Run the first incident review [Run the first incident review]',
    ]);
  });

  it('puts an item under a goal when it links the goal or names it or one of its milestones', () => {
    const alex = person(
      '## Goals',
      '- [ ] Ship the [[Atlas migration]] 📅 2027-03-31',
      '- [ ] Keep the flaky test rate below one percent ^flaky',
      '- [ ] Grow the team to seven',
      '    - [x] Backend role approved ✅ 2026-06-25',
    );
    const m = meeting(
      '2026-08-04',
      '## Wins',
      '- Pilot for [[Atlas migration|Atlas]] went live',
      '- Flaky rate down, see [[Alex#^flaky]]',
      '- Backend role approved by Finance too',
      '- Unrelated win',
      '## Action items',
      '- [x] @Alex ship the Atlas migration runbook ✅ 2026-08-05',
    );
    // Alex is a report: the log is about their work, so their completed items count.
    expect(summary([m], [alex], Q3, THEIRS)).toEqual([
      'win 2026-08-04 Pilot for [[Atlas migration|Atlas]] went live [Ship the [[Atlas migration]]]',
      'win 2026-08-04 Flaky rate down, see [[Alex#^flaky]] [Keep the flaky test rate below one percent]',
      'win 2026-08-04 Backend role approved by Finance too [Grow the team to seven]',
      'win 2026-08-04 Unrelated win',
      // A goal without a progress field or steps has no progress to report.
      'goal 2026-08-04 Progress: 100% (1 of 1 steps done) [Grow the team to seven]',
      'done 2026-08-05 @Alex ship the Atlas migration runbook [Ship the [[Atlas migration]]]',
    ]);
  });

  it('a milestone ticked in a meeting and in the person note counts once, as the meeting item', () => {
    const alex = person(
      '## Goals',
      '- [ ] Cut staging spend by a quarter',
      '    - [x] Tag all staging resources by owner ✅ 2026-09-09',
    );
    const m = meeting(
      '2026-09-02',
      '## Action items',
      '- [x] @Alex tag all staging resources by owner ✅ 2026-09-09',
    );
    const items = collectAccomplishments([m], [alex], Q3, THEIRS);
    expect(items.map((i) => [i.kind, i.text, i.source, i.goal])).toEqual([
      [
        'done',
        '@Alex tag all staging resources by owner',
        m.path,
        'Cut staging spend by a quarter',
      ],
      ['goal', 'Progress: 100% (1 of 1 steps done)', KEY, 'Cut staging spend by a quarter'],
    ]);
  });

  it('uses the configured sections', () => {
    const m = meeting(
      '2026-08-04',
      '## Kudos',
      '- A kudo',
      '## Wins',
      '- Not a win here',
      '## Heard',
      '- Some feedback',
    );
    const opts = { ...OPTS, winHeadings: ['kudos'], feedbackHeadings: ['HEARD'] };
    expect(summary([m], [], Q3, opts)).toEqual([
      'win 2026-08-04 A kudo',
      'feedback 2026-08-04 Some feedback',
    ]);
  });

  it('finds nothing in an empty note, a note without those sections, or no notes', () => {
    expect(summary([])).toEqual([]);
    expect(summary([meeting('2026-08-04')])).toEqual([]);
    expect(summary([meeting('2026-08-04', '## Agenda', '- Topic', '- [ ] Open')])).toEqual([]);
  });

  it('reads goals with CRLF line endings', () => {
    const alex = {
      ...person('## Goals', '- [x] Done goal ✅ 2026-08-01'),
      text: note('## Goals', '- [x] Done goal ✅ 2026-08-01').replace(/\n/g, '\r\n'),
    };
    expect(readGoals(alex, OPTS).map((g) => [g.text, g.done])).toEqual([
      ['Done goal', '2026-08-01'],
    ]);
  });
});

describe('the note', () => {
  it.each([
    ['Accomplishments {{period}}', 'Priya Shah', 'Accomplishments 2026-Q3 - Priya Shah'],
    ['Accomplishments {{period}}', null, 'Accomplishments 2026-Q3'],
    ['{{person}} review {{period}}', 'Jo: Ops/Infra', 'Jo - Ops-Infra review 2026-Q3'],
    ['{{person}} review {{period}}', null, 'everyone review 2026-Q3'],
    ['  ', null, 'Accomplishments 2026-Q3'],
  ])('pattern %j for %j is named %j', (pattern, who, name) => {
    expect(accomplishmentsNoteName(pattern, Q3, who)).toBe(name);
  });

  it('picks a free name and never the name of an existing note', () => {
    const taken = new Set(['F/A.md', 'F/A 2.md']);
    expect(freeNotePath('F/A', (p) => taken.has(p))).toBe('F/A 3.md');
    expect(freeNotePath('F/B', (p) => taken.has(p))).toBe('F/B.md');
  });

  it('says so when nothing was found', () => {
    const text = renderAccomplishments([], {
      title: 'Accomplishments 2026-Q3',
      period: Q3,
      person: { name: 'Alex', link: '[[Alex]]' },
      whose: 'theirs',
      linkText: (p) => p,
    });
    expect(text).toContain('Nothing found in this period');
    expect(
      text.startsWith(
        '---\ntype: accomplishments\nfrom: 2026-07-01\nto: 2026-09-30\nperson: "[[Alex]]"\nwhose: theirs\n---\n# Accomplishments 2026-Q3\n',
      ),
    ).toBe(true);
  });
});

describe('whose work the log is about (issue 14, item 7)', () => {
  const m = meeting(
    '2026-08-04',
    '## Wins since last time',
    '- Shipped the pilot',
    '## Feedback',
    '- Great demo',
    '## Action items',
    '- [x] Share the Q4 OKRs ✅ 2026-08-05',
    '- [x] @me book the room ✅ 2026-08-05',
    '- [x] @Alex write the design doc ✅ 2026-08-06',
    '- [x] [[Alex]]: fix the pager ✅ 2026-08-06',
    '- [x] @Tomás pair on retries ✅ 2026-08-06',
    '- [x] [[Sam Lee]] review the budget ✅ 2026-08-06',
  );
  const rows = (whose: Whose): string[] =>
    collectAccomplishments([m], [], Q3, { ...OPTS, whose: () => whose }).map(
      (i) => `${i.owner} ${i.kind} ${i.text}`,
    );

  it.each<[Whose, string[]]>([
    [
      'mine',
      [
        'mine win Shipped the pilot',
        'mine feedback Great demo',
        'mine done Share the Q4 OKRs',
        'mine done @me book the room',
      ],
    ],
    [
      'theirs',
      [
        'theirs win Shipped the pilot',
        'theirs feedback Great demo',
        'theirs done @Alex write the design doc',
        'theirs done [[Alex]]: fix the pager',
      ],
    ],
  ])('%s: completed items of that person only, never a third person’s', (whose, expected) => {
    expect(rows(whose)).toEqual(expected);
  });

  it('is mine by default', () => {
    expect(collectAccomplishments([m], [], Q3, OPTS).every((i) => i.owner === 'mine')).toBe(true);
  });

  it.each<[Relationship | null, Whose]>([
    ['report', 'theirs'],
    ['manager', 'mine'],
    ['skip-level', 'mine'],
    ['mentor', 'mine'],
    ['peer', 'mine'],
    ['other', 'mine'],
    [null, 'mine'],
  ])('the default for a %s is %s', (relationship, whose) => {
    expect(defaultWhose(relationship)).toBe(whose);
  });
});
