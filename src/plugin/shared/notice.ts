/**
 * A Notice as a plain call, for the services that say many things in a row (next note,
 * adopt, the accomplishment log): `timeout` in ms, Obsidian's default when not given.
 */
import { Notice } from 'obsidian';

export function notice(message: string, timeout?: number): void {
  new Notice(message, timeout);
}
