/**
 * How long this thread has waited for a CPU, in Node on Linux (issue 18): the second
 * field of /proc/thread-self/schedstat, the nanoseconds the thread spent runnable but not
 * running, updated by the kernel whenever the thread gets a CPU back. Read through one
 * open descriptor with a positioned read (a few microseconds). Elsewhere: null, and the
 * bench times in wall time.
 */
import { closeSync, openSync, readSync } from 'node:fs';

export function threadWaitClock(): { clock: () => number; close: () => void } | null {
  let fd: number;
  try {
    fd = openSync('/proc/thread-self/schedstat', 'r');
  } catch {
    return null;
  }
  const buf = Buffer.alloc(96);
  const clock = (): number => {
    const n = readSync(fd, buf, 0, buf.length, 0);
    const text = buf.toString('latin1', 0, n);
    const first = text.indexOf(' ');
    const second = text.indexOf(' ', first + 1);
    return Number(text.slice(first + 1, second)) / 1e6;
  };
  if (!Number.isFinite(clock())) {
    closeSync(fd);
    return null;
  }
  return { clock, close: () => closeSync(fd) };
}
