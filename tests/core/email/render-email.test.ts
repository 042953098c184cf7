/**
 * The recap and the agenda, part by part: owners of action items, problems, the next
 * meeting, layouts and template notes, subjects, and the recap settings.
 */
import { describe, expect, it } from 'vitest';
import { MeetingIndex } from '../../../src/core/meetings/meeting-index';
import type { MeetingRecord } from '../../../src/core/meetings/meeting-record';
import { BUILT_IN_TYPES, type NoteType } from '../../../src/core/settings/note-types';
import { problemBriefLines } from '../../../src/core/in-note/problem-brief';
import { ok } from '../../../src/core/shared/result';
import {
  isLatestMeeting,
  nextMeeting,
  renderAgenda,
  renderRecap,
  type EmailConfig,
  type EmailInput,
} from '../../../src/core/email/render-email';
import { fillLayout } from '../../../src/core/email/email-layout';
import {
  DEFAULT_RECAP_SETTINGS,
  migrateRecapSettings,
  recapSections,
} from '../../../src/core/settings/recap-settings';
import { firstName, ownerOf } from '../../../src/core/email/email-parts';
import { migrateSettings } from '../../../src/core/settings/settings';
import { meetingRecord, note, oneOnOne } from '../../helpers/builders';

const REGULAR = BUILT_IN_TYPES[0]!;
const CAREER = BUILT_IN_TYPES[1]!;
const CONFIG: EmailConfig = {
  privateHeadings: ['Private'],
  closedStatuses: 'xX->',
  goalsHeading: 'Goals',
  developmentPlanHeading: 'Development plan',
  topicsHeading: 'Topics for next time',
  recap: { ...DEFAULT_RECAP_SETTINGS },
};

function input(text: string, over: Partial<EmailInput> = {}): EmailInput {
  return {
    text,
    record: meetingRecord(),
    type: REGULAR,
    personText: null,
    email: 'priya@example.com',
    next: { date: '2026-11-24', planned: false },
    latest: true,
    template: null,
    ...over,
  };
}

const ctx = (over: Partial<EmailConfig['recap']> = {}, today = '2026-11-22') => ({
  today,
  locale: 'en-US',
  config: { ...CONFIG, recap: { ...CONFIG.recap, ...over } },
});

const PERSON = { name: 'Priya Shah', personPath: 'People/Priya Shah.md', personLink: 'Priya Shah' };

describe('owners of action items', () => {
  it.each<[string, string, string]>([
    ['Draft the roadmap', 'mine', 'Draft the roadmap'],
    ['@Priya get sign-off', 'theirs', 'Get sign-off'],
    ['@priya: get sign-off', 'theirs', 'Get sign-off'],
    ['@PriyaShah get sign-off', 'theirs', 'Get sign-off'],
    ['@Priya.Shah get sign-off', 'theirs', 'Get sign-off'],
    ['[[Priya Shah]] get sign-off', 'theirs', 'Get sign-off'],
    ['[[People/Priya Shah|Priya]], get sign-off', 'theirs', 'Get sign-off'],
    ['@me book the room', 'mine', 'Book the room'],
    ['@Tomás pair on retries', 'other:Tomás', 'pair on retries'],
    ['[[Sam Lee]] review', 'other:Sam Lee', 'review'],
    ['Email @Priya about it', 'mine', 'Email @Priya about it'],
  ])('%j', (text, owner, rest) => {
    const got = ownerOf(text, PERSON);
    expect(got.owner.kind === 'other' ? `other:${got.owner.label}` : got.owner.kind).toBe(owner);
    expect(got.text).toBe(rest);
  });

  it.each([
    ['Priya Shah', 'Priya'],
    ['Jo: Ops/Infra', 'Jo'],
    ['Madonna', 'Madonna'],
  ])('firstName(%j) is %j', (name, first) => {
    expect(firstName(name)).toBe(first);
  });

  it("the person's note name matches a short owner for a name with punctuation", () => {
    const jo = {
      name: 'Jo: Ops/Infra',
      personPath: 'People/Jo - Ops-Infra.md',
      personLink: 'Jo - Ops-Infra',
    };
    expect(ownerOf('@Jo ship it', jo).owner.kind).toBe('theirs');
    expect(ownerOf('[[Jo - Ops-Infra|Jo: Ops/Infra]] ship it', jo).owner.kind).toBe('theirs');
  });
});

