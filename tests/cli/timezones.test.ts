/**
 * Dates must not depend on where the command line runs: the same run gives the same
 * output and files in UTC, west of UTC (Los Angeles) and at UTC+14 (Kiritimati), and
 * without --date or --today the date is the local date of the time zone.
 */
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { buildCli, changedFiles, cli, copyVault, removeVault, snapshot } from '../helpers/cli';

const TODAY = ['--today', '2026-11-22'];
let vault: string;

beforeAll(() => buildCli());
beforeEach(() => {
  vault = copyVault();
});
afterEach(() => removeVault(vault));

describe('next: time zones', () => {
  const people: string[][] = [['Priya Shah'], ['Sam Lee', '--type', 'career'], ['Jo: Ops/Infra']];

  function runAll(tz: string): { outputs: string[]; files: Map<string, Buffer> } {
    const dir = copyVault();
    try {
      const outputs = people.map((p) => {
        const r = cli(['next', ...p, '--vault', dir, ...TODAY, '--json'], { TZ: tz });
        return `${r.status ?? ''}|${r.stdout}|${r.stderr}`;
      });
      return { outputs, files: snapshot(dir) };
    } finally {
      removeVault(dir);
    }
  }

  it('gives the same output and the same files in UTC, Los Angeles and Kiritimati', () => {
    const utc = runAll('UTC');
    for (const tz of ['America/Los_Angeles', 'Pacific/Kiritimati']) {
      const other = runAll(tz);
      expect(other.outputs).toEqual(utc.outputs);
      expect(changedFiles(utc.files, other.files)).toEqual([]);
    }
  });

  it.each(['America/Los_Angeles', 'Pacific/Kiritimati'])(
    'without --date or --today, the date is the local date in %s',
    (tz) => {
      const local = (): string =>
        new Intl.DateTimeFormat('en-CA', {
          timeZone: tz,
          year: 'numeric',
          month: '2-digit',
          day: '2-digit',
        }).format(new Date());
      const before = local();
      const r = cli(['next', 'Priya Shah', '--vault', vault, '--dry-run', '--json'], { TZ: tz });
      const date = /(\d{4}-\d{2}-\d{2}) Priya Shah\.md$/.exec(
        (JSON.parse(r.stdout) as { path: string }).path,
      )?.[1];
      expect([before, local()]).toContain(date);
    },
  );
});
