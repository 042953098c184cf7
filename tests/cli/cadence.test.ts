/**
 * `touchpoints cadence` on a temporary copy of the example vault, run as the built
 * bundle: the JSON shape, the table, what changes with the vault, and the exit codes.
 */
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildCli, changedFiles, cli, copyVault, removeVault, snapshot } from '../helpers/cli';
import type { CadenceJson } from '../../src/cli/commands/cadence';
import { oneOnOne, personNote } from '../helpers/builders';

const TODAY = ['--today', '2026-11-22'];
let vault: string;

beforeAll(() => buildCli());
beforeEach(() => {
  vault = copyVault();
});
afterEach(() => removeVault(vault));

function json(args: string[] = []): CadenceJson {
  const r = cli(['cadence', '--vault', vault, ...TODAY, '--json', ...args]);
  expect(r.stderr).toBe('');
  expect(r.status).toBe(0);
  return JSON.parse(r.stdout) as CadenceJson;
}

function write(path: string, text: string): void {
  mkdirSync(join(vault, path, '..'), { recursive: true });
  writeFileSync(join(vault, path), text);
}

describe('cadence --json on the example vault', () => {
  it('prints exactly the documented shape, most urgent first, and writes nothing', async () => {
    const before = snapshot(vault);
    const out = json();
    expect(changedFiles(before, snapshot(vault))).toEqual([]);
    expect(Object.keys(out)).toEqual(['today', 'people', 'problems']);
    expect(out.today).toBe('2026-11-22');
    for (const p of out.people) {
      expect(Object.keys(p)).toEqual([
        'person',
        'relationship',
        'cadenceDays',
        'lastMeeting',
        'nextDue',
        'status',
        'daysOverdue',
        'scheduled',
        'career',
        'openActionItems',
        'adherence',
        'held',
        'cancelled',
        'rescheduled',
        'streak',
        'goals',
        'topics',
        'nextMeeting',
      ]);
      if (p.nextMeeting)
        expect(Object.keys(p.nextMeeting)).toEqual(['date', 'time', 'from', 'prepared']);
      expect(Object.keys(p.career)).toEqual([
        'last',
        'windowStart',
        'windowEnd',
        'status',
        'daysOverdue',
      ]);
      for (const g of p.goals)
        expect(Object.keys(g)).toEqual(['text', 'due', 'progress', 'done', 'hints']);
      if (p.adherence !== null) expect(p.adherence).toBeGreaterThanOrEqual(0);
      if (p.adherence !== null) expect(p.adherence).toBeLessThanOrEqual(1);
    }
    expect(
      out.people.map((p) => [
        p.person,
        p.status,
        p.daysOverdue,
        p.career.status,
        p.career.daysOverdue,
      ]),
    ).toEqual([
      ['Sam Lee', 'overdue', 10, 'overdue', 38],
      ['Marcus Chen', 'overdue', 23, 'never', 0],
      ['Priya Shah', 'due-soon', 0, 'due', 0],
      ['Jo: Ops/Infra', 'ok', 0, 'never', 0],
      ['Dana Okafor', 'ok', 0, 'never', 0],
    ]);
    expect(out.people.find((p) => p.person === 'Jo: Ops/Infra')).toMatchObject({
      lastMeeting: '2026-11-13',
      nextDue: '2026-11-27',
      scheduled: '2026-11-27',
    });
    expect(out.people.find((p) => p.person === 'Priya Shah')).toMatchObject({
      career: { last: '2026-10-13', windowStart: '2026-11-17', windowEnd: '2026-11-24' },
      openActionItems: 7,
      cancelled: 1,
      topics: 2,
    });
    expect(out.problems).toEqual([
      {
        path: 'One-on-ones/Broken/2026-10-01 Untitled.md',
        // Every problem of the note (issue 15.2): no person, and a month 13.
        message:
          'no person: add a "person" property that links to the person note; date "2026-13-45" ' +
          'is not a yyyy-MM-dd date',
      },
    ]);
    await expect(JSON.stringify(out, null, 2) + '\n').toMatchFileSnapshot(
      '__snapshots__/cadence/cadence-example.json',
    );
  });

  it('follows the vault: a new 1:1, a person-note override, a forwarded item, a broken date', () => {
    write(
      'One-on-ones/Marcus Chen/2026-11-20 Marcus Chen.md',
      oneOnOne(
        { person: 'Marcus Chen', date: '2026-11-20', kind: 'career' },
        '## Agenda',
        '- [ ] New item',
        '- [>] Old item',
        '```',
        '- [ ] not a task',
        '```',
      ),
    );
    write(
      'One-on-ones/Sam Lee/2026-11-02 Sam Lee.md',
      oneOnOne({ person: 'Sam Lee', date: '2026-11-31' }),
    );
    const before = json().people.find((p) => p.person === 'Marcus Chen')!;
    expect(before).toMatchObject({
      lastMeeting: '2026-11-20',
      status: 'ok',
      nextDue: '2026-12-20',
      career: { status: 'not-yet', last: '2026-11-20' },
    });
    expect(before.openActionItems).toBe(4);
    const problems = json().problems.map((p) => p.path);
    expect(problems).toContain('One-on-ones/Sam Lee/2026-11-02 Sam Lee.md');
    write(
      'People/Dana Okafor.md',
      personNote({ relationship: 'mentor', cadence: 14, 'career-cadence': 'soon' }),
    );
    const dana = json().people.find((p) => p.person === 'Dana Okafor')!;
    expect(dana).toMatchObject({
      cadenceDays: 14,
      nextDue: '2026-11-17',
      status: 'overdue',
      daysOverdue: 5,
      goals: [],
      topics: 0,
    });
    expect(json().problems).toContainEqual({
      path: 'People/Dana Okafor.md',
      message: 'career-cadence "soon" is not a range like 28-42',
    });
  });
});

