/** Vault paths for new notes, safe on every platform Obsidian runs on. */
import type { IsoDate } from './dates';
import { formatDatePattern } from './date-format';

/**
 * A file-name-safe version of a display name: `\ / : * ? " < > |` (unsafe on some
 * file system) and `# ^ [ ] |` (they break links) become `-` (a colon before a space
 * becomes ` -`: `Jo: Ops/Infra` gives `Jo - Ops-Infra`), leading dots are dropped,
 * runs of spaces collapse, and trailing dots or spaces go (Windows).
 */
export function safeFileName(name: string): string {
  let s = name
    .replace(/\s*:(?=\s)/g, ' -')
    // eslint-disable-next-line no-control-regex -- control characters are unsafe in file names
    .replace(/[\\/:*?"<>|#^[\]\u0000-\u001f]/g, '-')
    .replace(/\s+/g, ' ')
    .replace(/^[.\s]+/, '')
    .replace(/[.\s]+$/, '');
  if (!s) s = 'Untitled';
  // Reserved device names on Windows, also with an extension (`nul.txt`, and `nul.md`).
  s = s.replace(/^(con|prn|aux|nul|com\d|lpt\d)(?=\.|$)/i, '$1-');
  return s;
}

/** Join path parts with `/`, dropping empty parts and duplicate slashes. */
export function joinPath(...parts: string[]): string {
  return parts
    .flatMap((p) => p.split('/'))
    .map((p) => p.trim())
    .filter((p) => p !== '' && p !== '.')
    .join('/');
}

export interface MeetingPathInput {
  folder: string;
  fileNamePattern: string;
  personName: string;
  date: IsoDate;
  typeName: string;
  /** The folder of the note, when not the person's folder inside `folder` (see `nextNoteFolder`). */
  noteFolder?: string;
}

/**
 * The path of a new meeting note: `<folder>/<person>/<file name>.md` (or
 * `<noteFolder>/<file name>.md`) where the file
 * name comes from the pattern (`{{date}} {{person}}`, also `{{date:<pattern>}}` and
 * `{{type}}`). Every part is made file-name safe.
 */
export function meetingNotePath(input: MeetingPathInput): string {
  const person = safeFileName(input.personName);
  const name = input.fileNamePattern
    .replace(/\{\{\s*date:([^}]+)\}\}/g, (_, p: string) => formatDatePattern(input.date, p.trim()))
    .replace(/\{\{\s*date\s*\}\}/g, input.date)
    .replace(/\{\{\s*person\s*\}\}/g, person)
    .replace(/\{\{\s*type\s*\}\}/g, input.typeName);
  const folder = input.noteFolder ?? joinPath(input.folder, person);
  return joinPath(folder, `${safeFileName(name)}.md`);
}

/**
 * The first of `path`, `path (<type>)`, `path 2`, `path 3`, ... that is free, so two
 * notes for one person on one day get distinct names.
 */
export function freePath(path: string, typeName: string, exists: (p: string) => boolean): string {
  if (!exists(path)) return path;
  const base = path.replace(/\.md$/i, '');
  const typed = `${base} (${safeFileName(typeName)}).md`;
  if (!exists(typed)) return typed;
  for (let n = 2; ; n++) {
    const candidate = `${base} ${n}.md`;
    if (!exists(candidate)) return candidate;
  }
}

/** The path of a new person note: `<folder>/<person>/<person>.md`. */
export function personNotePath(folder: string, personName: string): string {
  const person = safeFileName(personName);
  return joinPath(folder, person, `${person}.md`);
}
