/**
 * Adopting existing 1:1 notes, table-driven over the layouts people have: the 1:1
 * Manager plugin's (a folder per person slug with `person` as plain text, and its older
 * `<date> - <Person>` names), the kepano-obsidian vault's meeting notes (`type: []`,
 * `people: ["[[Name]]"]`, `date`), a folder per person, and names with the date first
 * and last. Every adopted note is written through a VaultPort and its body compared
 * byte for byte with the original.
 */
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { findAdoptable } from '../../../src/core/adopt/find-adoptable';
import { adoptNotes } from '../../../src/core/adopt/adopt-notes';
import type { AdoptInput, FoundNote, PropertyTypes } from '../../../src/core/adopt/adopt-types';
import { aliasesOf } from '../../../src/core/people/match-person';
import { recordFromFrontmatter } from '../../../src/core/meetings/meeting-record';
import { undoJournal } from '../../../src/core/next-note/journal';
import { newPersonNote } from '../../../src/core/people/resolve-person';
import { MemoryVault } from '../../helpers/memory-vault';
import { crlf, note } from '../../helpers/builders';

/** The frontmatter of a text as the metadata cache gives it, or null. */
function frontmatterOf(text: string): Record<string, unknown> | null {
  const m = /^\uFEFF?---\r?\n([\s\S]*?)\r?\n?(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/.exec(text);
  if (!m) return null;
  return (parse(m[1]!, { schema: 'core' }) as Record<string, unknown> | null) ?? null;
}

/** The body of a note: everything after its frontmatter block. */
function bodyOf(text: string): string {
  const m = /^\uFEFF?---\r?\n[\s\S]*?(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/.exec(text);
  return m ? text.slice(m[0].length) : text.replace(/^\uFEFF/, '');
}

const PERSON = note('---', 'relationship: report', 'aliases: [Alex R]', '---', '## Goals', '');

/** The search's input over a set of files, as the plugin builds it from the cache. */
function inputOf(files: Record<string, string>, over: Partial<AdoptInput> = {}): AdoptInput {
  const notes = Object.entries(files).map(([path, text]) => ({
    path,
    frontmatter: frontmatterOf(text),
  }));
  return {
    notes,
    people: notes
      .filter((n) => n.frontmatter && 'relationship' in n.frontmatter)
      .map((n) => ({ path: n.path, aliases: aliasesOf(n.frontmatter) })),
    skipFolders: ['Templates'],
    personFolder: 'One-on-ones',
    typeIds: ['regular', 'career'],
    propertyTypes: {},
    resolveLink: (link) => {
      const hit = Object.keys(files).find((p) => p === `${link}.md` || p.endsWith(`/${link}.md`));
      return hit ?? null;
    },
    ...over,
  };
}

const BODY = note(
  '## Agenda',
  '',
  '- [ ] Ship the review',
  '',
  '## 🔒 Private Notes',
  'secret',
  '',
);

interface Layout {
  name: string;
  path: string;
  text: string;
  person: string;
  personNote: string;
  newPerson: boolean;
  ticked: boolean;
  date: string;
  kind: string;
  /** The frontmatter after adopting, exactly. */
  after: string;
}

const LAYOUTS: Layout[] = [
  {
    name: '1:1 Manager: a folder per person slug, person as plain text',
    path: '1-1s/alex-rivera/2026-01-05.md',
    text: note('---', 'person: Alex Rivera', '---', BODY),
    person: 'Alex Rivera',
    personNote: 'People/Alex Rivera.md',
    newPerson: false,
    ticked: true,
    date: '2026-01-05',
    kind: 'regular',
    after: note(
      '---',
      'person: Alex Rivera',
      'type: one-on-one',
      'date: 2026-01-05',
      'kind: regular',
      '---',
    ),
  },
  {
    name: '1:1 Manager, older: <date> - <Person>.md, no frontmatter',
    path: '1-1s/2026-01-12 - Alex Rivera.md',
    text: BODY,
    person: 'Alex Rivera',
    personNote: 'People/Alex Rivera.md',
    newPerson: false,
    ticked: true,
    date: '2026-01-12',
    kind: 'regular',
    after: note(
      '---',
      'type: one-on-one',
      'person: "[[Alex Rivera]]"',
      'date: 2026-01-12',
      'kind: regular',
      '---',
    ),
  },
  {
    name: 'kepano-obsidian: type: [], people: ["[[Name]]"], date',
    path: 'Meetings/2026-01-19 Weekly.md',
    text: note(
      '---',
      'category:',
      '  - "[[Meetings]]"',
      'type: []',
      'date: 2026-01-19',
      'org: ',
      'people:',
      '  - "[[Priya Shah]]"',
      'topics: []',
      'tags:',
      '  - meetings',
      '---',
      BODY,
    ),
    person: 'Priya Shah',
    personNote: 'One-on-ones/Priya Shah/Priya Shah.md',
    newPerson: true,
    ticked: true,
    date: '2026-01-19',
    kind: 'regular',
    after: note(
      '---',
      'category:',
      '  - "[[Meetings]]"',
      'type: [one-on-one]',
      'date: 2026-01-19',
      'org: ',
      'people:',
      '  - "[[Priya Shah]]"',
      'topics: []',
      'tags:',
      '  - meetings',
      'kind: regular',
      '---',
    ),
  },
  {
    name: 'a block list type and a career tag',
    path: 'Meetings/Growth talk.md',
    text: note(
      '---',
      'type:',
      '  - meeting',
      'date: 2026-02-02T10:30',
      'people: ["[[Alex Rivera]]"]',
      'tags: [career]',
      '---',
      BODY,
    ),
    person: 'Alex Rivera',
    personNote: 'People/Alex Rivera.md',
    newPerson: false,
    ticked: true,
    date: '2026-02-02',
    kind: 'career',
    after: note(
      '---',
      'type:',
      '  - meeting',
      '  - one-on-one',
      'date: 2026-02-02T10:30',
      'people: ["[[Alex Rivera]]"]',
      'tags: [career]',
      'kind: career',
      '---',
    ),
  },
  {
    name: 'dated notes in a folder per person',
    path: 'People/Sam Lee/2026-03-02.md',
    text: crlf(note('---', 'status: held', '---', BODY)),
    person: 'Sam Lee',
    personNote: 'One-on-ones/Sam Lee/Sam Lee.md',
    newPerson: true,
    ticked: false,
    date: '2026-03-02',
    kind: 'regular',
    after: crlf(
      note(
        '---',
        'status: held',
        'type: one-on-one',
        'person: "[[Sam Lee]]"',
        'date: 2026-03-02',
        'kind: regular',
        '---',
      ),
    ),
  },
  {
    name: 'the date last, with 1-1 first, and an alias',
    path: 'Notes/1-1 Alex R 2026-04-06.md',
    text: BODY,
    person: 'Alex Rivera',
    personNote: 'People/Alex Rivera.md',
    newPerson: false,
    ticked: true,
    date: '2026-04-06',
    kind: 'regular',
    after: note(
      '---',
      'type: one-on-one',
      'person: "[[Alex Rivera]]"',
      'date: 2026-04-06',
      'kind: regular',
      '---',
    ),
  },
  {
    name: 'the date first, in a Meetings/1on1 folder, a career word',
    path: 'Meetings/1on1/2026-05-04 alex_rivera career.md',
    text: note('---', 'with: "[[Alex Rivera]]"', '---', BODY),
    person: 'Alex Rivera',
    personNote: 'People/Alex Rivera.md',
    newPerson: false,
    ticked: true,
    date: '2026-05-04',
    kind: 'career',
    after: note(
      '---',
      'with: "[[Alex Rivera]]"',
      'type: one-on-one',
      'person: "[[Alex Rivera]]"',
      'date: 2026-05-04',
      'kind: career',
      '---',
    ),
  },
];

const OTHERS: Record<string, string> = {
  'People/Alex Rivera.md': PERSON,
  'Templates/1-1 2026-01-01 Someone.md': BODY,
  'One-on-ones/Jo/2026-01-01 Jo.md': note(
    '---',
    'type: one-on-one',
    'person: "[[Jo]]"',
    'date: 2026-01-01',
    '---',
    '',
  ),
  'Meetings/2026-01-20 Team.md': note('---', 'people: ["[[A]]", "[[B]]"]', '---', ''),
  'Ideas.md': note('# Ideas', ''),
  'Daily/2026-01-05.md': note('- a day', ''),
  'Meetings/2026-02-30 Bad.md': note('---', 'date: soon', '---', ''),
  'Meetings/2026-01-07 Slug.md': note('---', 'person: alex-rivera', '---', ''),
};

describe('findAdoptable over the layouts people have', () => {
  const files = Object.fromEntries([
    ...LAYOUTS.map((l) => [l.path, l.text] as const),
    ...Object.entries(OTHERS),
  ]);
  const scan = findAdoptable(inputOf(files));

  it.each(LAYOUTS)('$name', (l) => {
    const found = scan.notes.find((n) => n.path === l.path);
    expect(found && { ...found, changes: undefined, personFrom: undefined }).toEqual({
      path: l.path,
      person: l.person,
      personNote: l.personNote,
      newPerson: l.newPerson,
      ticked: l.ticked,
      date: l.date,
      kind: l.kind,
      changes: undefined,
      personFrom: undefined,
    });
  });

  it('skips the rest with the reason, and leaves out templates, 1:1 and person notes', () => {
    expect(scan.skipped).toEqual([
      { path: 'Ideas.md', reason: 'no date: no "date" property and no yyyy-MM-dd in the name' },
      {
        path: 'Meetings/2026-01-07 Slug.md',
        reason:
          '"person" says "alex-rivera", which does not link to People/Alex Rivera.md; write "[[Alex Rivera]]" there to adopt it',
      },
      { path: 'Meetings/2026-01-20 Team.md', reason: 'a group meeting: "people" lists 2 people' },
      {
        path: 'Meetings/2026-02-30 Bad.md',
        reason: '"date" "soon" is not a date (yyyy-MM-dd)',
      },
    ]);
    const daily = scan.notes.find((n) => n.path === 'Daily/2026-01-05.md');
    expect(daily).toMatchObject({ person: 'Daily', newPerson: true, ticked: false });
    expect(scan.notes.map((n) => n.path)).toEqual(
      [...LAYOUTS.map((l) => l.path), 'Daily/2026-01-05.md'].sort(),
    );
  });

  it('looks only in the chosen folder', () => {
    const only = findAdoptable(inputOf(files, { folder: '1-1s' }));
    expect(only.notes.map((n) => n.path)).toEqual([LAYOUTS[1]!.path, LAYOUTS[0]!.path].sort());
    expect(only.skipped).toEqual([]);
  });

  it('adopts each note with only the missing properties, the body byte for byte', async () => {
    const vault = new MemoryVault(files);
    const chosen = scan.notes.filter((n) => n.ticked || n.path.startsWith('People/'));
    const out = await adoptNotes(vault, chosen, {});
    expect(out.failed).toEqual([]);
    expect(out.createdPeople.sort()).toEqual([
      'One-on-ones/Priya Shah/Priya Shah.md',
      'One-on-ones/Sam Lee/Sam Lee.md',
    ]);
    for (const l of LAYOUTS) {
      const text = vault.files.get(l.path)!;
      expect(bodyOf(text)).toBe(bodyOf(l.text));
      expect(text.slice(0, text.length - bodyOf(text).length)).toBe(l.after);
      // The index reads it as a 1:1 of the person, on the date, of the kind.
      const fm = frontmatterOf(text)!;
      if (typeof fm.type === 'string') {
        const rec = recordFromFrontmatter(l.path, fm, (p) => inputOf(files).resolveLink(p, ''));
        expect(rec.ok && rec.value && [rec.value.date, rec.value.typeId]).toEqual([l.date, l.kind]);
      }
    }
    // One undo reverts the whole batch: every note as it was, the new person notes gone.
    const undone = await undoJournal(vault, out.journal);
    expect(undone.ok).toBe(true);
    for (const l of LAYOUTS) expect(vault.files.get(l.path)).toBe(l.text);
    expect(vault.trashed.sort()).toEqual(out.createdPeople.sort());
  });
});

describe('adoptNotes never writes over a change', () => {
  it('leaves a note edited since the preview as it is, and adopts the others', async () => {
    const files = { 'A/2026-01-05 Alex.md': BODY, 'A/2026-01-06 Alex.md': BODY };
    const scan = findAdoptable(inputOf(files));
    const vault = new MemoryVault(files);
    vault.meanwhile = (path, text) => (path === 'A/2026-01-05 Alex.md' ? `${text}more\n` : text);
    const out = await adoptNotes(vault, scan.notes, {});
    expect(out.failed).toEqual([
      { path: 'A/2026-01-05 Alex.md', reason: 'it was edited meanwhile; left as it was' },
    ]);
    expect(out.adopted).toEqual(['A/2026-01-06 Alex.md']);
    expect(vault.files.get('A/2026-01-05 Alex.md')).toBe(BODY);
  });
});

describe("the vault's property types", () => {
  const files = { 'M/2026-01-05 Alex.md': note('---', 'type: []', '---', BODY) };
  it.each<[PropertyTypes, string | null]>([
    [
      { date: 'datetime' },
      'the vault gives "date" the property type datetime; Touchpoints writes it as date',
    ],
    [
      { kind: 'multitext' },
      'the vault gives "kind" the property type multitext; Touchpoints writes it as text',
    ],
    [
      { person: 'number' },
      'the vault gives "person" the property type number; Touchpoints writes it as text',
    ],
    [{ type: 'number', date: 'date', person: 'text' }, null],
  ])('%j', (types, reason) => {
    const scan = findAdoptable(inputOf(files, { propertyTypes: types }));
    expect(scan.skipped.map((s) => s.reason)).toEqual(reason ? [reason] : []);
  });

  it('writes a person as a list where the vault made "person" a list', async () => {
    const input = inputOf(
      { 'M/2026-01-05 Alex.md': BODY },
      { propertyTypes: { person: 'multitext' } },
    );
    const [found] = findAdoptable(input).notes as [FoundNote];
    const vault = new MemoryVault({ 'M/2026-01-05 Alex.md': BODY });
    await adoptNotes(vault, [found], { person: 'multitext' });
    expect(vault.files.get('M/2026-01-05 Alex.md')).toBe(
      note(
        '---',
        'type: one-on-one',
        'person:',
        '  - "[[Alex]]"',
        'date: 2026-01-05',
        'kind: regular',
        '---',
      ) + BODY,
    );
  });
});

describe('new person notes', () => {
  it('are made as the create command makes them, with the 1:1 base view when given', async () => {
    const files = { 'M/2026-01-05 - Jo Park.md': BODY };
    const [found] = findAdoptable(inputOf(files)).notes as [FoundNote];
    const vault = new MemoryVault(files);
    const embed = '![[One-on-ones/1-1s.base#With this person]]';
    const out = await adoptNotes(vault, [{ ...found, ticked: true }], {}, embed);
    expect(out.createdPeople).toEqual(['One-on-ones/Jo Park/Jo Park.md']);
    expect(vault.files.get('One-on-ones/Jo Park/Jo Park.md')).toBe(newPersonNote('Jo Park', embed));
    expect(vault.files.get('One-on-ones/Jo Park/Jo Park.md')).toContain(embed);
  });
});
