/**
 * Names that cannot be a link's alias (`[`, `]`, `|`), names with `#` and `^`, names
 * typed in another Unicode form or with trailing punctuation: through the core flow
 * (createNextNote over a memory vault), first run, rerun and next run.
 */
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { createNextNote } from '../../../src/core/next-note/create-next-note';
import type { NextNoteOutcome } from '../../../src/core/next-note/request';
import { resolvePerson } from '../../../src/core/people/resolve-person';
import { profileFromFrontmatter, shownName } from '../../../src/core/people/person-profile';
import { parseLink } from '../../../src/core/shared/links';
import { DEFAULT_SETTINGS } from '../../../src/core/settings/settings';
import { MemoryVault } from '../../helpers/memory-vault';
import { oneOnOne } from '../../helpers/builders';

async function next(v: MemoryVault, name: string, date: string): Promise<NextNoteOutcome> {
  const r = await createNextNote(
    { port: v, index: v.index(), config: DEFAULT_SETTINGS },
    { person: { name }, typeId: 'regular', date },
  );
  if (!r.ok) throw new Error(r.error);
  return r.value;
}

function frontmatter(text: string): Record<string, unknown> {
  return parse(/^---\n([\s\S]*?)\n---/.exec(text)![1]!) as Record<string, unknown>;
}

/** Add an open task to a note's action items. */
function addTask(v: MemoryVault, path: string, task: string): void {
  v.files.set(path, v.files.get(path)!.replace('## Action items\n', `## Action items\n${task}\n`));
}

const NAMES = [
  'Sam Lee [Platform]',
  'Sam [Lee',
  'Sam ]Lee',
  'Ana | Ops',
  'C# team',
  'Jo ^2',
  '[[Weird]]',
  'A|B#C^D[E]',
];

