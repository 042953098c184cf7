/**
 * The command table. A new subcommand (`cadence`, `recap`, `agenda`, ...) is one file
 * in this folder exporting a `Command`, added to this list.
 */
import type { Command } from './command';
import { nextCommand } from './next';

export type { CliIo, Command } from './command';

/** Every subcommand, in the order the help lists them. */
export const COMMANDS: readonly Command[] = [nextCommand];

/** The command called `name`, or undefined. */
export function findCommand(name: string): Command | undefined {
  return COMMANDS.find((c) => c.name === name);
}
