/**
 * Issue 15, end to end from another working folder: the command line on a vault
 * written by hand and by the 1:1 Manager plugin (a `type` list, a plain-text person, a
 * `people` list, `## 🔒 Private Notes`, its own folder), a person not met yet, every
 * problem of a note, relative paths, `npm run -s`, the `touchpoints` launcher, what
 * `next` says it did, and "did you mean" for a name close to a known person's.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { buildCli, changedFiles, cli, REPO, runNode, snapshot } from '../helpers/cli';
import { section } from '../helpers/builders';
import { makeTempFolder, removeTempFolder } from '../helpers/temp-folders';

const TODAY = ['--today', '2026-11-22'];
const LATEST = '1-1s/ana-lima/2026-11-10.md';
const NEW = '1-1s/ana-lima/2026-11-22 Ana Lima.md';

const FILES: Record<string, string> = {
  'People/Ana Lima.md': '---\nrelationship: report\ncadence: 7\n---\n## Topics for next time\n',
  'People/Nia Brooks.md': '---\nrelationship: report\n---\n## Goals\n',
  '1-1s/ana-lima/2026-11-03.md':
    '---\ntype: one-on-one\npeople: ["[[Ana Lima]]"]\ndate: 2026-11-03\n---\n## Action items\n- [x] done\n',
  [LATEST]: [
    '---',
    'type: [one-on-one]',
    'person: Ana Lima',
    'date: 2026-11-10',
    '---',
    '## Agenda',
    '- budget',
    '',
    '## Action items',
    '- [ ] send the shared follow-up',
    '',
    '## 🔒 Private Notes',
    '- [ ] ask HR about the transfer',
    '',
  ].join('\n'),
  'Meetings/broken.md': '---\ntype: one-on-one\ndate: 2026-13-45\n---\n',
};

let work: string;
let vault: string;

beforeAll(() => buildCli());
beforeEach(() => {
  work = makeTempFolder('cli-existing');
  vault = join(work, 'vault');
  for (const [path, text] of Object.entries(FILES)) {
    mkdirSync(dirname(join(vault, path)), { recursive: true });
    writeFileSync(join(vault, path), text);
  }
});
afterEach(() => removeTempFolder(work));

/** The CLI run from the folder that holds the vault, which it names relatively. */
const run = (...args: string[]) => cli([...args, '--vault', 'vault', ...TODAY], {}, work);

interface CadenceOut {
  people: Array<{
    person: string;
    status: string;
    lastMeeting: string | null;
    openActionItems: number;
  }>;
  problems: Array<{ path: string; message: string }>;
}

describe('issue 15 on a vault people already have', () => {
  it('cadence reads type lists, plain names and people lists, shows who is not met yet and every problem', () => {
    const r = run('cadence', '--json');
    expect(r.stderr).toBe('');
    const out = JSON.parse(r.stdout) as CadenceOut;
    expect(out.people.map((p) => [p.person, p.status, p.lastMeeting])).toEqual([
      ['Nia Brooks', 'never', null],
      ['Ana Lima', 'overdue', '2026-11-10'],
    ]);
    expect(out.people[1]!.openActionItems).toBe(2);
    expect(out.problems).toEqual([
      {
        path: 'Meetings/broken.md',
        message:
          'no person: add a "person" property that links to the person note; date "2026-13-45" is not a yyyy-MM-dd date',
      },
    ]);
    const table = run('cadence');
    expect(table.stdout).toMatch(/Nia Brooks.*Not met yet/);
  });

  it('next puts the note beside the person\'s notes, says what it did, and keeps "🔒 Private Notes" private', () => {
    const r = run('next', 'Ana Lima');
    expect(r.status).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe(
      [
        NEW,
        '  created the note',
        `  carried 2 open items from ${LATEST}`,
        '  marked 2 lines [>] where they came from',
        '',
      ].join('\n'),
    );
    const text = readFileSync(join(vault, NEW), 'utf8');
    expect(section(text, 'Private')).toEqual(['- [ ] ask HR about the transfer ➕ 2026-11-10']);
    expect(section(text, 'Action items').join('\n')).not.toContain('ask HR');
    for (const [kind, note] of [
      ['agenda', NEW],
      ['recap', NEW],
      ['recap', LATEST],
      ['agenda', LATEST],
    ] as const) {
      const shown = run(kind, join('vault', note), '--format', 'markdown');
      expect(shown.status, `${kind} ${note}: ${shown.stderr}`).toBe(0);
      expect(shown.stdout, `${kind} ${note}`).not.toContain('ask HR');
    }
  });

  it.each(['Ana', 'ana', 'Ana Lmia', 'Anna Lima'])(
    'refuses "%s", close to a known person, with "did you mean" and writes nothing',
    (name) => {
      const before = snapshot(vault);
      const r = run('next', name);
      expect(r.status).toBe(1);
      expect(r.stdout).toBe('');
      expect(r.stderr).toContain(`"${name}" is not a known person; did you mean "Ana Lima"?`);
      expect(r.stderr).toContain('--new-person');
      expect(changedFiles(before, snapshot(vault))).toEqual([]);
    },
  );

  it('creates the new person with --new-person, and a person not met yet without it', () => {
    const r = run('next', 'Ana', '--new-person');
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('  created the person note One-on-ones/Ana/Ana.md\n');
    const nia = run('next', 'Nia Brooks', '--json');
    expect(JSON.parse(nia.stdout)).toMatchObject({
      path: 'One-on-ones/Nia Brooks/2026-11-22 Nia Brooks.md',
      personCreated: null,
    });
  });
});

describe('issue 15.8: a command line people can use', () => {
  it('npm run -s cli prints the JSON alone, with --vault relative to where npm was run', () => {
    const npm = spawnSync(
      'npm',
      [
        '--prefix',
        REPO,
        'run',
        '-s',
        'cli',
        '--',
        'cadence',
        '--vault',
        'vault',
        '--json',
        ...TODAY,
      ],
      { cwd: work, encoding: 'utf8', env: { ...process.env, INIT_CWD: '' } },
    );
    expect(npm.stderr).toBe('');
    expect(npm.status).toBe(0);
    expect((JSON.parse(npm.stdout) as CadenceOut).people.map((p) => p.person)).toEqual([
      'Nia Brooks',
      'Ana Lima',
    ]);
  });

  it('the touchpoints launcher of package.json works through a link, as npm link makes it', () => {
    const pkg = JSON.parse(readFileSync(join(REPO, 'package.json'), 'utf8')) as {
      bin: Record<string, string>;
    };
    expect(pkg.bin).toEqual({ touchpoints: 'bin/touchpoints.mjs' });
    const link = join(work, 'bin', 'touchpoints');
    mkdirSync(dirname(link));
    symlinkSync(join(REPO, pkg.bin.touchpoints!), link);
    const r = spawnSync(link, ['cadence', '--vault', 'vault', '--json', ...TODAY], {
      cwd: work,
      encoding: 'utf8',
      env: { ...process.env, INIT_CWD: '' },
    });
    expect(r.stderr).toBe('');
    expect((JSON.parse(r.stdout) as CadenceOut).people).toHaveLength(2);
    const help = runNode([link, 'help'], {}, work);
    expect(help.stdout).toMatch(/^Usage: touchpoints <command>/);
  });

  it('resolves a relative --vault from INIT_CWD when npm gives it', () => {
    const r = cli(['cadence', '--vault', 'vault', '--json', ...TODAY], { INIT_CWD: work });
    expect(r.status).toBe(0);
    expect((JSON.parse(r.stdout) as CadenceOut).people).toHaveLength(2);
  });
});
