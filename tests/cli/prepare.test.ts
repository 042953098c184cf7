/**
 * End to end: `touchpoints prepare` on a temporary copy of the example vault, run as the
 * built bundle: the date of the next meeting (clock, schedule, a note ahead), the same
 * note as `next --date`, the schedule's time, and an existing note left as it is.
 */
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  buildCli,
  changedFiles,
  cli,
  copyVault,
  note,
  removeVault,
  snapshot,
} from '../helpers/cli';
import type { PrepareJson } from '../../src/cli/commands/prepare';

const TODAY = ['--today', '2026-11-22'];
const PRIYA_PERSON = 'People/Priya Shah.md';

let vault: string;

beforeAll(() => buildCli());
beforeEach(() => {
  vault = copyVault();
});
afterEach(() => removeVault(vault));

function prepare(person: string, ...args: string[]): PrepareJson {
  const r = cli(['prepare', person, '--vault', vault, ...TODAY, '--json', ...args]);
  expect(r.stderr).toBe('');
  expect(r.status).toBe(0);
  return JSON.parse(r.stdout) as PrepareJson;
}

/** Give Priya's person note a `meets` property, the rest unchanged. */
function priyaMeets(meets: string): void {
  const path = join(vault, PRIYA_PERSON);
  writeFileSync(path, readFileSync(path, 'utf8').replace('---\n', `---\nmeets: ${meets}\n`));
}

describe('prepare', () => {
  it('creates the note of the next due date (the clock), as next --date does', () => {
    const before = snapshot(vault);
    const out = prepare('Priya Shah');
    const path = 'One-on-ones/Priya Shah/2026-11-24 Priya Shah.md';
    expect(out).toMatchObject({ path, existing: false, date: '2026-11-24', topics: 2 });
    expect(out.forwarded).toBeGreaterThan(0);
    expect(Object.keys(out)).toEqual([
      'path',
      'existing',
      'previous',
      'carried',
      'forwarded',
      'topics',
      'personCreated',
      'warnings',
      'date',
    ]);
    const prepared = note(vault, path);
    expect(prepared).toContain('date: 2026-11-24\n');
    expect(prepared).not.toContain('time:');
    const after = snapshot(vault);
    // The same files change as with next --date, to the same bytes.
    const other = copyVault();
    try {
      const r = cli(['next', 'Priya Shah', '--vault', other, ...TODAY, '--date', '2026-11-24']);
      expect(r.status).toBe(0);
      expect(readFileSync(join(other, path), 'utf8')).toBe(prepared);
      expect(changedFiles(before, after)).toEqual(
        [path, PRIYA_PERSON, 'One-on-ones/Priya Shah/2026-11-10 Priya Shah.md'].sort(),
      );
    } finally {
      removeVault(other);
    }
  });

  it('follows the meets schedule and writes its time', () => {
    priyaMeets('every 2 weeks on Thursday at 09:30');
    const out = prepare('Priya Shah');
    expect(out).toMatchObject({ date: '2026-11-26', existing: false });
    expect(note(vault, out.path)).toContain('\ntime: "09:30"\n');
  });

  it('gives the note the next meeting already has, and changes nothing', () => {
    const first = prepare('Priya Shah');
    const before = snapshot(vault);
    const again = prepare('Priya Shah', '--type', 'career');
    expect(again).toMatchObject({
      path: first.path,
      existing: true,
      date: '2026-11-24',
      topics: 0,
    });
    const jo = prepare('Jo: Ops/Infra');
    expect(jo).toMatchObject({
      path: 'One-on-ones/Jo - Ops-Infra/2026-11-27 Jo - Ops-Infra.md',
      existing: true,
      date: '2026-11-27',
    });
    expect(changedFiles(before, snapshot(vault))).toEqual([]);
  });

  it('writes nothing on a dry run, and prints the path, the date and the note', () => {
    const before = snapshot(vault);
    const r = cli(['prepare', 'Priya Shah', '--vault', vault, ...TODAY, '--dry-run']);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(
      /^One-on-ones\/Priya Shah\/2026-11-24 Priya Shah\.md\nnext meeting: 2026-11-24\n\n---\n/,
    );
    expect(changedFiles(before, snapshot(vault))).toEqual([]);
  });

  it('is today for a new person with no meeting and no schedule', () => {
    const out = prepare('Nora New');
    expect(out).toMatchObject({ date: '2026-11-22', existing: false });
    expect(out.personCreated).not.toBeNull();
  });

  it('refuses a missing person like next', () => {
    const r = cli(['prepare', '--vault', vault]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('missing <person>');
  });
});
