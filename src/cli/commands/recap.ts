/** `touchpoints recap <note path> --vault <dir>`: the recap email of a 1:1 note. */
import { emailCommand } from '../email-command';
import type { Command } from './command';

/** The `recap` command. */
export const recapCommand: Command = emailCommand('recap');
