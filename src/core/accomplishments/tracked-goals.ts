/**
 * The goals of person notes as the accomplishment log tracks them: their progress,
 * completion and milestone dates, and the words and links by which an item of a
 * meeting note is found to belong to one. Private parts are stripped first.
 */
import type { IsoDate } from '../shared/dates';
import { parseGoals } from '../people/goals';
import { stripPrivate } from '../notes/privacy';
import { doneDate, stripTaskFields } from '../notes/task-fields';
import { fileName } from '../shared/vault-path';
import { lazyRegExp } from '../shared/memo';

/** A person note's text, for its goals. */
export interface PersonText {
  key: string;
  name: string;
  path: string;
  text: string;
}

/** What reading goals needs of the options: the goals heading and what is private. */
export interface GoalOptions {
  /** The goals section of person notes (`Goals`). */
  goalsHeading: string;
  privateHeadings: readonly string[];
}

/** A goal of a person as the log needs it: its dates, names and links. */
export interface TrackedGoal {
  personKey: string;
  personName: string;
  /** Vault path of the person note. */
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
  /** The words of the goal and of its steps (see `plainWords`), which an item can name. */
  names: string[];
  /** Link targets in the goal's lines, and its block ids (lower case). */
  links: string[];
}

const NOT_WORDS = lazyRegExp(String.raw`[^\p{L}\p{N}]+`, 'gu');

/** Words only, lower case, single spaces: for finding a goal's name inside an item. */
export const plainWords = (text: string): string =>
  ` ${stripTaskFields(text).toLowerCase().replace(NOT_WORDS(), ' ').trim()} `;
const WIKILINK = /!?\[\[([^\]|#]*)(#\^?[^\]|]*)?(?:\|[^\]]*)?\]\]/g;

/** The targets of the wikilinks in a text, lower case: `atlas migration`, `priya shah#^atlas`. */
function linkTargets(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(WIKILINK)) {
    const target = m[1]!.trim().toLowerCase().replace(/\.md$/, '');
    const name = fileName(target);
    if (m[2]?.startsWith('#^')) out.push(`#${m[2].slice(2).toLowerCase()}`);
    else if (name) out.push(name);
  }
  return out;
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
export function readGoals(person: PersonText, opts: GoalOptions): TrackedGoal[] {
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
          .map(plainWords)
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
  const said = plainWords(text.replace(WIKILINK, (whole, target: string) => `${whole} ${target}`));
  return (
    goals.find((g) => links.some((l) => g.links.includes(l) || l === g.text.toLowerCase())) ??
    goals.find((g) => g.names.some((n) => said.includes(n))) ??
    null
  );
}
