/**
 * Dates must not depend on the machine's time zone. The suite runs in UTC; this test
 * runs the core's date code in child processes west of UTC (Los Angeles, with its
 * daylight saving changes) and far east of it (Kiritimati, UTC+14) and compares.
 */
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { REPO as ROOT } from '../../helpers/vault-files';

const VITE_NODE = join(ROOT, 'node_modules', 'vite-node', 'vite-node.mjs');
const PROBE = join(ROOT, 'tests', 'helpers', 'tz-probe.ts');

interface Probe {
  offsetMinutes: number;
  values: Record<string, unknown>;
}

async function probe(tz: string): Promise<Probe> {
  const { stdout } = await promisify(execFile)(process.execPath, [VITE_NODE, PROBE], {
    cwd: ROOT,
    env: { ...process.env, TZ: tz },
    timeout: 20_000,
  });
  return JSON.parse(stdout) as Probe;
}

describe('dates in other time zones', () => {
  it('computes the same dates and texts in Los Angeles and Kiritimati as in UTC', async () => {
    const [utc, la, kiritimati] = await Promise.all([
      probe('UTC'),
      probe('America/Los_Angeles'),
      probe('Pacific/Kiritimati'),
    ]);
    // The zones really were in effect.
    expect([utc.offsetMinutes, la.offsetMinutes, kiritimati.offsetMinutes]).toEqual([0, 480, -840]);
    expect(la.values).toEqual(utc.values);
    expect(kiritimati.values).toEqual(utc.values);
    // And the UTC values are the right ones.
    expect(utc.values.fromDate).toBe('2026-11-22');
    expect(utc.values.fromUtcMidnight).toBe('2026-03-08');
    expect((utc.values.formatted as string[])[1]).toBe('Sunday 8 March 2026, 2026-03-08 (10)');
    expect((utc.values.paths as string[])[4]).toBe('F/P/2026-11-01 Sun P.md');
    expect(utc.values.note).toContain('# Sunday 1 November 2026\nWeek 44, 2026-11-01\n');
    expect(utc.values.note).toContain('- [ ] a ➕ 2026-10-25');
  });
});
