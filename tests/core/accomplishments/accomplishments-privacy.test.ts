/**
 * Private content never reaches the accomplishment log: a property over generated
 * notes that mix public items with every kind of private content, and examples.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  collectAccomplishments,
  type AccomplishmentOptions,
  type MeetingText,
} from '../../../src/core/accomplishments/collect';
import type { PersonText } from '../../../src/core/accomplishments/tracked-goals';
import { renderAccomplishments } from '../../../src/core/accomplishments/accomplishments-note';
import type { Period } from '../../../src/core/accomplishments/periods';
import { oneOnOne } from '../../helpers/builders';

const OPTS: AccomplishmentOptions = {
  winHeadings: ['Wins since last time'],
  feedbackHeadings: ['Feedback'],
  goalsHeading: 'Goals',
  privateHeadings: ['Private', 'Just for me'],
};
const PERIOD: Period = { from: '2026-07-01', to: '2026-12-31', label: '2026-H2' };
const KEY = 'People/Alex.md';

type Block = 'public' | 'tagged' | 'callout' | 'inline-comment' | 'block-comment' | 'html-comment';
type SectionKind = 'wins' | 'feedback' | 'actions' | 'goals' | 'private';
interface SectionSpec {
  kind: SectionKind;
  blocks: Block[];
}

const block = fc.constantFrom<Block>(
  'public',
  'tagged',
  'callout',
  'inline-comment',
  'block-comment',
  'html-comment',
);
const section = fc.record({
  kind: fc.constantFrom<SectionKind>('wins', 'feedback', 'actions', 'goals', 'private'),
  blocks: fc.array(block, { minLength: 1, maxLength: 5 }),
});

/** A person note: one Goals section, and a private section before or after it. */
const personNote = fc
  .tuple(fc.array(block, { maxLength: 5 }), fc.array(block, { maxLength: 3 }), fc.boolean())
  .map(([goals, hidden, first]): SectionSpec[] => {
    const specs: SectionSpec[] = [
      { kind: 'goals', blocks: goals },
      { kind: 'private', blocks: hidden },
    ];
    return first ? specs.reverse() : specs;
  });

/** Build a note from section specs; each token is unique: <prefix>PUB<n>X or <prefix>SECRET<n>X. */
function build(
  prefix: string,
  specs: SectionSpec[],
  crlf: boolean,
): { text: string; publics: string[]; secrets: string[] } {
  let n = 0;
  const publics: string[] = [];
  const secrets: string[] = [];
  const pub = (): string => {
    const t = `${prefix}PUB${++n}X`;
    publics.push(t);
    return t;
  };
  const sec = (): string => {
    const t = `${prefix}SECRET${++n}X`;
    secrets.push(t);
    return t;
  };
  const lines: string[] = [];
  for (const spec of specs) {
    const heading = {
      wins: 'Wins since last time',
      feedback: 'Feedback',
      actions: 'Action items',
      goals: 'Goals',
      private: 'Just for me',
    }[spec.kind];
    lines.push(`## ${heading}`, '');
    const task = spec.kind === 'actions' || spec.kind === 'goals' || spec.kind === 'private';
    const item = (token: string, tail = ''): string =>
      task ? `- [x] ${token}${tail} ✅ 2026-08-0${(n % 9) + 1}` : `- ${token}${tail}`;
    for (const b of spec.blocks) {
      const visible = spec.kind === 'private' ? sec : pub;
      switch (b) {
        case 'public':
          lines.push(item(visible()));
          break;
        case 'tagged':
          lines.push(item(sec(), ' #private'), `    ${item(sec())}`, `        - ${sec()}`);
          break;
        case 'callout':
          lines.push('', '> [!private] Only me', `> ${item(sec())}`, `> ${sec()}`, '');
          break;
        case 'inline-comment':
          lines.push(item(visible(), ` %%${sec()}%%`));
          break;
        case 'block-comment':
          lines.push('%%', item(sec()), `${sec()} %%`);
          break;
        case 'html-comment':
          lines.push(`<!-- ${sec()}`, item(sec()), '-->');
          break;
      }
    }
    lines.push('');
  }
  const text = oneOnOne({}, ...lines);
  return { text: crlf ? text.replace(/\n/g, '\r\n') : text, publics, secrets };
}

function exported(meetingText: string, personText: string): string {
  const meeting: MeetingText = {
    path: 'M/2026-08-04 Alex.md',
    date: '2026-08-04',
    personKey: KEY,
    personName: 'Alex',
    text: meetingText,
  };
  const person: PersonText = { key: KEY, name: 'Alex', path: KEY, text: personText };
  const items = collectAccomplishments([meeting], [person], PERIOD, OPTS);
  const note = renderAccomplishments(items, {
    title: 'Log',
    period: PERIOD,
    person: null,
    whose: null,
    linkText: (p) => p,
  });
  return `${note}\n${JSON.stringify(items)}`;
}

describe('privacy of the accomplishment log', () => {
  it('never shows private content, and shows every public item (property)', () => {
    fc.assert(
      fc.property(
        fc.array(section, { minLength: 1, maxLength: 6 }),
        personNote,
        fc.boolean(),
        (meetingSpecs, personSpecs, crlf) => {
          const m = build('M', meetingSpecs, crlf);
          const p = build('P', personSpecs, crlf);
          const out = exported(m.text, p.text);
          for (const s of [...m.secrets, ...p.secrets]) expect(out).not.toContain(s);
          for (const t of m.publics) expect(out).toContain(t);
          for (const t of p.publics) expect(out).toContain(t);
        },
      ),
      { seed: 20261122, numRuns: 300 },
    );
  });

  it.each([
    [
      'an unclosed comment hides the rest of the note',
      ['## Wins since last time', '- Public win', '%% from here on', '- Hidden win'],
    ],
    [
      'an unclosed HTML comment too',
      ['## Wins since last time', '- Public win', '<!-- from here on', '- Hidden win'],
    ],
    [
      'a #private heading hides its section',
      ['## Wins since last time', '- Public win', '## Feedback #private', '- Hidden win'],
    ],
    [
      'a nested private callout',
      [
        '## Wins since last time',
        '- Public win',
        '',
        '> [!note]',
        '> > [!private]',
        '> > - Hidden win',
      ],
    ],
    [
      'a nested tag #private/hr',
      ['## Wins since last time', '- Public win', '- Hidden win #private/hr'],
    ],
    [
      'a private subsection',
      ['## Wins since last time', '- Public win', '### Private', '- Hidden win'],
    ],
  ])('%s', (_name, body) => {
    const out = exported(oneOnOne({}, ...body), '');
    expect(out).toContain('Public win');
    expect(out).not.toContain('Hidden');
  });
});
