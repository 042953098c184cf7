/**
 * End to end: `touchpoints next` on a temporary copy of the example vault, run as the
 * built bundle (`node dist/cli.mjs`), checked on its output and on every file's bytes.
 */
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  buildCli,
  changedFiles,
  cli,
  copyVault,
  note,
  removeVault,
  snapshot,
} from '../helpers/cli';
import { section } from '../helpers/builders';

const TODAY = ['--today', '2026-11-22'];
const PRIYA_NEW = 'One-on-ones/Priya Shah/2026-11-22 Priya Shah.md';
const PRIYA_SOURCE = 'One-on-ones/Priya Shah/2026-11-10 Priya Shah.md';
const PRIYA_PERSON = 'People/Priya Shah.md';

/** The open task lines of Priya's 2026-11-10 note: exactly these are marked `[>]`. */
const PRIYA_CARRIED_LINES = [
  '- [ ] Q1 headcount: backfill for the contractor ➕ 2026-10-27',
  '- [/] Draft the Q1 roadmap 📅 2026-12-05 ➕ 2026-10-13',
  '    - [ ] Size the full EU cutover 📅 2026-11-27',
  '    - [ ] Review the draft with Sam and Jo',
  "- [ ] Pick a stretch project that's visible outside Payments ➕ 2026-10-13",
  '- [ ] @Priya get Finance sign-off on on-call compensation 📅 2026-11-30',
  '- [ ] Ask HR confidentially how an internal transfer affects promotion timing',
];

const PRIYA_TOPICS = [
  '- Feedback on my delegation since calibration',
  '- How to present the EU cutover date to Marcus without surprising him',
];

let vault: string;

beforeAll(() => buildCli());
beforeEach(() => {
  vault = copyVault();
});
afterEach(() => removeVault(vault));