describe('names that are hard to put in a link', () => {
  it.each(NAMES)(
    '%j: the link reads back, a rerun finds the note, the next note carries',
    async (name) => {
      const v = new MemoryVault({});
      const first = await next(v, name, '2026-11-08');
      expect(first.existing).toBe(false);
      const fm = frontmatter(v.files.get(first.path)!);
      const link = parseLink(fm.person);
      // The link resolves to the person note this run created.
      expect(link).not.toBeNull();
      expect(v.resolveLink(link!.path, first.path)).toBe(first.personCreated);
      // The index reads the note as this person, by the name typed.
      const index = v.index();
      expect(index.problems()).toEqual([]);
      const rec = index.get(first.path)!;
      expect(rec.personPath).toBe(first.personCreated);

      const again = await next(v, name, '2026-11-08');
      expect(again).toMatchObject({ existing: true, path: first.path });
      expect([...v.files.keys()].filter((p) => p.endsWith('.md'))).toHaveLength(2);

      addTask(v, first.path, '- [ ] follow up');
      const third = await next(v, name, '2026-11-22');
      expect(third).toMatchObject({ existing: false, previous: first.path, personCreated: null });
      expect(third.carried.map((c) => c.text)).toEqual(['- [ ] follow up ➕ 2026-11-08']);
    },
  );

  it.each(['Sam Lee [Platform]', 'Ana | Ops'])(
    '%j: the display name is kept as an alias of the new person note',
    async (name) => {
      const v = new MemoryVault({});
      const out = await next(v, name, '2026-11-08');
      expect(frontmatter(v.files.get(out.personCreated!)!).aliases).toEqual([name]);
    },
  );

  it('a name that can be an alias keeps it in the link and gets no aliases', async () => {
    const v = new MemoryVault({});
    const out = await next(v, 'Jo: Ops/Infra', '2026-11-08');
    expect(frontmatter(v.files.get(out.path)!).person).toBe('[[Jo - Ops-Infra|Jo: Ops/Infra]]');
    expect(frontmatter(v.files.get(out.personCreated!)!).aliases).toBeUndefined();
  });

  it('a name with # is not read as a link to a heading of another person', async () => {
    const v = new MemoryVault({
      'People/Sam Lee.md': '---\nrelationship: report\n---\n',
      'One-on-ones/Sam Lee/2026-11-01 Sam Lee.md': oneOnOne(
        { person: 'Sam Lee', date: '2026-11-01' },
        '## Action items',
        '- [ ] Sam task',
      ),
    });
    // Obsidian's resolveLink drops a link's `#heading` or `^block` part, as the command line's does.
    const port = {
      exists: (p: string) => v.exists(p),
      resolveLink: (l: string, s: string) => v.resolveLink(l.replace(/[#^].*$/, '').trim(), s),
    };
    const r = resolvePerson(
      { index: v.index(), port, folder: 'One-on-ones' },
      { name: 'Sam Lee#Goals' },
    );
    expect(r.ok && r.value.path).not.toBe('People/Sam Lee.md');
  });
});

describe('identity: the same person however the name is typed', () => {
  const ALEX = 'People/Alex.md';
  const alexVault = (): MemoryVault =>
    new MemoryVault({
      [ALEX]: '---\nrelationship: report\n---\n## Topics for next time\n',
      'One-on-ones/Alex/2026-11-08 Alex.md': oneOnOne(
        { person: 'Alex', date: '2026-11-08' },
        '## Action items',
        '- [ ] Alex task',
      ),
    });

  it.each([
    ['NFD', 'Jose\u0301'],
    ['NFC', 'Jos\u00e9'],
  ])('a name typed in %s form is the person whose note is named in NFC', async (_, typed) => {
    const v = new MemoryVault({
      'One-on-ones/Jos\u00e9/2026-11-08 Jos\u00e9.md': oneOnOne(
        { person: 'Jos\u00e9', date: '2026-11-08' },
        '## Action items',
        '- [ ] Jos\u00e9 task',
      ),
    });
    const out = await next(v, typed, '2026-11-22');
    expect(out.path).toBe('One-on-ones/Jos\u00e9/2026-11-22 Jos\u00e9.md');
    expect(out.carried.map((c) => c.text)).toEqual(['- [ ] Jos\u00e9 task ➕ 2026-11-08']);
  });

  it.each(['Alex.', 'Alex!', 'alex ?', 'Alex,', ' Alex... '])(
    '%j is the known person Alex, not a new one',
    async (typed) => {
      const v = alexVault();
      const out = await next(v, typed, '2026-11-22');
      expect(out).toMatchObject({
        path: 'One-on-ones/Alex/2026-11-22 Alex.md',
        personCreated: null,
        personName: 'Alex',
      });
      expect(out.carried.map((c) => c.text)).toEqual(['- [ ] Alex task ➕ 2026-11-08']);
    },
  );

  it('a name that only trailing punctuation tells from two people is refused, naming both', () => {
    const v = alexVault();
    v.files.set(
      'One-on-ones/Alex./2026-11-01 Alex..md',
      oneOnOne({ person: 'Alex. Jr|Alex.', date: '2026-11-01' }),
    );
    v.files.set('Alex. Jr.md', '');
    const r = resolvePerson(
      { index: v.index(), port: v, folder: 'One-on-ones' },
      { name: 'Alex!' },
    );
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toMatch(/Alex \(People\/Alex\.md\).*Alex\. \(Alex\. Jr\.md\)/);
  });

  it('an exact name still wins over a near one', () => {
    const v = alexVault();
    v.files.set(
      'One-on-ones/Alex./2026-11-01 Alex..md',
      oneOnOne({ person: 'Alex. Jr|Alex.', date: '2026-11-01' }),
    );
    v.files.set('Alex. Jr.md', '');
    const r = resolvePerson({ index: v.index(), port: v, folder: 'One-on-ones' }, { name: 'Alex' });
    expect(r.ok && r.value.path).toBe(ALEX);
  });
});

describe("shownName: the display name kept as the person note's alias", () => {
  const PATH = 'One-on-ones/Sam Lee -Platform-/Sam Lee -Platform-.md';
  it.each<[string, string | null, unknown, string]>([
    ['Sam Lee -Platform-', PATH, ['Sam Lee [Platform]'], 'Sam Lee [Platform]'],
    ['Sam Lee -Platform-', PATH, 'Sam Lee [Platform]', 'Sam Lee [Platform]'],
    ['Sam Lee -Platform-', PATH, ['Sammy', 'Sam Lee [Platform]'], 'Sam Lee [Platform]'],
    ['Sam Lee -Platform-', PATH, ['Sammy'], 'Sam Lee -Platform-'],
    ['Sam Lee -Platform-', PATH, undefined, 'Sam Lee -Platform-'],
    ['Sam (Platform)', PATH, ['Sam Lee [Platform]'], 'Sam (Platform)'],
    ['Sam Lee -Platform-', null, ['Sam Lee [Platform]'], 'Sam Lee -Platform-'],
  ])('%j at %j with aliases %j is shown as %j', (name, path, aliases, shown) => {
    const profile = profileFromFrontmatter(
      { aliases },
      { cadenceDays: 14, careerCadence: [28, 42] },
    );
    expect(shownName(name, path, profile)).toBe(shown);
  });
});
