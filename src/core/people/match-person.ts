/**
 * Matching a name as people write it (`alex-rivera`, `Alex_Rivera`, `alex rivera`) to
 * the person notes of a vault by their name or `aliases`, with case, spaces, hyphens
 * and underscores ignored. Used where names come from folders and file names.
 */
import { basename } from '../shared/vault-path';

/** A person note as the matcher knows it: its path and the other names it goes by. */
export interface PersonNoteRef {
  path: string;
  aliases: readonly string[];
}

/** A name as it is matched: one Unicode form, lower case, no spaces, hyphens or underscores. */
export function personMatchKey(name: string): string {
  return name
    .normalize('NFC')
    .toLowerCase()
    .replace(/[\s_-]+/g, '');
}

/** The `aliases` of a frontmatter block as a list of names (a string or a list of strings). */
export function aliasesOf(fm: Record<string, unknown> | null | undefined): string[] {
  const value = fm?.aliases ?? fm?.alias;
  const list: unknown[] = Array.isArray(value) ? value : [value];
  return list.filter((v): v is string => typeof v === 'string' && v.trim() !== '');
}

/** Person notes by their match keys: built once, then asked for many names. */
export class PersonMatcher {
  private readonly byKey = new Map<string, string[]>();

  constructor(notes: readonly PersonNoteRef[]) {
    for (const note of notes) {
      for (const name of [basename(note.path), ...note.aliases]) {
        const key = personMatchKey(name);
        if (!key) continue;
        const paths = this.byKey.get(key) ?? [];
        if (!paths.includes(note.path)) paths.push(note.path);
        this.byKey.set(key, paths);
      }
    }
  }

  /** The paths of the person notes a name could mean (none, one, or several). */
  match(name: string): readonly string[] {
    const key = personMatchKey(name);
    return key ? (this.byKey.get(key) ?? []) : [];
  }

  /** Whether a path is one of the person notes. */
  has(path: string): boolean {
    return this.paths().has(path);
  }

  private known: Set<string> | null = null;
  private paths(): Set<string> {
    return (this.known ??= new Set([...this.byKey.values()].flat()));
  }
}
