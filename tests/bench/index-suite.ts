/**
 * The index workloads of the benchmark, in Node, on generated metadata: the full
 * build, the time-sliced build of 100,000 notes, scaling, memory, one changed note in
 * the event handler, one person's recompute, a burst of events, everyone's stats.
 * Each mirrors what the adapter does (src/plugin/meetings/meeting-index-component.ts, plugin/overview/sidebar-data.ts)
 * with the same core calls; Obsidian's own lookups are Map reads here.
 */
import { MeetingIndex } from '../../src/core/meetings/meeting-index';
import {
  BUILD_SLICE_MS,
  indexNote,
  SlicedBuild,
  type NoteMetadata,
} from '../../src/core/meetings/index-build';
import {
  careerTypeIds,
  PersonStatsCache,
  type StatsContext,
} from '../../src/core/overview/person-stats';
import { agendaHeadingOf, factsFromMetadata } from '../../src/core/overview/agenda-facts';
import { profileFromFrontmatter } from '../../src/core/people/person-profile';
import { buildSidebarModel } from '../../src/core/overview/sidebar-model';
import { migrateSettings } from '../../src/core/settings/settings';
import {
  baselineRun,
  collector,
  measure,
  median,
  withBaseline,
  workNow,
  type Timing,
} from './measure';
import { generateVault, type GenNote, type GenVault } from './vault-gen';

const now = (): number => performance.now();

/**
 * A vault of `meetings` 1:1 notes among as many other notes, with its metadata cache:
 * metadata by path, looked up as Obsidian's `getFileCache` does.
 */
export function tier(
  meetings: number,
  people: number,
  others = meetings,
): GenVault & { cache: Map<string, NoteMetadata> } {
  const vault = generateVault({ meetings, people, others });
  return { ...vault, cache: new Map(vault.all.map((n) => [n.path, n.meta])) };
}

type Tier = ReturnType<typeof tier>;

/**
 * What the adapter does for one file of the build (MeetingIndexComponent.indexFile):
 * skip it if it was deleted meanwhile (none here), else index its cached metadata, as
 * as a fresh note when the build started on an empty index.
 */
function applier(vault: Tier, index: MeetingIndex): (note: GenNote) => void {
  const deleted = new Set<string>();
  const fresh = index.isEmpty();
  return (note) => {
    if (deleted.size > 0 && deleted.has(note.path)) return;
    indexNote(index, note.path, note.basename, vault.cache.get(note.path), vault.resolve, fresh);
  };
}

/** Build the whole index at once (of every note, or of the notes given). */
export function buildIndex(vault: Tier, notes: readonly GenNote[] = vault.all): MeetingIndex {
  const index = new MeetingIndex();
  const apply = applier(vault, index);
  for (const note of notes) apply(note);
  return index;
}

/** A baseline sampler (see `baselineSampler`). */
export type Baseline = () => number;

/**
 * The floor of indexing from the metadata cache (issue 16): one metadata lookup per
 * file and a read of every field the index needs (the type; for a 1:1 note its person,
 * date, kind and status and its list items' task statuses), building nothing. Returns a
 * checksum so that nothing is optimised away.
 */
export function floorPass(vault: Tier): number {
  const { all, cache } = vault;
  let check = 0;
  for (let i = 0; i < all.length; i++) {
    const meta = cache.get(all[i]!.path);
    const fm = meta?.frontmatter;
    const type = fm?.type;
    if (type !== 'one-on-one' && !(typeof type === 'string' && type.trim() === 'one-on-one'))
      continue;
    const { person, date, kind, status } = fm!;
    check += typeof person === 'string' ? person.length : 1;
    check += typeof date === 'string' ? date.length : 1;
    check += typeof kind === 'string' ? kind.length : 0;
    check += typeof status === 'string' ? status.length : 0;
    const items = meta!.listItems;
    if (!items) continue;
    for (let j = 0; j < items.length; j++) {
      const task = items[j]!.task;
      if (typeof task === 'string' && task !== '') check += task.charCodeAt(0);
    }
  }
  return check;
}

/**
 * The floor as a sampler, to interleave with the samples of an index build as B is
 * (`MeasureOptions.baseline`): each call runs the floor pass enough times to take at
 * least 10 ms and returns the time of one pass. Every pass's time is kept in `all`.
 */
export function floorSampler(vault: Tier): { sample: Baseline; all: number[] } {
  let sink = 0;
  let reps = 1;
  for (const start = now(); now() - start < 250;) sink += floorPass(vault);
  for (;;) {
    const t = now();
    for (let i = 0; i < reps; i++) sink += floorPass(vault);
    if (now() - t >= 10) break;
    reps *= 2;
  }
  const all: number[] = [];
  const sample = (): number => {
    const t = workNow();
    for (let i = 0; i < reps; i++) sink += floorPass(vault);
    const ms = (workNow() - t) / reps;
    if (sink < 0) throw new Error('unreachable');
    all.push(ms);
    return ms;
  };
  return { sample, all };
}

