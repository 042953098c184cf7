/**
 * `recap` and `agenda`: the recap email or the shareable agenda of one 1:1 note,
 * rendered by the same core as the plugin's commands, printed in one format or as
 * one JSON object with every form.
 */
import { relative, resolve, sep } from 'node:path';
import { profileFromFrontmatter } from '../core/people/person-profile';
import {
  renderAgenda,
  renderRecap,
  type EmailKind,
  type EmailOutput,
} from '../core/email/render-email';
import { prepareEmail } from '../core/email/prepare-email';
import { booleanFlag, stringFlag, type ParsedArgs } from './args';
import type { CliIo, Command } from './commands/command';
import { InputError, oneLine, UsageError } from './errors';
import type { FsVault } from './fs-vault';
import { dateFlag, openSession, vaultFlag } from './session';

const FORMATS = ['text', 'markdown', 'html'] as const;
type Format = (typeof FORMATS)[number];

/**
 * The vault path of the note the user named: a vault path (with or without `.md`), or
 * a path on disk inside the vault folder, relative to the working directory.
 */
function notePath(vault: FsVault, arg: string, cwd: string): string {
  const files = new Set(vault.list());
  const slashed = arg.replace(/\\/g, '/').replace(/^\.\//, '');
  const onDisk = relative(vault.root, resolve(cwd, arg)).split(sep).join('/');
  const candidates = [slashed, `${slashed}.md`];
  if (onDisk && !onDisk.startsWith('..') && !/^([a-zA-Z]:)?\//.test(onDisk))
    candidates.push(onDisk, `${onDisk}.md`);
  const found = candidates.find((c) => files.has(c));
  if (!found) throw new InputError(`there is no note ${arg} in the vault`);
  return found;
}

function formatFlag(args: ParsedArgs, command: string): Format {
  const value = stringFlag(args, 'format') ?? 'text';
  if (!(FORMATS as readonly string[]).includes(value)) {
    throw new UsageError(`--format ${value} is not one of text, markdown, html`, command);
  }
  return value as Format;
}

function body(email: EmailOutput, format: Format): string {
  const out = format === 'html' ? email.html : format === 'markdown' ? email.markdown : email.text;
  return out.endsWith('\n') ? out : `${out}\n`;
}

/** The `recap` or `agenda` command. */
export function emailCommand(kind: EmailKind): Command {
  const what = kind === 'recap' ? 'the recap email' : 'the shareable agenda';
  return {
    name: kind,
    summary:
      kind === 'recap'
        ? 'Print the recap email of a 1:1 note, private parts left out'
        : 'Print the shareable agenda of a 1:1 note, private parts left out',
    synopsis: `${kind} <note path> --vault <dir> [--format text|markdown|html] [--today yyyy-MM-dd] [--json]`,
    options: [
      '<note path>           the 1:1 note, as a path in the vault ("One-on-ones/Sam Lee/2026-11-05 Sam Lee.md")',
      '--vault <dir>         the vault folder (required)',
      `--format <format>     how to print ${what}: text (default), markdown or html`,
      '--today yyyy-MM-dd    what "today" is (default: the local date)',
      '--json                print one JSON object: to, subject, text, markdown, html',
    ],
    flags: { vault: 'string', format: 'string', today: 'string', json: 'boolean' },

    async run(args: ParsedArgs, io: CliIo): Promise<number> {
      if (args.positionals.length === 0) throw new UsageError('missing <note path>', kind);
      if (args.positionals.length > 1) {
        throw new UsageError(
          `expected one note path, got ${args.positionals.length} arguments (quote a path with spaces)`,
          kind,
        );
      }
      const vaultDir = vaultFlag(args, kind);
      const format = formatFlag(args, kind);
      const today = dateFlag(args, 'today') ?? io.today();
      const session = await openSession(vaultDir, io.cwd);
      const path = notePath(session.vault, args.positionals[0]!, io.cwd);
      const defaults = {
        cadenceDays: session.config.defaultCadence,
        careerCadence: session.config.defaultCareerCadence,
      };
      const prepared = await prepareEmail(
        {
          port: session.vault,
          index: session.loaded.index,
          config: session.config,
          profile: (p) =>
            profileFromFrontmatter(p ? session.loaded.frontmatter.get(p) : null, defaults),
        },
        path,
        kind,
      );
      if (!prepared.ok) throw new InputError(prepared.error);
      for (const w of prepared.value.warnings) io.stderr(`warning: ${oneLine(w)}\n`);
      const ctx = { today, config: session.config };
      const email =
        kind === 'recap'
          ? renderRecap(prepared.value.input, ctx)
          : renderAgenda(prepared.value.input, ctx);
      if (booleanFlag(args, 'json')) {
        const { to, subject, text, markdown, html } = email;
        io.stdout(`${JSON.stringify({ to, subject, text, markdown, html })}\n`);
      } else {
        io.stdout(body(email, format));
      }
      return 0;
    },
  };
}