describe('code in the highlights (issue 14, item 5)', () => {
  const text = oneOnOne(
    {},
    '## Notes',
    '- Fixed the deploy script',
    '  ```sh',
    '  npm run deploy',
    '',
    '    --force',
    '  ```',
    '  It works now',
    '- Next',
    '',
    '```',
    'top <b>level</b>',
    '```',
  );

  it('is sent as a code block, in every form', () => {
    const out = renderRecap(input(text), ctx());
    expect(out.markdown).toContain(
      note(
        '## Highlights',
        '- Fixed the deploy script',
        '  ```sh',
        '  npm run deploy',
        '',
        '    --force',
        '  ```',
        '  It works now',
        '- Next',
        '',
        '```',
        'top <b>level</b>',
        '```',
      ),
    );
    expect(out.text).toContain(
      note(
        'Highlights',
        '- Fixed the deploy script',
        '      npm run deploy',
        '',
        '        --force',
        '  It works now',
        '- Next',
      ),
    );
    expect(out.html).toContain(
      '<ul><li>Fixed the deploy script<pre><code>npm run deploy\n\n  --force</code></pre>It works now</li><li>Next</li></ul>\n<pre><code>top &lt;b&gt;level&lt;/b&gt;</code></pre>',
    );
  });
});

describe('the recap of a note', () => {
  const text = oneOnOne(
    {},
    '## Wins since last time',
    '- Shipped **the pilot** [[Atlas migration|Atlas]] ![[chart.png]]',
    '',
    '## Problems and options',
    '### Problem: Freeze collides with cutover',
    '- Option A: wait',
    '- Option B: rush',
    '- Recommendation: wait',
    '- Decision: wait, tell Marcus',
    '',
    '- Problem: Flaky tests',
    '    - Option A: quarantine',
    '    - Recommendation: quarantine',
    '',
    '## Action items',
    '- [ ] Draft the roadmap 📅 2026-12-05',
    '    - [x] Collect asks ✅ 2026-11-06',
    '    - [-] Dropped sub-task',
    '- [/] @Priya get sign-off 📅 2026-11-30',
    '- [ ] @Tomás pair on retries',
    '- [x] Done already',
    '- [>] Forwarded elsewhere',
    '- [ ] Ask HR #private',
    '',
    '## Private',
    '- [ ] Secret task',
  );

  it('has highlights, problems with recommendation and decision, and action items by owner', () => {
    const out = renderRecap(input(text), ctx());
    expect(out.markdown).toBe(
      note(
        'Hi Priya,',
        '',
        'Thanks for the 1:1 on Tuesday, Nov 10. Here is a short recap.',
        '',
        '## Highlights',
        '- Shipped **the pilot** Atlas',
        '',
        '## Problems and decisions',
        '- Freeze collides with cutover',
        '  - Recommendation: wait',
        '  - Decision: wait, tell Marcus',
        '- Flaky tests',
        '  - Recommendation: quarantine',
        '',
        '## My action items',
        '- Draft the roadmap (due Saturday, Dec 5)',
        '  - Collect asks (done Friday, Nov 6)',
        // Forwarded to the next note: still a commitment of this meeting (issue 14).
        '- Forwarded elsewhere',
        '',
        "## Priya's action items",
        '- Get sign-off (in progress; due Monday, Nov 30)',
        '',
        '## Other action items',
        '- Tomás: pair on retries',
        '',
        '**Next 1:1:** around Tuesday, Nov 24',
        '',
        'Let me know if I missed anything or got something wrong.',
      ),
    );
    expect(out.to).toBe('priya@example.com');
    expect(out.subject).toBe('1:1 recap: Priya Shah, Nov 10, 2026');
    expect(out.html).toContain('<li>Shipped <strong>the pilot</strong> Atlas</li>');
    expect(out.text).toContain('- Shipped the pilot Atlas\n');
  });

  it('shows the agenda with problems and their options, and no decision', () => {
    const out = renderAgenda(input(text.replace('## Wins since last time', '## Agenda')), ctx());
    expect(out.subject).toBe('1:1 agenda: Priya Shah, Nov 10, 2026');
    expect(out.markdown).toContain('## Agenda\n- Shipped **the pilot** Atlas\n');
    expect(out.markdown).toContain(
      '## Problems and options\n- Freeze collides with cutover\n  - Option A: wait\n  - Option B: rush\n  - Recommendation: wait\n',
    );
    expect(out.markdown).not.toContain('Decision');
    expect(out.markdown).toContain("## Priya's open action items\n- Get sign-off");
  });

  it('says "today" for a meeting held today, and "for" an agenda ahead', () => {
    const today = input(text, { record: meetingRecord({ date: '2026-11-22' }) });
    expect(renderRecap(today, ctx()).text).toContain('Thanks for the 1:1 today.');
    const ahead = input(text, { record: meetingRecord({ date: '2026-11-24' }) });
    expect(renderAgenda(ahead, ctx()).text).toContain(
      'Here is the agenda for our 1:1 on Tuesday, Nov 24.',
    );
  });

  it('never shows what the note keeps private', () => {
    const out = renderRecap(input(text), ctx());
    for (const form of [out.text, out.markdown, out.html]) {
      expect(form).not.toContain('Secret task');
      expect(form).not.toContain('Ask HR');
    }
  });

  it('would show the same words from a shared section (the test can fail)', () => {
    const out = renderRecap(
      input(text.replace('## Private', '## Notes').replace(' #private', '')),
      ctx(),
    );
    expect(out.text).toContain('Secret task');
    expect(out.text).toContain('Ask HR');
  });

  it('leaves out every heading whose part is empty', () => {
    const out = renderRecap(input(note('## Notes', '')), ctx());
    expect(out.text).toBe(
      'Hi Priya,\n\nThanks for the 1:1 on Tuesday, Nov 10. Here is a short recap.\n\nNext 1:1: around Tuesday, Nov 24\n\nLet me know if I missed anything or got something wrong.\n',
    );
  });
});

