/** What every subcommand of the command line provides, and what it is given. */
import type { FlagSpec, ParsedArgs } from '../args';

/** Where a command writes, and the few things it reads from its surroundings. */
export interface CliIo {
  /** Write text to standard output (the caller adds no newline). */
  stdout(text: string): void;
  /** Write text to standard error. */
  stderr(text: string): void;
  /** Today's local date, `yyyy-MM-dd`: the only clock the commands see. */
  today(): string;
  /** The working directory that relative paths are resolved against. */
  cwd: string;
  /** Environment variables (TOUCHPOINTS_LOCK_WAIT_MS, TOUCHPOINTS_TEST_CRASH_AT). */
  env?: Readonly<Record<string, string | undefined>>;
}

/** A subcommand: its name, help texts, options, and what it does. */
export interface Command {
  /** The word that selects the command: `next`. */
  name: string;
  /** One line for the command list. */
  summary: string;
  /** The synopsis, without the program name: `next <person> --vault <dir> [options]`. */
  synopsis: string;
  /** Option lines for `help <command>`, already aligned. */
  options: string[];
  flags: FlagSpec;
  /** Run with parsed arguments; returns the exit code. Throws InputError or UsageError for user errors. */
  run(args: ParsedArgs, io: CliIo): Promise<number>;
}
