/**
 * `touchpoints accomplishments --vault <dir> --from <date> --to <date>`: the
 * accomplishment log of a period, from the same core flow as the plugin's "Export
 * accomplishments" command. Prints the note's Markdown (or JSON); writes nothing.
 */
import { prepareAccomplishments } from '../../core/accomplishments/export-accomplishments';
import type { AccomplishmentKind, Whose } from '../../core/accomplishments/collect';
import { resolvePeriod } from '../../core/accomplishments/periods';
import { booleanFlag, stringFlag, type ParsedArgs } from '../args';
import { InputError, oneLine, UsageError } from '../errors';
import { dateFlag, openSession, vaultFlag, type VaultSession } from '../session';
import type { CliIo, Command } from './command';

/** The one JSON object `accomplishments --json` prints. */
export interface AccomplishmentsJson {
  from: string;
  to: string;
  items: Array<{
    kind: AccomplishmentKind;
    text: string;
    date: string;
    source: string;
    goal: string | null;
    /** Whose work: a completed item's owner, else whose the person's log is about. */
    owner: Whose;
  }>;
}

/** The person's key in the index: a person note path, or a name that means one person. */
function personKey(session: VaultSession, person: string): string {
  const { index } = session.loaded;
  const path = /\.md$/i.test(person) ? person : `${person}.md`;
  if (person.includes('/') && index.person(path)) return path;
  const keys = index.findPeopleByName(person);
  if (keys.length === 1) return keys[0]!;
  if (keys.length === 0)
    throw new InputError(`no person called "${person}" has 1:1 notes in this vault`);
  throw new InputError(
    `"${person}" matches ${keys.length} people (${keys.join(', ')}); give the person note's path`,
  );
}

function requiredDate(args: ParsedArgs, name: string): string {
  const value = dateFlag(args, name);
  if (value === undefined) throw new UsageError(`missing --${name} yyyy-MM-dd`, 'accomplishments');
  return value;
}

/** `--whose mine|theirs`, or null for each person's default (by relationship). */
function whoseFlag(args: ParsedArgs): Whose | null {
  const value = stringFlag(args, 'whose')?.trim().toLowerCase();
  if (value === undefined) return null;
  if (value === 'mine' || value === 'theirs') return value;
  throw new UsageError(
    `--whose must be mine or theirs, not "${stringFlag(args, 'whose')!}"`,
    'accomplishments',
  );
}

/** The `accomplishments` command. */
export const accomplishmentsCommand: Command = {
  name: 'accomplishments',
  summary: 'Print the accomplishment log of a period: wins, completed items, goals, feedback',
  synopsis:
    'accomplishments --vault <dir> --from yyyy-MM-dd --to yyyy-MM-dd [--person <name>] [--whose mine|theirs] [--json]',
  options: [
    '--vault <dir>         the vault folder (required)',
    '--from yyyy-MM-dd     the first day of the period (required, included)',
    '--to yyyy-MM-dd       the last day of the period (required, included)',
    '--person <name>       one person ("Priya Shah", or a person note path); default: everyone',
    '--whose mine|theirs   whose work: completed items with no owner or @me (mine), or owned by',
    '                      the person (theirs); default: theirs for a report, else mine',
    '--json                print {"from", "to", "items": [{"kind", "text", "date", "source", "goal",',
    '                      "owner"}]}',
  ],
  flags: {
    vault: 'string',
    from: 'string',
    to: 'string',
    person: 'string',
    whose: 'string',
    json: 'boolean',
  },

  async run(args: ParsedArgs, io: CliIo): Promise<number> {
    if (args.positionals.length) {
      throw new UsageError(
        `unexpected argument ${args.positionals[0]!} (use --person <name>)`,
        'accomplishments',
      );
    }
    const vault = vaultFlag(args, 'accomplishments');
    const period = resolvePeriod(
      { from: requiredDate(args, 'from'), to: requiredDate(args, 'to') },
      io.today(),
    );
    if (!period.ok) throw new InputError(period.error);
    const person = stringFlag(args, 'person')?.trim();
    if (person === '') throw new UsageError('the person name is empty', 'accomplishments');
    const whose = whoseFlag(args);
    const session = await openSession(vault, io.cwd);
    const { profiles } = session.loaded;
    const result = await prepareAccomplishments(
      {
        port: session.vault,
        index: session.loaded.index,
        config: session.config,
        relationship: (p) => (p ? (profiles.get(p)?.relationship ?? null) : null),
      },
      {
        personKey: person === undefined ? null : personKey(session, person),
        period: period.value,
        whose,
      },
    );
    if (!result.ok) throw new InputError(result.error);
    const outcome = result.value;
    for (const w of outcome.warnings) io.stderr(`warning: ${oneLine(w)}\n`);
    if (booleanFlag(args, 'json')) {
      const json: AccomplishmentsJson = {
        from: period.value.from,
        to: period.value.to,
        items: outcome.items.map((i) => ({
          kind: i.kind,
          text: i.text,
          date: i.date,
          source: i.source,
          goal: i.goal,
          owner: i.owner,
        })),
      };
      io.stdout(`${JSON.stringify(json)}\n`);
    } else {
      io.stdout(outcome.text);
    }
    return 0;
  },
};
