/**
 * `touchpoints adopt` end to end, as the built bundle, on a vault written the ways
 * people write 1:1 notes: the JSON shape, a dry run that writes nothing, the notes
 * adopted with their bodies unchanged byte for byte, guessed people skipped unless
 * `--new-people`, the templates folder and the vault's property types respected.
 */
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildCli, changedFiles, cli, note as read, snapshot } from '../helpers/cli';
import { makeTempFolder, removeTempFolder } from '../helpers/temp-folders';
import { note } from '../helpers/builders';
import type { AdoptJson } from '../../src/cli/commands/adopt';

const BODY = note('## Agenda', '- [ ] Ship it', '', '## 🔒 Private Notes', 'secret');

const FILES: Record<string, string> = {
  '.obsidian/types.json': JSON.stringify({ types: { date: 'date', kind: 'text' } }),
  '.obsidian/templates.json': JSON.stringify({ folder: 'Templates' }),
  'People/Alex Rivera.md': note('---', 'relationship: report', '---', '## Goals'),
  '1-1s/alex-rivera/2026-01-05.md': note('---', 'person: Alex Rivera', '---') + BODY,
  '1-1s/2026-01-12 - Alex Rivera.md': BODY,
  'Meetings/2026-01-19 Weekly.md':
    note('---', 'type: []', 'date: 2026-01-19', 'people:', '  - "[[Priya Shah]]"', '---') + BODY,
  'Meetings/2026-01-20 Team.md': note('---', 'people: ["[[A]]", "[[B]]"]', '---') + BODY,
  'Daily/2026-01-05.md': BODY,
  'Templates/1-1 2026-01-01 Someone.md': BODY,
};

let vault: string;

beforeAll(() => buildCli());
beforeEach(() => {
  vault = makeTempFolder('cli-adopt');
  for (const [path, text] of Object.entries(FILES)) {
    mkdirSync(join(vault, path, '..'), { recursive: true });
    writeFileSync(join(vault, path), text);
  }
});
afterEach(() => removeTempFolder(vault));

function adopt(...args: string[]): { json: AdoptJson; stderr: string } {
  const r = cli(['adopt', '--vault', vault, '--json', ...args]);
  expect(r.status, r.stderr).toBe(0);
  return { json: JSON.parse(r.stdout) as AdoptJson, stderr: r.stderr };
}

const ALEX = { person: 'Alex Rivera', personNote: 'People/Alex Rivera.md', newPerson: false };
const PRIYA = {
  person: 'Priya Shah',
  personNote: 'One-on-ones/Priya Shah/Priya Shah.md',
  newPerson: true,
};
const SKIPPED = [
  {
    path: 'Daily/2026-01-05.md',
    reason:
      '"Daily" is only a guess from the folder name and has no person note; give --new-people to adopt it',
  },
  { path: 'Meetings/2026-01-20 Team.md', reason: 'a group meeting: "people" lists 2 people' },
];

describe('adopt', () => {
  it('--dry-run --json prints the documented shape and writes nothing', () => {
    const before = snapshot(vault);
    const { json } = adopt('--dry-run');
    expect(changedFiles(before, snapshot(vault))).toEqual([]);
    expect(json).toEqual({
      notes: [
        { path: '1-1s/2026-01-12 - Alex Rivera.md', ...ALEX, date: '2026-01-12', kind: 'regular' },
        { path: '1-1s/alex-rivera/2026-01-05.md', ...ALEX, date: '2026-01-05', kind: 'regular' },
        { path: 'Meetings/2026-01-19 Weekly.md', ...PRIYA, date: '2026-01-19', kind: 'regular' },
      ].map(({ path, person, date, kind, personNote, newPerson }) => ({
        path,
        person,
        date,
        kind,
        personNote,
        newPerson,
      })),
      skipped: SKIPPED,
    });
    expect(Object.keys(json.notes[0]!)).toEqual([
      'path',
      'person',
      'date',
      'kind',
      'personNote',
      'newPerson',
    ]);
  });

  it('adds only the missing properties, keeps every body, and the notes then count', () => {
    const before = snapshot(vault);
    const { json } = adopt();
    expect(json.notes.map((n) => n.path)).toEqual([
      '1-1s/2026-01-12 - Alex Rivera.md',
      '1-1s/alex-rivera/2026-01-05.md',
      'Meetings/2026-01-19 Weekly.md',
    ]);
    expect(changedFiles(before, snapshot(vault))).toEqual([
      ...json.notes.map((n) => n.path),
      'One-on-ones/Priya Shah/Priya Shah.md',
    ]);
    for (const n of json.notes) expect(read(vault, n.path).endsWith(BODY)).toBe(true);
    expect(read(vault, '1-1s/2026-01-12 - Alex Rivera.md')).toBe(
      note(
        '---',
        'type: one-on-one',
        'person: "[[Alex Rivera]]"',
        'date: 2026-01-12',
        'kind: regular',
        '---',
      ) + BODY,
    );
    expect(read(vault, 'Meetings/2026-01-19 Weekly.md')).toBe(
      note(
        '---',
        'type: [one-on-one]',
        'date: 2026-01-19',
        'people:',
        '  - "[[Priya Shah]]"',
        'kind: regular',
        '---',
      ) + BODY,
    );
    // The scalar forms count at once: cadence sees Alex's two 1:1s.
    const cadence = cli(['cadence', '--vault', vault, '--today', '2026-02-01', '--json']);
    const people = (
      JSON.parse(cadence.stdout) as { people: Array<{ person: string; lastMeeting: string }> }
    ).people;
    expect(people.find((p) => p.person === 'Alex Rivera')?.lastMeeting).toBe('2026-01-12');
    // A second run finds nothing more to adopt.
    expect(adopt().json.notes).toEqual([]);
  });

  it('--new-people adopts a guessed person too, with a person note', () => {
    const { json } = adopt('--new-people', '--folder', 'Daily');
    expect(json).toEqual({
      notes: [
        {
          path: 'Daily/2026-01-05.md',
          person: 'Daily',
          date: '2026-01-05',
          kind: 'regular',
          personNote: 'One-on-ones/Daily/Daily.md',
          newPerson: true,
        },
      ],
      skipped: [],
    });
  });

  it('never writes a property in a type the vault gave it otherwise', () => {
    writeFileSync(
      join(vault, '.obsidian/types.json'),
      JSON.stringify({ types: { date: 'datetime' } }),
    );
    const { json } = adopt('--folder', '1-1s');
    expect(json.notes).toEqual([]);
    expect(json.skipped.map((s) => s.reason)).toEqual([
      'the vault gives "date" the property type datetime; Touchpoints writes it as date',
      'the vault gives "date" the property type datetime; Touchpoints writes it as date',
    ]);
  });

  it('prints a readable list without --json, and refuses a folder that is not there', () => {
    const r = cli(['adopt', '--vault', vault, '--dry-run', '--folder', '1-1s']);
    expect(r.stdout).toBe(
      [
        'Would adopt 2 note(s):',
        '  1-1s/2026-01-12 - Alex Rivera.md: Alex Rivera, 2026-01-12, regular',
        '  1-1s/alex-rivera/2026-01-05.md: Alex Rivera, 2026-01-05, regular',
        '',
      ].join('\n'),
    );
    const bad = cli(['adopt', '--vault', vault, '--folder', 'Nope']);
    expect(bad.status).toBe(1);
    expect(bad.stderr).toContain('the folder Nope does not exist in the vault');
  });
});
