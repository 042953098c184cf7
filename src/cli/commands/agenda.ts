/** `touchpoints agenda <note path> --vault <dir>`: the shareable agenda of a 1:1 note. */
import { emailCommand } from '../email-command';
import type { Command } from './command';

/** The `agenda` command. */
export const agendaCommand: Command = emailCommand('agenda');
