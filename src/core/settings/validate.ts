/**
 * The rules of the settings, one function per kind of field: each turns what the user
 * typed in the settings tab, or what data.json holds, into a valid value or says what
 * is wrong. migrateSettings and the settings tab both use them; each decides what an
 * invalid value means (the default, or no change).
 */
import { err, ok, type Result } from '../shared/result';
import { vaultPath } from '../shared/vault-path';
import { typeIdFromName, type NoteType } from './note-types';

/** The valid value, or `fallback` when the input was not valid. */
export function validOr<T>(result: Result<T>, fallback: T): T {
  return result.ok ? result.value : fallback;
}

/** Text with something in it, trimmed. */
function filledText(value: unknown, what: string): Result<string> {
  if (typeof value !== 'string') return err(`${what} must be text.`);
  const text = value.trim();
  return text ? ok(text) : err(`${what} is empty.`);
}

/**
 * The folder of new notes: spaces and slashes at either end removed, not empty, and
 * inside the vault (no `..` part, backslash or drive letter).
 */
export function validateFolder(value: unknown): Result<string> {
  if (typeof value !== 'string') return err('The folder must be text.');
  const folder = value.replace(/^[\s/]+|[\s/]+$/g, '');
  if (!folder) return err('The folder is empty.');
  return vaultPath(folder) === null ? err('The folder must be inside the vault.') : ok(folder);
}

/** A note name pattern (new 1:1 notes, accomplishment notes): trimmed, not empty. */
export function validateNamePattern(value: unknown): Result<string> {
  return filledText(value, 'The name pattern');
}

/** The closed statuses without spaces and commas: one character per status. */
export function cleanClosedStatuses(text: string): string {
  return text.replace(/[\s,]/g, '');
}

/** The closed statuses: any text, cleaned; empty is valid (only forwarded is closed). */
export function validateClosedStatuses(value: unknown): Result<string> {
  return typeof value === 'string'
    ? ok(cleanClosedStatuses(value))
    : err('The closed statuses must be text.');
}

/** A heading of a note (topics, goals, a note type's agenda...): trimmed, not empty. */
export function validateHeading(value: unknown): Result<string> {
  return filledText(value, 'The heading');
}

/** The headings typed in one field, separated by commas. */
export function splitHeadings(text: string): string[] {
  return text.split(',');
}

/** A list of headings: the ones with text, trimmed; at least one. */
export function validateHeadingList(value: unknown): Result<string[]> {
  if (!Array.isArray(value)) return err('The headings must be a list.');
  const headings = value
    .filter((v): v is string => typeof v === 'string' && v.trim() !== '')
    .map((v) => v.trim());
  return headings.length ? ok(headings) : err('Enter at least one heading.');
}

/** Days between regular 1:1s: a whole number from 1 to 3650. */
export function validateCadenceDays(value: unknown): Result<number> {
  return typeof value === 'number' && Number.isInteger(value) && value > 0 && value <= 3650
    ? ok(value)
    : err('Enter a whole number of days from 1 to 3650.');
}

/** Parse `28-42` (or `28–42`, or a single number for both ends) into a day range. */
export function parseCareerCadence(value: unknown): [number, number] | null {
  if (typeof value === 'number' && Number.isInteger(value) && value > 0) return [value, value];
  if (typeof value !== 'string') return null;
  const m = /^\s*(\d+)\s*(?:[-–—]|to|\.\.)\s*(\d+)\s*$/.exec(value) ?? /^\s*(\d+)\s*$/.exec(value);
  if (!m) return null;
  const min = Number(m[1]);
  const max = Number(m[2] ?? m[1]);
  return min > 0 && max >= min ? [min, max] : null;
}

/** The career conversation window in days, typed `28-42` or as one number: its first and last day. */
export function validateCareerCadence(value: unknown): Result<[number, number]> {
  const range = parseCareerCadence(value);
  return range ? ok(range) : err('Enter a range of days such as 28-42.');
}

/** The meeting from which an item's age is a warning: a whole number from 2 to 99. */
export function validateAgingThreshold(value: unknown): Result<number> {
  return typeof value === 'number' && Number.isInteger(value) && value >= 2 && value <= 99
    ? ok(value)
    : err('Enter a whole number from 2 to 99.');
}

/** The subject of the recap or the agenda email: trimmed, not empty. */
export function validateSubject(value: unknown): Result<string> {
  return filledText(value, 'The subject');
}

/** The vault path of a template note: trimmed; empty means the built-in template. */
export function validateTemplatePath(value: unknown): Result<string> {
  return typeof value === 'string' ? ok(value.trim()) : err('The template must be a path.');
}

/** The name of a note type: trimmed, not empty. */
export function validateTypeName(value: unknown): Result<string> {
  return filledText(value, 'The name');
}

/** The id of a new note type, made from its name (or a stored id): not empty, not taken. */
export function validateNewTypeId(value: unknown, types: readonly NoteType[]): Result<string> {
  const id = typeof value === 'string' ? typeIdFromName(value) : '';
  if (!id) return err('The name needs a letter or a digit.');
  return types.some((t) => t.id === id) ? err(`A note type with the id ${id} exists.`) : ok(id);
}
