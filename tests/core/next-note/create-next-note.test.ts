import { describe, expect, it } from 'vitest';
import { createNextNote } from '../../../src/core/next-note/create-next-note';
import type { NextNoteOutcome } from '../../../src/core/next-note/request';
import { undoJournal } from '../../../src/core/next-note/journal';
import { DEFAULT_SETTINGS } from '../../../src/core/settings/settings';
import { MemoryVault } from '../../helpers/memory-vault';
import { oneOnOne, personNote } from '../../helpers/builders';

const SOURCE = 'One-on-ones/Ann/2026-11-08 Ann.md';
const PERSON = 'People/Ann.md';
const NEW = 'One-on-ones/Ann/2026-11-22 Ann.md';

const source = oneOnOne(
  { person: 'Ann', date: '2026-11-08', kind: 'regular' },
  '## Action items',
  '- [ ] first',
  '  - [ ] child',
  '- [x] done',
  '- [ ] second',
);
const person = personNote(
  { relationship: 'peer' },
  '## Topics for next time',
  '- promo case',
  '- budget',
);

function vault(extra: Record<string, string> = {}): MemoryVault {
  return new MemoryVault({ [SOURCE]: source, [PERSON]: person, ...extra });
}

async function run(
  v: MemoryVault,
  date = '2026-11-22',
  typeId = 'regular',
): Promise<NextNoteOutcome> {
  const r = await createNextNote(
    { port: v, index: v.index(), config: DEFAULT_SETTINGS },
    { person: { name: 'Ann' }, typeId, date },
  );
  if (!r.ok) throw new Error(r.error);
  return r.value;
}

