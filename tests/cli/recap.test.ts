/**
 * End to end: `touchpoints recap` and `touchpoints agenda` on a temporary copy of the
 * example vault, run as the built bundle. They print and change no file.
 */
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildCli, changedFiles, cli, copyVault, removeVault, snapshot } from '../helpers/cli';

const PRIYA = 'One-on-ones/Priya Shah/2026-11-10 Priya Shah.md';
const CAREER = 'One-on-ones/Priya Shah/2026-10-13 Priya Shah.md';
const ENV = { LANG: 'en_US.UTF-8', LC_ALL: 'en_US.UTF-8' };
const TODAY = ['--today', '2026-11-22'];
const SNAPSHOTS = join(
  import.meta.dirname,
  '..',
  'core',
  'email',
  '__snapshots__',
  'recap-approval',
);

let vault: string;
beforeAll(() => buildCli());
beforeEach(() => {
  vault = copyVault();
});
afterEach(() => removeVault(vault));

const run = (...args: string[]) => cli([...args, '--vault', vault, ...TODAY], ENV);

describe('recap', () => {
  it.each([
    ['text', [], 'priya-regular-recap.txt'],
    ['text', ['--format', 'text'], 'priya-regular-recap.txt'],
    ['markdown', ['--format', 'markdown'], 'priya-regular-recap.md'],
    ['html', ['--format', 'html'], 'priya-regular-recap.html'],
  ])('prints the %s form, the same as the plugin renders it %j', (_f, flags, file) => {
    const before = snapshot(vault);
    const r = run('recap', PRIYA, ...flags);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const expected = readFileSync(join(SNAPSHOTS, file), 'utf8');
    expect(r.stdout).toBe(expected.endsWith('\n') ? expected : `${expected}\n`);
    expect(changedFiles(before, snapshot(vault))).toEqual([]);
  });

  it('--json prints one object with every form', () => {
    const r = run('recap', CAREER, '--json');
    expect(r.status).toBe(0);
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(1);
    const json = JSON.parse(lines[0]!) as Record<string, string>;
    expect(Object.keys(json)).toEqual(['to', 'subject', 'text', 'markdown', 'html']);
    expect(json.to).toBe('priya.shah@example.com');
    expect(json.subject).toBe('1:1 recap: Priya Shah, Oct 13, 2026');
    expect(json.text).toContain('Goals progress\n');
    expect(json.html).toContain('<h3>Goals progress</h3>');
    expect(json.markdown).not.toContain('Disappointed');
  });

  it('takes the path without .md, or a path on disk inside the vault', () => {
    const a = run('recap', PRIYA.replace(/\.md$/, ''));
    const b = run('recap', join(vault, PRIYA));
    expect(a.status).toBe(0);
    expect(b.stdout).toBe(a.stdout);
  });

  it('uses the template note from the settings, and warns about a missing one', () => {
    mkdirSync(join(vault, '.obsidian', 'plugins', 'touchpoints'), { recursive: true });
    const settings = join(vault, '.obsidian', 'plugins', 'touchpoints', 'data.json');
    writeFileSync(
      settings,
      JSON.stringify({
        recap: { recapTemplate: 'Templates/Recap.md', recapSubject: 'Recap {{date:yyyy-MM-dd}}' },
      }),
    );
    const missing = run('recap', PRIYA, '--json');
    expect(missing.status).toBe(0);
    expect(missing.stderr).toBe(
      'warning: the recap template Templates/Recap.md does not exist: used the built-in layout\n',
    );
    expect((JSON.parse(missing.stdout) as { subject: string }).subject).toBe('Recap 2026-11-10');
    mkdirSync(join(vault, 'Templates'));
    writeFileSync(
      join(vault, 'Templates', 'Recap.md'),
      '%% my layout %%\nDear {{first-name}},\n\n{{my-actions}}\n',
    );
    const r = run('recap', PRIYA);
    expect(r.stderr).toBe('');
    expect(r.stdout).toMatch(/^Dear Priya,\n\n- Draft the Q1 roadmap/);
    expect(r.stdout).not.toContain('my layout');
  });
});

describe('agenda', () => {
  it('prints the agenda of a note, open action items and problems included', () => {
    const r = run(
      'agenda',
      'One-on-ones/Priya Shah/2026-09-15 Priya Shah.md',
      '--format',
      'markdown',
    );
    expect(r.status).toBe(0);
    expect(r.stdout).toContain(
      '## Problems and options\n- Atlas EU cutover collides with the December change freeze\n  - Option A:',
    );
  });

  it('--json has the same shape', () => {
    const r = run('agenda', PRIYA, '--json');
    expect(Object.keys(JSON.parse(r.stdout) as object)).toEqual([
      'to',
      'subject',
      'text',
      'markdown',
      'html',
    ]);
  });
});

describe('errors', () => {
  it.each([
    [
      'a note that is not a 1:1 note',
      ['recap', 'Projects/Atlas migration.md'],
      1,
      /^touchpoints: Projects\/Atlas migration\.md is not a 1:1 note \(its frontmatter has no "type: one-on-one"\)\n$/,
    ],
    [
      'a 1:1 note the index cannot read',
      ['agenda', 'One-on-ones/Broken/2026-10-01 Untitled.md'],
      1,
      /is a 1:1 note, but no person/,
    ],
    [
      'a note that does not exist',
      ['recap', 'One-on-ones/Nobody.md'],
      1,
      /^touchpoints: there is no note One-on-ones\/Nobody\.md in the vault\n$/,
    ],
    [
      'a path outside the vault',
      ['recap', '../outside.md'],
      1,
      /there is no note \.\.\/outside\.md in the vault/,
    ],
    [
      'an unknown format',
      ['recap', PRIYA, '--format', 'pdf'],
      2,
      /--format pdf is not one of text, markdown, html/,
    ],
    ['no note path', ['recap'], 2, /missing <note path>/],
    ['two note paths', ['agenda', PRIYA, PRIYA], 2, /expected one note path, got 2 arguments/],
  ])('%s', (_what, args, status, message) => {
    const before = snapshot(vault);
    const r = run(...args);
    expect(r.status).toBe(status);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(message);
    expect(r.stderr).not.toMatch(/^\s+at /m);
    expect(changedFiles(before, snapshot(vault))).toEqual([]);
  });

  it('a vault that does not exist, a bad date', () => {
    expect(cli(['recap', PRIYA, '--vault', '/no/such/vault'], ENV)).toMatchObject({
      status: 1,
      stderr: 'touchpoints: the vault folder /no/such/vault does not exist\n',
    });
    expect(cli(['recap', PRIYA, '--vault', vault, '--today', '2026-13-01'], ENV).status).toBe(1);
    expect(cli(['recap', PRIYA], ENV)).toMatchObject({ status: 2 });
  });
});