describe('problem briefs', () => {
  it('an unfilled brief adds nothing; a filled one shows what was filled', () => {
    const empty = note('## Problems and options', ...problemBriefLines(), '## Notes', 'x');
    expect(renderRecap(input(empty), ctx()).markdown).not.toContain('Problem');
    expect(renderAgenda(input(empty), ctx()).markdown).not.toContain('Problem');
    const filled = note(
      '## Problems and options',
      ...problemBriefLines().map((l) =>
        l.startsWith('### ')
          ? `${l}Hiring freeze`
          : l.startsWith('- Recommendation')
            ? `${l}ask for one contractor`
            : l,
      ),
    );
    expect(renderRecap(input(filled), ctx()).markdown).toContain(
      '## Problems and decisions\n- Hiring freeze\n  - Recommendation: ask for one contractor\n\n',
    );
    expect(renderAgenda(input(filled), ctx()).markdown).toContain(
      '## Problems and options\n- Hiring freeze\n  - Recommendation: ask for one contractor\n\n',
    );
  });
});

describe('career conversations', () => {
  const person = note(
    '---',
    'email: priya@example.com',
    '---',
    '## Goals',
    '- [ ] Ship Atlas 📅 2027-03-31 [progress:: 40]',
    '    - [x] Dual-write',
    '    - [ ] Cut over',
    '- [x] Run the review ✅ 2026-10-01',
    '> [!private]',
    '> - [ ] Secret goal',
    '',
    '## Development plan',
    '- [/] Finish the course',
    '- Pair with [[Jo - Ops-Infra|Jo]]',
    '## Topics for next time',
    '- Delegation feedback',
  );
  const text = note(
    '## Performance against goals',
    '![[Priya Shah#Goals]]',
    '',
    'Dual-write done.',
    '',
    '## Development plan progress',
    '![[Priya Shah#Development plan]]',
  );

  it('show goals progress and the development plan from the person note', () => {
    const out = renderRecap(input(text, { type: CAREER, personText: person }), ctx());
    expect(out.markdown).toContain(
      [
        '## Goals progress',
        'Dual-write done.',
        '',
        '- Ship Atlas (due Wednesday, Mar 31, 2027; progress: 40%; 1 of 2 steps done)',
        '- Run the review (done Thursday, Oct 1)',
        '',
        '## Development plan',
        '- Finish the course (in progress)',
        '- Pair with Jo',
      ].join('\n'),
    );
    expect(out.markdown).not.toContain('Secret goal');
    expect(out.subject).toBe('1:1 recap: Priya Shah, Nov 10, 2026');
    expect(out.text).toContain('Thanks for the career conversation on Tuesday, Nov 10.');
  });

  it('a regular 1:1 shows no goals', () => {
    expect(renderRecap(input(text, { personText: person }), ctx()).markdown).not.toContain(
      'Goals progress',
    );
  });

  it('queued topics go into the agenda of the latest note, dated today or later', () => {
    const ahead = input(text, {
      personText: person,
      record: meetingRecord({ date: '2026-11-24' }),
    });
    expect(renderAgenda(ahead, ctx()).markdown).toContain(
      '## Queued topics\n- Delegation feedback\n',
    );
    expect(renderAgenda({ ...ahead, latest: false }, ctx()).markdown).not.toContain(
      'Queued topics',
    );
    expect(renderAgenda(input(text, { personText: person }), ctx()).markdown).not.toContain(
      'Queued topics',
    );
  });
});

