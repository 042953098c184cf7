/**
 * The privacy property of the recap and the agenda: text placed in any private
 * construct (a private section, a `> [!private]` callout, `%%comments%%`, HTML
 * comments, a line tagged `#private`) never appears in any output (To, subject, text,
 * Markdown, HTML), whatever else the note, the person note and the template hold.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BUILT_IN_TYPES } from '../../../src/core/settings/note-types';
import { stripPrivate } from '../../../src/core/notes/privacy';
import {
  renderAgenda,
  renderRecap,
  type EmailConfig,
  type EmailInput,
} from '../../../src/core/email/render-email';
import { RECAP_LAYOUT } from '../../../src/core/email/email-layout';
import { DEFAULT_RECAP_SETTINGS } from '../../../src/core/settings/recap-settings';
import { meetingRecord, oneOnOne } from '../../helpers/builders';

const RUNS = {
  seed: Number(process.env.SEED ?? 20261122),
  numRuns: Number(process.env.RUNS ?? 250),
};
const SECRET = 'SECRET';

const word = fc.constantFrom(
  'alpha',
  'budget',
  'pilot',
  'runbook',
  'review',
  'team',
  'plan',
  'owner',
  'cutover',
  'draft',
);
const words = fc.array(word, { minLength: 1, maxLength: 4 }).map((w) => w.join(' '));
const noise = fc.constantFrom(
  '',
  '',
  ' **bold**',
  ' `code`',
  ' `%%`',
  ' `<!--`',
  ' [[Some Note|alias]]',
  ' ![[Embed]]',
  ' 📅 2026-11-27',
  ' ⏫️',
  ' [x](https://example.com)',
  ' snake_case_word',
  ' <b>x</b> & co',
  ' ` lone tick',
  ' ~~gone~~ ==mark==',
);
const text = fc.tuple(words, noise).map(([w, n]) => w + n);
const secretText = fc.tuple(word, noise).map(([w, n]) => `${SECRET} ${w}${n}`);

const PUBLIC_HEADINGS = [
  'Wins since last time',
  'Agenda',
  'Action items',
  'Problems and options',
  'Notes',
  'Feedback',
  'Decisions',
  'Actions until next time',
  'Performance against goals',
  'Development plan progress',
  'Skills gaps and support needed',
  'Goals',
  'Development plan',
  'Topics for next time',
];

const status = fc.constantFrom('', '[ ] ', '[ ] ', '[x] ', '[/] ', '[-] ', '[>] ', '[?] ');
const owner = fc.constantFrom('', '', '@Priya ', '@tom ', '[[Priya Shah]] ', '@me ');

const item = (body: fc.Arbitrary<string>): fc.Arbitrary<string> =>
  fc
    .tuple(fc.constantFrom('', '  ', '\t'), fc.constantFrom('-', '*', '1.'), status, owner, body)
    .map(([i, m, s, o, b]) => `${i}${m} ${s}${o}${b}`);

const publicBlock: fc.Arbitrary<string[]> = fc.oneof(
  fc
    .tuple(fc.integer({ min: 2, max: 3 }), fc.constantFrom(...PUBLIC_HEADINGS))
    .map(([l, n]) => [`${'#'.repeat(l)} ${n}`]),
  fc.array(text, { minLength: 1, maxLength: 3 }),
  fc
    .array(item(text), { minLength: 1, maxLength: 4 })
    .map((items) => items.map((l, i) => (i === 0 ? l.trimStart() : l))),
  fc
    .tuple(text, text, text)
    .map(([a, b, c]) => [
      `### Problem: ${a}`,
      `- Option A: ${b}`,
      `- Recommendation: ${c}`,
      `- Decision: ${a}`,
    ]),
  fc.tuple(text, text).map(([a, b]) => ['> [!note] Note', `> ${a}`, `> - [ ] ${b}`]),
  fc.tuple(text).map(([a]) => ['```', '%%', a, '<!--', '```']),
  fc.constant<string[]>(['']),
);

const privateSection = fc
  .tuple(
    fc.integer({ min: 2, max: 3 }),
    fc.constantFrom('Private', 'private', 'PRIVATE', 'Confidential', '**Private**', 'Private:'),
    fc.array(fc.oneof(secretText, item(secretText)), { minLength: 1, maxLength: 4 }),
  )
  .map(([level, name, body]) => [`${'#'.repeat(level)} ${name}`, ...body, '## Notes']);

/** Issue 12: a setext Private heading, and a heading in a comment inside a private section. */
const privateForms = fc.oneof(
  fc
    .tuple(fc.constantFrom('===', '-------'), item(secretText), secretText)
    .map(([u, a, b]) => ['', 'Private', u, a, b, '## Notes']),
  fc
    .tuple(secretText, item(secretText))
    .map(([a, b]) => ['## Private', a, '%%', '## Public', '%%', b, '## Notes']),
);

const privateCallout = fc.oneof(
  fc
    .tuple(
      fc.constantFrom(
        '[!private]',
        '[!PRIVATE]-',
        '[!Private]+',
        '[!private|wide]',
        '[!private|no-icon]-',
      ),
      fc.boolean(),
      secretText,
      item(secretText),
      fc.boolean(),
    )
    .map(([h, title, a, b, lazy]) => [
      '',
      `> ${h}${title ? ` ${SECRET} title` : ''}`,
      `> ${a}`,
      `> ${b.trimStart()}`,
      ...(lazy ? [`${SECRET} lazy`] : []),
    ]),
  fc
    .tuple(text, secretText, fc.boolean())
    .map(([a, s, lazy]) => [
      '',
      '> [!note] Outer',
      `> ${a}`,
      '> > [!private]',
      `> > ${s}`,
      ...(lazy ? [`> ${SECRET} lazy`] : []),
    ]),
  fc
    .tuple(text, secretText, fc.constantFrom('  ', '    ', '\t'))
    .map(([a, s, ind]) => [`- [ ] ${a}`, `${ind}> [!private]`, `${ind}> ${s}`]),
);

