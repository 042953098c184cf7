/**
 * The parts of a recap or an agenda, each as email Markdown lines: highlights,
 * problems, action items split by owner, goals progress, development plan, agenda,
 * queued topics. Every part reads a `PublicNote` only. Who owns an action item is
 * decided by `ownerOf` (core/people/owners.ts).
 */
import { isOpenTask } from '../notes/markdown';
import type { ListItem, ParsedNote } from '../notes/parsed-note';
import { ownerOf, type PersonNames } from '../people/owners';
import type { PublicNote } from '../notes/privacy';
import {
  itemLines,
  lineInWords,
  rangeLines,
  sectionRanges,
  tidy,
  topInRange,
  type Range,
  type WordsContext,
} from './email-blocks';

export { firstName, ownerOf, type PersonNames } from '../people/owners';

export interface ActionGroups {
  mine: string[];
  theirs: string[];
  others: string[];
}

function hasOpenAncestor(note: ParsedNote, item: ListItem, closed: ReadonlySet<string>): boolean {
  for (let p = item.parent; p !== null; p = note.items[p]!.parent)
    if (isOpenTask(note.items[p]!, closed)) return true;
  return false;
}

/**
 * The open action items of the sections: every open task with no open task above it,
 * with its subtree, grouped by owner (mine, theirs, someone else's).
 */
export function actionGroups(
  pub: PublicNote,
  names: readonly string[],
  person: PersonNames,
  ctx: WordsContext,
): ActionGroups {
  const note = pub.note;
  const groups: ActionGroups = { mine: [], theirs: [], others: [] };
  for (const range of sectionRanges(pub, names)) {
    for (const item of note.items) {
      if (item.line < range.start || item.line >= range.end) continue;
      if (!isOpenTask(item, ctx.closed) || hasOpenAncestor(note, item, ctx.closed)) continue;
      const { owner, text } = ownerOf(item.text, person);
      const label = owner.kind === 'other' ? `${owner.label}: ${text}` : text;
      const lines = itemLines(note, { ...item, marker: '-' }, ctx, 0, { text: label });
      groups[owner.kind === 'other' ? 'others' : owner.kind].push(...lines);
    }
  }
  return groups;
}

/** Every section's body, one after the other. */
export function sectionsPart(
  pub: PublicNote,
  names: readonly string[],
  ctx: WordsContext,
  asItems = false,
): string[] {
  return tidy(
    sectionRanges(pub, names).flatMap((r) => [
      ...rangeLines(pub, r, ctx, asItems),
      ...(asItems ? [] : ['']),
    ]),
  );
}

type ProblemLine = 'problem' | 'option' | 'recommendation' | 'decision' | 'other';

function kindOf(text: string): ProblemLine {
  const t = text.replace(/^[*_]+/, '').trimStart();
  if (/^problem\b/i.test(t)) return 'problem';
  if (/^option\b/i.test(t)) return 'option';
  if (/^recommend/i.test(t)) return 'recommendation';
  if (/^(?:decision|decided)\b/i.test(t)) return 'decision';
  return 'other';
}

interface Problem {
  title: string;
  lines: Array<{ kind: ProblemLine; text: string }>;
}

/** A line of a problem brief left as inserted: a label with nothing after it ("Option A:  — pros: ; cons: "). */
function unfilled(text: string): boolean {
  const rest = text.replace(/^[*_]*(?:option\s+\S+?|recommendation|decision)[*_]*\s*:[*_]*/i, '');
  return rest !== text && rest.replace(/[—–-]?\s*pros\s*:\s*;?\s*cons\s*:/i, '').trim() === '';
}

const untitled = (text: string): string =>
  text.replace(/^[*_]*problem[*_]*\s*[:\-–—]?\s*[*_]*/i, '').trim();