describe('the next meeting', () => {
  const index = new MeetingIndex();
  const add = (date: string, status: MeetingRecord['status'] = 'held'): MeetingRecord => {
    const r = meetingRecord({ date, status, path: `One-on-ones/Priya Shah/${date} Priya Shah.md` });
    index.set(r.path, ok(r));
    return r;
  };
  const first = add('2026-10-13');
  add('2026-10-27', 'cancelled');
  add('2026-10-29', 'rescheduled');
  const held = add('2026-11-10');

  it.each<[string, MeetingRecord, number, { date: string; planned: boolean }]>([
    ['the next held note', first, 14, { date: '2026-11-10', planned: true }],
    ['else the date plus the cadence', held, 14, { date: '2026-11-24', planned: false }],
    ["with the person's own cadence", held, 7, { date: '2026-11-17', planned: false }],
  ])('is %s', (_what, rec, cadence, expected) => {
    expect(nextMeeting(index, rec, cadence)).toEqual(expected);
  });

  it('knows the latest note', () => {
    expect(isLatestMeeting(index, held)).toBe(true);
    expect(isLatestMeeting(index, first)).toBe(false);
  });

  it('is said "around" a date when no note is planned yet', () => {
    const planned = renderRecap(input('', { next: { date: '2026-11-24', planned: true } }), ctx());
    expect(planned.text).toContain('Next 1:1: Tuesday, Nov 24\n');
  });
});

