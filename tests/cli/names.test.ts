/**
 * `touchpoints next` with names that are hard to link (`[`, `]`, `|`, `#`, `^`), typed
 * in another Unicode form, or with trailing punctuation, on a small temporary vault.
 */
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildCli, cli } from '../helpers/cli';
import { makeTempFolder, removeTempFolder } from '../helpers/temp-folders';

let vault: string;

beforeAll(() => buildCli());
beforeEach(() => {
  vault = makeTempFolder('cli-names');
});
afterEach(() => removeTempFolder(vault));

function write(path: string, text: string): void {
  mkdirSync(join(vault, path, '..'), { recursive: true });
  writeFileSync(join(vault, path), text);
}

function next(name: string, date: string): Record<string, unknown> & { path: string } {
  const r = cli(['next', name, '--vault', vault, '--date', date, '--today', date, '--json']);
  expect(r.stderr).toBe('');
  expect(r.status).toBe(0);
  return JSON.parse(r.stdout) as Record<string, unknown> & { path: string };
}

/** Every note of the vault, recursively. */
function notes(folder = ''): string[] {
  return readdirSync(join(vault, folder), { withFileTypes: true }).flatMap((e) => {
    const path = folder ? `${folder}/${e.name}` : e.name;
    return e.isDirectory() ? notes(path) : [path];
  });
}

describe('next: names that cannot all go into a link', () => {
  it.each(['Sam Lee [Platform]', 'Ana | Ops', 'C# team', 'Jo ^2', 'A|B#C^D[E]'])(
    '%j: first run, an idempotent rerun, and a next run that carries',
    (name) => {
      const first = next(name, '2026-11-08');
      expect(first.existing).toBe(false);
      const text = readFileSync(join(vault, first.path), 'utf8');
      const person = /^person: "\[\[([^\]|]+)(?:\|[^\]]*)?\]\]"$/m.exec(text);
      expect(person, text).not.toBeNull();
      expect(notes()).toHaveLength(2);

      expect(next(name, '2026-11-08')).toMatchObject({ existing: true, path: first.path });
      expect(notes()).toHaveLength(2);

      writeFileSync(
        join(vault, first.path),
        text.replace('## Action items\n', '## Action items\n- [ ] follow up\n'),
      );
      const third = next(name, '2026-11-22');
      expect(third).toMatchObject({ previous: first.path, personCreated: null, forwarded: 1 });
      expect(notes()).toHaveLength(3);
    },
  );

  it('"Sam Lee [Platform]" links the file name and keeps the name as the person note\'s alias', () => {
    const out = next('Sam Lee [Platform]', '2026-11-08');
    expect(readFileSync(join(vault, out.path), 'utf8')).toContain(
      'person: "[[Sam Lee -Platform-]]"\n',
    );
    expect(readFileSync(join(vault, out.personCreated as string), 'utf8')).toMatch(
      /^---\naliases:\n {2}- "Sam Lee \[Platform\]"\n/,
    );
  });
});

describe("cadence: a name kept as the person note's alias is the name shown", () => {
  it('"Sam Lee [Platform]" is shown by that name, not the file name', () => {
    next('Sam Lee [Platform]', '2026-11-08');
    const r = cli(['cadence', '--vault', vault, '--today', '2026-11-22', '--json']);
    const json = JSON.parse(r.stdout) as { people: Array<{ person: string }> };
    expect(json.people.map((p) => p.person)).toEqual(['Sam Lee [Platform]']);
  });

  it('an alias that is another name (a nickname) does not replace the file name', () => {
    write('People/Samuel Lee.md', '---\naliases:\n  - Sam\n---\n');
    write(
      'One-on-ones/Samuel Lee/2026-11-08 Samuel Lee.md',
      '---\ntype: one-on-one\nperson: "[[Samuel Lee]]"\ndate: 2026-11-08\n---\n',
    );
    const r = cli(['cadence', '--vault', vault, '--today', '2026-11-22', '--json']);
    const json = JSON.parse(r.stdout) as { people: Array<{ person: string }> };
    expect(json.people.map((p) => p.person)).toEqual(['Samuel Lee']);
  });
});

describe('next: the same person however the name is typed', () => {
  const ALEX_NOTE = 'One-on-ones/Alex/2026-11-08 Alex.md';
  const JOSE_NOTE = 'One-on-ones/Jos\u00e9/2026-11-08 Jos\u00e9.md';
  beforeEach(() => {
    write('People/Alex.md', '---\nrelationship: report\n---\n## Topics for next time\n');
    write(
      ALEX_NOTE,
      '---\ntype: one-on-one\nperson: "[[Alex]]"\ndate: 2026-11-08\n---\n## Action items\n- [ ] Alex task\n',
    );
    write(
      JOSE_NOTE,
      '---\ntype: one-on-one\nperson: "[[Jos\u00e9]]"\ndate: 2026-11-08\n---\n## Action items\n- [ ] Jos\u00e9 task\n',
    );
  });

  it('a name typed decomposed (NFD) is the person written composed (NFC)', () => {
    const out = next('Jose\u0301', '2026-11-22');
    expect(out).toMatchObject({
      path: 'One-on-ones/Jos\u00e9/2026-11-22 Jos\u00e9.md',
      previous: JOSE_NOTE,
      forwarded: 1,
    });
    expect(next('Jose\u0301', '2026-11-22')).toMatchObject({ existing: true });
  });

  it.each(['Alex.', 'Alex!'])('%j is Alex: his next note, carrying, no new person', (typed) => {
    expect(next(typed, '2026-11-22')).toMatchObject({
      path: 'One-on-ones/Alex/2026-11-22 Alex.md',
      previous: ALEX_NOTE,
      personCreated: null,
      forwarded: 1,
    });
    expect(notes().filter((p) => p.includes('Alex'))).toHaveLength(3);
  });

  it('a near name that could be two people is bad input naming both', () => {
    write('People/Alex..md', '');
    write(
      'One-on-ones/Alex./2026-11-01 Alex..md',
      '---\ntype: one-on-one\nperson: "[[People/Alex.]]"\ndate: 2026-11-01\n---\n',
    );
    const r = cli(['next', 'Alex!', '--vault', vault, '--today', '2026-11-22']);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('Alex (People/Alex.md) or Alex. (People/Alex..md)');
  });
});
