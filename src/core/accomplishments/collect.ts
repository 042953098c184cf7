/**
 * The accomplishment log: what the 1:1 notes of a period say was achieved. Wins (the
 * bullets of the wins sections), completed action items (status `x`/`X`, dated by their
 * `✅` date, else by the meeting), goals completed or progressed (from the person
 * note's Goals section) and feedback received. Private content is stripped first and
 * never reaches an item. Pure: the notes' text comes in, items go out.
 */
import type { IsoDate } from '../shared/dates';
import { parseGoals } from '../people/goals';
import type { ListItem, ParsedNote } from '../notes/parsed-note';
import { headingPath, sameHeading } from '../notes/sections';
import { inPeriod, type Period } from './periods';
import { stripPrivate } from '../notes/privacy';
import { doneDate, stripTaskFields } from '../notes/task-fields';

export const ACCOMPLISHMENT_KINDS = ['win', 'done', 'goal', 'feedback'] as const;
export type AccomplishmentKind = (typeof ACCOMPLISHMENT_KINDS)[number];

export interface Accomplishment {
  kind: AccomplishmentKind;
  /** The item's words, without task fields. */
  text: string;
  date: IsoDate;
  /** Vault path of the note it comes from: a meeting note, or the person note for goals. */
  source: string;
  /** The goal it belongs to (the goal's text), or null. */
  goal: string | null;
  personKey: string;
  personName: string;
}

/** A meeting note's text with what the index knows about it. */
export interface MeetingText {
  path: string;
  date: IsoDate;
  personKey: string;
  personName: string;
  text: string;
}

/** A person note's text, for its goals. */
export interface PersonText {
  key: string;
  name: string;
  path: string;
  text: string;
}

export interface AccomplishmentOptions {
  /** Sections whose bullets are wins (`Wins since last time`, `Wins`). */
  winHeadings: readonly string[];
  /** Sections whose bullets are feedback received (`Feedback`). */
  feedbackHeadings: readonly string[];
  /** The goals section of person notes (`Goals`). */
  goalsHeading: string;
  privateHeadings: readonly string[];
}

/** A goal of a person as the log needs it: its dates, names and links. */
export interface TrackedGoal {
  personKey: string;
  personName: string;
  source: string;
  text: string;
  /**
   * How far the goal is, as the log says it: `40%` from a `[progress:: 40]` field,
   * `50% (1 of 2 steps done)` from its steps, or null when neither says anything.
   */
  progress: string | null;
  /** The goal's `✅` date when it is done, else null. */
  done: IsoDate | null;
  /** Completed milestones (done tasks under the goal) with their `✅` dates. */
  milestones: Array<{ text: string; done: IsoDate | null }>;
  /** The words of the goal and of its steps (see `words`), which an item can name. */
  names: string[];
  /** Link targets in the goal's lines, and its block ids (lower case). */
  links: string[];
}

