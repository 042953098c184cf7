/**
 * Build the core meeting index of a vault on disk: read every note, parse its
 * frontmatter with the `yaml` package (YAML 1.2 core schema, so dates stay strings),
 * and index it with the same `recordFromFrontmatter` the plugin uses. The plugin gets
 * frontmatter from Obsidian's metadata cache instead; the command line reads files.
 */
import { parseDocument } from 'yaml';
import type { TouchpointsConfig } from '../core/settings/config';
import { MeetingIndex } from '../core/meetings/meeting-index';
import {
  isMeetingFrontmatter,
  isPersonFrontmatter,
  recordFromFrontmatter,
} from '../core/meetings/meeting-record';
import { profileFromFrontmatter, type PersonProfile } from '../core/people/person-profile';
import { err } from '../core/shared/result';
import { taskStatusesFromText } from '../core/notes/task-statuses';
import { oneLine } from './errors';
import type { FsVault } from './fs-vault';

/** Frontmatter as plain data, or a message saying why it could not be read. */
export type FrontmatterResult =
  { ok: true; value: Record<string, unknown> | null } | { ok: false; error: string };

/** A vault read from disk: its meeting index, frontmatter and person profiles. */
export interface LoadedVault {
  index: MeetingIndex;
  /** Every note's frontmatter by path (notes without frontmatter are left out). */
  frontmatter: Map<string, Record<string, unknown>>;
  /** Profiles of the people with a person note (met or not yet), by person note path. */
  profiles: Map<string, PersonProfile>;
}

/**
 * The frontmatter block of a note: the lines between a first line `---` and the next
 * line `---` or `...`, as Obsidian reads it. No block: ok(null). Broken YAML, or YAML
 * that is not a list of properties: an error with the line number in the note.
 */
export function readFrontmatter(text: string): FrontmatterResult {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  if (lines[0]?.trimEnd() !== '---') return { ok: true, value: null };
  const end = lines.findIndex((l, i) => i > 0 && (l.trimEnd() === '---' || l.trimEnd() === '...'));
  if (end < 0) return { ok: true, value: null };
  const doc = parseDocument(lines.slice(1, end).join('\n'), {
    schema: 'core',
    uniqueKeys: false,
    prettyErrors: true,
  });
  const first = doc.errors[0];
  if (first) {
    const line = first.linePos ? ` (line ${first.linePos[0].line + 1})` : '';
    const message = oneLine(first.message.split('\n')[0]).replace(
      / at line \d+, column \d+:?$/,
      '',
    );
    return { ok: false, error: `the frontmatter is not valid YAML${line}: ${message}` };
  }
  let value: unknown;
  try {
    value = doc.toJS({ maxAliasCount: 100 });
  } catch (error) {
    return { ok: false, error: `the frontmatter could not be read: ${oneLine(error)}` };
  }
  if (value === null || value === undefined) return { ok: true, value: null };
  if (typeof value !== 'object' || Array.isArray(value)) {
    return { ok: false, error: 'the frontmatter is not a list of properties (key: value)' };
  }
  return { ok: true, value: value as Record<string, unknown> };
}

/**
 * Read every note of the vault and index its 1:1 notes. A note that cannot be read or
 * whose frontmatter is broken becomes a problem entry in the index, never a crash.
 */
export async function loadVault(
  vault: FsVault,
  config: Pick<TouchpointsConfig, 'defaultCadence' | 'defaultCareerCadence'>,
): Promise<LoadedVault> {
  const index = new MeetingIndex();
  const frontmatter = new Map<string, Record<string, unknown>>();
  const paths = vault.markdownFiles();
  const texts = await Promise.all(
    paths.map((p) =>
      vault.read(p).then(
        (text) => ({ text }),
        (error: unknown) => ({ error }),
      ),
    ),
  );
  const resolve = (link: string, source: string): string | null => vault.resolveLink(link, source);
  paths.forEach((path, i) => {
    const read = texts[i]!;
    if ('error' in read) {
      index.set(path, err(`the note could not be read: ${oneLine(read.error)}`));
      return;
    }
    // A byte-order mark (some editors on Windows write one) is not part of the note:
    // without it the frontmatter is found by both readers, and its lines are no tasks.
    const text = read.text.charCodeAt(0) === 0xfeff ? read.text.slice(1) : read.text;
    const fm = readFrontmatter(text);
    if (!fm.ok) {
      index.set(path, err(fm.error));
      return;
    }
    if (fm.value) frontmatter.set(path, fm.value);
    // Task statuses are parsed for 1:1 notes only, with the one Markdown parser.
    const body = isMeetingFrontmatter(fm.value)
      ? { taskStatuses: taskStatusesFromText(text) }
      : undefined;
    index.set(path, recordFromFrontmatter(path, fm.value, resolve, body));
    index.setPersonNote(path, isPersonFrontmatter(fm.value));
  });
  const profiles = new Map<string, PersonProfile>();
  const defaults = {
    cadenceDays: config.defaultCadence,
    careerCadence: config.defaultCareerCadence,
  };
  for (const person of index.people()) {
    if (person.personPath)
      profiles.set(
        person.personPath,
        profileFromFrontmatter(frontmatter.get(person.personPath), defaults),
      );
  }
  return { index, frontmatter, profiles };
}