describe('cadence: the next meeting', () => {
  it('comes from a note ahead, the meets schedule, or the clock, and says whether it is prepared', () => {
    write(
      'People/Dana Okafor.md',
      personNote({ relationship: 'mentor', meets: 'every 2 weeks on Tuesday at 10:30' }),
    );
    write(
      'People/Marcus Chen.md',
      personNote({ relationship: 'report', meets: 'every two weeks' }),
    );
    const people = json().people;
    const next = (name: string) => people.find((p) => p.person === name)!.nextMeeting;
    expect(next('Dana Okafor')).toEqual({
      date: '2026-12-01',
      time: '10:30',
      from: 'schedule',
      prepared: false,
    });
    expect(next('Sam Lee')).toEqual({
      date: '2026-11-22',
      time: null,
      from: 'cadence',
      prepared: false,
    });
    expect(next('Jo: Ops/Infra')).toMatchObject({ date: '2026-11-27', from: 'note' });
    expect(next('Marcus Chen')).toMatchObject({ from: 'cadence' });
    expect(json().problems).toContainEqual({
      path: 'People/Marcus Chen.md',
      message:
        'meets "every two weeks" is not a schedule: write it like "every 2 weeks on Tuesday at 10:30" or "monthly on the last Friday"',
    });
    write(
      'One-on-ones/Sam Lee/2026-11-24 Sam Lee.md',
      oneOnOne(
        { person: 'Sam Lee', date: '2026-11-24' },
        '## Agenda',
        '- Offsite',
        '- Hiring',
        '## Notes',
      ),
    );
    expect(json().people.find((p) => p.person === 'Sam Lee')!.nextMeeting).toEqual({
      date: '2026-11-24',
      time: null,
      from: 'note',
      prepared: true,
    });
  });
});

describe('cadence as a table', () => {
  it('prints a summary, one row per person and the problems', async () => {
    const r = cli(['cadence', '--vault', vault, ...TODAY]);
    expect(r.status).toBe(0);
    expect(r.stderr).toBe('');
    const lines = r.stdout.split('\n');
    expect(lines[0]).toBe(
      'Today 2026-11-22: 2 overdue · 1 due soon · 1 career conversation due · 1 career conversation overdue',
    );
    expect(lines[2]).toMatch(
      /^Person\s+Relationship\s+Last 1:1\s+Next due\s+1:1\s+Next meeting\s+Career conversation\s+Open items\s+Goals\s+Topics$/,
    );
    expect(lines[3]).toMatch(
      /^Sam Lee\s+report\s+2026-11-05\s+2026-11-12\s+10 days overdue\s+2026-11-22 \(cadence, not prepared\)\s+38 days overdue\s+6\s+3\s+1$/,
    );
    expect(r.stdout).toContain('Problems:\n  One-on-ones/Broken/2026-10-01 Untitled.md: no person');
    await expect(r.stdout).toMatchFileSnapshot('__snapshots__/cadence/cadence-example.txt');
  });

  it('says how to start in an empty vault', () => {
    const empty = join(vault, 'empty');
    mkdirSync(empty);
    const r = cli(['cadence', '--vault', empty, ...TODAY]);
    expect(r).toMatchObject({ status: 0, stderr: '' });
    expect(r.stdout).toBe('Today 2026-11-22: No 1:1 notes yet\n');
    expect(JSON.parse(cli(['cadence', '--vault', empty, ...TODAY, '--json']).stdout)).toEqual({
      today: '2026-11-22',
      people: [],
      problems: [],
    });
  });
});

describe('cadence: exit codes like next', () => {
  it.each([
    [
      'no such vault',
      ['cadence', '--vault', '/no/such/vault'],
      1,
      /^touchpoints: the vault folder \/no\/such\/vault does not exist\n$/,
    ],
    [
      'a bad --today',
      ['cadence', '--vault', '<vault>', '--today', '2026-02-30'],
      1,
      /^touchpoints: --today 2026-02-30 is not a valid date \(yyyy-MM-dd\)\n$/,
    ],
    [
      'no --vault',
      ['cadence'],
      2,
      /^touchpoints: missing --vault <dir>\nUsage: touchpoints cadence --vault <dir>/,
    ],
    [
      'an unexpected argument',
      ['cadence', 'Priya', '--vault', '<vault>'],
      2,
      /^touchpoints: unexpected argument Priya\n/,
    ],
    [
      'an unknown option',
      ['cadence', '--vault', '<vault>', '--person', 'x'],
      2,
      /^touchpoints: unknown option --person\n/,
    ],
  ])('%s', (_, args, status, stderr) => {
    const r = cli(args.map((a) => (a === '<vault>' ? vault : a)));
    expect(r.status).toBe(status);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(stderr);
  });

  it('has help', () => {
    const r = cli(['help', 'cadence']);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain(
      'Usage: touchpoints cadence --vault <dir> [--today yyyy-MM-dd] [--json]',
    );
  });
});
