/**
 * A deterministic generator of vaults for the benchmark: metadata-shaped records (what
 * Obsidian's metadata cache gives: frontmatter and list items with positions) for 1:1
 * notes, person notes and other notes, and the same notes as Markdown text (for the
 * naive on-disk scan and for the mocks' vault in Chromium). The same seed always gives
 * the same vault.
 */
import type { LinkResolver } from '../../src/core/meetings/meeting-record';
import type { NoteMetadata } from '../../src/core/meetings/index-build';
import { addDays, type IsoDate } from '../../src/core/shared/dates';

/** mulberry32: a small, fast, seeded PRNG returning numbers in [0, 1). */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface ListItemMeta {
  position: {
    start: { line: number; col: number; offset: number };
    end: { line: number; col: number; offset: number };
  };
  parent: number;
  task?: string;
}

export interface GenNote {
  path: string;
  /** File name without `.md`, as `TFile.basename`. */
  basename: string;
  meta: NoteMetadata & { listItems?: ListItemMeta[] };
  /** The list lines of the body (for the Markdown text). */
  lines: string[];
}

export interface GenVault {
  today: IsoDate;
  meetings: GenNote[];
  people: GenNote[];
  others: GenNote[];
  /** Every note, in a shuffled order like a real vault's file list. */
  all: GenNote[];
  /** Link path to person note path, as `getFirstLinkpathDest` would answer. */
  resolve: LinkResolver;
}

export interface GenOptions {
  /** How many 1:1 notes. */
  meetings: number;
  people: number;
  /** How many other notes (not 1:1 notes, not person notes). */
  others: number;
  seed?: number;
  today?: IsoDate;
}

const FIRST = [
  'Alex',
  'Sam',
  'Priya',
  'Marcus',
  'Dana',
  'Jo',
  'Lena',
  'Omar',
  'Wei',
  'Ines',
  'Noah',
  'Aiko',
  'Ravi',
  'Zoe',
  'Tomas',
  'Mei',
  'Kofi',
  'Sara',
  'Ivan',
  'Lucia',
];
const LAST = [
  'Rivera',
  'Lee',
  'Shah',
  'Chen',
  'Okafor',
  'Novak',
  'Berg',
  'Haddad',
  'Kim',
  'Costa',
  'Mensah',
  'Tanaka',
  'Iyer',
  'Weber',
  'Silva',
  'Moreau',
  'Park',
  'Adeyemi',
  'Rossi',
  'Larsen',
];
const STATUSES = [' ', ' ', 'x', 'x', 'x', '>', '/', '-'];
const WORDS = [
  'roadmap',
  'hiring',
  'budget',
  'review',
  'feedback',
  'launch',
  'metrics',
  'oncall',
  'design',
  'goals',
  'training',
  'incident',
];

function pick<T>(rand: () => number, list: readonly T[]): T {
  return list[Math.floor(rand() * list.length)]!;
}

function personName(i: number): string {
  const base = `${FIRST[i % FIRST.length]} ${LAST[Math.floor(i / FIRST.length) % LAST.length]}`;
  return i < FIRST.length * LAST.length
    ? base
    : `${base} ${Math.floor(i / (FIRST.length * LAST.length)) + 1}`;
}

/** List items (tasks and bullets) as the metadata cache records them, and their lines. */
function listBody(
  rand: () => number,
  count: number,
  taskShare: number,
): { items: ListItemMeta[]; lines: string[] } {
  const items: ListItemMeta[] = [];
  const lines: string[] = [];
  let offset = 0;
  for (let i = 0; i < count; i++) {
    const task = rand() < taskShare ? pick(rand, STATUSES) : undefined;
    const text = `${pick(rand, WORDS)} ${pick(rand, WORDS)} ${Math.floor(rand() * 1000)}`;
    const line = task === undefined ? `- ${text}` : `- [${task}] ${text}`;
    const n = i + 2;
    items.push({
      position: {
        start: { line: n, col: 0, offset },
        end: { line: n, col: line.length, offset: offset + line.length },
      },
      parent: -n,
      ...(task === undefined ? {} : { task }),
    });
    lines.push(line);
    offset += line.length + 1;
  }
  return { items, lines };
}

