/**
 * The browser's figures leave out the time the page's thread waits for a CPU (issue 18;
 * tests/bench/trace-clock.ts): proven by pinning the page's renderer to one CPU with two
 * busy processes, where a half to two thirds of a busy interval's wall time is waiting; and
 * a timing is timed again from the marks only when every interval is in the trace.
 */
import { spawn, spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { describe, expect, it } from 'vitest';
import { launch, openPage } from '../helpers/browser';
import { intervalTimes, rethread } from '../bench/trace-clock';
import type { Timing } from '../bench/measure';

const linux = process.platform === 'linux';

/** This process's descendants (Chromium's browser, zygotes, renderers). */
function descendants(root: number): number[] {
  const parent = new Map<number, number>();
  for (const d of readdirSync('/proc')) {
    if (!/^\d+$/.test(d)) continue;
    try {
      const stat = readFileSync(`/proc/${d}/stat`, 'utf8');
      parent.set(Number(d), Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]));
    } catch {
      // Gone meanwhile.
    }
  }
  const out: number[] = [];
  const isBelow = (pid: number): boolean => {
    for (let p = parent.get(pid); p !== undefined && p > 1; p = parent.get(p))
      if (p === root) return true;
    return false;
  };
  for (const pid of parent.keys()) if (isBelow(pid)) out.push(pid);
  return out;
}

const mark = (name: string, ts: number, tts: number) => ({ name, ph: 'I', ts, tts });

describe("the page thread's clock", () => {
  it('times marked intervals on the thread clock, and leaves a timing with a missing one alone', () => {
    const trace = JSON.stringify({
      traceEvents: [
        mark('tp0<', 1_000, 500),
        mark('tp0>', 9_000, 4_500), // 8 ms of wall time, 4 ms running
        mark('tp1<', 10_000, 5_000),
        mark('tp1>', 30_000, 25_000), // 20 ms, all running
        mark('tp2<', 31_000, 26_000),
        mark('tp2>', 37_000, 28_000), // 6 ms, 2 running
        { name: 'Layout', ph: 'X', ts: 2_000, tts: 1_000, dur: 10 },
      ],
    });
    const times = intervalTimes(trace);
    expect([...times.cpu]).toEqual([
      [0, 4],
      [1, 20],
      [2, 2],
    ]);
    expect(times.waited).toBeCloseTo(8, 6);
    const t: Timing = { ms: 9, reps: 2, samples: [9, 9], ids: [0, 2], bIds: [1] };
    expect(rethread(t, times)).toBe(true);
    expect(t.samples).toEqual([2, 1]);
    expect(t.ms).toBe(1.5);
    expect(t.b).toBe(20);
    expect(t.ratio).toBe(0.075);
    const missing: Timing = { ms: 9, reps: 1, samples: [9], ids: [0], bIds: [7] };
    expect(rethread(missing, times)).toBe(false);
    expect(missing.samples).toEqual([9]);
    expect(rethread({ ms: 1, reps: 1, samples: [1] }, times)).toBe(false);
  });

  it('counts as waiting the time a renderer pinned to a CPU with two busy processes did not run', async () => {
    if (!linux) return;
    const browser = await launch();
    const hogs = [1, 2].map(() =>
      spawn(process.execPath, ['-e', 'for (;;) {}'], { stdio: 'ignore' }),
    );
    const all = `0-${cpus().length - 1}`;
    const pinned = [...descendants(process.pid).filter((p) => !hogs.some((h) => h.pid === p))];
    try {
      const { page } = await openPage(browser, 'window.ready = true', { theme: 'light' });
      // Only now is the page's renderer running: pin every process of this browser and
      // both hogs to CPU 0.
      pinned.push(...descendants(process.pid).filter((p) => !pinned.includes(p)));
      for (const pid of [...pinned, ...hogs.map((h) => h.pid!)]) {
        const pin = spawnSync('taskset', ['-a', '-p', '-c', '0', String(pid)], {
          encoding: 'utf8',
        });
        if (pin.status !== 0 && !/No such process/.test(pin.stderr)) expect(pin.stderr).toBe('');
      }
      await new Promise((r) => setTimeout(r, 200));
      await browser.startTracing(page, { categories: ['blink.user_timing'] });
      const wall = await page.evaluate(() => {
        performance.mark('tp0<');
        const t0 = performance.now();
        let spin = 0;
        while (performance.now() - t0 < 600) spin++;
        const ms = performance.now() - t0;
        performance.mark('tp0>');
        return spin > 0 ? ms : 0;
      });
      const times = intervalTimes((await browser.stopTracing()).toString('utf8'));
      const ran = times.cpu.get(0)!;
      // Three busy threads on one CPU: the page ran a third to a half of the time (a half
      // when the kernel shares the CPU between Chromium's session and the test's, as its
      // autogroups do, instead of between the three threads). A clock that read wall
      // time would say it ran all of it.
      expect(wall).toBeGreaterThan(590);
      expect(ran).toBeGreaterThan(0);
      expect(ran).toBeLessThan(wall * 0.75);
      expect(times.waited).toBeGreaterThan(wall * 0.25);
    } finally {
      for (const h of hogs) h.kill('SIGKILL');
      for (const pid of pinned) spawnSync('taskset', ['-a', '-p', '-c', all, String(pid)]);
      await browser.close();
    }
  });
});
