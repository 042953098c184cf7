/**
 * Problem briefs: bring a problem with three options and a recommendation, not just
 * the problem. The brief is plain Markdown that reads well anywhere and that the
 * recap can parse back:
 *
 * ```
 * ### Problem: <what is wrong>
 * - Option A: <option> — pros: <pros>; cons: <cons>
 * - Option B: ...
 * - Option C: ...
 * - Recommendation: <which option and why>
 * - Decision: <filled in later>
 * ```
 */
import { parseNote } from '../notes/markdown';

/** How a problem brief's heading starts. */
export const PROBLEM_PREFIX = 'Problem: ';
export const OPTION_LABELS = ['A', 'B', 'C'] as const;

/** The empty brief's lines, ready to fill in. */
export function problemBriefLines(): string[] {
  return [
    `### ${PROBLEM_PREFIX}`,
    ...OPTION_LABELS.map((l) => `- Option ${l}:  — pros: ; cons: `),
    '- Recommendation: ',
    '- Decision: ',
  ];
}

/** Where and what to insert in an editor line, and where the cursor goes after it. */
export interface BriefInsertion {
  /** Range in the current line to replace (`from === to` for a pure insertion). */
  from: number;
  to: number;
  text: string;
  /** Cursor after the insertion: a line offset from the current line, and a column. */
  cursor: { lineDelta: number; ch: number };
}

/**
 * Insert a brief at the cursor's line: an empty line is replaced by the brief; after
 * a line with text the brief starts on a new line after it, one blank line between.
 * A blank line follows when the next line has text, so that text does not become
 * part of the last item. The cursor lands after "Problem: ".
 */
export function problemBriefInsertion(
  line: string,
  nextLine: string | null,
  eol = '\n',
): BriefInsertion {
  const lines = problemBriefLines();
  const blankLine = line.trim() === '';
  const before = blankLine ? '' : eol + eol;
  const after = nextLine !== null && nextLine.trim() !== '' ? eol : '';
  return {
    from: blankLine ? 0 : line.length,
    to: line.length,
    text: before + lines.join(eol) + after,
    cursor: { lineDelta: blankLine ? 0 : 2, ch: lines[0]!.length },
  };
}

/** One option of a brief, with its pros and cons when filled in. */
export interface BriefOption {
  label: string;
  text: string;
  pros: string | null;
  cons: string | null;
}

/** A problem brief as read from a note: the problem, its options, recommendation, decision. */
export interface ProblemBrief {
  /** Zero-based line of the `Problem:` heading. */
  line: number;
  problem: string;
  options: BriefOption[];
  recommendation: string | null;
  decision: string | null;
}

const PROBLEM = /^problem\s*:\s*(.*)$/i;
const OPTION = /^option\s+([A-Za-z0-9]+)\s*:\s*(.*)$/i;
const PROS_CONS = /^(.*?)\s*[—–-]?\s*\bpros\s*:\s*(.*?)\s*(?:;\s*cons\s*:\s*(.*))?$/i;
const CONS_ONLY = /^(.*?)\s*[—–-]?\s*\bcons\s*:\s*(.*)$/i;
const FIELD = /^(recommendation|decision)\s*:\s*(.*)$/i;

function orNull(s: string | undefined): string | null {
  const t = (s ?? '').trim();
  return t === '' ? null : t;
}

function parseOption(label: string, rest: string): BriefOption {
  const pc = PROS_CONS.exec(rest);
  if (pc) return { label, text: pc[1]!.trim(), pros: orNull(pc[2]), cons: orNull(pc[3]) };
  const c = CONS_ONLY.exec(rest);
  if (c) return { label, text: c[1]!.trim(), pros: null, cons: orNull(c[2]) };
  return { label, text: rest.trim(), pros: null, cons: null };
}

/**
 * Every problem brief of a note, in order: a heading of any level whose text starts
 * with "Problem:", and the top-level list items under it up to the next heading.
 * Missing parts are null (or an empty options list); nothing else is required.
 */
export function parseProblemBriefs(text: string): ProblemBrief[] {
  const note = parseNote(text);
  const out: ProblemBrief[] = [];
  note.headings.forEach((h, i) => {
    const m = PROBLEM.exec(h.text);
    if (!m) return;
    const end = note.headings[i + 1]?.line ?? note.lines.length;
    const brief: ProblemBrief = {
      line: h.line,
      problem: m[1]!.trim(),
      options: [],
      recommendation: null,
      decision: null,
    };
    for (const item of note.items) {
      if (item.line <= h.line || item.line >= end || item.parent !== null) continue;
      const body = item.text.trim();
      const o = OPTION.exec(body);
      if (o) {
        brief.options.push(parseOption(o[1]!.toUpperCase(), o[2]!));
        continue;
      }
      const f = FIELD.exec(body);
      if (f) brief[f[1]!.toLowerCase() as 'recommendation' | 'decision'] = orNull(f[2]);
    }
    out.push(brief);
  });
  return out;
}