describe('next: a regular 1:1 with carry-over (Priya Shah)', () => {
  it('prints the new path and writes the note, the marks and the topic queue, nothing else', async () => {
    const before = snapshot(vault);
    const r = cli(['next', 'Priya Shah', '--vault', vault, ...TODAY]);
    // The path, then what was done (issue 15.8): counts and paths, never an item's text.
    expect(r).toMatchObject({
      status: 0,
      stdout: [
        PRIYA_NEW,
        '  created the note',
        `  carried 7 open items from ${PRIYA_SOURCE}`,
        '  marked 7 lines [>] where they came from',
        '  moved 2 topics from the person note to the agenda',
        '',
      ].join('\n'),
      stderr: '',
    });
    expect(changedFiles(before, snapshot(vault))).toEqual(
      [PRIYA_NEW, PRIYA_SOURCE, PRIYA_PERSON].sort(),
    );

    const text = note(vault, PRIYA_NEW);
    expect(
      text.startsWith(
        '---\ntype: one-on-one\nperson: "[[Priya Shah]]"\ndate: 2026-11-22\nkind: regular\nprevious: "[[2026-11-10 Priya Shah]]"\n---\n',
      ),
    ).toBe(true);
    expect(section(text, 'Agenda')).toEqual([
      ...PRIYA_TOPICS,
      '- [ ] Q1 headcount: backfill for the contractor ➕ 2026-10-27',
    ]);
    expect(section(text, 'Action items')).toEqual([
      '- [/] Draft the Q1 roadmap 📅 2026-12-05 ➕ 2026-10-13',
      '    - [x] Collect asks from Support and Finance ✅ 2026-11-06',
      '    - [ ] Size the full EU cutover 📅 2026-11-27 ➕ 2026-11-10',
      '    - [ ] Review the draft with Sam and Jo ➕ 2026-11-10',
      "- [ ] Pick a stretch project that's visible outside Payments ➕ 2026-10-13",
      '    Priya suggested the cross-org incident-review guild; Marcus would see it.',
      '    Decide before the next 1:1.',
      '- [ ] @Priya get Finance sign-off on on-call compensation 📅 2026-11-30 ➕ 2026-11-10',
    ]);
    expect(section(text, 'Private')).toEqual([
      '- [ ] Ask HR confidentially how an internal transfer affects promotion timing ➕ 2026-11-10',
    ]);
    expect(text).not.toContain('transfer to the Platform org');
    expect(text).not.toContain('Send the pilot metrics');
    await expect(text).toMatchFileSnapshot('__snapshots__/next/priya-regular.md');
  });

  it('marks [>] on exactly the carried lines of the previous note, every other byte unchanged', () => {
    const original = readFileSync(join(vault, PRIYA_SOURCE), 'utf8');
    cli(['next', 'Priya Shah', '--vault', vault, ...TODAY]);
    const expected = original
      .split('\n')
      .map((line) => (PRIYA_CARRIED_LINES.includes(line) ? line.replace(/\[.\]/, '[>]') : line))
      .join('\n');
    expect(original.split('\n').filter((l) => PRIYA_CARRIED_LINES.includes(l))).toHaveLength(
      PRIYA_CARRIED_LINES.length,
    );
    expect(note(vault, PRIYA_SOURCE)).toBe(expected);
  });

  it('moves the queued topics out of the person note and keeps everything else', () => {
    const original = note(vault, PRIYA_PERSON);
    cli(['next', 'Priya Shah', '--vault', vault, ...TODAY]);
    const lines = original.split('\n').filter((l) => !PRIYA_TOPICS.includes(l));
    expect(note(vault, PRIYA_PERSON)).toBe(lines.join('\n'));
    expect(section(note(vault, PRIYA_PERSON), 'Topics for next time')).toEqual([]);
  });

  it('--json prints one object with the path, the source, the carried items and the counts', () => {
    const r = cli(['next', 'Priya Shah', '--vault', vault, ...TODAY, '--json']);
    expect(r.status).toBe(0);
    expect(r.stdout.trim().split('\n')).toHaveLength(1);
    const json = JSON.parse(r.stdout) as Record<string, unknown>;
    expect(Object.keys(json).sort()).toEqual([
      'carried',
      'existing',
      'forwarded',
      'path',
      'personCreated',
      'previous',
      'topics',
      'warnings',
    ]);
    expect(json).toMatchObject({
      path: PRIYA_NEW,
      existing: false,
      previous: PRIYA_SOURCE,
      forwarded: 7,
      topics: 2,
      personCreated: null,
      warnings: [],
    });
    const carried = json.carried as Array<{ text: string; from: string }>;
    expect(carried.map((c) => c.from)).toEqual(Array<string>(7).fill(PRIYA_SOURCE));
    expect(carried.map((c) => c.text.trim().replace(/ ➕ \d{4}-\d{2}-\d{2}$/, ''))).toEqual(
      PRIYA_CARRIED_LINES.map((l) => l.trim().replace(/ ➕ \d{4}-\d{2}-\d{2}$/, '')),
    );
  });

  it('a second run finds the note (existing: true) and leaves every file byte-identical', () => {
    cli(['next', 'Priya Shah', '--vault', vault, ...TODAY]);
    const afterFirst = snapshot(vault);
    const text = cli(['next', 'Priya Shah', '--vault', vault, ...TODAY]);
    expect(text).toMatchObject({
      status: 0,
      stdout: `${PRIYA_NEW}\nalready existed: nothing was changed\n`,
      stderr: '',
    });
    const json = cli(['next', 'Priya Shah', '--vault', vault, ...TODAY, '--json']);
    expect(JSON.parse(json.stdout)).toEqual({
      path: PRIYA_NEW,
      existing: true,
      previous: null,
      carried: [],
      forwarded: 0,
      topics: 0,
      personCreated: null,
      warnings: [],
    });
    expect(changedFiles(afterFirst, snapshot(vault))).toEqual([]);
  });

  it('--dry-run writes nothing and prints the path and exactly the note a real run writes', () => {
    const before = snapshot(vault);
    const dry = cli(['next', 'Priya Shah', '--vault', vault, ...TODAY, '--dry-run']);
    expect(dry.status).toBe(0);
    expect(changedFiles(before, snapshot(vault))).toEqual([]);
    const dryJson = cli(['next', 'Priya Shah', '--vault', vault, ...TODAY, '--dry-run', '--json']);
    expect(changedFiles(before, snapshot(vault))).toEqual([]);
    expect(JSON.parse(dryJson.stdout)).toMatchObject({
      path: PRIYA_NEW,
      existing: false,
      forwarded: 7,
      topics: 2,
    });

    cli(['next', 'Priya Shah', '--vault', vault, ...TODAY]);
    expect(dry.stdout).toBe(`${PRIYA_NEW}\n\n${note(vault, PRIYA_NEW)}`);
  });

  it('--date sets the meeting date and the previous note is the latest before it', () => {
    const r = cli([
      'next',
      'Priya Shah',
      '--vault',
      vault,
      '--date',
      '2026-10-20',
      ...TODAY,
      '--dry-run',
      '--json',
    ]);
    expect(JSON.parse(r.stdout)).toMatchObject({
      path: 'One-on-ones/Priya Shah/2026-10-20 Priya Shah.md',
      previous: 'One-on-ones/Priya Shah/2026-10-13 Priya Shah.md',
    });
  });

  it('--date in the past takes no queued topics, says so, and leaves the queue as it was', () => {
    const person = note(vault, PRIYA_PERSON);
    const args = ['next', 'Priya Shah', '--vault', vault, '--date', '2026-11-20', ...TODAY];
    const r = cli([...args, '--json']);
    expect(r.status).toBe(0);
    const json = JSON.parse(r.stdout) as { topics: number; forwarded: number; warnings: string[] };
    expect(json.topics).toBe(0);
    expect(json.forwarded).toBe(7);
    const why = `2 queued topic(s) stay in ${PRIYA_PERSON} for the next meeting: this note is dated before today`;
    expect(json.warnings).toEqual([why]);
    expect(r.stderr).toBe(`warning: ${why}\n`);
    expect(note(vault, PRIYA_PERSON)).toBe(person);
    const text = note(vault, 'One-on-ones/Priya Shah/2026-11-20 Priya Shah.md');
    for (const topic of PRIYA_TOPICS) expect(text).not.toContain(topic);
    // The next meeting, dated today, takes the queue.
    const next = cli(['next', 'Priya Shah', '--vault', vault, ...TODAY, '--json']);
    expect(JSON.parse(next.stdout) as unknown).toMatchObject({ topics: 2, warnings: [] });
  });
});

