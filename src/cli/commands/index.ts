/**
 * The command table. A new subcommand (`cadence`, `recap`, `agenda`, ...) is one file
 * in this folder exporting a `Command`, added to this list.
 */
import type { Command } from './command';
import { accomplishmentsCommand } from './accomplishments';
import { adoptCommand } from './adopt';
import { agendaCommand } from './agenda';
import { cadenceCommand } from './cadence';
import { nextCommand } from './next';
import { prepareCommand } from './prepare';
import { recapCommand } from './recap';

export type { CliIo, Command } from './command';

/** Every subcommand, in the order the help lists them. */
export const COMMANDS: readonly Command[] = [
  nextCommand,
  prepareCommand,
  accomplishmentsCommand,
  cadenceCommand,
  recapCommand,
  agendaCommand,
  adoptCommand,
];

/** The command called `name`, or undefined. */
export function findCommand(name: string): Command | undefined {
  return COMMANDS.find((c) => c.name === name);
}
