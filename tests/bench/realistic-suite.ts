/**
 * The realistic tier of the benchmark (issue 16, decision 3): a vault of 300,000 notes of
 * which 3,000 are 1:1 notes of 60 people, as a long-time Obsidian user has. The index is
 * built in slices as on layout ready and judged against the floor measured around it;
 * its memory is split between the 1:1 notes and the others; and the work from `onload`
 * to the first sidebar render with everyone's numbers is added up (the slices' pauses
 * left out).
 */
import type { MeetingIndex } from '../../src/core/meetings/meeting-index';
import { careerTypeIds, PersonStatsCache } from '../../src/core/overview/person-stats';
import { profileFromFrontmatter } from '../../src/core/people/person-profile';
import { buildSidebarModel } from '../../src/core/overview/sidebar-model';
import { migrateSettings } from '../../src/core/settings/settings';
import { collector, median } from './measure';
import { floorSampler, indexHeap, measureSliced, tier, type Baseline } from './index-suite';
import { timeFigure, valueFigure, type Figure } from './report';

export const REALISTIC = { notes: 300_000, meetings: 3_000, people: 60 } as const;

/**
 * What the sidebar's first render computes once the index is ready: everyone's stats
 * from nothing and the sidebar model (the cards' DOM is the Chromium figure
 * `sidebar-render`). Returns how many people it drew.
 */
function firstRender(vault: ReturnType<typeof tier>): (index: MeetingIndex) => void {
  const settings = migrateSettings({});
  const people = new Map(vault.people.map((p) => [p.path, p]));
  const defaults = {
    cadenceDays: settings.defaultCadence,
    careerCadence: settings.defaultCareerCadence,
  };
  const careerIds = careerTypeIds(settings);
  const details = { goals: [], topics: 2 };
  return (index) => {
    const stats = new PersonStatsCache(index);
    stats.refresh({
      today: vault.today,
      config: settings,
      profile: (path) =>
        profileFromFrontmatter(path ? people.get(path)?.meta.frontmatter : undefined, defaults),
    });
    const model = buildSidebarModel({
      today: vault.today,
      people: stats.all(),
      meetingsOf: (key) => index.meetingsOf(key),
      careerTypeIds: careerIds,
      details: () => details,
      problems: [],
    });
    if (stats.all().length !== vault.people.length || !model)
      throw new Error(`stats for ${stats.all().length} people, expected ${vault.people.length}`);
  };
}

export async function measureRealistic(b: Baseline): Promise<Figure[]> {
  const { meetings, people, notes } = REALISTIC;
  const vault = tier(meetings, people, notes - meetings - people);
  const floor = floorSampler(vault);
  const sliced = await measureSliced(vault, b, floor.sample, 7, firstRender(vault));
  collector()?.();
  // Memory: an index of the other notes alone, then of every note; the 1:1 notes hold the rest.
  const others = indexHeap(vault, [...vault.others, ...vault.people], 3).bytes;
  const all = indexHeap(vault, vault.all, 3).bytes;
  const perOther = others / (notes - meetings);
  const perMeeting = (all - others) / meetings;
  const floorMs = median(floor.all);
  return [
    timeFigure(
      'realistic',
      'realistic-ready',
      'Realistic vault: index ready (all slices)',
      sliced.total,
      'ms',
      `300,000 notes, 3,000 1:1 notes; floor ${floorMs.toFixed(1)} ms; ${sliced.wall.toFixed(0)} ms from start to ready, yields included; ${sliced.slices} slices`,
    ),
    timeFigure(
      'realistic',
      'realistic-slice',
      'Realistic vault: longest slice',
      sliced.longest,
      'ms',
      `worst of 7 builds ${sliced.worst.toFixed(1)} ms`,
    ),
    valueFigure(
      'realistic',
      'realistic-memory-meeting',
      'Realistic vault: index memory per 1:1 note',
      perMeeting,
      'B/note',
    ),
    valueFigure(
      'realistic',
      'realistic-memory-other',
      'Realistic vault: index memory per other note',
      perOther,
      'B/note',
      `${(all / 1024).toFixed(0)} KB in all`,
    ),
    timeFigure(
      'realistic',
      'realistic-first-render',
      'Realistic vault: onload to the first sidebar model with everyone (work only, no budget)',
      sliced.firstRender,
      'ms',
      "the index's slices, everyone's stats and the sidebar model; the cards' DOM is sidebar-render",
    ),
  ];
}
