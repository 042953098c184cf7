/**
 * A small argument parser, written by hand so the command line has no dependency:
 * `--flag value`, `--flag=value`, boolean `--flag`, and `--` to end the options.
 */
import { UsageError } from './errors';

/** The options a command accepts: string options take a value, boolean ones do not. */
export type FlagSpec = Readonly<Record<string, 'string' | 'boolean'>>;

/** A command's arguments after parsing. */
export interface ParsedArgs {
  /** Arguments that are not options, in order. */
  positionals: string[];
  /** Option values by name (without the dashes); `true` for a boolean option. */
  flags: Map<string, string | true>;
}

/**
 * Parse a command's arguments. Unknown options, a missing value and an option given
 * twice are usage errors naming `command`. `-h` is read as `--help`.
 */
export function parseArgs(
  argv: readonly string[],
  spec: FlagSpec,
  command: string | null,
): ParsedArgs {
  const positionals: string[] = [];
  const flags = new Map<string, string | true>();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--') {
      positionals.push(...argv.slice(i + 1));
      break;
    }
    if (arg === '-h') {
      flags.set('help', true);
      continue;
    }
    if (!arg.startsWith('--') || arg === '-') {
      if (arg.startsWith('-') && arg !== '-')
        throw new UsageError(`unknown option ${arg}`, command);
      positionals.push(arg);
      continue;
    }
    const eq = arg.indexOf('=');
    const name = arg.slice(2, eq < 0 ? undefined : eq);
    const kind = spec[name];
    if (!kind) throw new UsageError(`unknown option --${name}`, command);
    if (flags.has(name)) throw new UsageError(`--${name} is given more than once`, command);
    if (kind === 'boolean') {
      if (eq >= 0) throw new UsageError(`--${name} takes no value`, command);
      flags.set(name, true);
      continue;
    }
    let value: string | undefined;
    if (eq >= 0) value = arg.slice(eq + 1);
    else if (i + 1 < argv.length && !argv[i + 1]!.startsWith('--')) value = argv[++i];
    if (value === undefined || value === '')
      throw new UsageError(`--${name} needs a value`, command);
    flags.set(name, value);
  }
  return { positionals, flags };
}

/** A string option's value, or undefined when it was not given. */
export function stringFlag(args: ParsedArgs, name: string): string | undefined {
  const v = args.flags.get(name);
  return typeof v === 'string' ? v : undefined;
}

/** Whether a boolean option was given. */
export function booleanFlag(args: ParsedArgs, name: string): boolean {
  return args.flags.get(name) === true;
}
