/**
 * End to end: `touchpoints accomplishments` on a temporary copy of the example vault,
 * run as the built bundle, checked on its output, its exit codes, and on the vault
 * staying byte for byte as it was.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  buildCli,
  changedFiles,
  cli,
  copyVault,
  REPO,
  removeVault,
  snapshot,
} from '../helpers/cli';

let vault: string;

beforeAll(() => buildCli());
beforeEach(() => {
  vault = copyVault();
});
afterEach(() => removeVault(vault));

const H2 = ['--from', '2026-07-01', '--to', '2026-12-31'];

describe('accomplishments', () => {
  it('prints the note of one person, the same as the plugin writes, and changes no file', () => {
    const before = snapshot(vault);
    const r = cli(['accomplishments', '--vault', vault, ...H2, '--person', 'Priya Shah']);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const approved = readFileSync(
      join(
        REPO,
        'tests/core/accomplishments/__snapshots__/export-accomplishments/accomplishments-priya-2026-H2.md',
      ),
      'utf8',
    );
    expect(r.stdout).toBe(approved);
    expect(changedFiles(before, snapshot(vault))).toEqual([]);
  });

  it('--json prints from, to and the items with exactly kind, text, date, source, goal and owner (approval)', async () => {
    const r = cli(['accomplishments', '--vault', vault, ...H2, '--json']);
    expect(r.status).toBe(0);
    const json = JSON.parse(r.stdout) as {
      from: string;
      to: string;
      items: Array<Record<string, unknown>>;
    };
    expect(Object.keys(json)).toEqual(['from', 'to', 'items']);
    expect(json.from).toBe('2026-07-01');
    expect(json.to).toBe('2026-12-31');
    expect(json.items.length).toBeGreaterThan(50);
    for (const item of json.items) {
      expect(Object.keys(item)).toEqual(['kind', 'text', 'date', 'source', 'goal', 'owner']);
      expect(['mine', 'theirs']).toContain(item.owner);
      expect(['win', 'done', 'goal', 'feedback']).toContain(item.kind);
      expect(String(item.date) >= '2026-07-01' && String(item.date) <= '2026-12-31').toBe(true);
    }
    await expect(JSON.stringify(json, null, 2) + '\n').toMatchFileSnapshot(
      '__snapshots__/accomplishments/accomplishments-everyone-2026-H2.json',
    );
  });

  it('boundaries: an item done on the first and on the last day is in, the days around are out', () => {
    const on = (from: string, to: string, whose = 'theirs'): string[] => {
      const r = cli([
        'accomplishments',
        '--vault',
        vault,
        '--from',
        from,
        '--to',
        to,
        '--person',
        'Sam Lee',
        '--whose',
        whose,
        '--json',
      ]);
      expect(r.status).toBe(0);
      return (JSON.parse(r.stdout) as { items: Array<{ text: string }> }).items.map((i) => i.text);
    };
    // "Book Sam's SREcon travel ✅ 2026-10-02" (mine) and "@Sam write an onboarding buddy
    // plan for Tomás ✅ 2026-10-03" (Sam's: Sam is a report, so theirs is the default).
    expect(on('2026-10-02', '2026-10-03')).toEqual([
      '@Sam write an onboarding buddy plan for Tomás',
    ]);
    expect(on('2026-10-02', '2026-10-03', 'mine')).toEqual(["Book Sam's SREcon travel"]);
    expect(on('2026-10-03', '2026-10-03')).toEqual([
      '@Sam write an onboarding buddy plan for Tomás',
    ]);
    expect(on('2026-10-02', '2026-10-02')).toEqual([]);
    expect(on('2026-10-02', '2026-10-02', 'mine')).toEqual(["Book Sam's SREcon travel"]);
    expect(on('2026-10-04', '2026-10-07')).toEqual([]);
    expect(on('2026-10-04', '2026-10-07', 'mine')).toEqual([]);
  });

  it('a person with no notes in the period: an empty log, exit 0', () => {
    const r = cli([
      'accomplishments',
      '--vault',
      vault,
      '--from',
      '2026-10-01',
      '--to',
      '2026-12-31',
      '--person',
      'Marcus Chen',
    ]);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('# Accomplishments 2026-Q4 - Marcus Chen\n');
    expect(r.stdout).toContain('Nothing found in this period');
  });

  it('--whose: the default from the relationship, switched with mine or theirs', () => {
    type Item = { kind: string; text: string; owner: string };
    const items = (...args: string[]): Item[] =>
      (
        JSON.parse(cli(['accomplishments', '--vault', vault, ...H2, ...args, '--json']).stdout) as {
          items: Item[];
        }
      ).items;
    const done = (list: Item[]): string[] =>
      list.filter((i) => i.kind === 'done').map((i) => `${i.owner} ${i.text}`);
    // Priya is my manager: my own items by default, none she owned.
    const priya = items('--person', 'Priya Shah');
    expect(priya.every((i) => i.owner === 'mine')).toBe(true);
    expect(done(priya)).toContain('mine Send the pilot metrics to Marcus');
    expect(done(priya).some((d) => d.includes('@Priya'))).toBe(false);
    expect(items('--person', 'Priya Shah', '--whose', 'mine')).toEqual(priya);
    expect(done(items('--person', 'Priya Shah', '--whose', 'theirs'))).toEqual([
      'theirs @Priya confirm budget for the CKA exam for Jo',
      'theirs @Priya socialise the pilot cutover plan with Marcus',
    ]);
    // Jo is a report: their items by default, none of mine.
    const jo = done(items('--person', 'Jo: Ops/Infra'));
    expect(jo.length).toBeGreaterThan(0);
    expect(jo.every((d) => d.startsWith('theirs @Jo '))).toBe(true);
    expect(done(items('--person', 'Jo: Ops/Infra', '--whose', 'mine'))).toContain(
      'mine Approve the CKA exam budget',
    );
    const r = cli(['accomplishments', '--vault', vault, ...H2, '--whose', 'ours']);
    expect(r.status).toBe(2);
    expect(r.stderr.split('\n')[0]).toBe('touchpoints: --whose must be mine or theirs, not "ours"');
  });

  it.each([
    [
      ['--from', '2026-02-30', '--to', '2026-12-31'],
      'touchpoints: --from 2026-02-30 is not a valid date (yyyy-MM-dd)\n',
    ],
    [
      ['--from', '2026-07-01', '--to', 'tomorrow'],
      'touchpoints: --to tomorrow is not a valid date (yyyy-MM-dd)\n',
    ],
    [
      ['--from', '2026-12-31', '--to', '2026-07-01'],
      'touchpoints: the start date 2026-12-31 is after the end date 2026-07-01\n',
    ],
    [
      [...H2, '--person', 'Nobody Known'],
      'touchpoints: no person called "Nobody Known" has 1:1 notes in this vault\n',
    ],
  ])('bad input %j: exit 1 with one line', (args, stderr) => {
    const r = cli(['accomplishments', '--vault', vault, ...args]);
    expect(r).toEqual({ status: 1, stdout: '', stderr });
  });

  it('a missing vault is bad input; a missing --from is a usage error', () => {
    expect(cli(['accomplishments', '--vault', join(vault, 'nope'), ...H2]).status).toBe(1);
    const r = cli(['accomplishments', '--vault', vault, '--to', '2026-12-31']);
    expect(r.status).toBe(2);
    expect(r.stderr.split('\n')[0]).toBe('touchpoints: missing --from yyyy-MM-dd');
  });

  it('is listed in the help', () => {
    const r = cli(['help']);
    expect(r.stdout).toContain('accomplishments');
    expect(cli(['help', 'accomplishments']).stdout).toContain('--person <name>');
    expect(cli(['help', 'accomplishments']).stdout).toContain('--whose mine|theirs');
  });
});
