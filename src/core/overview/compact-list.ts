/**
 * The sidebar's compact list as data: the parts of the summary line, each a filter on
 * the list (overdue, not met yet, due soon, career conversation due or overdue); the
 * rows a person left open, kept by person key across renames and removals; and where
 * the arrow keys move between rows. Pure: the view keeps the state and draws it.
 */
import type { CareerClock, RegularClock } from './clocks';

/** A group of people the summary names, and the list can be narrowed to. */
export type ListFilter = 'overdue' | 'never' | 'due-soon' | 'career-due' | 'career-overdue';

/** One part of the summary line: its group, how many are in it, its text. */
export interface SummaryPart {
  filter: ListFilter;
  count: number;
  text: string;
}

/** What the filter looks at: a person's two clocks. */
interface Clocks {
  regular: Pick<RegularClock, 'status'>;
  career: Pick<CareerClock, 'status'>;
}

const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;

/** Each group in the order the summary names it, with how its part reads. */
const GROUPS: ReadonlyArray<{
  filter: ListFilter;
  test: (p: Clocks) => boolean;
  text: (n: number) => string;
}> = [
  { filter: 'overdue', test: (p) => p.regular.status === 'overdue', text: (n) => `${n} overdue` },
  { filter: 'never', test: (p) => p.regular.status === 'never', text: (n) => `${n} not met yet` },
  {
    filter: 'due-soon',
    test: (p) => p.regular.status === 'due-soon',
    text: (n) => `${n} due soon`,
  },
  {
    filter: 'career-due',
    test: (p) => p.career.status === 'due',
    text: (n) => `${plural(n, 'career conversation')} due`,
  },
  {
    filter: 'career-overdue',
    test: (p) => p.career.status === 'overdue',
    text: (n) => `${plural(n, 'career conversation')} overdue`,
  },
];

/** Whether a person belongs to the group a filter names. */
export function matchesFilter(p: Clocks, filter: ListFilter): boolean {
  return GROUPS.find((g) => g.filter === filter)?.test(p) ?? false;
}

/** The summary's parts: each group with anyone in it, in order ("2 overdue", ...). */
export function summaryParts(people: readonly Clocks[]): SummaryPart[] {
  const parts: SummaryPart[] = [];
  for (const g of GROUPS) {
    const count = people.filter(g.test).length;
    if (count) parts.push({ filter: g.filter, count, text: g.text(count) });
  }
  return parts;
}

/** The people a filter shows, in the order given; everyone without a filter. */
export function shownPeople<T extends Clocks>(
  people: readonly T[],
  filter: ListFilter | null,
): T[] {
  return filter === null ? [...people] : people.filter((p) => matchesFilter(p, filter));
}

/** The filter still in force: none once its group is empty (the summary no longer names it). */
export function activeFilter(
  filter: ListFilter | null,
  parts: readonly SummaryPart[],
): ListFilter | null {
  return parts.some((p) => p.filter === filter) ? filter : null;
}

/**
 * The rows a person left open, by person key (the person note's path); the sidebar
 * keeps which cards have their open items expanded the same way. Read leniently from
 * what was saved; follows a renamed person note; forgets people who are gone; counts
 * its changes, so a view can tell it changed without comparing the keys.
 */
export class OpenRows {
  private readonly keySet = new Set<string>();
  private changeCount = 0;

  private constructor(keys: Iterable<string>) {
    for (const key of keys) this.keySet.add(key);
  }

  /** The rows saved earlier; anything that is not a list of keys counts as none. */
  static from(raw: unknown): OpenRows {
    return new OpenRows(keysOf(raw));
  }

  /** A number that changes whenever the open rows do (and only then). */
  get revision(): number {
    return this.changeCount;
  }

  has(key: string): boolean {
    return this.keySet.has(key);
  }

  /** Open a closed row, close an open one. */
  toggle(key: string): void {
    if (!this.keySet.delete(key)) this.keySet.add(key);
    this.changeCount++;
  }

  /** A person note moved from `from` to `to`: its row stays open. True when it was open. */
  rename(from: string, to: string): boolean {
    if (from === to || !this.keySet.delete(from)) return false;
    this.keySet.add(to);
    this.changeCount++;
    return true;
  }

  /** Forget the rows of people not in `present`; true when any was forgotten. */
  prune(present: Iterable<string>): boolean {
    const keep = new Set(present);
    let changed = false;
    for (const key of this.keySet)
      if (!keep.has(key)) {
        this.keySet.delete(key);
        changed = true;
      }
    if (changed) this.changeCount++;
    return changed;
  }

  /** Take the rows of another saved state (read as `from` reads it); true when they differ. */
  takeKeys(raw: unknown): boolean {
    const next = new Set(keysOf(raw));
    if (next.size === this.keySet.size && [...next].every((k) => this.keySet.has(k))) return false;
    this.keySet.clear();
    for (const key of next) this.keySet.add(key);
    this.changeCount++;
    return true;
  }

  /** The open rows' keys, sorted (what is saved). */
  keys(): string[] {
    return [...this.keySet].sort();
  }
}

/** The keys in what was saved: its non-empty strings, when it is a list. */
function keysOf(raw: unknown): string[] {
  return Array.isArray(raw)
    ? raw.filter((k): k is string => typeof k === 'string' && k !== '')
    : [];
}

/**
 * The row a key moves the focus to, from row `index` of `count`: the next or previous
 * row (stopping at the ends), the first or the last; null for any other key.
 */
export function rowAfterKey(key: string, index: number, count: number): number | null {
  if (count <= 0) return null;
  switch (key) {
    case 'ArrowDown':
      return Math.min(index + 1, count - 1);
    case 'ArrowUp':
      return Math.max(index - 1, 0);
    case 'Home':
      return 0;
    case 'End':
      return count - 1;
    default:
      return null;
  }
}
