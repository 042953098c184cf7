/**
 * scripts/bench-compare.mjs (issue 18) runs end to end: it compares the index of a commit
 * with the working tree's in one process, reports a ratio near 1 for the same code (a
 * broad band: a smoke test, not a timing test), bundles the index API of 2026-11-22
 * behind its own adapter, fails with a clear message for an unknown revision, and
 * leaves nothing in the temporary folder.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeTempFolder, removeTempFolder } from '../helpers/temp-folders';
import { REPO } from '../helpers/vault-files';

const SCRIPT = join(REPO, 'scripts', 'bench-compare.mjs');
let tmp = '';

beforeEach(() => {
  tmp = makeTempFolder('compare-test');
});
afterEach(() => {
  removeTempFolder(tmp);
});

/** Run the tool with its own temporary folder (`tmp`, checked empty afterwards). */
function compare(...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [SCRIPT, ...args], {
    cwd: REPO,
    encoding: 'utf8',
    env: { ...process.env, TMPDIR: tmp },
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

interface Side {
  role: string;
  calls: string;
  files: string[];
  size: number;
  ms: { median: number };
  toFloor: number;
}

const git = (...args: string[]): string =>
  spawnSync('git', args, { cwd: REPO, encoding: 'utf8' }).stdout.trim();

describe('bench-compare', () => {
  it('reports a ratio near 1 for the same code (HEAD against the working tree)', () => {
    const r = compare('HEAD', '--notes', '500', '--samples', '7', '--json');
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const out = JSON.parse(r.stdout) as {
      ratio: number;
      cpuRatio: number;
      samples: number;
      sides: Side[];
    };
    expect(out.samples).toBe(7);
    expect(out.sides.map((s) => [s.role, s.size])).toEqual([
      ['old', 500],
      ['new', 500],
    ]);
    expect(out.sides[0]!.files).toContain('core/meetings/index-build.ts');
    for (const s of out.sides) expect(s.ms.median).toBeGreaterThan(0);
    // Broad bands: a smoke test on a shared machine, where a busy moment can slow one side's
    // wall time (the CPU time is steadier). A side that built nothing is far out.
    expect(out.ratio).toBeGreaterThan(0.25);
    expect(out.ratio).toBeLessThan(4);
    expect(out.cpuRatio).toBeGreaterThan(0.3);
    expect(out.cpuRatio).toBeLessThan(3);
    expect(readdirSync(tmp)).toEqual([]);
  }, 180_000);

  it('builds the index of 2026-11-22 (7ba11cd) through its own API', () => {
    const shallow = git('rev-parse', '--is-shallow-repository') === 'true';
    const known = spawnSync('git', ['cat-file', '-e', '7ba11cd^{commit}'], { cwd: REPO }).status;
    const r = compare('7ba11cd', '--notes', '200', '--samples', '3');
    if (shallow && known !== 0) {
      // A shallow clone without that commit: the failure must say so.
      expect(r.stderr).toContain('unknown revision "7ba11cd"');
      expect(r.stderr).toContain('git fetch --unshallow');
    } else {
      expect(r.stderr).toBe('');
      expect(r.status).toBe(0);
      expect(r.stdout).toContain('old: new MeetingIndex() (core/index.ts)');
      expect(r.stdout).toContain('new: new MeetingIndex() (core/meetings/meeting-index.ts)');
      expect(r.stdout.match(/200 1:1 notes indexed/g)).toHaveLength(2);
      expect(r.stdout).toMatch(/new\/old \d+\.\d+/);
    }
    expect(readdirSync(tmp)).toEqual([]);
  }, 180_000);

  it('fails with a clear message for an unknown revision, and leaves nothing behind', () => {
    const r = compare('no-such-rev-18', '--notes', '200', '--samples', '3');
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('bench-compare: unknown revision "no-such-rev-18"');
    expect(readdirSync(tmp)).toEqual([]);
  });

  it('refuses a bad option with its usage', () => {
    const r = compare('HEAD', '--samples', 'many');
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('--samples needs a whole number of at least 1');
    expect(r.stderr).toContain('usage: node scripts/bench-compare.mjs <rev>');
  });
});