describe('createNextNote over a VaultPort', () => {
  it('reads only the source note and the person note', async () => {
    const v = vault({
      'Other/Big.md': 'x'.repeat(1000),
      'One-on-ones/Bob/2026-11-01 Bob.md': oneOnOne({ person: 'Bob', date: '2026-11-01' }),
    });
    await run(v);
    expect(v.reads.sort()).toEqual([SOURCE, PERSON].sort());
  });

  it('creates, marks, moves topics, and reports what it did', async () => {
    const v = vault();
    const out = await run(v);
    expect(out).toMatchObject({
      path: NEW,
      existing: false,
      previous: SOURCE,
      forwarded: 3,
      topics: 2,
    });
    expect(out.carried.map((c) => c.text)).toEqual([
      '- [ ] first ➕ 2026-11-08',
      '  - [ ] child ➕ 2026-11-08',
      '- [ ] second ➕ 2026-11-08',
    ]);
    expect(v.files.get(SOURCE)).toBe(
      source
        .replace('- [ ] first', '- [>] first')
        .replace('- [ ] child', '- [>] child')
        .replace('- [ ] second', '- [>] second'),
    );
    expect(v.files.get(PERSON)).toBe('---\nrelationship: peer\n---\n## Topics for next time\n');
    const created = v.files.get(NEW)!;
    expect(created).toContain('## Agenda\n- promo case\n- budget\n');
    expect(created).toContain(
      '## Action items\n- [ ] first ➕ 2026-11-08\n  - [ ] child ➕ 2026-11-08\n- [ ] second ➕ 2026-11-08\n',
    );
  });

  it('is idempotent: a second run for the same day opens the note and writes nothing', async () => {
    const v = vault();
    const index = v.index();
    const ctx = { port: v, index, config: DEFAULT_SETTINGS };
    const first = await createNextNote(ctx, {
      person: { name: 'Ann' },
      typeId: 'regular',
      date: '2026-11-22',
    });
    expect(first.ok).toBe(true);
    const after = v.snapshot();
    const second = await createNextNote(ctx, {
      person: { name: 'Ann' },
      typeId: 'regular',
      date: '2026-11-22',
    });
    expect(second.ok && second.value.existing).toBe(true);
    expect(v.snapshot()).toEqual(after);
  });

  it('a second type on the same day gets a distinct name and carries nothing twice', async () => {
    const v = vault();
    const index = v.index();
    const ctx = { port: v, index, config: DEFAULT_SETTINGS };
    await createNextNote(ctx, { person: { name: 'Ann' }, typeId: 'regular', date: '2026-11-22' });
    const r = await createNextNote(ctx, {
      person: { name: 'Ann' },
      typeId: 'career',
      date: '2026-11-22',
    });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.path).toBe('One-on-ones/Ann/2026-11-22 Ann (Career conversation).md');
    // The source of both is the 11-08 note, already forwarded: nothing left to carry.
    expect(r.value.carried).toEqual([]);
  });

  it('carries from every note of the latest day before, so a same-day career conversation loses nothing', async () => {
    const CAREER = 'One-on-ones/Ann/2026-11-08 Ann (Career conversation).md';
    const v = vault({
      [CAREER]: oneOnOne(
        { person: 'Ann', date: '2026-11-08', kind: 'career' },
        '## Actions until next time',
        '- [ ] find a mentor',
      ),
    });
    const out = await run(v);
    expect(out.carried.map((c) => [c.text, c.from])).toEqual([
      ['- [ ] first ➕ 2026-11-08', SOURCE],
      ['  - [ ] child ➕ 2026-11-08', SOURCE],
      ['- [ ] second ➕ 2026-11-08', SOURCE],
      ['- [ ] find a mentor ➕ 2026-11-08', CAREER],
    ]);
    expect(out.previous).toBe(SOURCE);
    expect(out.forwarded).toBe(4);
    expect(v.files.get(CAREER)).toContain('- [>] find a mentor');
    expect(v.files.get(NEW)).toContain(
      '- [ ] second ➕ 2026-11-08\n- [ ] find a mentor ➕ 2026-11-08\n',
    );
    // Undo restores both sources.
    const undone = await undoJournal(v, out.journal!);
    expect(undone.ok).toBe(true);
    expect(v.files.get(CAREER)).toContain('- [ ] find a mentor');
    expect(v.files.get(SOURCE)).toBe(source);
  });

  it('a note dated on or after the new date is never a source', async () => {
    const v = vault({
      'One-on-ones/Ann/2026-11-30 Ann.md': oneOnOne(
        { person: 'Ann', date: '2026-11-30' },
        '- [ ] future',
      ),
    });
    const out = await run(v);
    expect(out.previous).toBe(SOURCE);
    expect(out.carried.some((c) => c.text.includes('future'))).toBe(false);
  });

  it('a block whose lines changed meanwhile stays in the source and leaves the new note', async () => {
    const v = vault();
    v.meanwhile = (path, text) =>
      path === SOURCE ? text.replace('  - [ ] child', '  - [ ] child (edited)') : text;
    const out = await run(v);
    const src = v.files.get(SOURCE)!;
    expect(src).toContain('- [ ] first\n  - [ ] child (edited)');
    expect(src).toContain('- [>] second');
    const created = v.files.get(NEW)!;
    expect(created).not.toContain('first');
    expect(created).toContain('- [ ] second ➕ 2026-11-08');
    expect(out.forwarded).toBe(1);
    expect(out.carried.map((c) => c.text)).toEqual(['- [ ] second ➕ 2026-11-08']);
    expect(out.warnings.some((w) => w.includes(SOURCE))).toBe(true);
  });

  it('rolls back, leaving no half-done state, when the source cannot be written', async () => {
    const v = vault();
    const before = v.snapshot();
    v.failProcess.add(SOURCE);
    const r = await createNextNote(
      { port: v, index: v.index(), config: DEFAULT_SETTINGS },
      { person: { name: 'Ann' }, typeId: 'regular', date: '2026-11-22' },
    );
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error).toContain(SOURCE);
    expect(r.error).toContain('permission denied');
    expect(v.snapshot()).toEqual(before);
    // The note the run made is deleted, not trashed: a rollback leaves nothing anywhere.
    expect(v.trashed).toEqual([]);
    expect(v.deleted).toEqual([NEW]);
  });

  it('a rollback leaves no copy in the trash and no empty folder it created', async () => {
    const v = vault();
    const before = v.snapshot();
    const newNote = 'One-on-ones/Bea Ray/2026-11-22 Bea Ray.md';
    v.failCreate.add(newNote);
    const r = await createNextNote(
      { port: v, index: v.index(), config: DEFAULT_SETTINGS },
      { person: { name: 'Bea Ray' }, typeId: 'regular', date: '2026-11-22' },
    );
    expect(r.ok).toBe(false);
    expect(v.snapshot()).toEqual(before);
    expect(v.trashed).toEqual([]);
    expect(v.deleted).toHaveLength(1);
    expect(v.exists('One-on-ones/Bea Ray')).toBe(false);
  });

  it('rolls back the new note and the source marks when the person note cannot be written', async () => {
    const v = vault();
    const before = v.snapshot();
    v.failProcess.add(PERSON);
    const r = await createNextNote(
      { port: v, index: v.index(), config: DEFAULT_SETTINGS },
      { person: { name: 'Ann' }, typeId: 'regular', date: '2026-11-22' },
    );
    expect(r.ok).toBe(false);
    expect(v.snapshot()).toEqual(before);
  });

  it('fails cleanly, changing nothing, when the new note cannot be created', async () => {
    const v = vault();
    const before = v.snapshot();
    v.failCreate.add(NEW);
    const r = await createNextNote(
      { port: v, index: v.index(), config: DEFAULT_SETTINGS },
      { person: { name: 'Ann' }, typeId: 'regular', date: '2026-11-22' },
    );
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toMatch(/Could not create .*2026-11-22 Ann\.md: disk full/);
    expect(v.snapshot()).toEqual(before);
  });

  it('undo restores every note, and refuses when one was edited since', async () => {
    const v = vault();
    const before = v.snapshot();
    const out = await run(v);
    const after = v.snapshot();
    v.files.set(SOURCE, v.files.get(SOURCE)! + 'edited\n');
    const refused = await undoJournal(v, out.journal!);
    expect(refused.ok).toBe(false);
    if (!refused.ok) expect(refused.error).toContain(SOURCE);
    v.files.set(SOURCE, after[SOURCE]!);
    const done = await undoJournal(v, out.journal!);
    expect(done.ok).toBe(true);
    expect(v.snapshot()).toEqual(before);
  });

  it('leaves the source alone when marking is off, and adds no stamp when that is off', async () => {
    const v = vault();
    const r = await createNextNote(
      {
        port: v,
        index: v.index(),
        config: { ...DEFAULT_SETTINGS, markForwarded: false, addCreatedStamp: false },
      },
      { person: { name: 'Ann' }, typeId: 'regular', date: '2026-11-22' },
    );
    expect(r.ok).toBe(true);
    expect(v.files.get(SOURCE)).toBe(source);
    expect(v.files.get(NEW)).toContain(
      '## Action items\n- [ ] first\n  - [ ] child\n- [ ] second\n',
    );
  });

  it('names an unknown type and an ambiguous person', async () => {
    const v = vault({
      'People/Ann.md.bak': '',
      'Team/Ann.md': '',
      'One-on-ones/Ann2/2026-11-01 x.md': oneOnOne({ person: 'Team/Ann', date: '2026-11-01' }),
    });
    const bad = await createNextNote(
      { port: v, index: v.index(), config: DEFAULT_SETTINGS },
      { person: { name: 'Ann' }, typeId: 'nope', date: '2026-11-22' },
    );
    expect(bad).toEqual({
      ok: false,
      error: 'Unknown note type "nope"; known types: regular, career',
    });
    const amb = await createNextNote(
      { port: v, index: v.index(), config: DEFAULT_SETTINGS },
      { person: { name: 'Ann' }, typeId: 'regular', date: '2026-11-22' },
    );
    expect(amb.ok).toBe(false);
    if (!amb.ok) expect(amb.error).toMatch(/more than one person/);
  });
});

