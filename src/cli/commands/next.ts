/**
 * `touchpoints next <person> --vault <dir>`: create the next 1:1 note for a person,
 * with the same flow as the plugin's command (createNextNote over a VaultPort), and
 * say what was done; a new name close to a known person's is refused.
 */
import { cliPersonNoteEmbed } from '../core-plugins';
import { resolve } from 'node:path';
import { createNextNote } from '../../core/next-note/create-next-note';
import type { NextNoteOutcome } from '../../core/next-note/request';
import { closePeople } from '../../core/people/close-names';
import { resolvePerson, type PersonRef } from '../../core/people/resolve-person';
import { booleanFlag, stringFlag, type ParsedArgs } from '../args';
import { InputError, oneLine } from '../errors';
import type { FsVault } from '../fs-vault';
import { dateFlag, openSession, personArg, vaultFlag, type VaultSession } from '../session';
import { lockFolder } from '../vault-lock';
import type { CliIo, Command } from './command';

/** The one JSON object `next --json` prints. */
export interface NextJson {
  path: string;
  existing: boolean;
  /** The note the items were carried from, or null. */
  previous: string | null;
  carried: Array<{ text: string; from: string }>;
  /** Lines marked `[>]` in the previous note. */
  forwarded: number;
  /** Topics moved from the person note. */
  topics: number;
  /** The person note this run created (or, on a dry run, would create), or null. */
  personCreated: string | null;
  warnings: string[];
}

/** The JSON report of an outcome. */
export function nextJson(outcome: NextNoteOutcome, warnings: readonly string[]): NextJson {
  return {
    path: outcome.path,
    existing: outcome.existing,
    previous: outcome.previous,
    carried: outcome.carried.map((c) => ({ text: c.text, from: c.from })),
    forwarded: outcome.forwarded,
    topics: outcome.topics,
    personCreated: outcome.personCreated,
    warnings: [...warnings],
  };
}

/**
 * The person as the core should look them up: a note path when the argument names a
 * note of the vault exactly (`People/Priya Shah`, with or without `.md`), else a name.
 */
export function personRequest(vault: FsVault, person: string): PersonRef {
  const path = /\.md$/i.test(person) ? person : `${person}.md`;
  if (person.includes('/') && vault.list().includes(path)) return { personPath: path };
  return { name: person };
}

/** Index problems of notes in the new note's folder: the notes that were not considered. */
export function problemsNear(session: VaultSession, notePath: string): string[] {
  const folder = notePath.slice(0, notePath.lastIndexOf('/') + 1);
  return session.loaded.index
    .problems()
    .filter((p) => p.path.startsWith(folder) && !p.path.slice(folder.length).includes('/'))
    .map((p) => `${p.path} was skipped: ${p.message}`);
}

function readArgs(
  args: ParsedArgs,
  io: CliIo,
): { person: string; vault: string; date: string; today: string; typeId: string } {
  const person = personArg(args, 'next');
  const vault = vaultFlag(args, 'next');
  const today = dateFlag(args, 'today') ?? io.today();
  const date = dateFlag(args, 'date') ?? today;
  return { person, vault, date, today, typeId: stringFlag(args, 'type') ?? 'regular' };
}

const items = (n: number, what: string): string => `${n} ${what}${n === 1 ? '' : 's'}`;

/**
 * What a run did, after the note's path (its own first line, for scripts): where the
 * open items were carried from and how many, the topics moved, the person note made.
 * Counts and paths only: a carried item's text may be private.
 */
export function whatWasDone(outcome: NextNoteOutcome): string[] {
  const out = ['created the note'];
  const from = new Map<string, number>();
  for (const c of outcome.carried) from.set(c.from, (from.get(c.from) ?? 0) + 1);
  if (from.size === 0)
    out.push(
      outcome.previous
        ? `nothing to carry from ${outcome.previous}`
        : 'nothing to carry: no earlier 1:1 note',
    );
  for (const [path, n] of from) out.push(`carried ${items(n, 'open item')} from ${path}`);
  if (outcome.forwarded)
    out.push(`marked ${items(outcome.forwarded, 'line')} [>] where they came from`);
  if (outcome.topics)
    out.push(`moved ${items(outcome.topics, 'topic')} from the person note to the agenda`);
  if (outcome.personCreated) out.push(`created the person note ${outcome.personCreated}`);
  return out;
}

function printText(io: CliIo, outcome: NextNoteOutcome, dryRun: boolean): void {
  io.stdout(`${outcome.path}\n`);
  if (outcome.resumed)
    io.stdout('already existed, left half-done by an interrupted run: completed\n');
  else if (outcome.existing) io.stdout('already existed: nothing was changed\n');
  else if (dryRun) io.stdout(`\n${outcome.text}${outcome.text.endsWith('\n') ? '' : '\n'}`);
  else
    io.stdout(
      whatWasDone(outcome)
        .map((l) => `  ${l}\n`)
        .join(''),
    );
}

