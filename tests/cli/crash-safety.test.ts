/**
 * Crash safety through the command line: `next` is killed (SIGKILL) at each point of
 * its writes (TOUCHPOINTS_TEST_CRASH_AT), then run again. The rerun completes the
 * interrupted run, removes the temporary files it left, and the vault ends byte for
 * byte as an uninterrupted run leaves it.
 */
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { buildCli, changedFiles, cli, copyVault, removeVault, snapshot } from '../helpers/cli';

const ARGS = ['next', 'Priya Shah', '--today', '2026-11-22'];
const NEW = 'One-on-ones/Priya Shah/2026-11-22 Priya Shah.md';
const SOURCE = 'One-on-ones/Priya Shah/2026-11-10 Priya Shah.md';
const PERSON = 'People/Priya Shah.md';

let vaults: string[] = [];
beforeAll(() => buildCli());
afterEach(() => {
  for (const v of vaults) removeVault(v);
  vaults = [];
});

function fresh(): string {
  const v = copyVault();
  vaults.push(v);
  return v;
}

/** The carry-over invariants on a vault after a rerun. */
function invariants(files: Map<string, Buffer>): string[] {
  const out: string[] = [];
  const created = files.get(NEW)?.toString('utf8') ?? '';
  const source = files.get(SOURCE)!.toString('utf8');
  const queue = files.get(PERSON)!.toString('utf8');
  for (const line of source.split('\n').filter((l) => /^\s*- \[>\] /.test(l))) {
    const text = line.replace(/^\s*- \[>\] /, '').replace(/ ➕ \d{4}-\d{2}-\d{2}$/, '');
    const copies = created.split('\n').filter((l) => l.includes(text)).length;
    if (copies !== 1) out.push(`"${text}" is in the new note ${copies} times`);
  }
  for (const line of created.split('\n').filter((l) => /^\s*- \[[ /]\] /.test(l))) {
    const text = line.replace(/^\s*- \[.\] /, '').replace(/ ➕ \d{4}-\d{2}-\d{2}$/, '');
    if (source.includes(text) && !source.includes(`[>] ${text}`))
      out.push(`"${text}" is in the new note but open in the source`);
  }
  for (const topic of ['Feedback on my delegation', 'How to present the EU cutover'])
    if (created.includes(topic) === queue.includes(topic))
      out.push(`topic "${topic}" is in both or neither`);
  for (const path of files.keys())
    if (/\.tmp$|\.lock$|\.stale$/.test(path)) out.push(`${path} left`);
  if (created.includes('carry-over: pending')) out.push('the pending mark is left');
  return out;
}

describe('next killed at any point of its writes, then run again', () => {
  it('completes the interrupted run: the vault ends as an uninterrupted run leaves it', () => {
    const whole = fresh();
    const before = snapshot(whole);
    expect(cli([...ARGS, '--vault', whole]).status).toBe(0);
    const expected = snapshot(whole);
    const written = changedFiles(before, expected);
    expect(written).toEqual([PERSON, NEW, SOURCE].sort());
    // Each write has two points (temporary file written, moved into place): 4 writes.
    for (let point = 1; point <= 8; point++) {
      const vault = fresh();
      const killed = cli([...ARGS, '--vault', vault], { TOUCHPOINTS_TEST_CRASH_AT: String(point) });
      expect(killed.status, `killed at point ${point}`).toBeNull();
      const rerun = cli([...ARGS, '--vault', vault]);
      expect(rerun.status, `rerun after point ${point}: ${rerun.stderr}`).toBe(0);
      const after = snapshot(vault);
      expect(invariants(after), `after point ${point}`).toEqual([]);
      expect(changedFiles(expected, after), `after point ${point}`).toEqual([]);
    }
  }, 120_000);

  it('a rerun after the new note appeared says what it completed', () => {
    const vault = fresh();
    expect(cli([...ARGS, '--vault', vault], { TOUCHPOINTS_TEST_CRASH_AT: '2' }).status).toBeNull();
    const rerun = cli([...ARGS, '--vault', vault, '--json']);
    expect(rerun.status).toBe(0);
    expect(JSON.parse(rerun.stdout)).toMatchObject({
      path: NEW,
      existing: true,
      forwarded: 7,
      topics: 2,
    });
    expect(rerun.stderr).toMatch(
      /interrupted run; completed it: 7 line\(s\) marked \[>\], 2 topic/,
    );
    const again = fresh();
    cli([...ARGS, '--vault', again], { TOUCHPOINTS_TEST_CRASH_AT: '2' });
    expect(cli([...ARGS, '--vault', again]).stdout).toBe(
      `${NEW}\nalready existed, left half-done by an interrupted run: completed\n`,
    );
  });
});