describe('layouts and template notes', () => {
  const values = (v: Record<string, string>) => (name: string) => v[name];

  it.each<[string, string, Record<string, string>, string]>([
    [
      'a part alone on its line',
      'Hi\n\n## A\n{{a}}\n\n## B\n{{b}}\n',
      { a: '- one', b: '' },
      'Hi\n\n## A\n- one\n',
    ],
    ['a heading with text of its own stays', '## A\nIntro\n{{a}}\n', { a: '' }, '## A\nIntro\n'],
    [
      'a parent heading goes with its empty subsections',
      '## Actions\n### Mine\n{{a}}\n### Theirs\n{{b}}\n\nBye\n',
      { a: '', b: '' },
      'Bye\n',
    ],
    [
      'a parent heading stays when a subsection has content',
      '## Actions\n### Mine\n{{a}}\n### Theirs\n{{b}}\n',
      { a: '', b: '- x' },
      '## Actions\n### Theirs\n- x\n',
    ],
    [
      'placeholders inside a line, unknown ones as written',
      'Dear {{name}}, {{nope}} {{a}}\n',
      { name: 'Priya', a: 'x' },
      'Dear Priya, {{nope}} x\n',
    ],
  ])('%s', (_what, layout, v, expected) => {
    expect(fillLayout(layout, values(v))).toBe(expected);
  });

  it('a template note overrides the layout; its comments and frontmatter stay out', () => {
    const template = note(
      '---',
      'tags: template',
      '---',
      '%% Sent after every 1:1 %%',
      'Hello {{first-name}} ({{person}}, {{email}}), our {{type}} of {{date:yyyy-MM-dd}} ({{day}}):',
      '',
      '{{section:Notes}}',
      '',
      '{{actions}}',
      '',
      'Next: {{next}}',
    );
    const text = note(
      '## Notes',
      'We agreed on **C**.',
      '## Action items',
      '- [ ] Mine',
      '- [ ] @Priya hers',
    );
    const out = renderRecap(input(text, { template }), ctx());
    expect(out.markdown).toBe(
      note(
        'Hello Priya (Priya Shah, priya@example.com), our 1:1 of 2026-11-10 (Tuesday, Nov 10):',
        '',
        'We agreed on **C**.',
        '',
        '- Mine',
        '- Priya: Hers',
        '',
        'Next: Tuesday, Nov 24',
      ),
    );
  });

  it.each<[string, string]>([
    ['{{person}} / {{date}}', 'Priya Shah / Nov 10, 2026'],
    ['Recap {{date:d MMMM}} ({{type}}) {{first-name}}', 'Recap 10 November (1:1) Priya'],
  ])('subject %j', (subject, expected) => {
    expect(renderRecap(input(''), ctx({ recapSubject: subject })).subject).toBe(expected);
  });
});

describe('recap settings', () => {
  it('built-in types have their section mapping, a type may override parts of it', () => {
    expect(recapSections(REGULAR)).toEqual({
      highlights: ['Wins since last time', 'Feedback', 'Notes', 'Decisions'],
      problems: ['Problems and options'],
      actions: ['Action items'],
      goals: [],
      development: [],
      agenda: ['Agenda'],
    });
    expect(recapSections(CAREER).goals).toEqual(['Performance against goals']);
    expect(recapSections(CAREER).actions).toEqual(['Actions until next time']);
    const custom: NoteType = {
      ...REGULAR,
      id: 'skip',
      actionItemsHeading: 'Todo',
      recap: { highlights: ['Wins'], actions: [] },
    };
    expect(recapSections(custom)).toMatchObject({ highlights: ['Wins'], actions: ['Todo'] });
  });

  it('migrates what data.json holds', () => {
    expect(
      migrateRecapSettings({
        recapSubject: ' Recap {{person}} ',
        format: 'markdown',
        recapTemplate: 'T.md',
        junk: 1,
      }),
    ).toEqual({
      ...DEFAULT_RECAP_SETTINGS,
      recapSubject: 'Recap {{person}}',
      format: 'markdown',
      recapTemplate: 'T.md',
    });
    expect(migrateRecapSettings({ format: 'pdf', agendaSubject: '' })).toEqual(
      DEFAULT_RECAP_SETTINGS,
    );
    const s = migrateSettings({
      noteTypes: [{ id: 'regular', recap: { highlights: ['Wins', 3, ''], bogus: ['x'] } }],
    });
    expect(s.noteTypes[0]!.recap).toEqual({ highlights: ['Wins'] });
    expect(s.noteTypes[1]!.recap).toBeUndefined();
    expect(s.recap).toEqual(DEFAULT_RECAP_SETTINGS);
  });
});
