/**
 * The file operations that make the command line's writes atomic and safe: a flushed
 * temporary file next to the target (and how to recognise one left behind), a move
 * that never overwrites, and whether a file may be written at all.
 */
import { randomBytes } from 'node:crypto';
import {
  accessSync,
  chmodSync,
  constants,
  closeSync,
  existsSync,
  fsyncSync,
  linkSync,
  openSync,
  renameSync,
  statSync,
  unlinkSync,
  writeFileSync,
} from 'node:fs';
import { basename, dirname, join } from 'node:path';

function errorCode(error: unknown): string | undefined {
  return typeof error === 'object' && error !== null && 'code' in error
    ? String(error.code)
    : undefined;
}

/** A temporary file of an atomic write (`.<name>.<pid>-<hex>.tmp`, as writeTemp names it). */
export const TEMP_FILE = /^\..+\.\d+-[0-9a-f]{8}\.tmp$/;

/** Whether this process may write the file: its mode bits too, since root may write anything. */
export function writable(abs: string): boolean {
  try {
    accessSync(abs, constants.W_OK);
  } catch {
    return false;
  }
  return process.getuid?.() !== 0 || (statSync(abs).mode & 0o222) !== 0;
}

/** Write `text` to a new hidden file next to `target`, flushed to disk; returns its path. */
export function writeTemp(target: string, text: string, mode?: number): string {
  const tmp = join(
    dirname(target),
    `.${basename(target)}.${process.pid}-${randomBytes(4).toString('hex')}.tmp`,
  );
  const fd = openSync(tmp, 'wx');
  try {
    writeFileSync(fd, text, 'utf8');
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  if (mode !== undefined) chmodSync(tmp, mode & 0o7777);
  return tmp;
}

/**
 * Move `from` to `to` unless `to` exists, without a window in which a file at `to`
 * could be overwritten (a hard link fails if the target exists). On file systems
 * without hard links, falls back to a check and a rename. Returns false if `to` exists.
 */
export function moveNoClobber(from: string, to: string): boolean {
  try {
    linkSync(from, to);
    unlinkSync(from);
    return true;
  } catch (error) {
    if (errorCode(error) === 'EEXIST' || existsSync(to)) return false;
    renameSync(from, to);
    return true;
  }
}
