/**
 * Who owns an action item: a task whose text starts with `@Name` or with a link
 * `[[Person]]` (optionally followed by `:` or `,`) belongs to that person; `@me` and
 * anything without an owner is mine. The owner is "theirs" when the name is the
 * person's full name, first name or note name (case, spaces and punctuation ignored),
 * or the link resolves to the person's note by name; any other owner is someone else's.
 * Read by the recap (whose action items) and the accomplishment log (whose work).
 */
import { basename } from '../shared/vault-path';
import { lazyRegExp } from '../shared/memo';

/** Who the meeting was with, for matching owners. */
export interface PersonNames {
  name: string;
  personPath: string | null;
  personLink: string;
}

const OWNER_AT = lazyRegExp(String.raw`^@([\p{L}\p{N}][\p{L}\p{N}._'-]*)[:,]?[ \t]+`, 'u');
const NOT_WORDS = lazyRegExp(String.raw`[^\p{L}\p{N}]+`, 'gu');
const TRAILING_PUNCTUATION = lazyRegExp(String.raw`[\p{P}]+$`, 'u');
const OWNER_LINK = /^\[\[([^\]|#^]+)(?:[#^][^\]|]*)?(?:\|([^\]]+))?\]\][:,]?[ \t]+/;
const ME = new Set(['me', 'i', 'myself']);

const norm = (s: string): string => s.toLowerCase().replace(NOT_WORDS(), '');
const firstWord = (s: string): string => s.trim().split(/\s+/)[0] ?? '';

/** The person's first name as a greeting uses it: "Priya", "Jo" (from "Jo: Ops/Infra"). */
export function firstName(name: string): string {
  return firstWord(name).replace(TRAILING_PUNCTUATION(), '') || name.trim();
}

function personKeys(person: PersonNames): Set<string> {
  const names = [person.name, firstName(person.name), basename(person.personLink)];
  if (person.personPath) names.push(basename(person.personPath));
  names.push(...names.map(firstWord));
  return new Set(names.map(norm).filter(Boolean));
}

/** Who owns an item: me, the person the meeting was with, or someone else. */
export type Owner = { kind: 'mine' } | { kind: 'theirs' } | { kind: 'other'; label: string };

/** The owner written at the start of a task, and the text without it. */
export function ownerOf(text: string, person: PersonNames): { owner: Owner; text: string } {
  const keys = personKeys(person);
  const at = OWNER_AT().exec(text);
  const link = at ? null : OWNER_LINK.exec(text);
  if (!at && !link) return { owner: { kind: 'mine' }, text };
  const rest = text.slice((at ?? link)![0].length);
  const capitalised = rest.charAt(0).toUpperCase() + rest.slice(1);
  if (at) {
    const name = at[1]!.replace(/[.'-]+$/, '');
    if (ME.has(name.toLowerCase())) return { owner: { kind: 'mine' }, text: capitalised };
    if (keys.has(norm(name))) return { owner: { kind: 'theirs' }, text: capitalised };
    return { owner: { kind: 'other', label: name }, text: rest };
  }
  const target = basename(link![1]!.trim());
  const alias = link![2]?.trim() ?? '';
  if (keys.has(norm(target)) || (alias && keys.has(norm(alias))))
    return { owner: { kind: 'theirs' }, text: capitalised };
  return { owner: { kind: 'other', label: alias || target }, text: rest };
}
