/**
 * The accomplishment log as a note: its name from the name pattern, and its Markdown,
 * grouped by goal where an item belongs to one, otherwise by month, every item with
 * its date and a link back to the note it came from.
 */
import type { Accomplishment, AccomplishmentKind, Whose } from './collect';
import { safeFileName } from '../shared/paths';
import type { Period } from './periods';
import { DEFAULT_SETTINGS } from '../settings/settings';

/**
 * The note's name (without `.md`): `{{period}}` becomes the period's label and
 * `{{person}}` the person's name (or `everyone`). For one person, a pattern without
 * `{{person}}` gets ` - <person>` at the end. The result is file-name safe.
 */
export function accomplishmentsNoteName(
  pattern: string,
  period: Period,
  personName: string | null,
): string {
  const base = pattern.trim() || DEFAULT_SETTINGS.accomplishmentsFileName;
  const hasPerson = /\{\{\s*person\s*\}\}/.test(base);
  const name = base
    .replace(/\{\{\s*period\s*\}\}/g, period.label)
    .replace(/\{\{\s*person\s*\}\}/g, personName ?? 'everyone');
  return safeFileName(personName && !hasPerson ? `${name} - ${personName}` : name);
}

/** The first of `<base>.md`, `<base> 2.md`, `<base> 3.md`, ... that does not exist. */
export function freeNotePath(base: string, exists: (path: string) => boolean): string {
  if (!exists(`${base}.md`)) return `${base}.md`;
  for (let n = 2; ; n++) if (!exists(`${base} ${n}.md`)) return `${base} ${n}.md`;
}

export interface RenderOptions {
  /** The note's title (its name). */
  title: string;
  period: Period;
  /** The one person the log is about, with a wikilink to their person note; null for everyone. */
  person: { name: string; link: string | null } | null;
  /** Whose work the log is about; null (everyone only) for each person's default. */
  whose: Whose | null;
  /** The link text of a note from the new note (`2026-11-10 Priya Shah`). */
  linkText: (path: string) => string;
}

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
const KIND_HEADINGS: ReadonlyArray<[AccomplishmentKind, string]> = [
  ['win', 'Wins'],
  ['done', 'Done'],
  ['goal', 'Goal progress'],
  ['feedback', 'Feedback'],
];

function monthName(date: string): string {
  return `${MONTHS[Number(date.slice(5, 7)) - 1]!} ${date.slice(0, 4)}`;
}

function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** A YAML scalar for frontmatter: JSON quoting is valid YAML. */
const yaml = (value: string): string => JSON.stringify(value);

interface Group {
  heading: string;
  items: Accomplishment[];
}

/** Goal groups first (in the order goals first appear), then months, oldest first. */
function groups(items: readonly Accomplishment[], everyone: boolean): Group[] {
  const byGoal = new Map<string, Group>();
  const byMonth = new Map<string, Group>();
  for (const item of items) {
    if (item.goal) {
      const key = `${item.personKey}\u0000${item.goal}`;
      const heading = `Goal: ${item.goal}${everyone ? ` (${item.personName})` : ''}`;
      if (!byGoal.has(key)) byGoal.set(key, { heading, items: [] });
      byGoal.get(key)!.items.push(item);
    } else {
      const key = item.date.slice(0, 7);
      if (!byMonth.has(key)) byMonth.set(key, { heading: monthName(item.date), items: [] });
      byMonth.get(key)!.items.push(item);
    }
  }
  const months = [...byMonth.entries()].sort(([a], [b]) => (a < b ? -1 : 1)).map(([, g]) => g);
  return [...byGoal.values(), ...months];
}

function itemLine(item: Accomplishment, opts: RenderOptions): string {
  const who = opts.person ? '' : `${item.personName}, `;
  return `- ${item.text} (${who}${item.date}, [[${opts.linkText(item.source)}]])`;
}

/** Which completed action items the log counts, in words. */
function whoseLine(opts: RenderOptions): string {
  const them = opts.person ? `${opts.person.name}'s` : "each person's own";
  if (opts.whose === 'theirs')
    return `Whose work: ${them} (completed action items owned by ${opts.person ? 'them' : 'the person'}).`;
  if (opts.whose === 'mine')
    return 'Whose work: mine (completed action items with no owner or owned by @me).';
  return "Whose work: each person's default, theirs for a report and mine for everyone else.";
}

/**
 * The note's Markdown: frontmatter (`type: accomplishments`, the period, the person),
 * a title, a one-line summary, then one section per goal and per month, each with
 * its wins, done items, goal progress and feedback. Items must be sorted by date.
 */
export function renderAccomplishments(
  items: readonly Accomplishment[],
  opts: RenderOptions,
): string {
  const out: string[] = [
    '---',
    'type: accomplishments',
    `from: ${opts.period.from}`,
    `to: ${opts.period.to}`,
  ];
  if (opts.person) out.push(`person: ${yaml(opts.person.link ?? opts.person.name)}`);
  if (opts.whose) out.push(`whose: ${opts.whose}`);
  out.push('---', `# ${opts.title}`, '');
  const count = (k: AccomplishmentKind): number => items.filter((i) => i.kind === k).length;
  const notes = opts.person
    ? `the 1:1 notes with ${opts.person.link ?? opts.person.name}`
    : 'all 1:1 notes';
  out.push(
    `From ${notes}, ${opts.period.from} to ${opts.period.to}. Private sections and callouts, comments and lines tagged private are left out.`,
  );
  out.push('', whoseLine(opts));
  out.push('');
  if (!items.length) {
    out.push(
      'Nothing found in this period: no wins, completed action items, goal progress or feedback.',
    );
    return `${out.join('\n')}\n`;
  }
  out.push(
    [
      plural(count('win'), 'win', 'wins'),
      plural(count('done'), 'completed action item', 'completed action items'),
      plural(count('goal'), 'goal update', 'goal updates'),
      plural(count('feedback'), 'piece of feedback', 'pieces of feedback'),
    ].join(', ') + '.',
  );
  for (const group of groups(items, opts.person === null)) {
    out.push('', `## ${group.heading}`);
    for (const [kind, heading] of KIND_HEADINGS) {
      const mine = group.items.filter((i) => i.kind === kind);
      if (!mine.length) continue;
      out.push('', `### ${heading}`, ...mine.map((i) => itemLine(i, opts)));
    }
  }
  return `${out.join('\n')}\n`;
}
