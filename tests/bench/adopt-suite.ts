/**
 * The adopt workload of the benchmark: "Adopt existing 1:1 notes" finding 10,000
 * candidate notes from their cached metadata, as src/plugin/adopt/adopt-service.ts
 * does (the candidate list read from the cache, then findAdoptable), over the layouts
 * the rules cover: dated names, a folder per person, kepano-style `people` lists,
 * daily notes and undated notes, with 50 person notes known by name and alias.
 */
import { findAdoptable } from '../../src/core/adopt/find-adoptable';
import type { AdoptInput } from '../../src/core/adopt/adopt-types';
import { measure, type Timing } from './measure';

/** A generated vault: each note's cached frontmatter by path, and the person notes. */
export interface AdoptVault {
  cache: Map<string, Record<string, unknown> | null>;
  people: Array<{ path: string; aliases: string[] }>;
}

/** `n` candidate notes over `people` people, in five layouts. */
export function adoptVault(n: number, people: number): AdoptVault {
  const cache = new Map<string, Record<string, unknown> | null>();
  const names = Array.from({ length: people }, (_, i) => `Person ${i} Example`);
  const list = names.map((name, i) => ({ path: `People/${name}.md`, aliases: [`P${i}`] }));
  for (const p of list) cache.set(p.path, { relationship: 'report' });
  for (let i = 0; i < n; i++) {
    const name = names[i % people]!;
    const day = new Date(Date.UTC(2020, 0, 1) + Math.floor(i / 5) * 86_400_000)
      .toISOString()
      .slice(0, 10);
    switch (i % 5) {
      case 0:
        cache.set(`Meetings/${day} - ${name} ${i}.md`, null);
        break;
      case 1:
        cache.set(`1-1s/${name.toLowerCase().replace(/ /g, '-')}/${day} ${i}.md`, {
          person: name,
        });
        break;
      case 2:
        cache.set(`Meetings/${day} Weekly ${i}.md`, {
          type: [],
          date: day,
          people: [`[[${name}]]`],
          tags: ['meetings'],
        });
        break;
      case 3:
        cache.set(`Daily/${day} ${i}.md`, { tags: ['daily'] });
        break;
      default:
        cache.set(`Notes/Idea ${i}.md`, { tags: ['idea'] });
    }
  }
  return { cache, people: list };
}

/** The search's input as the adapter builds it from the cache. */
function input(vault: AdoptVault): AdoptInput {
  const byName = new Map(vault.people.map((p) => [p.path.slice(7, -3), p.path]));
  return {
    notes: [...vault.cache].map(([path, frontmatter]) => ({ path, frontmatter })),
    people: vault.people,
    skipFolders: ['Templates'],
    personFolder: 'One-on-ones',
    typeIds: ['regular', 'career'],
    propertyTypes: {},
    resolveLink: (link) => byName.get(link) ?? null,
  };
}

/** Find the notes to adopt among 10,000 candidates; checks that the search found them. */
export function measureAdopt(b?: () => number, n = 10_000): Timing {
  const vault = adoptVault(n, 50);
  const found = findAdoptable(input(vault));
  if (found.notes.length < (n * 3) / 5)
    throw new Error(`the search found only ${found.notes.length} of ${n} candidates`);
  return measure(() => void findAdoptable(input(vault)), { baseline: b, samples: 11 });
}
