/**
 * Bad input on the command line is a clear message, never "internal error": dates far
 * outside any plausible range, template and folder settings that point outside the
 * vault, and notes whose frontmatter follows a byte-order mark.
 */
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildCli, changedFiles, cli, snapshot } from '../helpers/cli';
import { makeTempFolder, removeTempFolder } from '../helpers/temp-folders';

let vault: string;

beforeAll(() => buildCli());
beforeEach(() => {
  vault = makeTempFolder('cli-bad-input');
  write('People/Alex.md', '---\nrelationship: report\n---\n## Topics for next time\n');
  write(
    'One-on-ones/Alex/2026-11-08 Alex.md',
    '---\ntype: one-on-one\nperson: "[[Alex]]"\ndate: 2026-11-08\n---\n## Action items\n- [ ] Alex task\n',
  );
});
afterEach(() => removeTempFolder(vault));

function write(path: string, text: string): void {
  mkdirSync(join(vault, path, '..'), { recursive: true });
  writeFileSync(join(vault, path), text);
}

/** Run the CLI in the vault; expect one line on stderr and no file changed. */
function refused(args: string[], status = 1): string {
  const before = snapshot(vault);
  const r = cli([...args, '--vault', vault]);
  expect(r.status, r.stderr).toBe(status);
  expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
  expect(changedFiles(before, snapshot(vault))).toEqual([]);
  return r.stderr.trimEnd();
}

describe('dates far outside any plausible range (1900 to 2999)', () => {
  it.each([
    [
      ['next', 'Alex', '--date', '9999-12-31'],
      '--date 9999-12-31 is outside the years 1900 to 2999',
    ],
    [
      ['next', 'Alex', '--date', '0001-01-01'],
      '--date 0001-01-01 is outside the years 1900 to 2999',
    ],
    [
      ['next', 'Alex', '--today', '3000-01-01'],
      '--today 3000-01-01 is outside the years 1900 to 2999',
    ],
    [
      ['next', 'Alex', '--date', '+010000-01-01'],
      '--date +010000-01-01 is outside the years 1900 to 2999',
    ],
    [['cadence', '--today', '9999-12-31'], '--today 9999-12-31 is outside the years 1900 to 2999'],
    [
      ['accomplishments', '--from', '0001-01-01', '--to', '2026-12-31'],
      '--from 0001-01-01 is outside the years 1900 to 2999',
    ],
  ])('%j is bad input', (args, message) => {
    expect(refused(args)).toBe(`touchpoints: ${message}`);
  });

  it('a 1:1 note dated 9999-12-31 is a problem naming the file and the value, not a meeting', () => {
    write(
      'One-on-ones/Alex/9999-12-31 Alex.md',
      '---\ntype: one-on-one\nperson: "[[Alex]]"\ndate: 9999-12-31\n---\n- [ ] far away\n',
    );
    const r = cli(['cadence', '--vault', vault, '--today', '2026-11-22', '--json']);
    expect(r.status).toBe(0);
    expect(r.stdout).not.toContain('+010000');
    const json = JSON.parse(r.stdout) as {
      people: Array<{ lastMeeting: string; daysOverdue: number }>;
      problems: Array<{ path: string; message: string }>;
    };
    expect(json.people.map((p) => p.lastMeeting)).toEqual(['2026-11-08']);
    expect(json.problems).toEqual([
      {
        path: 'One-on-ones/Alex/9999-12-31 Alex.md',
        message: 'date "9999-12-31" is outside the years 1900 to 2999',
      },
    ]);
  });
});
