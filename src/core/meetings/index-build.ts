/**
 * Putting notes into the meeting index from their cached metadata: one note at a time
 * (`indexNote`, what the adapter does on a metadata event) or the whole vault in time
 * slices (`SlicedBuild`), so that building the index of a large vault never freezes a
 * frame. Pure: the clock comes in as a parameter and nothing here schedules anything.
 */
import type { SectionCache } from 'obsidian';
import type { MeetingIndex } from './meeting-index';
import {
  isMeetingFrontmatter,
  isPersonFrontmatter,
  recordFromFrontmatter,
  unresolvedKey,
  type LinkResolver,
  type MeetingRecord,
} from './meeting-record';
import { ok, type Result } from '../shared/result';
import { taskStatusesFromListItems, type CachedItem } from '../notes/task-statuses';

/** What the index reads of a note's cached metadata (Obsidian's `CachedMetadata`). */
export interface NoteMetadata {
  frontmatter?: Record<string, unknown>;
  /** The note's list items; their task status characters (and lines) are read. */
  listItems?: readonly CachedItem[];
  /** The note's sections: list items in a comment section are hidden. */
  sections?: ReadonlyArray<Pick<SectionCache, 'type' | 'position'>>;
}

/** The result for every note that is not a 1:1 note (shared: results are never changed). */
const NOT_A_MEETING: Result<MeetingRecord | null> = ok(null);

/**
 * A note's record from its cached metadata: frontmatter and the statuses of its tasks.
 * Notes that are not 1:1 notes cost one property check (their list items are not read).
 */
export function recordFromMetadata(
  path: string,
  meta: NoteMetadata | null | undefined,
  resolve: LinkResolver,
): Result<MeetingRecord | null> {
  if (!isMeetingFrontmatter(meta?.frontmatter)) return NOT_A_MEETING;
  return recordFromFrontmatter(path, meta!.frontmatter, resolve, {
    taskStatuses: taskStatusesFromListItems(meta!.listItems, meta!.sections),
  });
}

/**
 * Put one note into the index (or take it out when it is no longer a 1:1 note), and
 * say whether it is a person note. When
 * the note is the person note that unresolved links of earlier notes were waiting for
 * (`name` is its file name without `.md`), those meetings move to it.
 *
 * `fresh`: the first build, on an index that was empty when it started: the index
 * holds nothing for this path, or what this same metadata gives (an event indexed it
 * meanwhile), and every note a link could resolve to exists already. A note that is
 * neither a 1:1 note nor a person note then costs nothing beyond reading its type:
 * nothing to take out, and no unresolved link can be waiting for it (it would have
 * resolved to it). Most notes of a large vault are such notes.
 */
export function indexNote(
  index: MeetingIndex,
  path: string,
  name: string,
  meta: NoteMetadata | null | undefined,
  resolve: LinkResolver,
  fresh = false,
): void {
  if (fresh) {
    const fm = meta?.frontmatter;
    if (isMeetingFrontmatter(fm)) index.set(path, recordFromMetadata(path, meta, resolve));
    else if (isPersonFrontmatter(fm)) index.setPersonNote(path, true);
    return;
  }
  index.set(path, recordFromMetadata(path, meta, resolve));
  index.setPersonNote(path, isPersonFrontmatter(meta?.frontmatter));
  if (!index.hasUnresolved()) return;
  const key = unresolvedKey(name);
  const waiting = index.meetingsOf(key);
  if (waiting.length && resolve(waiting[0]!.personLink, waiting[0]!.path) === path)
    index.attachPersonNote(key, path);
}

/**
 * The work budget of one slice of the index build, in ms. A garbage collection that
 * lands in a slice can add several ms (about 10 ms with 100,000 notes), so the budget
 * is kept small enough that a slice stays under a 16 ms frame even then.
 */
export const BUILD_SLICE_MS = 4;

/**
 * A vault with at most this many Markdown files is indexed at once (a few ms): the
 * index is then complete as soon as the workspace is ready, as it always was. Larger
 * vaults are built in slices.
 */
export const BUILD_AT_ONCE_FILES = 2_000;

/** How many items are applied between two looks at the clock. */
const CLOCK_EVERY = 16;

/**
 * A build over a fixed list of items, done in steps that each stop once `budgetMs`
 * have passed. Every step applies at least one item, so a build always finishes; the
 * clock is read every few items, so a step overruns its budget by at most a few items.
 */
export class SlicedBuild<T> {
  private next = 0;
  /** How many steps ran so far. */
  steps = 0;

  constructor(
    private readonly items: readonly T[],
    private readonly apply: (item: T) => void,
  ) {}

  /** True once every item was applied. */
  get done(): boolean {
    return this.next >= this.items.length;
  }

  /** How many items were applied so far. */
  get processed(): number {
    return this.next;
  }

  /** Apply items until `budgetMs` of `now()` have passed; true when the build is done. */
  step(now: () => number, budgetMs: number): boolean {
    if (this.done) return true;
    this.steps++;
    const start = now();
    const { items } = this;
    while (this.next < items.length) {
      this.apply(items[this.next++]!);
      if (this.next % CLOCK_EVERY === 0 && now() - start >= budgetMs) break;
    }
    return this.done;
  }
}
