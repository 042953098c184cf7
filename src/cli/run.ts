/**
 * The command line without its process: dispatch to a subcommand, print help, and
 * turn errors into exit codes. User errors print one line and no stack trace.
 */
import { parseArgs, booleanFlag } from './args';
import { COMMANDS, findCommand, type CliIo, type Command } from './commands/index';
import {
  EXIT_INPUT,
  EXIT_INTERNAL,
  EXIT_OK,
  EXIT_USAGE,
  InputError,
  oneLine,
  UsageError,
} from './errors';

/** The program name in messages and usage texts. */
export const PROGRAM = 'touchpoints';

/** The general help: every command with its summary. */
export function generalHelp(): string {
  const width = Math.max(...COMMANDS.map((c) => c.name.length), 'help'.length) + 2;
  const rows = [
    ...COMMANDS.map((c) => [c.name, c.summary]),
    ['help', "Show this help, or a command's: help <command>"],
  ];
  return [
    `Usage: ${PROGRAM} <command> [options]`,
    '',
    'Commands:',
    ...rows.map(([name, summary]) => `  ${name!.padEnd(width)}${summary!}`),
    '',
    `Run "${PROGRAM} help <command>" for a command's options.`,
    'Exit codes: 0 done, 1 bad input, 2 wrong usage, 70 internal error.',
    '',
  ].join('\n');
}

/** A command's full help: synopsis, summary and options. */
export function commandHelp(command: Command): string {
  return [
    `Usage: ${PROGRAM} ${command.synopsis}`,
    '',
    command.summary + '.',
    '',
    'Options:',
    ...command.options.map((o) => `  ${o}`),
    '  --help                show this help',
    '',
  ].join('\n');
}

/** The short usage shown after a usage error. */
function shortUsage(commandName: string | null): string {
  const command = commandName ? findCommand(commandName) : undefined;
  if (!command)
    return `Usage: ${PROGRAM} <command> [options]\nCommands: ${COMMANDS.map((c) => c.name).join(', ')}, help\n`;
  return `Usage: ${PROGRAM} ${command.synopsis}\nRun "${PROGRAM} help ${command.name}" for details.\n`;
}

async function dispatch(argv: readonly string[], io: CliIo): Promise<number> {
  const [first, ...rest] = argv;
  if (first === undefined) throw new UsageError('missing command');
  if (first === 'help' || first === '--help' || first === '-h') {
    const topic = first === 'help' ? rest[0] : undefined;
    const command = topic === undefined ? undefined : findCommand(topic);
    if (topic !== undefined && !command) throw new UsageError(`unknown command ${topic}`);
    io.stdout(command ? commandHelp(command) : generalHelp());
    return EXIT_OK;
  }
  const command = findCommand(first);
  if (!command)
    throw new UsageError(
      first.startsWith('-') ? `unknown option ${first}` : `unknown command ${first}`,
    );
  const args = parseArgs(rest, { ...command.flags, help: 'boolean' }, command.name);
  if (booleanFlag(args, 'help')) {
    io.stdout(commandHelp(command));
    return EXIT_OK;
  }
  return command.run(args, io);
}

/**
 * Run the command line with `argv` (the arguments after the program name) and return
 * the exit code: 0 success, 1 bad input, 2 usage error, 70 internal error.
 */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  try {
    return await dispatch(argv, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`${PROGRAM}: ${oneLine(error)}\n${shortUsage(error.command)}`);
      return EXIT_USAGE;
    }
    if (error instanceof InputError) {
      io.stderr(`${PROGRAM}: ${oneLine(error)}\n`);
      return EXIT_INPUT;
    }
    io.stderr(`${PROGRAM}: internal error: ${oneLine(error)}\n`);
    return EXIT_INTERNAL;
  }
}
