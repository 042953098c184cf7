/**
 * The accomplishment log: what the 1:1 notes of a period say was achieved. Wins (the
 * bullets of the wins sections), completed action items (status `x`/`X`, dated by their
 * `✅` date, else by the meeting), goals completed or progressed (from the person
 * note's Goals section, read in tracked-goals.ts) and feedback received. Private
 * content is stripped first and never reaches an item. Pure: the notes' text comes
 * in, items go out.
 *
 * The log is about one person's work: mine or theirs (`Whose`). A completed action
 * item counts when it is that person's: mine have no owner or `@me`, theirs are owned
 * by the person the meeting was with (`@Name`, `[[Person]]`); an item owned by anyone
 * else never counts. Wins, goals and feedback count whoever the log is about.
 */
import type { IsoDate } from '../shared/dates';
import { headingPath, sameHeading } from '../notes/sections';
import type { ListItem, ParsedNote } from '../notes/parsed-note';
import { inPeriod, type Period } from './periods';
import { ownerOf } from '../people/owners';
import type { Relationship } from '../people/person-profile';
import { stripPrivate } from '../notes/privacy';
import { doneDate, stripTaskFields } from '../notes/task-fields';
import {
  goalOf,
  readGoals,
  plainWords,
  type GoalOptions,
  type PersonText,
  type TrackedGoal,
} from './tracked-goals';

export const ACCOMPLISHMENT_KINDS = ['win', 'done', 'goal', 'feedback'] as const;
export type AccomplishmentKind = (typeof ACCOMPLISHMENT_KINDS)[number];

/** Whose work a log is about: mine (the user's) or theirs (the person's the 1:1s are with). */
export type Whose = 'mine' | 'theirs';

/** Whose work a person's log is about unless chosen: theirs for a report, else mine. */
export function defaultWhose(relationship: Relationship | null): Whose {
  return relationship === 'report' ? 'theirs' : 'mine';
}

/** One item of the log: a win, a completed action item, a goal reached or moved, feedback. */
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
  /** Whose work it is: a completed item's owner, else whose the person's log is about. */
  owner: Whose;
}

/** A meeting note's text with what the index knows about it. */
export interface MeetingText {
  path: string;
  date: IsoDate;
  personKey: string;
  personName: string;
  /** The person note's path and link text, for owners written as links (default: the name). */
  personPath?: string | null;
  personLink?: string;
  text: string;
}

/** Which sections the log reads: wins, feedback, goals, and what is private. */
export interface AccomplishmentOptions extends GoalOptions {
  /** Sections whose bullets are wins (`Wins since last time`, `Wins`). */
  winHeadings: readonly string[];
  /** Sections whose bullets are feedback received (`Feedback`). */
  feedbackHeadings: readonly string[];
  /** Whose work each person's log is about (by person key); default: mine for everyone. */
  whose?: (personKey: string) => Whose;
}

const isDone = (item: ListItem): boolean => item.status === 'x' || item.status === 'X';
const norm = (text: string): string => stripTaskFields(text).toLowerCase();

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

/** The items of one meeting note, before the period filter and de-duplication. */
export function meetingItems(
  meeting: MeetingText,
  goals: readonly TrackedGoal[],
  opts: AccomplishmentOptions,
): Accomplishment[] {
  const { note } = stripPrivate(meeting.text, opts);
  const out: Accomplishment[] = [];
  const mine = goals.filter((g) => g.personKey === meeting.personKey);
  const whose = opts.whose?.(meeting.personKey) ?? 'mine';
  const names = {
    name: meeting.personName,
    personPath: meeting.personPath ?? null,
    personLink: meeting.personLink ?? meeting.personName,
  };
  const add = (kind: AccomplishmentKind, item: ListItem, date: IsoDate): void => {
    const text = stripTaskFields(item.text);
    if (!text) return;
    // A completed item counts only as the work of its owner, when the log is about them.
    const owner = kind === 'done' ? ownerOf(text, names).owner.kind : whose;
    if (owner !== whose) return;
    const goal = goalOf(item.text, mine);
    out.push({
      kind,
      text,
      date,
      source: meeting.path,
      goal: goal?.text ?? null,
      personKey: meeting.personKey,
      personName: meeting.personName,
      owner: whose,
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
  whose: (personKey: string) => Whose,
): Accomplishment[] {
  const out: Accomplishment[] = [];
  for (const g of goals) {
    const base = {
      kind: 'goal' as const,
      source: g.source,
      goal: g.text,
      personKey: g.personKey,
      personName: g.personName,
      owner: whose(g.personKey),
    };
    const said = done
      .filter((d) => d.kind === 'done' && d.personKey === g.personKey)
      .map((d) => plainWords(d.text));
    const named = (text: string): boolean =>
      plainWords(text).trim().length >= 8 && said.some((w) => w.includes(plainWords(text)));
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
  whose: (personKey: string) => Whose,
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
      owner: whose(g.personKey),
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
  const whose = opts.whose ?? ((): Whose => 'mine');
  const fromMeetings = meetings
    .flatMap((m) => meetingItems(m, goals, opts))
    .filter((i) => inPeriod(i.date, period));
  const kept = new Map<string, Accomplishment>();
  for (const item of [...fromMeetings, ...goalCompletions(goals, period, fromMeetings, whose)]) {
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
  return [...items, ...goalProgress(goals, items, whose)].sort(byDate);
}
