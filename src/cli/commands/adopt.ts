/**
 * `touchpoints adopt --vault <dir>`: find the notes that are 1:1 notes in all but name
 * and make them Touchpoints notes by adding properties only (the plugin's "Adopt
 * existing 1:1 notes", with findAdoptable and adoptNotes over the vault on disk).
 * A person guessed only from a folder or file name, with no person note, is skipped
 * unless `--new-people` is given.
 */
import { resolve } from 'node:path';
import { adoptNotes } from '../../core/adopt/adopt-notes';
import type { AdoptScan, FoundNote, SkippedNote } from '../../core/adopt/adopt-types';
import { findAdoptable } from '../../core/adopt/find-adoptable';
import { aliasesOf } from '../../core/people/match-person';
import { vaultPath } from '../../core/shared/vault-path';
import { booleanFlag, stringFlag, type ParsedArgs } from '../args';
import { InputError, oneLine, UsageError } from '../errors';
import { cliPersonNoteEmbed } from '../core-plugins';
import { configFolder, propertyTypes, templateFolders } from '../obsidian-config';
import { openSession, vaultFlag, type VaultSession } from '../session';
import { lockFolder } from '../vault-lock';
import type { CliIo, Command } from './command';

/** One note in `adopt --json`. */
export interface AdoptNoteJson {
  path: string;
  person: string;
  date: string;
  kind: string;
  personNote: string;
  newPerson: boolean;
}

/** The one JSON object `adopt --json` prints. */
export interface AdoptJson {
  notes: AdoptNoteJson[];
  skipped: SkippedNote[];
}

/** What the search finds in a vault on disk, from the frontmatter its load read. */
export function scanVault(session: VaultSession, folder: string): AdoptScan {
  const { frontmatter, index } = session.loaded;
  const people = new Set<string>();
  for (const [path, fm] of frontmatter) if ('relationship' in fm) people.add(path);
  for (const p of index.people()) if (p.personPath) people.add(p.personPath);
  const config = configFolder(session.vault.root);
  return findAdoptable({
    notes: session.vault.markdownFiles().map((path) => ({
      path,
      frontmatter: frontmatter.get(path) ?? null,
    })),
    people: [...people].map((path) => ({ path, aliases: aliasesOf(frontmatter.get(path)) })),
    skipFolders: templateFolders(config),
    folder,
    personFolder: session.config.folder,
    typeIds: session.config.noteTypes.map((t) => t.id),
    propertyTypes: propertyTypes(config),
    resolveLink: (link, source) => session.vault.resolveLink(link, source),
  });
}

function noteJson(n: FoundNote): AdoptNoteJson {
  return {
    path: n.path,
    person: n.person,
    date: n.date,
    kind: n.kind,
    personNote: n.personNote,
    newPerson: n.newPerson,
  };
}

/** Split out the guesses with no person note, unless new people were asked for. */
function chosen(scan: AdoptScan, newPeople: boolean): AdoptScan {
  if (newPeople) return scan;
  const notes = scan.notes.filter((n) => n.ticked);
  const guesses = scan.notes
    .filter((n) => !n.ticked)
    .map((n) => ({
      path: n.path,
      reason: `"${n.person}" is only a guess from the ${n.personFrom === 'folder' ? 'folder' : 'file'} name and has no person note; give --new-people to adopt it`,
    }));
  const skipped = [...scan.skipped, ...guesses].sort((a, b) => (a.path < b.path ? -1 : 1));
  return { notes, skipped };
}

function text(scan: AdoptScan, dryRun: boolean): string {
  const out: string[] = [];
  out.push(
    `${dryRun ? 'Would adopt' : 'Adopted'} ${scan.notes.length} note(s)${scan.notes.length ? ':' : '.'}`,
  );
  for (const n of scan.notes)
    out.push(
      `  ${n.path}: ${n.person}, ${n.date}, ${n.kind}${n.newPerson ? ` (new person note ${n.personNote})` : ''}`,
    );
  if (scan.skipped.length) {
    out.push(`Skipped ${scan.skipped.length} note(s):`);
    for (const s of scan.skipped) out.push(`  ${s.path}: ${oneLine(s.reason)}`);
  }
  return `${out.join('\n')}\n`;
}

/** The `adopt` command. */
export const adoptCommand: Command = {
  name: 'adopt',
  summary: 'Make existing 1:1 notes Touchpoints notes by adding the properties they lack',
  synopsis: 'adopt --vault <dir> [--folder <path>] [--new-people] [--dry-run] [--json]',
  options: [
    '--vault <dir>         the vault folder (required)',
    '--folder <path>       look only in this folder of the vault (default: the whole vault)',
    '--new-people          also adopt notes whose person is only guessed from a folder or',
    '                      file name and has no person note (one is created)',
    '--dry-run             write nothing; list what would be adopted and what is skipped',
    '--json                print one JSON object: notes (path, person, date, kind,',
    '                      personNote, newPerson) and skipped (path, reason)',
  ],
  flags: {
    vault: 'string',
    folder: 'string',
    'new-people': 'boolean',
    'dry-run': 'boolean',
    json: 'boolean',
  },

  async run(args: ParsedArgs, io: CliIo): Promise<number> {
    if (args.positionals.length)
      throw new UsageError(`unexpected argument ${args.positionals[0]!}`, 'adopt');
    const dir = vaultFlag(args, 'adopt');
    const rawFolder = stringFlag(args, 'folder');
    const folder = rawFolder === undefined ? '' : vaultPath(rawFolder);
    if (folder === null)
      throw new InputError(`--folder ${rawFolder!} is not a folder of the vault`);
    const dryRun = booleanFlag(args, 'dry-run');
    let release: (() => void) | null = null;
    try {
      let session = await openSession(dir, io.cwd);
      if (!dryRun) {
        release = await lockFolder(resolve(io.cwd, dir), io.env);
        // Read again under the lock: what is written is what was read.
        session = await openSession(dir, io.cwd);
        session.vault.removeLeftoverTemps();
      }
      if (folder && !session.vault.exists(folder))
        throw new InputError(`the folder ${folder} does not exist in the vault`);
      let scan = chosen(scanVault(session, folder), booleanFlag(args, 'new-people'));
      if (!dryRun) {
        const done = await adoptNotes(
          session.vault,
          scan.notes,
          propertyTypes(configFolder(session.vault.root)),
          cliPersonNoteEmbed(session.vault.root, session.config.folder),
        );
        const adopted = new Set(done.adopted);
        scan = {
          notes: scan.notes.filter((n) => adopted.has(n.path)),
          skipped: [...scan.skipped, ...done.failed],
        };
        for (const f of done.failed) io.stderr(`warning: ${f.path}: ${oneLine(f.reason)}\n`);
      }
      io.stdout(
        booleanFlag(args, 'json')
          ? `${JSON.stringify({ notes: scan.notes.map(noteJson), skipped: scan.skipped } satisfies AdoptJson)}\n`
          : text(scan, dryRun),
      );
      return 0;
    } finally {
      release?.();
    }
  },
};