const comment = (open: string, close: string): fc.Arbitrary<string[]> => {
  // Text inside a comment cannot hold its closing marker: that would end the comment.
  // A lone backtick beside a comment would pair with one inside it: a code span, and so
  // no comment at all (Obsidian shows it). That is text anyone can see, not a secret.
  const secretText = fc
    .tuple(
      word,
      noise.filter((n) => !n.includes(close)),
    )
    .map(([w, n]) => `${SECRET} ${w}${n}`);
  const text = fc
    .tuple(
      words,
      noise.filter((n) => !n.includes('lone')),
    )
    .map(([w, n]) => w + n);
  return fc.oneof(
    fc.tuple(text, secretText, text).map(([a, s, b]) => [`${a} ${open}${s}${close} ${b}`]),
    fc.tuple(text, secretText).map(([a, s]) => [`- [ ] ${a} ${open} ${s} ${close}`]),
    fc.tuple(secretText).map(([s]) => [`## Notes ${open}${s}${close}`]),
    fc
      .tuple(text, secretText, text)
      .map(([a, s, b]) => [`${a} ${open}${s}`, s, `${s}${close} ${b}`]),
    fc.tuple(secretText).map(([s]) => [open, s, '```', s, '```', close]),
    fc.tuple(secretText).map(([s]) => [open, '```', s, close]),
  );
};

const tagged = fc.oneof(
  fc
    .tuple(secretText, fc.constantFrom('#private', '#Private', '#private/hr'), secretText)
    .map(([a, t, c]) => [`- [ ] ${a} ${t}`, `  - ${c}`, `  - [ ] ${c}`]),
  fc.tuple(secretText).map(([a]) => [`${a} #private`]),
  fc.tuple(secretText).map(([a]) => ['## Salary #private', a, `- [ ] ${a}`, '## Notes']),
  fc.tuple(secretText).map(([a]) => [`- [ ] ${a}`, '  continued #private']),
  fc.tuple(secretText).map(([a]) => [`> - [ ] ${a} #private`]),
  // Issue 12: a tag at the end of a paragraph, on a lazy line, on an item with a quote.
  fc.tuple(secretText, secretText).map(([a, b]) => ['', a, `${b} #private`, '']),
  fc.tuple(secretText).map(([a]) => ['', `- [ ] ${a}`, 'lazy line #private', '']),
  fc.tuple(secretText).map(([a]) => ['', `- [ ] ${a} #private`, `lazy ${SECRET} line`, '']),
  fc
    .tuple(secretText, secretText, fc.constantFrom('  ', ' ', '\t'))
    .map(([a, b, ind]) => ['- Compensation talk #private', `${ind}> ${a}`, `${ind}- ${b}`]),
);

const privateBlock = fc.oneof(
  privateSection,
  privateForms,
  privateCallout,
  comment('%%', '%%'),
  comment('<!--', '-->'),
  tagged,
);

const blocks = fc.array(
  fc.oneof({ arbitrary: publicBlock, weight: 3 }, { arbitrary: privateBlock, weight: 2 }),
  { maxLength: 8 },
);
/** A note body with at least one private block somewhere, maybe an unclosed comment at the end. */
const body = fc
  .tuple(
    blocks,
    privateBlock,
    blocks,
    fc.option(
      fc.constantFrom(['%% SECRET unclosed', 'SECRET rest'], ['<!-- SECRET', 'SECRET rest']),
      { nil: null },
    ),
    fc.constantFrom('\n', '\r\n'),
  )
  .map(([before, one, after, tail, eol]) =>
    [...before.flat(), ...one, ...after.flat(), ...(tail ?? [])].join(eol),
  );

const config: EmailConfig = {
  privateHeadings: ['Private', 'Confidential'],
  closedStatuses: 'xX->',
  goalsHeading: 'Goals',
  developmentPlanHeading: 'Development plan',
  topicsHeading: 'Topics for next time',
  recap: { ...DEFAULT_RECAP_SETTINGS },
};

const record = meetingRecord({
  path: 'One-on-ones/Priya Shah/2026-11-22 Priya Shah.md',
  date: '2026-11-22',
});

describe('no private text in any output', () => {
  it('holds for recaps and agendas of random notes, person notes and templates', () => {
    fc.assert(
      fc.property(
        body,
        body,
        fc.option(body, { nil: null }),
        fc.boolean(),
        (note, person, template, career) => {
          expect(note).toContain(SECRET);
          const input: EmailInput = {
            text: oneOnOne({ person: 'Priya Shah' }) + note,
            record,
            type: BUILT_IN_TYPES[career ? 1 : 0]!,
            personText: person,
            email: 'priya@example.com',
            next: { date: '2026-12-06', planned: false },
            latest: true,
            template:
              template === null
                ? null
                : `${RECAP_LAYOUT}\n{{section:Private}}\n{{section:Notes}}\n{{agenda}}\n{{topics}}\n{{actions}}\n${template}`,
          };
          for (const render of [renderRecap, renderAgenda]) {
            const out = render(input, { today: '2026-11-22', locale: 'en-US', config });
            for (const [form, value] of Object.entries(out) as Array<[string, string]>) {
              if (value.includes(SECRET)) throw new Error(`${SECRET} in ${form}:\n${value}`);
            }
          }
          expect(stripPrivate(note, config).text).not.toContain(SECRET);
        },
      ),
      RUNS,
    );
  });
});