/** The problems of a range: one per subheading, or one per "Problem: ..." item. */
function problemsIn(pub: PublicNote, range: Range, ctx: WordsContext): Problem[] {
  const note = pub.note;
  const subheadings = note.headings.filter(
    (h) => h.line >= range.start && h.line < range.end && h.level > range.level,
  );
  const scopes: Array<{ title: string; range: Range }> = [];
  const firstSub = subheadings[0]?.line ?? range.end;
  if (firstSub > range.start) scopes.push({ title: '', range: { ...range, end: firstSub } });
  subheadings.forEach((h, i) => {
    const end = subheadings.slice(i + 1).find((x) => x.level <= h.level)?.line ?? range.end;
    scopes.push({
      title: untitled(lineInWords(h.text, ctx)),
      range: { start: h.line + 1, end, level: h.level },
    });
  });
  const out: Problem[] = [];
  const headingLines = new Set(note.headings.map((h) => h.line));
  for (const scope of scopes) {
    let current: Problem | null = null;
    const begin = (title: string): Problem => {
      const p: Problem = { title, lines: [] };
      out.push(p);
      return p;
    };
    if (scope.title) current = begin(scope.title);
    const itemAt = new Map(
      note.items.filter((it) => topInRange(note, it, scope.range)).map((it) => [it.line, it]),
    );
    for (let l = scope.range.start; l < scope.range.end; l++) {
      if (note.codeLines.has(l) || headingLines.has(l)) continue;
      const item = itemAt.get(l);
      const raw = item ? item.text : note.lines[l]!.replace(/^(?:[ \t]{0,3}>[ \t]?)+/, '').trim();
      if (item) l = item.end - 1;
      const text = raw ? lineInWords(raw, ctx) : '';
      const kind = kindOf(raw);
      if (!text || (kind !== 'problem' && unfilled(raw))) continue;
      if (kind === 'problem') {
        current = begin(untitled(text));
        for (const c of item?.children ?? []) {
          const child = note.items[c]!;
          if (!unfilled(child.text))
            current.lines.push({ kind: kindOf(child.text), text: lineInWords(child.text, ctx) });
        }
      } else if (!current) {
        current = item || kind !== 'other' ? begin('') : begin(text);
        if (current.title !== text) current.lines.push({ kind, text });
      } else if (!item && kind === 'other' && !current.title && !current.lines.length) {
        current.title = text;
      } else {
        current.lines.push({ kind, text });
      }
    }
  }
  return out.filter((p) => p.title || p.lines.length);
}

/**
 * The problems as a list: each with its recommendation and decision (recap), or with
 * its options and recommendation (agenda).
 */
export function problemsPart(
  pub: PublicNote,
  names: readonly string[],
  ctx: WordsContext,
  forAgenda: boolean,
): string[] {
  const keep: ProblemLine[] = forAgenda
    ? ['option', 'recommendation', 'other']
    : ['recommendation', 'decision'];
  const out: string[] = [];
  for (const range of sectionRanges(pub, names)) {
    for (const p of problemsIn(pub, range, ctx)) {
      const lines = p.lines.filter((x) => keep.includes(x.kind)).map((x) => `  - ${x.text}`);
      if (!p.title && !lines.length) continue;
      out.push(`- ${p.title || 'Problem'}`, ...lines);
    }
  }
  return out;
}

/**
 * The top-level items of a person note section (goals, development plan) with their
 * status and fields in words, and for goals how many of their steps are done.
 */
export function personListPart(
  person: PublicNote | null,
  heading: string,
  ctx: WordsContext,
  countSteps: boolean,
): string[] {
  if (!person) return [];
  const note = person.note;
  const out: string[] = [];
  for (const range of sectionRanges(person, [heading])) {
    for (const item of note.items) {
      if (!topInRange(note, item, range)) continue;
      const steps = item.children
        .map((c) => note.items[c]!)
        .filter((c) => c.status !== null && c.status !== '-');
      const extra =
        countSteps && steps.length
          ? [
              `${steps.filter((s) => s.status === 'x' || s.status === 'X').length} of ${steps.length} steps done`,
            ]
          : [];
      out.push(...itemLines(note, item, ctx, 0, { extra, noChildren: true }));
    }
  }
  return out;
}