describe("issue 15.4: new notes go where the person's notes are", () => {
  const ann = (date: string): string =>
    oneOnOne({ person: 'Ann', date, kind: 'regular' }, '## Action items', `- [ ] from ${date}`);

  it("goes in the folder of the person's latest 1:1 note", async () => {
    const v = new MemoryVault({
      [PERSON]: person,
      'Archive/2026-10-01 Ann.md': ann('2026-10-01'),
      'Meetings/1on1/2026-11-08 Ann.md': ann('2026-11-08'),
    });
    const out = await run(v);
    expect(out.path).toBe('Meetings/1on1/2026-11-22 Ann.md');
    expect(v.files.get(out.path)).toContain('- [ ] from 2026-11-08');
  });

  it('goes in the default person folder when the latest note is there', async () => {
    const v = vault({ 'Archive/2026-10-01 Ann.md': ann('2026-10-01') });
    expect((await run(v)).path).toBe(NEW);
  });

  it("goes in the setting's folder for a person with no 1:1 yet", async () => {
    const v = new MemoryVault({ [PERSON]: person });
    expect((await run(v)).path).toBe(NEW);
  });
});

describe('privacy of carried items and topics', () => {
  it('keeps items under a #private heading or a nested #private/... tag private', async () => {
    const src = oneOnOne(
      { person: 'Ann', date: '2026-11-08' },
      '## Salary talk #private',
      '- [ ] Check the band',
      '## Notes',
      '- Compensation #private/hr',
      '  - [ ] Ask HR about the raise',
      '## Action items',
      '- [ ] shared item',
    );
    const v = new MemoryVault({ [SOURCE]: src, [PERSON]: person });
    await run(v);
    const created = v.files.get(NEW)!;
    const privateAt = created.indexOf('## Private');
    for (const text of ['Check the band', 'Ask HR about the raise']) {
      expect(created.indexOf(text)).toBeGreaterThan(privateAt);
    }
    expect(created.indexOf('shared item')).toBeLessThan(privateAt);
  });

  it('leaves quotes and callouts in the topics queue and sends #private topics to the private section', async () => {
    const queue = personNote(
      { relationship: 'peer' },
      '## Topics for next time',
      '- promo case',
      '- her attitude in standups #private',
      '> [!private]',
      '> - leaving?',
    );
    const v = new MemoryVault({ [SOURCE]: source, [PERSON]: queue });
    const out = await run(v);
    expect(out.topics).toBe(2);
    const created = v.files.get(NEW)!;
    const agenda = created.slice(created.indexOf('## Agenda'), created.indexOf('## Problems'));
    expect(agenda).toContain('- promo case');
    expect(agenda).not.toContain('attitude');
    expect(created.slice(created.indexOf('## Private'))).toContain(
      '- her attitude in standups #private',
    );
    expect(created).not.toContain('leaving?');
    expect(created).not.toContain('[!private]');
    expect(v.files.get(PERSON)).toBe(
      '---\nrelationship: peer\n---\n## Topics for next time\n> [!private]\n> - leaving?\n',
    );
  });
});