describe('next: other people and types', () => {
  it('a career conversation (Sam Lee) carries into its actions heading and skips code blocks', async () => {
    const source = 'One-on-ones/Sam Lee/2026-11-05 Sam Lee.md';
    const original = note(vault, source);
    const r = cli(['next', 'Sam Lee', '--type', 'career', '--vault', vault, ...TODAY, '--json']);
    expect(r.status).toBe(0);
    const json = JSON.parse(r.stdout) as { path: string; forwarded: number; topics: number };
    expect(json).toMatchObject({
      path: 'One-on-ones/Sam Lee/2026-11-22 Sam Lee.md',
      previous: source,
      forwarded: 6,
      topics: 1,
    });
    const text = note(vault, json.path);
    expect(text).toContain('kind: career\n');
    expect(text).toContain('![[Sam Lee#Goals]]');
    expect(section(text, 'Agenda')).toEqual(['- Career conversation is overdue: book 45 minutes']);
    expect(section(text, 'Actions until next time')).toContain(
      "- [?] Can Sam's SREcon talk move to the Tuesday slot? (waiting on the organisers) ➕ 2026-11-05",
    );
    expect(text).not.toContain('freeze legacy writes');
    const after = note(vault, source);
    expect(after).toContain('- [ ] not a task\n- [ ] freeze legacy writes for EU tenants\n');
    expect(after.split('\n').filter((l, i) => l !== original.split('\n')[i])).toHaveLength(6);
    await expect(text).toMatchFileSnapshot('__snapshots__/next/sam-career.md');
  });

  it('"Jo: Ops/Infra" gets a file-name-safe path, the alias link and #private in ## Private', async () => {
    const r = cli(['next', 'Jo: Ops/Infra', '--vault', vault, ...TODAY]);
    const path = 'One-on-ones/Jo - Ops-Infra/2026-11-22 Jo - Ops-Infra.md';
    expect(r).toMatchObject({ status: 0, stderr: '' });
    expect(r.stdout).toMatch(/^.*\n {2}created the note\n/);
    expect(r.stdout.split('\n')[0]).toBe(path);
    const text = note(vault, path);
    expect(text).toContain('person: "[[Jo - Ops-Infra|Jo: Ops/Infra]]"\n');
    expect(text).toContain('previous: "[[2026-11-13 Jo - Ops-Infra]]"\n');
    expect(section(text, 'Private')).toEqual([
      "- [ ] Check Jo's comp against the band with HR before the Dec cycle #private 📅 2026-11-30 ➕ 2026-11-13",
    ]);
    expect(section(text, 'Action items')).toContain(
      '\t\t- [ ] Add Tomás as shadow for the first week ➕ 2026-11-13',
    );
    await expect(text).toMatchFileSnapshot('__snapshots__/next/jo-regular.md');
  });

  it('a new person gets a person note at One-on-ones/<name>/<name>.md, once', () => {
    const before = snapshot(vault);
    const r = cli(['next', 'Alex Rivera', '--vault', vault, ...TODAY, '--json']);
    const personNote = 'One-on-ones/Alex Rivera/Alex Rivera.md';
    const path = 'One-on-ones/Alex Rivera/2026-11-22 Alex Rivera.md';
    expect(JSON.parse(r.stdout)).toEqual({
      path,
      existing: false,
      previous: null,
      carried: [],
      forwarded: 0,
      topics: 0,
      personCreated: personNote,
      warnings: [],
    });
    expect(changedFiles(before, snapshot(vault))).toEqual([path, personNote].sort());
    expect(note(vault, personNote)).toContain('## Topics for next time');
    expect(note(vault, path)).toMatch(
      /^---\ntype: one-on-one\nperson: "\[\[Alex Rivera\]\]"\ndate: 2026-11-22\nkind: regular\n---\n/,
    );
    const again = cli(['next', 'Alex Rivera', '--vault', vault, ...TODAY, '--json']);
    expect(JSON.parse(again.stdout)).toMatchObject({ path, existing: true, personCreated: null });
  });

  it('a person note path picks the person when a name is ambiguous', () => {
    const r = cli(['next', 'People/Priya Shah', '--vault', vault, ...TODAY, '--dry-run', '--json']);
    expect(JSON.parse(r.stdout)).toMatchObject({
      path: PRIYA_NEW,
      previous: PRIYA_SOURCE,
      topics: 2,
    });
  });

  it('a person note without meetings is used with its own name, whatever the case typed', () => {
    writeFileSync(
      join(vault, 'People', 'Zoe Park.md'),
      '## Topics for next time\n- Team offsite\n',
    );
    const r = cli(['next', 'zoe park', '--vault', vault, ...TODAY, '--json']);
    const path = 'One-on-ones/Zoe Park/2026-11-22 Zoe Park.md';
    expect(JSON.parse(r.stdout)).toMatchObject({ path, personCreated: null, topics: 1 });
    expect(note(vault, path)).toContain('person: "[[Zoe Park]]"\n');
    expect(note(vault, 'People/Zoe Park.md')).toBe('## Topics for next time\n');
  });
});
