/**
 * `touchpoints prepare <person> --vault <dir>`: create the note of a person's next
 * meeting (from a note ahead, the `meets` schedule or the regular clock; today when
 * there is none) with the same flow as `next`, writing the schedule's time. When the
 * next meeting already has a note, that note is the result and nothing changes.
 */
import { resolve } from 'node:path';
import { cliPersonNoteEmbed } from '../core-plugins';
import { createNextNote } from '../../core/next-note/create-next-note';
import type { NextNoteOutcome } from '../../core/next-note/request';
import { proposePreparation, type PrepareProposal } from '../../core/overview/prepare';
import { profileFromFrontmatter } from '../../core/people/person-profile';
import { resolvePerson } from '../../core/people/resolve-person';
import { booleanFlag, stringFlag, type ParsedArgs } from '../args';
import { InputError, oneLine } from '../errors';
import { readMeetingFacts } from '../meeting-facts';
import { dateFlag, openSession, personArg, vaultFlag, type VaultSession } from '../session';
import { lockFolder } from '../vault-lock';
import type { CliIo, Command } from './command';
import { crashHook, nextJson, personRequest, problemsNear, type NextJson } from './next';

/** The one JSON object `prepare --json` prints: `next`'s, with the meeting's date. */
export interface PrepareJson extends NextJson {
  date: string;
}

function readArgs(
  args: ParsedArgs,
  io: CliIo,
): { person: string; vault: string; today: string; typeId: string } {
  const person = personArg(args, 'prepare');
  const vault = vaultFlag(args, 'prepare');
  const today = dateFlag(args, 'today') ?? io.today();
  return { person, vault, today, typeId: stringFlag(args, 'type') ?? 'regular' };
}

/** The proposal for the person the argument names: their next meeting. */
async function propose(
  session: VaultSession,
  person: string,
  typeId: string,
  today: string,
): Promise<PrepareProposal> {
  const { config, loaded } = session;
  const resolved = resolvePerson(
    { index: loaded.index, port: session.vault, folder: config.folder },
    personRequest(session.vault, person),
  );
  if (!resolved.ok) throw new InputError(resolved.error);
  const { key, path, exists } = resolved.value;
  const defaults = {
    cadenceDays: config.defaultCadence,
    careerCadence: config.defaultCareerCadence,
  };
  const profile =
    loaded.profiles.get(path) ??
    profileFromFrontmatter(exists ? loaded.frontmatter.get(path) : null, defaults);
  const entry = loaded.index.person(key) ?? null;
  return proposePreparation(entry, exists ? path : null, typeId, {
    today,
    config,
    profile: () => profile,
    meetingFacts: await readMeetingFacts(session, today, [key]),
  });
}

function printText(io: CliIo, outcome: NextNoteOutcome, date: string, dryRun: boolean): void {
  io.stdout(`${outcome.path}\n`);
  io.stdout(`next meeting: ${date}\n`);
  if (outcome.resumed)
    io.stdout('already existed, left half-done by an interrupted run: completed\n');
  else if (outcome.existing) io.stdout('already existed: nothing was changed\n');
  else if (dryRun) io.stdout(`\n${outcome.text}${outcome.text.endsWith('\n') ? '' : '\n'}`);
}

/** The `prepare` command. */
export const prepareCommand: Command = {
  name: 'prepare',
  summary: "Create the note of a person's next meeting ahead of it, to prepare its agenda",
  synopsis:
    'prepare <person> --vault <dir> [--type <id>] [--today yyyy-MM-dd] [--dry-run] [--json]',
  options: [
    '<person>              a name ("Priya Shah") or a person note path',
    '--vault <dir>         the vault folder (required)',
    '--type <id>           the note type: regular, career, or one from the settings (default: regular)',
    '--today yyyy-MM-dd    what "today" is (default: the local date)',
    '--dry-run             write nothing; print the path, the date and the planned note',
    "--json                print one JSON object: next's, with the meeting's date",
  ],
  flags: {
    vault: 'string',
    type: 'string',
    today: 'string',
    'dry-run': 'boolean',
    json: 'boolean',
  },

  async run(args: ParsedArgs, io: CliIo): Promise<number> {
    const a = readArgs(args, io);
    const dryRun = booleanFlag(args, 'dry-run');
    const release = dryRun ? null : await lockFolder(resolve(io.cwd, a.vault), io.env);
    try {
      const session = await openSession(a.vault, io.cwd);
      if (!dryRun) {
        session.vault.removeLeftoverTemps();
        session.vault.onWritePoint = crashHook(io);
      }
      const proposal = await propose(session, a.person, a.typeId, a.today);
      const result = await createNextNote(
        {
          port: session.vault,
          index: session.loaded.index,
          config: session.config,
          personNoteEmbed: cliPersonNoteEmbed(session.vault.root, session.config.folder),
        },
        {
          person: personRequest(session.vault, a.person),
          typeId: proposal.typeId,
          date: proposal.date,
          dryRun,
          ...(proposal.time ? { time: proposal.time } : {}),
        },
      );
      if (!result.ok) throw new InputError(result.error);
      const outcome = result.value;
      const warnings = outcome.existing
        ? outcome.warnings
        : [...outcome.warnings, ...problemsNear(session, outcome.path)];
      for (const w of warnings) io.stderr(`warning: ${oneLine(w)}\n`);
      if (booleanFlag(args, 'json')) {
        const json: PrepareJson = { ...nextJson(outcome, warnings), date: proposal.date };
        io.stdout(`${JSON.stringify(json)}\n`);
      } else printText(io, outcome, proposal.date, dryRun);
      return 0;
    } finally {
      release?.();
    }
  },
};