/**
 * Refuse a new person whose name is close to a known person's (`Ana` next to Ana
 * Lima, `Ana Lmia`): "did you mean", unless `--new-person` says a new person is meant.
 */
function refuseNearNames(session: VaultSession, ref: PersonRef): void {
  if (!('name' in ref)) return;
  const { index } = session.loaded;
  const found = resolvePerson({ index, port: session.vault, folder: session.config.folder }, ref);
  if (!found.ok || found.value.exists || index.person(found.value.key)) return;
  const close = closePeople(index, ref.name);
  if (!close.length) return;
  throw new InputError(
    `"${ref.name}" is not a known person; did you mean ${close.map((n) => `"${n}"`).join(' or ')}? ` +
      `Give --new-person to create a new person "${ref.name}"`,
  );
}

/** The `next` command. */
export const nextCommand: Command = {
  name: 'next',
  summary: 'Create the next 1:1 note for a person, carrying open items and queued topics',
  synopsis:
    'next <person> --vault <dir> [--date yyyy-MM-dd] [--type <id>] [--today yyyy-MM-dd] [--new-person] [--dry-run] [--json]',
  options: [
    '<person>              a name ("Priya Shah", "Jo: Ops/Infra") or a person note path',
    '--vault <dir>         the vault folder (required)',
    '--date yyyy-MM-dd     the meeting date (default: today); a date in the past takes no',
    '                      queued topics (they stay for the next meeting)',
    '--type <id>           the note type: regular, career, or one from the settings (default: regular)',
    '--today yyyy-MM-dd    what "today" is (default: the local date)',
    '--new-person          the person is new, even if the name is close to a known one',
    '--dry-run             write nothing; print the path and the planned note',
    '--json                print one JSON object: path, existing, previous, carried, forwarded,',
    '                      topics, personCreated, warnings',
  ],
  flags: {
    vault: 'string',
    date: 'string',
    type: 'string',
    today: 'string',
    'dry-run': 'boolean',
    'new-person': 'boolean',
    json: 'boolean',
  },

  async run(args: ParsedArgs, io: CliIo): Promise<number> {
    const a = readArgs(args, io);
    const dryRun = booleanFlag(args, 'dry-run');
    // One writing run per vault: the lock covers the reading, the plan and every write.
    const release = dryRun ? null : await lockFolder(resolve(io.cwd, a.vault), io.env);
    try {
      return await runLocked(a, dryRun, args, io);
    } finally {
      release?.();
    }
  },
};

/**
 * Test only: TOUCHPOINTS_TEST_CRASH_AT=n kills the process (SIGKILL) at the n-th
 * point of its writes (each write has two: its temporary file written, then moved
 * into place), so the crash tests can stop a run anywhere.
 */
export function crashHook(io: CliIo): ((point: 'temp' | 'done') => void) | null {
  const at = Number(io.env?.TOUCHPOINTS_TEST_CRASH_AT);
  if (!Number.isInteger(at) || at < 1) return null;
  let points = 0;
  return () => {
    if (++points === at) process.kill(process.pid, 'SIGKILL');
  };
}

/** Create (or complete, or open) the note, with the vault locked unless on a dry run. */
async function runLocked(
  a: ReturnType<typeof readArgs>,
  dryRun: boolean,
  args: ParsedArgs,
  io: CliIo,
): Promise<number> {
  const session = await openSession(a.vault, io.cwd);
  if (!dryRun) {
    // What a killed run left half-written is only ever a copy: it goes.
    session.vault.removeLeftoverTemps();
    session.vault.onWritePoint = crashHook(io);
  }
  const person = personRequest(session.vault, a.person);
  if (!booleanFlag(args, 'new-person')) refuseNearNames(session, person);
  const result = await createNextNote(
    {
      port: session.vault,
      index: session.loaded.index,
      config: session.config,
      personNoteEmbed: cliPersonNoteEmbed(session.vault.root, session.config.folder),
    },
    { person, typeId: a.typeId, date: a.date, today: a.today, dryRun },
  );
  if (!result.ok) throw new InputError(result.error);
  const outcome = result.value;
  const warnings = outcome.existing
    ? outcome.warnings
    : [...outcome.warnings, ...problemsNear(session, outcome.path)];
  for (const w of warnings) io.stderr(`warning: ${oneLine(w)}\n`);
  if (booleanFlag(args, 'json')) io.stdout(`${JSON.stringify(nextJson(outcome, warnings))}\n`);
  else printText(io, outcome, dryRun);
  return 0;
}
