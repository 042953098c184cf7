/**
 * Names that are close to a known person's without being it: a first name (`Ana` for
 * Ana Lima) or a typo of one or two letters (`Ana Lmia`). The command line refuses such
 * a name for a new person, so that a slip never makes a second Ana next to Ana Lima.
 */
import type { MeetingIndex } from '../meetings/meeting-index';
import { nameKey } from '../meetings/meeting-record';
import { basename } from '../shared/vault-path';

/**
 * Edits (insert, delete, replace, swap two neighbours) from `a` to `b`, or `max + 1`
 * as soon as it is known to be more than `max`.
 */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev2: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        d = Math.min(d, prev2[j - 2]! + 1);
      row.push(d);
      best = Math.min(best, d);
    }
    if (best > max) return max + 1;
    prev2 = prev;
    prev = row;
  }
  return prev[b.length]!;
}

/** How many letters a name of this length may be off and still be a typo of another. */
const allowedTypos = (length: number): number => (length >= 6 ? 2 : length >= 4 ? 1 : 0);

/** True when `typed` could mean `known` (both compared by `nameKey`). */
function isClose(typed: string, known: string): boolean {
  if (typed === known) return true;
  const first = known.split(/\s+/)[0]!;
  if (typed === first) return true;
  const max = allowedTypos(Math.min(typed.length, known.length));
  if (max > 0 && editDistance(typed, known, max) <= max) return true;
  const firstMax = allowedTypos(Math.min(typed.length, first.length));
  return first !== known && firstMax > 0 && editDistance(typed, first, firstMax) <= firstMax;
}

/**
 * The display names of known people (with meetings, or a person note not met yet) that
 * a name could mean without naming them: their first name, another case, or a typo of
 * one or two letters. Sorted; empty when the name is far from everyone's.
 */
export function closePeople(index: MeetingIndex, name: string): string[] {
  const typed = nameKey(name);
  if (!typed) return [];
  const out = new Set<string>();
  for (const person of index.people()) {
    const names = [person.name, ...(person.personPath ? [basename(person.personPath)] : [])];
    if (names.some((n) => isClose(typed, nameKey(n)))) out.add(person.name);
  }
  return [...out].sort((a, b) => a.localeCompare(b));
}