const isDone = (item: ListItem): boolean => item.status === 'x' || item.status === 'X';
const norm = (text: string): string => stripTaskFields(text).toLowerCase();
/** Words only, lower case, single spaces: for finding a goal's name inside an item. */
const words = (text: string): string =>
  ` ${stripTaskFields(text)
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()} `;
const WIKILINK = /!?\[\[([^\]|#]*)(#\^?[^\]|]*)?(?:\|[^\]]*)?\]\]/g;

/** The targets of the wikilinks in a text, lower case: `atlas migration`, `priya shah#^atlas`. */
function linkTargets(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(WIKILINK)) {
    const target = m[1]!.trim().toLowerCase().replace(/\.md$/, '');
    const name = target.slice(target.lastIndexOf('/') + 1);
    if (m[2]?.startsWith('#^')) out.push(`#${m[2].slice(2).toLowerCase()}`);
    else if (name) out.push(name);
  }
  return out;
}

/** The innermost heading of an item that is one of `names`, or null. */
function sectionOf(note: ParsedNote, item: ListItem, names: readonly string[]): string | null {
  for (const h of headingPath(note, item)) {
    if (names.some((n) => sameHeading(n, h.text))) return h.text;
  }
  return null;
}

/** Whether an item is the first of its list within a section (its parent is outside). */
function topOfSection(note: ParsedNote, item: ListItem, names: readonly string[]): boolean {
  return item.parent === null || sectionOf(note, note.items[item.parent]!, names) === null;
}

function progressText(
  progress: number,
  line: string,
  steps: ReadonlyArray<{ done: boolean }>,
): string | null {
  if (/[[(]\s*progress\s*::/i.test(line)) return `${progress}%`;
  if (!steps.length) return null;
  return `${progress}% (${steps.filter((s) => s.done).length} of ${steps.length} steps done)`;
}

/** The goals in a person note's Goals section (see `parseGoals`), private parts left out. */
export function readGoals(person: PersonText, opts: AccomplishmentOptions): TrackedGoal[] {
  const { text: publicText, note } = stripPrivate(person.text, opts);
  return parseGoals(publicText, opts.goalsHeading).flatMap((goal): TrackedGoal[] => {
    const text = stripTaskFields(goal.text);
    if (!text) return [];
    const milestones = goal.steps
      .filter((s) => s.done)
      .map((s) => ({ text: stripTaskFields(s.text), done: doneDate(note.lines[s.line]!) }));
    const lines = [goal.line, ...goal.steps.map((s) => s.line)].map((l) => note.lines[l]!);
    const blockIds = lines
      .flatMap((l) => /\s\^([A-Za-z0-9-]+)\s*$/.exec(l)?.[1] ?? [])
      .map((id) => `#${id.toLowerCase()}`);
    return [
      {
        personKey: person.key,
        personName: person.name,
        source: person.path,
        text,
        progress: progressText(goal.progress, note.lines[goal.line]!, goal.steps),
        done: goal.done ? doneDate(note.lines[goal.line]!) : null,
        milestones,
        names: [text, ...goal.steps.map((st) => stripTaskFields(st.text))]
          .map(words)
          .filter((t) => t.trim().length >= 8),
        links: [...linkTargets(note.lines[goal.line]!), ...blockIds],
      },
    ];
  });
}

/**
 * The goal an item belongs to: one whose block it links (`[[Priya Shah#^atlas]]`),
 * whose own links it shares (`[[Atlas migration]]`), or whose text (or a milestone's)
 * it names. The first goal in the person note wins.
 */
export function goalOf(text: string, goals: readonly TrackedGoal[]): TrackedGoal | null {
  const links = linkTargets(text);
  const said = words(text.replace(WIKILINK, (whole, target: string) => `${whole} ${target}`));
  return (
    goals.find((g) => links.some((l) => g.links.includes(l) || l === g.text.toLowerCase())) ??
    goals.find((g) => g.names.some((n) => said.includes(n))) ??
    null
  );
}

/** The items of one meeting note, before the period filter and de-duplication. */
export function meetingItems(
  meeting: MeetingText,
  goals: readonly TrackedGoal[],
  opts: AccomplishmentOptions,
): Accomplishment[] {
  const { note } = stripPrivate(meeting.text, opts);
  const out: Accomplishment[] = [];
  const mine = goals.filter((g) => g.personKey === meeting.personKey);
  const add = (kind: AccomplishmentKind, item: ListItem, date: IsoDate): void => {
    const text = stripTaskFields(item.text);
    if (!text) return;
    const goal = goalOf(item.text, mine);
    out.push({
      kind,
      text,
      date,
      source: meeting.path,
      goal: goal?.text ?? null,
      personKey: meeting.personKey,
      personName: meeting.personName,
    });
  };
  for (const item of note.items) {
    if (sectionOf(note, item, opts.winHeadings)) {
      if (topOfSection(note, item, opts.winHeadings)) add('win', item, meeting.date);
    } else if (sectionOf(note, item, opts.feedbackHeadings)) {
      if (topOfSection(note, item, opts.feedbackHeadings)) add('feedback', item, meeting.date);
    } else if (isDone(item)) {
      add('done', item, doneDate(item.text) ?? meeting.date);
    }
  }
  return out;
}

/**
 * Completed goals and milestones of a period, dated by their `✅` dates, except those a
 * completed action item of the same person already names (that item, which links to
 * its meeting, stands for them).
 */
function goalCompletions(
  goals: readonly TrackedGoal[],
  period: Period,
  done: readonly Accomplishment[],
): Accomplishment[] {
  const out: Accomplishment[] = [];
  for (const g of goals) {
    const base = {
      kind: 'goal' as const,
      source: g.source,
      goal: g.text,
      personKey: g.personKey,
      personName: g.personName,
    };
    const said = done
      .filter((d) => d.kind === 'done' && d.personKey === g.personKey)
      .map((d) => words(d.text));
    const named = (text: string): boolean =>
      words(text).trim().length >= 8 && said.some((w) => w.includes(words(text)));
    const reached = [...(g.done ? [{ text: g.text, done: g.done }] : []), ...g.milestones];
    for (const m of reached)
      if (m.done && inPeriod(m.done, period) && !named(m.text))
        out.push({ ...base, text: m.text, date: m.done });
  }
  return out;
}

/**
 * The progress of the open goals that moved in the period (a milestone reached, or an
 * item that belongs to the goal), dated by the latest of those.
 */
function goalProgress(
  goals: readonly TrackedGoal[],
  items: readonly Accomplishment[],
): Accomplishment[] {
  const out: Accomplishment[] = [];
  for (const g of goals) {
    if (g.done || g.progress === null) continue;
    const dates = items
      .filter((i) => i.goal === g.text && i.personKey === g.personKey)
      .map((i) => i.date);
    if (!dates.length) continue;
    const date = dates.reduce((a, b) => (b > a ? b : a));
    out.push({
      kind: 'goal',
      text: `Progress: ${g.progress}`,
      date,
      source: g.source,
      goal: g.text,
      personKey: g.personKey,
      personName: g.personName,
    });
  }
  return out;
}

function byDate(a: Accomplishment, b: Accomplishment): number {
  const k = (x: Accomplishment): string => `${x.date}\u0000${x.source}`;
  return k(a) < k(b) ? -1 : k(a) > k(b) ? 1 : 0;
}

/**
 * Every accomplishment of a period, oldest first. An item that appears in several
 * notes (a task carried and completed later, a milestone ticked in a meeting and in
 * the person note) counts once: items with the same words are one, and the latest
 * completion is kept (a meeting note over the person note on the same day).
 */
export function collectAccomplishments(
  meetings: readonly MeetingText[],
  people: readonly PersonText[],
  period: Period,
  opts: AccomplishmentOptions,
): Accomplishment[] {
  const goals = people.flatMap((p) => readGoals(p, opts));
  const fromMeetings = meetings
    .flatMap((m) => meetingItems(m, goals, opts))
    .filter((i) => inPeriod(i.date, period));
  const kept = new Map<string, Accomplishment>();
  for (const item of [...fromMeetings, ...goalCompletions(goals, period, fromMeetings)]) {
    // A done task and a goal or milestone with the same words are one achievement.
    const family = item.kind === 'goal' ? 'done' : item.kind;
    const key = `${family}\u0000${item.personKey}\u0000${norm(item.text)}`;
    const seen = kept.get(key);
    const later =
      !seen ||
      item.date > seen.date ||
      (item.date === seen.date && seen.kind === 'goal' && item.kind === 'done');
    if (later) kept.set(key, item);
  }
  const items = [...kept.values()];
  return [...items, ...goalProgress(goals, items)].sort(byDate);
}