export function measureBuild(vault: Tier, baseline?: Baseline): Timing {
  let size = 0;
  const t = measure(
    () => {
      size += buildIndex(vault).size;
    },
    { baseline, samples: 15 },
  );
  if (size === 0) throw new Error('the index is empty');
  return t;
}

export interface SlicedResult {
  /** Median over builds of the longest slice, ms (with its ratio to the paired B). */
  longest: Timing;
  /** The longest slice of all builds, ms. */
  worst: number;
  /** Median over builds of the sum of the slices, ms (with its ratio to the paired floor). */
  total: Timing;
  /** Median over builds of the time from start to ready, yields included, ms. */
  wall: number;
  /** Median over builds of the slices' work plus `after` (ratio to the paired B). */
  firstRender: Timing;
  slices: number;
}

/** One build in slices; with `after`, run once the index is ready and timed apart. */
function slicedOnce(
  vault: Tier,
  after?: (index: MeetingIndex) => void,
): Promise<{ slices: number[]; wall: number; after: number }> {
  const index = new MeetingIndex();
  const build = new SlicedBuild(vault.all, applier(vault, index));
  const slices: number[] = [];
  const start = now();
  return new Promise((resolve) => {
    const run = (): void => {
      // The slice ends by wall time, as in the app; its length is timed without the
      // waits for a CPU (workNow), so a slice descheduled by other jobs is not counted long.
      const t = workNow();
      const done = build.step(now, BUILD_SLICE_MS);
      slices.push(workNow() - t);
      if (!done) return void setTimeout(run, 0);
      const wall = now() - start;
      const a = workNow();
      after?.(index);
      resolve({ slices, wall, after: workNow() - a });
    };
    run();
  });
}

/**
 * Build in slices, as the plugin does on layout ready, yielding to the event loop
 * between slices. B and the floor both run before every build and after the last: the
 * longest slice is a ratio to B (a frame is a time), the sum of the slices a ratio to
 * the floor.
 */
export async function measureSliced(
  vault: Tier,
  baseline: Baseline | undefined,
  floor: Baseline,
  builds = 7,
  after?: (index: MeetingIndex) => void,
): Promise<SlicedResult> {
  const bs: number[] = [];
  const fs: number[] = [];
  await slicedOnce(vault);
  const runs: Array<{ slices: number[]; wall: number; after: number }> = [];
  for (let i = 0; i < builds; i++) {
    baselineRun(baseline, bs);
    baselineRun(floor, fs);
    runs.push(await slicedOnce(vault, after));
  }
  baselineRun(baseline, bs);
  baselineRun(floor, fs);
  return {
    longest: withBaseline(
      runs.map((r) => Math.max(...r.slices)),
      bs,
    ),
    worst: Math.max(...runs.map((r) => Math.max(...r.slices))),
    total: withBaseline(
      runs.map((r) => r.slices.reduce((a, b) => a + b, 0)),
      fs,
    ),
    wall: median(runs.map((r) => r.wall)),
    firstRender: withBaseline(
      runs.map((r) => r.slices.reduce((a, b) => a + b, 0) + r.after),
      bs,
    ),
    slices: median(runs.map((r) => r.slices.length)),
  };
}

/** Bytes of heap the index holds per 1:1 note (the metadata it reads is not counted). */
export function measureMemory(vault: Tier, runs = 5): number {
  return indexHeap(vault, vault.all, runs).perRecord;
}

/**
 * Bytes of heap held by an index of the notes given (median over `runs` builds, after
 * full collections; the metadata it reads is not counted), and per record it holds.
 */
export function indexHeap(
  vault: Tier,
  notes: readonly GenNote[],
  runs = 5,
): { bytes: number; perRecord: number } {
  const gc = collector();
  if (!gc) throw new Error('run node with --expose-gc');
  const per: number[] = [];
  const total: number[] = [];
  // Held outside the loop and dropped before each "before": a const in the loop body
  // would keep the previous index alive in its register while measuring.
  let held: MeetingIndex | null = null;
  for (let i = 0; i < runs; i++) {
    held = null;
    gc();
    gc();
    const before = process.memoryUsage().heapUsed;
    held = buildIndex(vault, notes);
    gc();
    gc();
    const after = process.memoryUsage().heapUsed;
    total.push(after - before);
    per.push((after - before) / Math.max(1, held.size));
  }
  return { bytes: median(total), perRecord: median(per) };
}

