/**
 * The command line in process (runCli with a fake io): argument parsing, settings
 * from the vault's data.json, and the internal-error exit code.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from '../../src/cli/args';
import { UsageError } from '../../src/cli/errors';
import { runCli } from '../../src/cli/run';
import type { CliIo } from '../../src/cli/commands/index';
import { copyVault, note, removeVault } from '../helpers/cli';

interface Captured {
  io: CliIo;
  out: () => string;
  err: () => string;
}

function capture(today: () => string = () => '2026-11-22'): Captured {
  let out = '';
  let err = '';
  return {
    io: {
      stdout: (t) => void (out += t),
      stderr: (t) => void (err += t),
      today,
      cwd: process.cwd(),
    },
    out: () => out,
    err: () => err,
  };
}

describe('parseArgs', () => {
  const spec = { vault: 'string', json: 'boolean' } as const;

  it.each([
    [['Sam', '--vault', 'v'], ['Sam'], { vault: 'v' }],
    [['--vault=v', 'Sam', '--json'], ['Sam'], { vault: 'v', json: true }],
    [['--vault', 'v', '--', '-Sam-', '--json'], ['-Sam-', '--json'], { vault: 'v' }],
    [['Jo: Ops/Infra', '-h'], ['Jo: Ops/Infra'], { help: true }],
  ])('%j', (argv, positionals, flags) => {
    const r = parseArgs(argv, spec, 'next');
    expect(r.positionals).toEqual(positionals);
    expect(Object.fromEntries(r.flags)).toEqual(flags);
  });

  it.each([
    [['--nope'], 'unknown option --nope'],
    [['-x'], 'unknown option -x'],
    [['--vault'], '--vault needs a value'],
    [['--vault', '--json'], '--vault needs a value'],
    [['--vault='], '--vault needs a value'],
    [['--json=yes'], '--json takes no value'],
    [['--vault', 'a', '--vault', 'b'], '--vault is given more than once'],
  ])('%j is a usage error', (argv, message) => {
    expect(() => parseArgs(argv, spec, 'next')).toThrow(new UsageError(message, 'next'));
  });
});

describe('runCli', () => {
  let vault: string;
  beforeEach(() => {
    vault = copyVault();
  });
  afterEach(() => removeVault(vault));

  it('reads the folder and note types from data.json, merged over the defaults', async () => {
    const settingsDir = join(vault, '.obsidian', 'plugins', 'touchpoints');
    mkdirSync(settingsDir, { recursive: true });
    writeFileSync(
      join(settingsDir, 'data.json'),
      JSON.stringify({
        folder: 'Meetings',
        noteTypes: [{ id: 'skip-level', name: 'Skip-level' }],
        markForwarded: 'garbage',
      }),
    );
    const c = capture();
    const code = await runCli(
      ['next', 'Robin Fox', '--vault', vault, '--type', 'skip-level'],
      c.io,
    );
    expect({ code, out: c.out(), err: c.err() }).toEqual({
      code: 0,
      out: [
        'Meetings/Robin Fox/2026-11-22 Robin Fox.md',
        '  created the note',
        '  nothing to carry: no earlier 1:1 note',
        '  created the person note Meetings/Robin Fox/Robin Fox.md',
        '',
      ].join('\n'),
      err: '',
    });
    expect(note(vault, 'Meetings/Robin Fox/2026-11-22 Robin Fox.md')).toContain(
      'kind: skip-level\n',
    );
    expect(note(vault, 'Meetings/Robin Fox/Robin Fox.md')).toContain('## Topics for next time');
  });

  it('finds the settings in a config folder not called .obsidian', async () => {
    const settingsDir = join(vault, '.config-obsidian', 'plugins', 'touchpoints');
    mkdirSync(settingsDir, { recursive: true });
    writeFileSync(join(settingsDir, 'data.json'), JSON.stringify({ folder: 'Meetings' }));
    const c = capture();
    const code = await runCli(['next', 'Robin Fox', '--vault', vault, '--dry-run'], c.io);
    expect(code).toBe(0);
    expect(c.out().split('\n')[0]).toBe('Meetings/Robin Fox/2026-11-22 Robin Fox.md');
  });

  it('takes --date, else --today, else the io clock', async () => {
    const c = capture(() => '2026-12-01');
    await runCli(['next', 'Sam Lee', '--vault', vault, '--dry-run', '--json'], c.io);
    expect(JSON.parse(c.out())).toMatchObject({
      path: 'One-on-ones/Sam Lee/2026-12-01 Sam Lee.md',
    });
  });

  it('warns about unreadable notes in the person folder, on stderr and in the JSON', async () => {
    writeFileSync(
      join(vault, 'One-on-ones', 'Sam Lee', '2026-11-12 Sam Lee.md'),
      '---\ntype: one-on-one\ndate: [2026-11-12\n---\n',
    );
    const c = capture();
    expect(await runCli(['next', 'Sam Lee', '--vault', vault, '--json', '--dry-run'], c.io)).toBe(
      0,
    );
    expect(c.err()).toMatch(
      /^warning: One-on-ones\/Sam Lee\/2026-11-12 Sam Lee\.md was skipped: the frontmatter is not valid YAML/,
    );
    expect((JSON.parse(c.out()) as { warnings: string[] }).warnings).toHaveLength(1);
  });

  it('an unexpected exception is one line "internal error" and exit 70', async () => {
    const c = capture(() => {
      throw new Error('the clock fell off\nthe wall');
    });
    const code = await runCli(['next', 'Sam Lee', '--vault', vault], c.io);
    expect({ code, out: c.out(), err: c.err() }).toEqual({
      code: 70,
      out: '',
      err: 'touchpoints: internal error: the clock fell off the wall\n',
    });
  });
});
