/**
 * Bad input on the command line is a clear message, never "internal error": dates far
 * outside any plausible range, template and folder settings that point outside the
 * vault, and notes whose frontmatter follows a byte-order mark.
 */
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildCli, changedFiles, cli, snapshot } from '../helpers/cli';
import { makeTempFolder, removeTempFolder } from '../helpers/temp-folders';

let vault: string;

beforeAll(() => buildCli());
beforeEach(() => {
  vault = makeTempFolder('cli-bad-input');
  write('People/Alex.md', '---\nrelationship: report\n---\n## Topics for next time\n');
  write(
    'One-on-ones/Alex/2026-11-08 Alex.md',
    '---\ntype: one-on-one\nperson: "[[Alex]]"\ndate: 2026-11-08\n---\n## Action items\n- [ ] Alex task\n',
  );
});
afterEach(() => removeTempFolder(vault));

function write(path: string, text: string): void {
  mkdirSync(join(vault, path, '..'), { recursive: true });
  writeFileSync(join(vault, path), text);
}

/** Run the CLI in the vault; expect one line on stderr and no file changed. */
function refused(args: string[], status = 1): string {
  const before = snapshot(vault);
  const r = cli([...args, '--vault', vault]);
  expect(r.status, r.stderr).toBe(status);
  expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
  expect(changedFiles(before, snapshot(vault))).toEqual([]);
  return r.stderr.trimEnd();
}

describe('dates far outside any plausible range (1900 to 2999)', () => {
  it.each([
    [
      ['next', 'Alex', '--date', '9999-12-31'],
      '--date 9999-12-31 is outside the years 1900 to 2999',
    ],
    [
      ['next', 'Alex', '--date', '0001-01-01'],
      '--date 0001-01-01 is outside the years 1900 to 2999',
    ],
    [
      ['next', 'Alex', '--today', '3000-01-01'],
      '--today 3000-01-01 is outside the years 1900 to 2999',
    ],
    [
      ['next', 'Alex', '--date', '+010000-01-01'],
      '--date +010000-01-01 is outside the years 1900 to 2999',
    ],
    [['cadence', '--today', '9999-12-31'], '--today 9999-12-31 is outside the years 1900 to 2999'],
    [
      ['accomplishments', '--from', '0001-01-01', '--to', '2026-12-31'],
      '--from 0001-01-01 is outside the years 1900 to 2999',
    ],
  ])('%j is bad input', (args, message) => {
    expect(refused(args)).toBe(`touchpoints: ${message}`);
  });

  it('a 1:1 note dated 9999-12-31 is a problem naming the file and the value, not a meeting', () => {
    write(
      'One-on-ones/Alex/9999-12-31 Alex.md',
      '---\ntype: one-on-one\nperson: "[[Alex]]"\ndate: 9999-12-31\n---\n- [ ] far away\n',
    );
    const r = cli(['cadence', '--vault', vault, '--today', '2026-11-22', '--json']);
    expect(r.status).toBe(0);
    expect(r.stdout).not.toContain('+010000');
    const json = JSON.parse(r.stdout) as {
      people: Array<{ lastMeeting: string; daysOverdue: number }>;
      problems: Array<{ path: string; message: string }>;
    };
    expect(json.people.map((p) => p.lastMeeting)).toEqual(['2026-11-08']);
    expect(json.problems).toEqual([
      {
        path: 'One-on-ones/Alex/9999-12-31 Alex.md',
        message: 'date "9999-12-31" is outside the years 1900 to 2999',
      },
    ]);
  });
});

/** Write the vault's settings file. */
function settings(value: Record<string, unknown>): void {
  write('.obsidian/plugins/touchpoints/data.json', JSON.stringify(value));
}

describe('settings that point outside the vault', () => {
  it.each(['../x.md', '../../etc/passwd', 'C:\\Templates\\x.md', 'Templates/../../x.md'])(
    'a note type template %j: a warning, the built-in template, exit 0',
    (template) => {
      settings({ noteTypes: [{ id: 'regular', name: '1:1', template }] });
      const r = cli([
        'next',
        'Alex',
        '--vault',
        vault,
        '--date',
        '2026-11-22',
        '--today',
        '2026-11-22',
      ]);
      expect(r.stderr).toMatch(
        /^warning: Template .* is outside the vault; used the built-in 1:1 template\n$/,
      );
      expect(r.status).toBe(0);
      const text = readFileSync(join(vault, 'One-on-ones/Alex/2026-11-22 Alex.md'), 'utf8');
      expect(text).toContain("## How I'm really doing");
      expect(text).toContain('- [ ] Alex task');
    },
  );

  it.each([
    ['recap', 'recapTemplate'],
    ['agenda', 'agendaTemplate'],
  ])('a %s template outside the vault: a warning, the built-in layout, exit 0', (kind, key) => {
    settings({ recap: { [key]: '../../outside.md' } });
    const r = cli([
      kind,
      'One-on-ones/Alex/2026-11-08 Alex.md',
      '--vault',
      vault,
      '--today',
      '2026-11-22',
    ]);
    expect(r.stderr).toBe(
      `warning: the ${kind} template ../../outside.md is outside the vault: used the built-in layout\n`,
    );
    expect(r.status).toBe(0);
    expect(r.stdout).not.toBe('');
  });

  it.each(['../out', 'Notes/../../out', 'C:\\out'])(
    'a folder %j: bad input naming the setting and the value, nothing written',
    (folder) => {
      settings({ folder });
      const message = refused(['next', 'Alex', '--date', '2026-11-22']);
      expect(message).toBe(
        `touchpoints: the setting "folder" in .obsidian/plugins/touchpoints/data.json is ${JSON.stringify(folder)}, a folder outside the vault; set a folder inside the vault`,
      );
      expect(existsSync(join(vault, '..', 'out'))).toBe(false);
    },
  );
});

describe('a byte-order mark before the frontmatter', () => {
  it('the frontmatter is read as frontmatter: its task-like lines are no tasks, its properties count', () => {
    write('People/Alex.md', '\uFEFF---\nrelationship: peer\ncadence: 7\n---\n');
    write(
      'One-on-ones/Alex/2026-11-08 Alex.md',
      '\uFEFF---\ntype: one-on-one\nperson: "[[Alex]]"\ndate: 2026-11-08\nnotes: |\n  - [ ] not a task\n---\n## Action items\n- [ ] Alex task\n',
    );
    const r = cli(['cadence', '--vault', vault, '--today', '2026-11-22', '--json']);
    expect(r.status).toBe(0);
    const json = JSON.parse(r.stdout) as {
      people: Array<Record<string, unknown>>;
      problems: unknown[];
    };
    expect(json.problems).toEqual([]);
    expect(json.people).toHaveLength(1);
    expect(json.people[0]).toMatchObject({
      person: 'Alex',
      relationship: 'peer',
      cadenceDays: 7,
      lastMeeting: '2026-11-08',
      openActionItems: 1,
    });
  });
});
