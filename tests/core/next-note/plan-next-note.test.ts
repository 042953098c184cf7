import { describe, expect, it, vi } from 'vitest';
import { applyLineEdits } from '../../../src/core/notes/line-edits';
import { parseNote } from '../../../src/core/notes/markdown';
import {
  composeNote,
  planNextNote,
  type NextNoteInput,
  type NoteParts,
} from '../../../src/core/next-note/plan-next-note';
import {
  BUILT_IN_TYPES,
  CAREER_TEMPLATE,
  REGULAR_TEMPLATE,
  builtInTemplate,
  type NoteType,
} from '../../../src/core/settings/note-types';
import { carryOptions, crlf, note, section as sectionOf } from '../../helpers/builders';
import { exampleNote } from '../../helpers/vault-files';
import { formatDatePattern } from '../../../src/core/shared/date-format';

const REGULAR = BUILT_IN_TYPES[0]!;
const CAREER = BUILT_IN_TYPES[1]!;

function input(over: Partial<NextNoteInput> = {}): NextNoteInput {
  return {
    path: 'One-on-ones/Priya Shah/2026-11-24 Priya Shah.md',
    type: REGULAR,
    date: '2026-11-24',
    person: { name: 'Priya Shah', linkText: 'Priya Shah' },
    template: REGULAR_TEMPLATE,
    source: null,
    personNote: null,
    options: { carry: carryOptions(), topicsHeading: 'Topics for next time' },
    ...over,
  };
}

function source(text: string, date = '2026-11-10'): NonNullable<NextNoteInput['source']> {
  return {
    path: `One-on-ones/Priya Shah/${date} Priya Shah.md`,
    date,
    text,
    linkText: `${date} Priya Shah`,
  };
}

/** The frontmatter lines of a note, without its fences. */
function frontmatter(text: string): string[] {
  const n = parseNote(text);
  return n.frontmatter ? n.lines.slice(1, n.frontmatter.end - 1) : [];
}

/** The lines of a section of the note (a heading of any level, up to the next heading), without trailing blank lines. */
function section(text: string, heading: string): string[] {
  return sectionOf(text, heading, { headings: 'any', blankLines: 'trailing' });
}

describe('planNextNote: frontmatter', () => {
  it('writes type, person, date, kind and previous', () => {
    const plan = planNextNote(input({ source: source(note('## Agenda')) }));
    expect(frontmatter(plan.text)).toEqual([
      'type: one-on-one',
      'person: "[[Priya Shah]]"',
      'date: 2026-11-24',
      'kind: regular',
      'previous: "[[2026-11-10 Priya Shah]]"',
    ]);
  });

  it.each([
    [
      'a display name unlike the file name',
      'Jo: Ops/Infra',
      'Jo - Ops-Infra',
      '"[[Jo - Ops-Infra|Jo: Ops/Infra]]"',
    ],
    [
      'a link with a folder',
      'Jo: Ops/Infra',
      'People/Jo - Ops-Infra',
      '"[[People/Jo - Ops-Infra|Jo: Ops/Infra]]"',
    ],
    ['a link with a folder and the same name', 'Sam Lee', 'People/Sam Lee', '"[[People/Sam Lee]]"'],
    [
      'a name with quotes',
      'Dana "D" Okafor',
      'Dana Okafor',
      '"[[Dana Okafor|Dana \\"D\\" Okafor]]"',
    ],
  ])('links the person note with an alias for %s', (_, name, linkText, value) => {
    const plan = planNextNote(input({ person: { name, linkText } }));
    expect(frontmatter(plan.text)).toContain(`person: ${value}`);
  });

  it('leaves out previous when there is no source note', () => {
    const plan = planNextNote(input());
    expect(frontmatter(plan.text).some((l) => l.startsWith('previous'))).toBe(false);
    expect(plan.parts.previousLink).toBeNull();
  });

  it('writes the kind of the note type', () => {
    expect(
      frontmatter(planNextNote(input({ type: CAREER, template: CAREER_TEMPLATE })).text),
    ).toContain('kind: career');
  });

  it('keeps the keys of a template with its own frontmatter and replaces the ones it sets', () => {
    const template = note(
      '---',
      'tags:',
      '  - one-on-one',
      'type: meeting',
      'person:',
      '  - "[[Old]]"',
      'cssclasses: [wide]',
      'date: 2020-01-01',
      '---',
      '## Agenda',
    );
    const plan = planNextNote(input({ template }));
    expect(frontmatter(plan.text)).toEqual([
      'type: one-on-one',
      'person: "[[Priya Shah]]"',
      'date: 2026-11-24',
      'kind: regular',
      'tags:',
      '  - one-on-one',
      'cssclasses: [wide]',
    ]);
  });
});

