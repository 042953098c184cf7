/**
 * Exit codes and messages of the built command line: bad input is exit 1 with one
 * line on stderr, usage errors exit 2 with a short usage text, never a stack trace,
 * and a failed run changes no file.
 */
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildCli, changedFiles, cli, copyVault, removeVault, snapshot } from '../helpers/cli';
import { oneOnOne, personNote } from '../helpers/builders';

let vault: string;

beforeAll(() => buildCli());
beforeEach(() => {
  vault = copyVault();
});
afterEach(() => removeVault(vault));

const STACK = /^\s+at /m;

describe('exit 1: bad input, one line on stderr', () => {
  it.each([
    [
      'a vault folder that does not exist',
      ['next', 'Priya Shah', '--vault', '/no/such/vault'],
      /^touchpoints: the vault folder \/no\/such\/vault does not exist$/,
    ],
    [
      'a date that is not a calendar date',
      ['next', 'Priya Shah', '--vault', '<vault>', '--date', '2026-02-30'],
      /^touchpoints: --date 2026-02-30 is not a valid date \(yyyy-MM-dd\)$/,
    ],
    [
      'a date in another format',
      ['next', 'Priya Shah', '--vault', '<vault>', '--date', '22/11/2026'],
      /--date 22\/11\/2026 is not a valid date/,
    ],
    [
      'a bad --today',
      ['next', 'Priya Shah', '--vault', '<vault>', '--today', '2026-11-31'],
      /--today 2026-11-31 is not a valid date/,
    ],
    [
      'an unknown note type',
      ['next', 'Priya Shah', '--vault', '<vault>', '--type', 'skip-level'],
      /^touchpoints: Unknown note type "skip-level"; known types: regular, career$/,
    ],
  ])('%s', (_, args, message) => {
    const before = snapshot(vault);
    const r = cli(args.map((a) => (a === '<vault>' ? vault : a)));
    expect(r.status).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr.endsWith('\n')).toBe(true);
    expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(r.stderr.trimEnd()).toMatch(message);
    expect(r.stderr).not.toMatch(STACK);
    expect(changedFiles(before, snapshot(vault))).toEqual([]);
  });

  it('a name that matches two people', () => {
    mkdirSync(join(vault, 'Contractors'));
    writeFileSync(
      join(vault, 'Contractors', 'Priya Shah.md'),
      personNote({ relationship: 'peer' }),
    );
    writeFileSync(
      join(vault, 'Contractors', '2026-11-01 Priya Shah.md'),
      oneOnOne({ person: 'Contractors/Priya Shah', date: '2026-11-01' }, '- [ ] Invoice'),
    );
    const before = snapshot(vault);
    const r = cli(['next', 'Priya Shah', '--vault', vault, '--today', '2026-11-22']);
    expect(r.status).toBe(1);
    expect(r.stderr).toBe(
      'touchpoints: "Priya Shah" matches more than one person (Contractors/Priya Shah.md, People/Priya Shah.md); use the person note\'s path\n',
    );
    expect(changedFiles(before, snapshot(vault))).toEqual([]);
    const byPath = cli([
      'next',
      'Contractors/Priya Shah',
      '--vault',
      vault,
      '--today',
      '2026-11-22',
      '--dry-run',
      '--json',
    ]);
    expect(JSON.parse(byPath.stdout)).toMatchObject({
      previous: 'Contractors/2026-11-01 Priya Shah.md',
      forwarded: 1,
    });
  });

  it('a settings file that is not JSON', () => {
    mkdirSync(join(vault, '.obsidian', 'plugins', 'touchpoints'), { recursive: true });
    writeFileSync(
      join(vault, '.obsidian', 'plugins', 'touchpoints', 'data.json'),
      '{"folder": "1on1s",',
    );
    const r = cli(['next', 'Priya Shah', '--vault', vault, '--today', '2026-11-22']);
    expect(r.status).toBe(1);
    expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(
      /^touchpoints: \.obsidian\/plugins\/touchpoints\/data\.json in the vault is not valid JSON \(.+\); fix or delete it\n$/,
    );
  });
});

describe('exit 2: usage errors, with a short usage text', () => {
  it.each([
    [
      'an unknown option',
      ['next', 'Priya Shah', '--vault', '<vault>', '--bogus'],
      'touchpoints: unknown option --bogus',
      'next',
    ],
    ['a missing person', ['next', '--vault', '<vault>'], 'touchpoints: missing <person>', 'next'],
    ['a missing --vault', ['next', 'Priya Shah'], 'touchpoints: missing --vault <dir>', 'next'],
    [
      '--vault without a value',
      ['next', 'Priya Shah', '--vault'],
      'touchpoints: --vault needs a value',
      'next',
    ],
    [
      'two people',
      ['next', 'Priya', 'Shah', '--vault', '<vault>'],
      'touchpoints: expected one person, got 2 arguments (quote a name with spaces)',
      'next',
    ],
    [
      'an option given twice',
      ['next', 'Priya Shah', '--vault', '<vault>', '--json', '--json'],
      'touchpoints: --json is given more than once',
      'next',
    ],
    ['an unknown command', ['frobnicate'], 'touchpoints: unknown command frobnicate', null],
    ['no command', [], 'touchpoints: missing command', null],
  ])('%s', (_, args, firstLine, command) => {
    const r = cli(args.map((a) => (a === '<vault>' ? vault : a)));
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    const lines = r.stderr.trimEnd().split('\n');
    expect(lines[0]).toBe(firstLine);
    expect(lines[1]).toMatch(
      command ? /^Usage: touchpoints next <person> --vault <dir>/ : /^Usage: touchpoints <command>/,
    );
    expect(lines.length).toBeLessThanOrEqual(4);
    expect(r.stderr).not.toMatch(STACK);
  });
});

describe('help', () => {
  it.each([[['help']], [['--help']], [['-h']]])(
    '%j prints the command list and exits 0',
    (args) => {
      const r = cli(args);
      expect(r).toMatchObject({ status: 0, stderr: '' });
      expect(r.stdout).toMatch(/^Usage: touchpoints <command> \[options\]\n/);
      expect(r.stdout).toMatch(/^ {2}next {2,}Create the next 1:1 note/m);
    },
  );

  it.each([[['help', 'next']], [['next', '--help']], [['next', '-h']]])(
    '%j prints the options of next',
    (args) => {
      const r = cli(args);
      expect(r).toMatchObject({ status: 0, stderr: '' });
      for (const flag of [
        '--vault <dir>',
        '--date yyyy-MM-dd',
        '--type <id>',
        '--today yyyy-MM-dd',
        '--dry-run',
        '--json',
      ]) {
        expect(r.stdout).toContain(flag);
      }
    },
  );
});
