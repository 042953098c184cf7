/**
 * Two `touchpoints next` runs on one vault at once, many times: for different dates
 * and for the same date. Nothing may be carried twice, no second empty note may
 * appear, and no run may warn about a change that was its twin's.
 */
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { buildCli, CLI, copyVault, note, removeVault, REPO } from '../helpers/cli';

/** Pairs per case: enough to show the race (before the lock, 2 to 6 of 15 went wrong), a few seconds in all. */
const PAIRS = 15;
const FOLDER = 'One-on-ones/Priya Shah';
const ITEMS = [
  'Q1 headcount: backfill for the contractor',
  'Draft the Q1 roadmap',
  'Size the full EU cutover',
  'Review the draft with Sam and Jo',
  "Pick a stretch project that's visible outside Payments",
  '@Priya get Finance sign-off on on-call compensation',
  'Ask HR confidentially how an internal transfer affects promotion timing',
];

interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

function start(vault: string, date: string): Promise<Run> {
  return new Promise((resolve) => {
    const child = spawn(
      process.execPath,
      [
        CLI,
        'next',
        'Priya Shah',
        '--vault',
        vault,
        '--today',
        '2026-11-22',
        '--date',
        date,
        '--json',
      ],
      { cwd: REPO },
    );
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('close', (status) => resolve({ status, stdout, stderr }));
  });
}

/** What went wrong in one trial, or null. */
function problems(vault: string, runs: Run[], dates: string[]): string | null {
  const out: string[] = [];
  for (const r of runs) {
    if (r.status !== 0) out.push(`exit ${r.status}: ${r.stderr.trim()}`);
    else if (r.stderr.trim()) out.push(`stderr: ${r.stderr.trim()}`);
  }
  const notes = readdirSync(join(vault, FOLDER)).filter((n) => n.endsWith('.md'));
  const expected = new Set([...dates.map((d) => `${d} Priya Shah.md`)]);
  for (const n of notes)
    if (n.startsWith('2026-11-2') && !expected.has(n)) out.push(`unexpected note ${n}`);
  for (const d of expected) if (!notes.includes(d)) out.push(`missing note ${d}`);
  const texts = notes.map((n) => note(vault, `${FOLDER}/${n}`));
  for (const item of ITEMS) {
    const open = texts.reduce(
      (k, t) => k + t.split('\n').filter((l) => /- \[[^>x-]\] /.test(l) && l.includes(item)).length,
      0,
    );
    if (open !== 1) out.push(`"${item}" is open ${open} times`);
  }
  if (existsSync(join(vault, '.touchpoints.lock'))) out.push('the lock was left behind');
  return out.length ? out.join('; ') : null;
}

let vaults: string[] = [];
beforeAll(() => buildCli());
afterEach(() => {
  for (const v of vaults) removeVault(v);
  vaults = [];
});

async function trials(dates: [string, string]): Promise<string[]> {
  const failures: string[] = [];
  for (let i = 0; i < PAIRS; i++) {
    const vault = copyVault();
    vaults.push(vault);
    const runs = await Promise.all(dates.map((d) => start(vault, d)));
    const p = problems(vault, runs, dates);
    if (p) failures.push(`trial ${i}: ${p}`);
  }
  return failures;
}

describe('two next runs at once', () => {
  it(`different dates, ${PAIRS} pairs: every item open in exactly one note, no warning`, async () => {
    expect(await trials(['2026-11-22', '2026-11-23'])).toEqual([]);
  }, 60_000);

  it(`the same date, ${PAIRS} pairs: one note, the other run finds it, no warning`, async () => {
    expect(await trials(['2026-11-22', '2026-11-22'])).toEqual([]);
  }, 60_000);
});
