/**
 * Who a request means: a person reference (from the next-note flow, "Add topic" or
 * the person picker) resolved against the meeting index and the vault, and the text
 * of a new person note when there is none yet.
 */
import type { MeetingIndex } from '../meetings/meeting-index';
import { unresolvedKey } from '../meetings/meeting-record';
import { basename } from '../shared/vault-path';
import { canBeLinkAlias, canBeLinkPath } from '../shared/links';
import { personNotePath, safeFileName } from '../shared/paths';
import { err, ok, type Result } from '../shared/result';
import type { VaultPort } from '../shared/vault-port';

/** The text of a new person note. */
export const PERSON_NOTE = `---
relationship: other
cadence:
career-cadence:
email:
---
## Goals

## Development plan

## Topics for next time
`;

/**
 * The text of a new person note for a display name. A name that cannot be a link's
 * alias (`Sam Lee [Platform]`) is kept as the note's `aliases` entry, which Obsidian
 * shows and searches, since the links to the note can only carry its file name.
 * `embed` (the 1:1 base's person view, when Bases is on and the base exists) goes
 * in a section of its own before the goals, never into the topic queue.
 */
export function newPersonNote(name: string, embed?: string | null): string {
  let text = PERSON_NOTE;
  if (embed) text = text.replace('---\n## Goals', `---\n## 1:1s\n\n${embed}\n\n## Goals`);
  if (canBeLinkAlias(name)) return text;
  return text.replace('---\n', `---\naliases:\n  - ${JSON.stringify(name)}\n`);
}

/**
 * A person as a request or the person picker names them: a known person's index key,
 * a person note's path (with or without meetings), or a name (known, with a person
 * note, or new).
 */
export type PersonRef = { key: string } | { personPath: string } | { name: string };

/** Who a PersonRef turned out to be. */
export interface ResolvedPerson {
  /** The person's key in the meeting index (`?` and the name when there is no person note). */
  key: string;
  /** The display name. */
  name: string;
  /** The person note's path: the existing note, or where a new one goes. */
  path: string;
  /** Whether the person note exists already. */
  exists: boolean;
}

/** What resolving a person looks at. */
export interface PersonLookup {
  index: MeetingIndex;
  port: Pick<VaultPort, 'exists' | 'resolveLink' | 'canonical'>;
  /** The folder new person notes go to (the settings' folder for new notes). */
  folder: string;
}

/** The person notes (or unresolved keys) of several people, for a message. */
function paths(index: MeetingIndex, keys: readonly string[]): string {
  return keys.map((k) => index.person(k)?.personPath ?? k).join(', ');
}

/** A person for a message: their name and person note (`Alex (People/Alex.md)`). */
function named(index: MeetingIndex, key: string): string {
  const entry = index.person(key);
  return entry ? `${entry.name} (${entry.personPath ?? 'no person note'})` : key;
}

/**
 * Resolve a person reference: a known person's key, a person note, or a name (known,
 * the name of a note, or new). Used by the next-note flow and for topics added from
 * anywhere.
 */
export function resolvePerson(lookup: PersonLookup, person: PersonRef): Result<ResolvedPerson> {
  const { index, port, folder } = lookup;
  // Where a new person note goes: in a folder the vault already has in another case.
  const newNotePath = (name: string): string => {
    const path = personNotePath(folder, name);
    return port.canonical?.(path) ?? path;
  };
  if ('key' in person) {
    const entry = index.person(person.key);
    if (!entry) return err(`Unknown person ${person.key}`);
    const path =
      entry.personPath ?? port.resolveLink(entry.meetings[0]!.personLink, entry.meetings[0]!.path);
    return ok({
      key: entry.key,
      name: entry.name,
      path: path ?? newNotePath(entry.name),
      exists: path !== null,
    });
  }
  if ('personPath' in person) {
    const path = person.personPath;
    if (index.person(path)) return resolvePerson(lookup, { key: path });
    if (!port.exists(path)) return err(`The person note ${path} does not exist`);
    return ok({ key: path, name: basename(path), path, exists: true });
  }
  // One Unicode form for every name this run writes (file names, links, the index key).
  const name = person.name.normalize('NFC').trim();
  if (!name) return err('The person name is empty');
  const keys = index.findPeopleByName(name);
  if (keys.length > 1)
    return err(
      `"${name}" matches more than one person (${paths(index, keys)}); use the person note's path`,
    );
  if (keys.length === 1) return resolvePerson(lookup, { key: keys[0]! });
  // A name with `#`, `^`, `[`, `]` or `|` is not a link (`Sam#Goals` is not Sam): look
  // it up by the file name it would get.
  const existing = port.resolveLink(canBeLinkPath(name) ? name : safeFileName(name), '');
  // A note the name links to: the person is that note (its name, not the text typed).
  if (existing) return resolvePerson(lookup, { personPath: existing });
  // A known name with trailing punctuation (`Alex.`) is that person, never a new one
  // whose note would take over the links to theirs; refused when it could be several.
  const near = index.findPeopleByName(name, true);
  if (near.length > 1)
    return err(
      `"${name}" is not a known name; it could be ${near
        .map((k) => named(index, k))
        .sort()
        .join(' or ')}: type the name as written or use the person note's path`,
    );
  if (near.length === 1) return resolvePerson(lookup, { key: near[0]! });
  // A person note made earlier for this name (say by "Add topic"), whose file name had
  // to differ from the name: that note is the person.
  const planned = newNotePath(name);
  if (port.exists(planned)) return ok({ key: planned, name, path: planned, exists: true });
  return ok({ key: unresolvedKey(name), name, path: planned, exists: false });
}