describe('people and templates', () => {
  it('uses the person note an earlier command made for a name that is unsafe in file names', async () => {
    const made = 'One-on-ones/Jo - Ops-Infra/Jo - Ops-Infra.md';
    const v = new MemoryVault({
      [made]: personNote({ relationship: 'report' }, '## Topics for next time', '- hiring'),
    });
    const r = await createNextNote(
      { port: v, index: v.index(), config: DEFAULT_SETTINGS },
      { person: { name: 'Jo: Ops/Infra' }, typeId: 'regular', date: '2026-11-22' },
    );
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.personCreated).toBeNull();
    expect(r.value.topics).toBe(1);
    expect(v.files.get(r.value.path)).toContain('person: "[[Jo - Ops-Infra|Jo: Ops/Infra]]"');
  });

  it('fills our placeholders and places the cursor in a note Templater wrote', async () => {
    const v = vault({ 'Templates/T.md': '# <% tp.file.title %>\n' });
    v.createWithTemplater = async (_template: string, path: string) => {
      await v.create(
        path,
        '# Templater ran for {{person}}\n![[{{person-note}}#Goals]]\n\n## Agenda\n\n## Action items\n',
      );
      return true;
    };
    const config = {
      ...DEFAULT_SETTINGS,
      noteTypes: DEFAULT_SETTINGS.noteTypes.map((t) =>
        t.id === 'regular' ? { ...t, template: 'Templates/T.md' } : t,
      ),
    };
    const r = await createNextNote(
      { port: v, index: v.index(), config },
      { person: { name: 'Ann' }, typeId: 'regular', date: '2026-11-22' },
    );
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const text = v.files.get(NEW)!;
    expect(text).toContain('# Templater ran for Ann\n![[Ann#Goals]]');
    expect(text.split('\n')[r.value.cursorLine - 1]).toBe('- budget');
  });
});
