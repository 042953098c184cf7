/**
 * The command line's per-vault lock: one writing run at a time. A file beside the
 * vault's config folder (`.touchpoints.lock` at the vault's top), created atomically
 * (`wx`) with the holder's pid, host and start time. A lock whose process is gone (same
 * host) or that is older than any run can be is stale and taken over; a live one makes
 * the next run wait a little, then give up with a message naming the lock file.
 */
import { randomBytes } from 'node:crypto';
import {
  closeSync,
  fsyncSync,
  openSync,
  readFileSync,
  renameSync,
  statSync,
  unlinkSync,
  writeFileSync,
} from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { moveNoClobber } from './atomic-fs';
import { InputError, oneLine } from './errors';

/** The lock file's name, at the top of the vault. */
export const LOCK_FILE = '.touchpoints.lock';

/** How long a run waits for a live lock by default (ms). */
export const DEFAULT_LOCK_WAIT_MS = 10_000;

/** A lock older than this is stale whatever its pid says (no run takes that long). */
const STALE_AFTER_MS = 10 * 60_000;
/** An empty lock file older than this was left by a run killed while writing it. */
const EMPTY_STALE_AFTER_MS = 5_000;

interface LockBody {
  pid: number;
  host: string;
  time: string;
}

function errorCode(error: unknown): string | undefined {
  return typeof error === 'object' && error !== null && 'code' in error
    ? String(error.code)
    : undefined;
}

function readLock(path: string): { raw: string; body: LockBody | null; age: number } | null {
  try {
    const raw = readFileSync(path, 'utf8');
    const age = Date.now() - statSync(path).mtimeMs;
    let body: LockBody | null = null;
    try {
      const parsed = JSON.parse(raw) as Partial<LockBody>;
      if (typeof parsed.pid === 'number' && typeof parsed.host === 'string')
        body = { pid: parsed.pid, host: parsed.host, time: String(parsed.time) };
    } catch {
      body = null;
    }
    return { raw, body, age };
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return null;
    throw error;
  }
}

/** Whether a process with this pid runs on this machine. */
function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return errorCode(error) === 'EPERM';
  }
}

function isStale(lock: { raw: string; body: LockBody | null; age: number }): boolean {
  if (lock.age > STALE_AFTER_MS) return true;
  if (!lock.body) return lock.age > EMPTY_STALE_AFTER_MS;
  return lock.body.host === hostname() && !alive(lock.body.pid);
}

/**
 * Take over a stale lock: move it aside, and delete it only if it is still the stale
 * lock that was read (two runs breaking the same lock must not break each other's).
 */
function breakLock(path: string, raw: string, token: string): void {
  const aside = `${path}.${token}.stale`;
  try {
    renameSync(path, aside);
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return;
    throw error;
  }
  const moved = readFileSync(aside, 'utf8');
  if (moved === raw || !moveNoClobber(aside, path)) unlinkSync(aside);
}

/**
 * Lock the vault at `root` for one writing run; resolves to the function that releases
 * it. Waits up to `waitMs` for a live lock, then throws an InputError naming it.
 */
export async function lockVault(
  root: string,
  waitMs: number = DEFAULT_LOCK_WAIT_MS,
): Promise<() => void> {
  const path = join(root, LOCK_FILE);
  const token = `${process.pid}-${randomBytes(6).toString('hex')}`;
  const body = JSON.stringify({
    pid: process.pid,
    host: hostname(),
    time: new Date().toISOString(),
    token,
  });
  const deadline = Date.now() + waitMs;
  for (;;) {
    let fd: number | null = null;
    try {
      fd = openSync(path, 'wx');
    } catch (error) {
      if (errorCode(error) !== 'EEXIST')
        throw new InputError(`could not lock the vault (${path}): ${oneLine(error)}`);
    }
    if (fd !== null) {
      try {
        writeFileSync(fd, body, 'utf8');
        fsyncSync(fd);
      } finally {
        closeSync(fd);
      }
      return () => {
        // Only our own lock: never one that another run took over meanwhile.
        if (readLock(path)?.raw === body) unlinkSync(path);
      };
    }
    const held = readLock(path);
    if (held && isStale(held)) {
      breakLock(path, held.raw, token);
      continue;
    }
    if (held && Date.now() >= deadline) {
      const who = held.body ? `pid ${held.body.pid} since ${held.body.time}` : 'starting';
      throw new InputError(
        `the vault is busy: another touchpoints run (${who}) holds ${path}; try again when it is done, or delete that file if no run is active`,
      );
    }
    await sleep(20 + Math.random() * 30);
  }
}

/**
 * Lock the vault at `root` if it is a folder (a missing vault is reported by
 * openSession); the wait for a live lock comes from `TOUCHPOINTS_LOCK_WAIT_MS` in `env`.
 */
export async function lockFolder(
  root: string,
  env: Readonly<Record<string, string | undefined>> | undefined,
): Promise<(() => void) | null> {
  let folder = false;
  try {
    folder = statSync(root).isDirectory();
  } catch {
    folder = false;
  }
  if (!folder) return null;
  const wait = Number(env?.['TOUCHPOINTS_LOCK_WAIT_MS']);
  return lockVault(root, Number.isFinite(wait) && wait >= 0 ? wait : DEFAULT_LOCK_WAIT_MS);
}