/** Obsidian's `debounce(fn, ms, false)`, as the adapter uses it: a pending timer is not reset. */
function debounce(fn: () => void, ms: number): { call: () => void; cancel: () => void } {
  let timer: ReturnType<typeof setTimeout> | null = null;
  const cancel = (): void => {
    if (timer !== null) clearTimeout(timer);
    timer = null;
  };
  return {
    call: () => {
      if (timer !== null) return;
      timer = setTimeout(() => {
        timer = null;
        fn();
      }, ms);
    },
    cancel,
  };
}

/** The same note with another date and other task statuses (a real change every time). */
function edited(note: GenNote): NoteMetadata {
  const fm = note.meta.frontmatter!;
  const date = String(fm.date);
  const day = Number(date.slice(8, 10));
  return {
    frontmatter: {
      ...fm,
      date: `${date.slice(0, 8)}${String(day === 28 ? 27 : day + 1).padStart(2, '0')}`,
    },
    listItems: (note.meta.listItems ?? []).map((i) =>
      i.task === undefined ? i : { ...i, task: i.task === ' ' ? 'x' : ' ' },
    ),
  };
}

export interface EventFigures {
  event: Timing;
  recompute: Timing;
  burst: Timing;
  statsAll: Timing;
  model: Timing;
}

/** The live path at 10,000 notes: events, recomputes and everyone's stats. */
export function measureEvents(vault: Tier, baseline?: Baseline): EventFigures {
  const settings = migrateSettings({});
  const index = buildIndex(vault);
  const defaults = {
    cadenceDays: settings.defaultCadence,
    careerCadence: settings.defaultCareerCadence,
  };
  // A third of the people have a `meets` schedule: their next meeting is found from it
  // when no note lies ahead. Every person's next meeting is part of their stats, with its
  // note's agenda read from cached metadata as the plugin does.
  const frontmatter = new Map(
    vault.people.map((p, i) => [
      p.path,
      i % 3 === 0
        ? { ...p.meta.frontmatter, meets: 'every 2 weeks on Tuesday at 10:30' }
        : p.meta.frontmatter,
    ]),
  );
  const metaOf = new Map(vault.meetings.map((n) => [n.path, n.meta]));
  const ctx: StatsContext = {
    today: vault.today,
    config: settings,
    profile: (path) => profileFromFrontmatter(path ? frontmatter.get(path) : undefined, defaults),
    meetingFacts: (path, typeId) =>
      factsFromMetadata(metaOf.get(path), agendaHeadingOf(settings, typeId)),
  };
  const stats = new PersonStatsCache(index);
  stats.refresh(ctx);
  const notify = debounce(() => undefined, 100);
  // The adapter's 'changed' handler: the extension check, the index, the debounced notice.
  const handler = (note: GenNote, meta: NoteMetadata): void => {
    if (!note.path.endsWith('.md')) return;
    indexNote(index, note.path, note.basename, meta, vault.resolve);
    notify.call();
  };
  const versions = vault.meetings.map((n) => [edited(n), n.meta] as const);
  let k = 0;
  const changeOne = (): void => {
    const i = k % 1000;
    handler(vault.meetings[i]!, versions[i]![Math.floor(k / 1000) % 2]!);
    k++;
  };
  const event = measure(changeOne, { baseline });
  const recompute = measure(() => void stats.refresh(ctx), { setup: changeOne, baseline });
  let round = 0;
  const burst = measure(
    () => {
      const v = round++ % 2;
      for (let i = 0; i < 10_000; i++) handler(vault.meetings[i]!, versions[i]![v]!);
      stats.refresh(ctx);
    },
    { baseline },
  );
  // Everyone's stats from nothing (a new cache each time), as on the first render.
  let cold = new PersonStatsCache(index);
  const statsAll = measure(() => void cold.refresh(ctx), {
    setup: () => (cold = new PersonStatsCache(index)),
    baseline,
  });
  const careerIds = careerTypeIds(settings);
  const details = { goals: [], topics: 2 };
  const model = measure(
    () => {
      stats.refresh(ctx);
      buildSidebarModel({
        today: vault.today,
        people: stats.all(),
        meetingsOf: (key) => index.meetingsOf(key),
        careerTypeIds: careerIds,
        details: () => details,
        problems: [],
      });
    },
    { baseline },
  );
  notify.cancel();
  if (stats.all().some((p) => p.nextMeeting === null))
    throw new Error('a person without a next meeting: the figure would leave that work out');
  if (stats.all().length !== vault.people.length)
    throw new Error(`stats for ${stats.all().length} people, expected ${vault.people.length}`);
  return { event, recompute, burst, statsAll, model };
}
