/**
 * The bench's clock leaves out the time a thread waits for a CPU (issue 18; measure.ts
 * `workNow`, thread-wait.ts): proven by making this thread share one CPU with a busy
 * processes, where about two thirds of the wall time is waiting (and a third running: a
 * clock that read the running time instead would say a third).
 */
import { spawn, spawnSync } from 'node:child_process';
import { readlinkSync } from 'node:fs';
import { cpus } from 'node:os';
import { describe, expect, it } from 'vitest';
import { setWaitClock, workNow } from '../bench/measure';
import { threadWaitClock } from '../bench/thread-wait';

const linux = process.platform === 'linux';

describe('the time a thread waits for a CPU', () => {
  it('is read on Linux as a finite clock that never goes back, and not elsewhere', () => {
    const wait = threadWaitClock();
    if (!linux) return expect(wait).toBeNull();
    expect(wait).not.toBeNull();
    const readings = Array.from({ length: 50 }, () => wait!.clock());
    wait!.close();
    for (const [i, r] of readings.entries()) {
      expect(Number.isFinite(r)).toBe(true);
      if (i > 0) expect(r).toBeGreaterThanOrEqual(readings[i - 1]!);
    }
  });

  it('counts the waits of a thread that shares its CPU with two busy processes', async () => {
    if (!linux) return;
    const tid = readlinkSync('/proc/thread-self').split('/').at(-1)!;
    const all = `0-${cpus().length - 1}`;
    const hogs = [1, 2].map(() =>
      spawn(process.execPath, ['-e', 'for (;;) {}'], { stdio: 'ignore' }),
    );
    try {
      for (const id of [tid, ...hogs.map((h) => String(h.pid))]) {
        const pin = spawnSync('taskset', ['-p', '-c', '0', id], { encoding: 'utf8' });
        expect(pin.status, pin.stderr).toBe(0);
      }
      await new Promise((r) => setTimeout(r, 200));
      const wait = threadWaitClock()!;
      const w0 = wait.clock();
      const t0 = performance.now();
      let spin = 0;
      while (performance.now() - t0 < 600) spin++;
      const wall = performance.now() - t0;
      const waited = wait.clock() - w0;
      wait.close();
      expect(spin).toBeGreaterThan(0);
      // Three busy threads on one CPU: each waits about two thirds of the time.
      expect(waited).toBeGreaterThan(wall * 0.5);
      expect(waited).toBeLessThan(wall);
    } finally {
      for (const h of hogs) h.kill('SIGKILL');
      spawnSync('taskset', ['-p', '-c', all, tid]);
    }
  });

  it("is left out of the bench's clock", () => {
    let waited = 0;
    setWaitClock(() => waited);
    try {
      const a = workNow();
      waited += 50;
      const b = workNow();
      expect(b - a).toBeLessThan(-49);
    } finally {
      setWaitClock(() => 0);
    }
  });
});