describe('planNextNote: template placeholders', () => {
  it.each([
    ['{{person}}', 'Jo: Ops/Infra'],
    ['{{ person }}', 'Jo: Ops/Infra'],
    ['{{person-note}}', 'People/Jo - Ops-Infra'],
    ['{{date}}', '2026-11-24'],
    ['{{date:EEEE d MMMM yyyy}}', 'Tuesday 24 November 2026'],
    ['{{date: yyyy-MM}}', '2026-11'],
    ['{{DATE:MMM}}', 'Nov'],
    ['{{previous}}', '[[2026-11-10 Priya Shah]]'],
    ['{{title}}', '2026-11-24 Jo - Ops-Infra'],
    ['{{unknown}}', '{{unknown}}'],
    ['{{date:YYYY}}', '{{date:YYYY}}'],
    ['{{date:zzzz-not-a-pattern}}', '{{date:zzzz-not-a-pattern}}'],
  ])('renders %s', (placeholder, value) => {
    // date-fns warns on the console before it rejects `YYYY`.
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const plan = planNextNote(
      input({
        path: 'One-on-ones/Jo - Ops-Infra/2026-11-24 Jo - Ops-Infra.md',
        person: { name: 'Jo: Ops/Infra', linkText: 'People/Jo - Ops-Infra' },
        template: note(`Line: ${placeholder}.`, '## Agenda'),
        source: source(note('text')),
      }),
    );
    warn.mockRestore();
    expect(plan.base).toBe(note(`Line: ${value}.`, '## Agenda'));
    expect(plan.text).toContain(`Line: ${value}.`);
  });

  it('renders {{previous}} empty without a source note', () => {
    expect(planNextNote(input({ template: note('Before: {{previous}}|') })).base).toBe(
      note('Before: |'),
    );
  });

  it('renders the embeds of the built-in career template', () => {
    const plan = planNextNote(
      input({
        type: CAREER,
        template: CAREER_TEMPLATE,
        person: { name: 'Sam Lee', linkText: 'People/Sam Lee' },
      }),
    );
    expect(plan.text).toContain('![[People/Sam Lee#Goals]]');
    expect(plan.text).toContain('![[People/Sam Lee#Development plan]]');
  });
});

describe('planNextNote: sections and the cursor', () => {
  it.each([
    [
      'regular',
      REGULAR,
      [
        "How I'm really doing",
        'Wins since last time',
        'Agenda',
        'Problems and options',
        'Feedback',
        'Action items',
        'Notes',
        'Private',
      ],
    ],
    [
      'career',
      CAREER,
      [
        'Performance against goals',
        'Development plan progress',
        'Feedback from peers and partners',
        'Skills gaps and support needed',
        'Agenda',
        'Actions until next time',
        'Private',
      ],
    ],
  ])('uses the built-in %s template as it is', (_, type, headings) => {
    const plan = planNextNote(input({ type, template: builtInTemplate(type) }));
    expect(parseNote(plan.text).headings.map((h) => h.text)).toEqual(headings);
  });

  it.each([
    ['no agenda', note('## Notes', 'x', '## Action items'), ['Notes', 'Action items', 'Agenda']],
    ['no action items', note('## Agenda', '## Notes'), ['Agenda', 'Notes', 'Action items']],
    ['neither', note('Just text.'), ['Agenda', 'Action items']],
    ['an empty template', '', ['Agenda', 'Action items']],
  ])('adds missing headings at the end of a template with %s', (_, template, headings) => {
    const plan = planNextNote(input({ template }));
    expect(parseNote(plan.text).headings.map((h) => h.text)).toEqual(headings);
  });

  it('adds the career action items heading for a career note', () => {
    const plan = planNextNote(
      input({ type: CAREER, template: note('## Agenda'), source: source(note('- [ ] carry me')) }),
    );
    expect(section(plan.text, 'Actions until next time')).toEqual(['- [ ] carry me ➕ 2026-11-10']);
  });

  it.each([
    ['an empty agenda', note('## Agenda', '', '## Notes'), null, '## Agenda', ''],
    [
      'an agenda right before the next heading',
      note('## Agenda', '## Notes'),
      null,
      '## Agenda',
      '## Agenda',
    ],
    [
      'an agenda with content',
      note('## Agenda', '- standing item', '## Notes'),
      null,
      '- standing item',
      '- standing item',
    ],
    ['an agenda at the end', note('## Notes', '## Agenda'), null, '## Agenda', ''],
    [
      'an agenda with topics',
      note('## Agenda', '', '## Notes'),
      note('## Topics for next time', '- topic'),
      '- topic',
      '',
    ],
  ])('puts the cursor at the end of %s', (_, template, person, lastAgendaLine, cursorText) => {
    const plan = planNextNote(
      input({
        template,
        personNote: person ? { path: 'People/Priya Shah.md', text: person } : null,
      }),
    );
    const lines = parseNote(plan.text).lines;
    expect(lines[plan.cursorLine]).toBe(cursorText);
    const agendaEnd = cursorText === '' ? plan.cursorLine - 1 : plan.cursorLine;
    expect(lines[agendaEnd]).toBe(lastAgendaLine);
  });

  it('keeps a CRLF template CRLF', () => {
    const plan = planNextNote(
      input({ template: crlf(REGULAR_TEMPLATE), source: source(note('## Notes', '- [ ] a')) }),
    );
    expect(plan.text.replace(/\r\n/g, '')).not.toContain('\n');
    expect(section(plan.text, 'Notes')).toEqual(['- [ ] a ➕ 2026-11-10']);
  });
});

