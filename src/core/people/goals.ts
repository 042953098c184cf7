/**
 * Goals from a person note's Goals section, read with the one Markdown parser: each
 * top-level task is a goal, the tasks nested under it are its steps, the 📅 date is
 * its target, and progress comes from an inline field `[progress:: 40]` or else from
 * the share of checked steps. Pure; "today" only matters for the hints.
 */
import { isIsoDate, type IsoDate } from '../shared/dates';
import { parseNote } from '../notes/markdown';
import type { ListItem, ParsedNote } from '../notes/parsed-note';
import { findSection } from '../notes/sections';

/** A task nested under a goal. `line` is 0-based. */
export interface GoalStep {
  text: string;
  done: boolean;
  line: number;
}

/** A top-level task of the person note's Goals section. */
export interface Goal {
  /** The goal's text without its target date, done date and progress field. */
  text: string;
  /** Line of the goal in the person note (0-based). */
  line: number;
  /** The 📅 target date, or null. */
  due: IsoDate | null;
  /** A whole number from 0 to 100. */
  progress: number;
  /** True when the goal is checked (`[x]`). */
  done: boolean;
  steps: GoalStep[];
}

/** A goal with the hints that say where it is not yet trackable (SMART). */
export interface GoalWithHints extends Goal {
  hints: string[];
}

const DONE = new Set(['x', 'X']);
const CANCELLED = '-';
const DUE = /📅\uFE0F?[ \t]*(\d{4}-\d{2}-\d{2})/u;
const DONE_DATE = /✅\uFE0F?[ \t]*\d{4}-\d{2}-\d{2}/gu;
const PROGRESS = /[[(]progress::[ \t]*(-?\d+(?:\.\d+)?)[ \t]*%?[ \t]*[\])]/iu;

/** A whole number from 0 to 100 from an inline progress field, or null. */
function progressField(text: string): number | null {
  const m = PROGRESS.exec(text);
  if (!m) return null;
  return Math.min(100, Math.max(0, Math.round(Number(m[1]))));
}

function cleanText(text: string): string {
  return text
    .replace(new RegExp(DUE.source, 'gu'), '')
    .replace(DONE_DATE, '')
    .replace(new RegExp(PROGRESS.source, 'giu'), '')
    .replace(/[ \t]{2,}/g, ' ')
    .trim();
}

function descendants(note: ParsedNote, item: ListItem): ListItem[] {
  const out: ListItem[] = [];
  const walk = (i: ListItem): void => {
    for (const c of i.children) {
      const child = note.items[c]!;
      out.push(child);
      walk(child);
    }
  };
  walk(item);
  return out;
}

/**
 * The goals under the heading `heading` (compared without case). Abandoned goals
 * (`[-]`) are left out, and so are cancelled steps. A done goal's progress is 100.
 */
export function parseGoals(text: string, heading: string): Goal[] {
  const note = parseNote(text);
  const section = findSection(note, heading);
  if (!section) return [];
  const goals: Goal[] = [];
  for (const item of note.items) {
    if (item.line < section.start || item.line >= section.end || item.parent !== null) continue;
    if (item.status === null || item.status === CANCELLED) continue;
    const steps = descendants(note, item)
      .filter((s) => s.status !== null && s.status !== CANCELLED)
      .map((s) => ({ text: cleanText(s.text), done: DONE.has(s.status!), line: s.line }));
    const done = DONE.has(item.status);
    const due = DUE.exec(item.text)?.[1] ?? null;
    const field = progressField(item.text);
    const share = steps.length
      ? Math.round((100 * steps.filter((s) => s.done).length) / steps.length)
      : 0;
    goals.push({
      text: cleanText(item.text),
      line: item.line,
      due: due !== null && isIsoDate(due) ? due : null,
      progress: done ? 100 : (field ?? share),
      done,
      steps,
    });
  }
  return goals;
}

/**
 * Where a goal is not specific enough to track: it has no target date, or it is past
 * its target date and not done. Due exactly today is not past.
 */
export function goalHints(goal: Goal, today: IsoDate): string[] {
  if (goal.done) return [];
  if (goal.due === null) return ['No target date'];
  if (goal.due < today) return ['Past its target date'];
  return [];
}

/** Goals with their hints for a day. */
export function withHints(goals: readonly Goal[], today: IsoDate): GoalWithHints[] {
  return goals.map((g) => ({ ...g, hints: goalHints(g, today) }));
}