/** Generate a vault: `meetings` 1:1 notes spread over `people`, among `others` other notes. */
export function generateVault(options: GenOptions): GenVault {
  const rand = prng(options.seed ?? 20261122);
  const today = options.today ?? '2026-11-22';
  const people: GenNote[] = [];
  const links = new Map<string, string>();
  for (let p = 0; p < options.people; p++) {
    const name = personName(p);
    const path = `People/${name}.md`;
    links.set(name, path);
    links.set(`People/${name}`, path);
    const frontmatter: Record<string, unknown> = {
      type: 'person',
      cadence: pick(rand, [7, 7, 14, 14, 28]),
      relationship: pick(rand, ['report', 'report', 'peer', 'manager', 'mentor']),
    };
    if (rand() < 0.3) frontmatter['career-cadence'] = '28-42';
    const { items, lines } = listBody(rand, 6, 0.5);
    people.push({ path, basename: name, meta: { frontmatter, listItems: items }, lines });
  }
  const meetings: GenNote[] = [];
  for (let i = 0; i < options.meetings; i++) {
    const p = i % options.people;
    const k = Math.floor(i / options.people);
    const name = personName(p);
    const cadence = people[p]!.meta.frontmatter!.cadence as number;
    // The newest note of each person is a few days ahead (scheduled), then back in time.
    const date = addDays(today, 3 - k * cadence + Math.floor(rand() * 3) - 1);
    const frontmatter: Record<string, unknown> = {
      type: 'one-on-one',
      person: p % 7 === 0 ? `[[People/${name}|${name.split(' ')[0]}]]` : `[[${name}]]`,
      date,
      kind: k % 6 === 5 ? 'career' : 'regular',
    };
    const roll = rand();
    if (roll < 0.03) frontmatter.status = 'cancelled';
    else if (roll < 0.05) frontmatter.status = 'rescheduled';
    const { items, lines } = listBody(rand, 4 + Math.floor(rand() * 6), 0.6);
    const basename = `${date} ${name}${k > 0 && rand() < 0.01 ? ` ${k}` : ''}`;
    meetings.push({
      path: `One-on-ones/${name}/${basename}.md`,
      basename,
      meta: { frontmatter, listItems: items },
      lines,
    });
  }
  const others: GenNote[] = [];
  for (let i = 0; i < options.others; i++) {
    const folder = pick(rand, ['Projects', 'Daily', 'Reading', 'Ideas', 'Archive']);
    const basename = `${folder} note ${i}`;
    const roll = rand();
    const frontmatter =
      roll < 0.4
        ? undefined
        : roll < 0.8
          ? {
              tags: [pick(rand, WORDS), pick(rand, WORDS)],
              created: addDays(today, -Math.floor(rand() * 2000)),
            }
          : { type: 'project', status: 'active' };
    const { items, lines } = listBody(rand, Math.floor(rand() * 12), 0.3);
    others.push({
      path: `${folder}/${basename}.md`,
      basename,
      meta: { ...(frontmatter ? { frontmatter } : {}), listItems: items },
      lines,
    });
  }
  const all = shuffled(rand, [...meetings, ...people, ...others]);
  // Obsidian loads its metadata cache from storage in its own order (by content hash),
  // each note's metadata deserialized in one go: do the same, so memory is laid out
  // like the app's (one note's objects together, notes in no order of the file list).
  for (const note of shuffled(rand, [...all]))
    note.meta = JSON.parse(JSON.stringify(note.meta)) as GenNote['meta'];
  const resolve: LinkResolver = (linkPath) => links.get(linkPath) ?? null;
  return { today, meetings, people, others, all, resolve };
}

function shuffled<T>(rand: () => number, list: T[]): T[] {
  for (let i = list.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [list[i], list[j]] = [list[j]!, list[i]!];
  }
  return list;
}

function yamlValue(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map((v) => JSON.stringify(v)).join(', ')}]`;
  return typeof value === 'string' && /[[\]:#|]/.test(value)
    ? JSON.stringify(value)
    : String(value);
}

const GOALS = [
  '- [ ] Ship the billing migration 📅 2027-03-31 [progress:: 40]',
  '    - [x] Dual-write running ✅ 2026-09-24',
  '    - [ ] Cut over read traffic 📅 2026-12-15',
  '- [ ] Grow the team to 7 engineers 📅 2027-01-31',
  '    - [x] Role approved',
  '    - [ ] Close the second hire',
  '- [x] First incident review programme ✅ 2026-10-01',
  '- [ ] Get promoted',
];

/** The note as Markdown: frontmatter, then goals and topics (person notes) or a heading and its list lines. */
export function noteText(note: GenNote): string {
  const fm = note.meta.frontmatter;
  const head = fm
    ? `---\n${Object.entries(fm)
        .map(([k, v]) => `${k}: ${yamlValue(v)}`)
        .join('\n')}\n---\n`
    : '';
  if (fm?.type === 'person')
    return `${head}## Goals\n${GOALS.join('\n')}\n\n## Topics for next time\n${note.lines.slice(0, 3).join('\n')}\n`;
  return `${head}# ${note.basename}\n\n## Notes\n${note.lines.join('\n')}\n`;
}