describe('planNextNote: carried items and topics', () => {
  const sourceText = note(
    '## Agenda',
    '- [ ] agenda item',
    '## Action items',
    '- [ ] act',
    '  - [x] done part',
    '- [x] done',
    '## Decisions',
    '- [/] decide',
    '## Private',
    '- [ ] secret',
    '## Notes',
    '> [!private]',
    '> - [ ] quoted secret',
    '- [ ] pay #private',
  );
  const person = note(
    '## Goals',
    '- [ ] goal',
    '## Topics for next time',
    // A plain line first: after `  - detail` it would be that item's lazy continuation.
    'topic two',
    '- topic one',
    '  - detail',
  );

  const plan = planNextNote(
    input({
      source: source(sourceText),
      personNote: { path: 'People/Priya Shah.md', text: person },
    }),
  );

  it.each([
    ['Agenda', ['- topic two', '- topic one', '  - detail', '- [ ] agenda item ➕ 2026-11-10']],
    [
      'Action items',
      ['- [ ] act ➕ 2026-11-10', '  - [x] done part', '- [/] decide ➕ 2026-11-10'],
    ],
    ['Notes', []],
    [
      'Private',
      [
        '- [ ] secret ➕ 2026-11-10',
        '- [ ] quoted secret ➕ 2026-11-10',
        '- [ ] pay #private ➕ 2026-11-10',
      ],
    ],
  ])('fills %s', (heading, lines) => {
    expect(section(plan.text, heading)).toEqual(lines);
  });

  it('lists the carried items with their source', () => {
    expect(plan.carried.map((c) => [c.text, c.from])).toEqual([
      ['- [ ] agenda item ➕ 2026-11-10', 'One-on-ones/Priya Shah/2026-11-10 Priya Shah.md'],
      ['- [ ] act ➕ 2026-11-10', 'One-on-ones/Priya Shah/2026-11-10 Priya Shah.md'],
      ['- [/] decide ➕ 2026-11-10', 'One-on-ones/Priya Shah/2026-11-10 Priya Shah.md'],
      ['- [ ] secret ➕ 2026-11-10', 'One-on-ones/Priya Shah/2026-11-10 Priya Shah.md'],
      ['- [ ] quoted secret ➕ 2026-11-10', 'One-on-ones/Priya Shah/2026-11-10 Priya Shah.md'],
      ['- [ ] pay #private ➕ 2026-11-10', 'One-on-ones/Priya Shah/2026-11-10 Priya Shah.md'],
    ]);
  });

  it('groups the source edits by block', () => {
    expect(plan.sourceEdits.map((g) => g.map((e) => e.line))).toEqual([
      [1],
      [3],
      [7],
      [9],
      [12],
      [13],
    ]);
  });

  it('groups the topic deletions by topic, and they empty the queue', () => {
    expect(plan.topicEdits.map((g) => g.map((e) => e.line))).toEqual([[3], [4, 5]]);
    const after = applyLineEdits(person, plan.topicEdits.flat());
    expect(after.text).toBe(note('## Goals', '- [ ] goal', '## Topics for next time'));
  });

  it('recomposes from the base with fewer blocks and topics', () => {
    const parts: NoteParts = { ...plan.parts, blocks: plan.parts.blocks.slice(0, 1), topics: [] };
    const { text } = composeNote(plan.base, parts);
    expect(section(text, 'Agenda')).toEqual(['- [ ] agenda item ➕ 2026-11-10']);
    expect(section(text, 'Private')).toEqual([]);
    expect(composeNote(plan.base, plan.parts).text).toBe(plan.text);
  });

  it('never puts a private item into a shared section of a template without a private section', () => {
    const p = planNextNote(
      input({ template: note('## Agenda', '## Action items'), source: source(sourceText) }),
    );
    expect(section(p.text, 'Action items').join('\n')).not.toContain('secret');
    expect(section(p.text, 'Private')).toEqual([
      '- [ ] secret ➕ 2026-11-10',
      '- [ ] quoted secret ➕ 2026-11-10',
      '- [ ] pay #private ➕ 2026-11-10',
    ]);
  });

  it('puts private items into the first configured private heading', () => {
    const options = {
      carry: carryOptions({ privateHeadings: ['Confidential', 'Private'] }),
      topicsHeading: 'Topics for next time',
    };
    const p = planNextNote(
      input({
        template: note('## Agenda', '## Confidential'),
        source: source(sourceText),
        options,
      }),
    );
    expect(section(p.text, 'Confidential')).toContain('- [ ] secret ➕ 2026-11-10');
  });
});

