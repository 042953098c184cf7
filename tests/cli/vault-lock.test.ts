/**
 * The command line's per-vault lock and its refusals: a live lock makes `next` wait,
 * then fail naming the lock file; a stale one (its process gone) is taken over; a note
 * the user cannot write is refused, named, and left unchanged, with nothing left behind.
 */
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { buildCli, changedFiles, cli, copyVault, removeVault, snapshot } from '../helpers/cli';

const ARGS = ['next', 'Priya Shah', '--today', '2026-11-22'];
const SOURCE = 'One-on-ones/Priya Shah/2026-11-10 Priya Shah.md';
const LOCK = '.touchpoints.lock';

let vault: string;
beforeAll(() => buildCli());
beforeEach(() => {
  vault = copyVault();
});
afterEach(() => {
  chmodSync(join(vault, SOURCE), 0o644);
  removeVault(vault);
});

function lock(pid: number, time = new Date()): void {
  const path = join(vault, LOCK);
  writeFileSync(path, JSON.stringify({ pid, host: hostname(), time: time.toISOString() }));
  utimesSync(path, time, time);
}

describe('the vault lock', () => {
  it('a live lock: next waits, then fails with exit 1 naming the lock, and changes nothing', () => {
    lock(process.pid);
    const before = snapshot(vault);
    const r = cli([...ARGS, '--vault', vault], { TOUCHPOINTS_LOCK_WAIT_MS: '300' });
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('the vault is busy');
    expect(r.stderr).toContain(`pid ${process.pid}`);
    expect(r.stderr).toContain(join(vault, LOCK));
    expect(changedFiles(before, snapshot(vault))).toEqual([]);
  });

  it('a lock whose process is gone, or that is hours old, is taken over and released', () => {
    const gone = spawnSync(process.execPath, ['-e', 'process.pid']).pid;
    for (const stale of [() => lock(gone), () => lock(process.pid, new Date(Date.now() - 3.6e6))]) {
      stale();
      const r = cli([...ARGS, '--vault', vault]);
      expect(r.status, r.stderr).toBe(0);
      expect(existsSync(join(vault, LOCK))).toBe(false);
    }
  });

  it('a dry run takes no lock', () => {
    lock(process.pid);
    const r = cli([...ARGS, '--vault', vault, '--dry-run'], { TOUCHPOINTS_LOCK_WAIT_MS: '0' });
    expect(r.status).toBe(0);
  });
});

describe('a note the user cannot write', () => {
  it('is refused with a message naming it, left unchanged, and the rollback leaves nothing', () => {
    const before = snapshot(vault);
    chmodSync(join(vault, SOURCE), 0o444);
    const r = cli([...ARGS, '--vault', vault]);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(`${SOURCE} is read-only`);
    expect(r.stderr).toContain('Nothing was changed');
    expect(readFileSync(join(vault, SOURCE))).toEqual(before.get(SOURCE));
    expect(changedFiles(before, snapshot(vault))).toEqual([]);
    expect(existsSync(join(vault, '.trash'))).toBe(false);
  });
});