describe('approval: the next note from the example vault', () => {
  function example(
    sourcePath: string,
    personFile: string,
    type: NoteType,
    date: string,
    person: { name: string; linkText: string },
  ) {
    const folder = sourcePath.slice(0, sourcePath.lastIndexOf('/'));
    const fileName = sourcePath.slice(sourcePath.lastIndexOf('/') + 1, -3);
    const sourceText = exampleNote(sourcePath);
    const personText = exampleNote(personFile);
    const plan = planNextNote({
      path: `${folder}/${date} ${person.linkText}.md`,
      type,
      date,
      person,
      template: builtInTemplate(type),
      source: {
        path: sourcePath,
        date: fileName.slice(0, 10),
        text: sourceText,
        linkText: fileName,
      },
      personNote: { path: personFile, text: personText },
      options: { carry: carryOptions(), topicsHeading: 'Topics for next time' },
    });
    const marked = applyLineEdits(sourceText, plan.sourceEdits.flat());
    const topics = applyLineEdits(personText, plan.topicEdits.flat());
    expect(marked.skipped).toEqual([]);
    expect(topics.skipped).toEqual([]);
    return { plan, marked: marked.text, person: topics.text };
  }

  it('Priya Shah, regular', async () => {
    const r = example(
      'One-on-ones/Priya Shah/2026-11-10 Priya Shah.md',
      'People/Priya Shah.md',
      REGULAR,
      '2026-11-24',
      { name: 'Priya Shah', linkText: 'Priya Shah' },
    );
    await expect(r.plan.text).toMatchFileSnapshot(
      '__snapshots__/plan-next-note/priya-shah-regular.md',
    );
    await expect(r.marked).toMatchFileSnapshot(
      '__snapshots__/plan-next-note/priya-shah-source-marked.md',
    );
    await expect(r.person).toMatchFileSnapshot(
      '__snapshots__/plan-next-note/priya-shah-person-after.md',
    );
  });

  it('Sam Lee, career conversation', async () => {
    const r = example(
      'One-on-ones/Sam Lee/2026-11-05 Sam Lee.md',
      'People/Sam Lee.md',
      CAREER,
      '2026-11-19',
      { name: 'Sam Lee', linkText: 'Sam Lee' },
    );
    await expect(r.plan.text).toMatchFileSnapshot('__snapshots__/plan-next-note/sam-lee-career.md');
    await expect(r.marked).toMatchFileSnapshot(
      '__snapshots__/plan-next-note/sam-lee-source-marked.md',
    );
  });

  it('Jo: Ops/Infra, tabs and #private', async () => {
    const r = example(
      'One-on-ones/Jo - Ops-Infra/2026-11-13 Jo - Ops-Infra.md',
      'People/Jo - Ops-Infra.md',
      REGULAR,
      '2026-11-27',
      {
        name: 'Jo: Ops/Infra',
        linkText: 'Jo - Ops-Infra',
      },
    );
    await expect(r.plan.text).toMatchFileSnapshot(
      '__snapshots__/plan-next-note/jo-ops-infra-regular.md',
    );
    await expect(r.marked).toMatchFileSnapshot(
      '__snapshots__/plan-next-note/jo-ops-infra-source-marked.md',
    );
    expect(section(r.plan.text, 'Action items').join('\n')).not.toContain('#private');
  });
});

describe('Moment-style date patterns', () => {
  it.each(['YYYY-MM-DD', 'DD MMM', "yyyy 'week' YY"])(
    'leaves {{date:%s}} as written',
    (pattern) => {
      expect(formatDatePattern('2026-11-22', pattern)).toBe(`{{date:${pattern}}}`);
    },
  );
  it("formats a quoted 'Y' literally", () => {
    expect(formatDatePattern('2026-11-22', "yyyy 'Year'")).toBe('2026 Year');
  });
});
