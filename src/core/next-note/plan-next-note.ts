/**
 * planNextNote: everything the "create next 1:1" command decides, as data. Given the
 * texts it needs (template, previous note, person note), it returns the new note's
 * text and the verified edits for the old notes. It writes nothing.
 */
import { planCarryOver, planTopics, type CarryBlock, type CarryOptions } from './carry-over';
import type { LineEdit } from '../notes/line-edits';
import { blockDestination, headingNames, insertIntoSections } from './note-insert';
import type { IsoDate } from '../shared/dates';
import { wikilink } from '../shared/links';
import { parseNote } from '../notes/markdown';
import { findSection } from '../notes/sections';
import type { NoteType } from '../settings/note-types';
import {
  closeOpenFence,
  ensureSection,
  renderTemplate,
  withFrontmatter,
  type TemplateVars,
} from '../templates/template';

/** The settings planning uses: carry-over's options and the person note's topics heading. */
export interface NextNoteOptions {
  carry: CarryOptions;
  topicsHeading: string;
}

/** Everything planNextNote needs, already read: it reads and writes nothing itself. */
export interface NextNoteInput {
  /** The new note's vault path (already free). */
  path: string;
  type: NoteType;
  date: IsoDate;
  person: {
    /** Display name, kept intact (it may hold characters file names cannot). */
    name: string;
    /** Link text of the person note (`Alex Rivera`, `People/Jo - Ops-Infra`). */
    linkText: string;
  };
  /** The template text to render (already read, or the built-in one). */
  template: string;
  /** The note carried from, with its link text as seen from the new note. */
  source: SourceNote | null;
  /**
   * Other notes of the same person on the source's date (a 1:1 and a career
   * conversation held the same day): their open items carry too, after the source's.
   */
  sameDaySources?: readonly SourceNote[];
  /** The person note's current text, or null if it does not exist yet. */
  personNote: { path: string; text: string } | null;
  /** Topics from elsewhere (items tagged `#1on1`), added to the agenda after the queued ones. */
  extraTopics?: readonly string[][];
  /** The meeting's time (`HH:mm`, from the person's schedule), written as `time`. */
  time?: string;
  options: NextNoteOptions;
}

/** A note carried from (the previous note, or one held the same day), as read. */
export interface SourceNote {
  path: string;
  date: IsoDate;
  text: string;
  /** Link text of the note as seen from the new note. */
  linkText: string;
}

/** One carried open task, for the outcome's report. */
export interface CarriedItem {
  /** The carried task's first line as written in the new note. */
  text: string;
  /** Vault path of the source note. */
  from: string;
}

/** The planned note and the verified edits of the old notes, as data for the safe write. */
export interface NextNotePlan {
  path: string;
  text: string;
  /** Zero-based line where the cursor goes: the end of the agenda. */
  cursorLine: number;
  blocks: CarryBlock[];
  /** Topic line groups taken from the person note. */
  topics: string[][];
  /** One group of source edits per block (all or nothing per block). */
  sourceEdits: LineEdit[][];
  /** The source note of each block (same order as `blocks`). */
  blockSources: string[];
  /** One group of person-note edits per topic. */
  topicEdits: LineEdit[][];
  carried: CarriedItem[];
  /** The rendered template, before the parts were added. */
  base: string;
  /** The placeholder values, for a note Templater wrote from the template. */
  vars: TemplateVars;
  /** What composeNote adds to the base; recompose with fewer blocks or topics if needed. */
  parts: NoteParts;
}

/** The parts of a new note that do not come from its template. */
export interface NoteParts {
  type: NoteType;
  date: IsoDate;
  personLink: string;
  previousLink: string | null;
  blocks: readonly CarryBlock[];
  topics: readonly string[][];
  /** Per topic: private topics go to the private section instead of the agenda. */
  privateTopics?: readonly boolean[];
  privateHeading: string;
  /** The meeting's time (`HH:mm`), written as the `time` property when set. */
  time?: string;
}

/**
 * Turn a rendered template (or a note Templater has just written) into the new 1:1
 * note: frontmatter fields set, agenda and action items headings present, carried
 * blocks and topics inserted. Deterministic, so it can be recomputed with fewer
 * blocks when some source lines changed under us.
 */
export function composeNote(base: string, parts: NoteParts): { text: string; cursorLine: number } {
  let text = withFrontmatter(closeOpenFence(base), [
    ['type', 'one-on-one'],
    ['person', parts.personLink],
    ['date', parts.date],
    ['kind', parts.type.id],
    // Only when set: a template's own `time` line stays otherwise.
    ...(parts.time ? [['time', parts.time] as [string, string]] : []),
    ['previous', parts.previousLink],
  ]);
  // One parse of the note, again only when a section had to be added.
  let note = parseNote(text);
  for (const heading of [parts.type.agendaHeading, parts.type.actionItemsHeading]) {
    const ensured = ensureSection(text, heading, note);
    if (ensured !== text) [text, note] = [ensured, parseNote(ensured)];
  }
  const names = headingNames(note);
  const groups = [
    ...parts.topics.map((lines, i) => ({
      heading: parts.privateTopics?.[i] ? parts.privateHeading : parts.type.agendaHeading,
      lines,
    })),
    ...parts.blocks.map((b) => ({
      heading: blockDestination(b, names, parts.type.actionItemsHeading, parts.privateHeading),
      lines: b.lines,
    })),
  ];
  text = insertIntoSections(text, groups, note);
  const final = parseNote(text);
  const agenda = findSection(final, parts.type.agendaHeading)!;
  const stop = final.headings.find((h) => h.line >= agenda.start)?.line ?? final.lines.length;
  // The blank line after the agenda's last line, or that last line when no blank one
  // follows it (never the next section's heading).
  let last = agenda.heading.line;
  for (let l = agenda.start; l < stop; l++) if (final.lines[l]!.trim() !== '') last = l;
  const cursorLine = last + 1 < stop && final.lines[last + 1]!.trim() === '' ? last + 1 : last;
  return { text, cursorLine };
}

/** Plan the next note: render, carry, and the verified edits for the source and person notes. */
export function planNextNote(input: NextNoteInput): NextNotePlan {
  const { options } = input;
  const sources = input.source ? [input.source, ...(input.sameDaySources ?? [])] : [];
  const blocks: CarryBlock[] = [];
  const blockSources: string[] = [];
  const sourceEdits: LineEdit[][] = [];
  for (const source of sources) {
    const carry = planCarryOver(source.text, source.date, options.carry);
    // Group the source edits by block: a block is marked in full or not at all. The
    // edits are in line order, so one look-up per line of a block finds its own.
    const editAt = new Map<number, LineEdit[]>();
    for (const e of carry.sourceEdits) {
      const at = editAt.get(e.line);
      if (at) at.push(e);
      else editAt.set(e.line, [e]);
    }
    for (const b of carry.blocks) {
      blocks.push(b);
      blockSources.push(source.path);
      const own: LineEdit[] = [];
      for (let l = b.sourceLine; l < b.sourceEnd; l++) {
        const at = editAt.get(l);
        if (at) own.push(...at);
      }
      sourceEdits.push(own);
    }
  }
  const topicsPlan = input.personNote
    ? planTopics(input.personNote.text, options.topicsHeading, options.carry.privateHeadings)
    : { topics: [], edits: [], private: [] };
  const topicEdits: LineEdit[][] = [];
  let k = 0;
  for (const t of topicsPlan.topics) {
    topicEdits.push(topicsPlan.edits.slice(k, k + t.length));
    k += t.length;
  }
  // Extra topics come from no queue: nothing to take out of the person note.
  const topics = [...topicsPlan.topics, ...(input.extraTopics ?? []).map((t) => [...t])];
  const privateTopics = topics.map((_, i) => topicsPlan.private[i] ?? false);
  while (topicEdits.length < topics.length) topicEdits.push([]);
  const title = input.path.slice(input.path.lastIndexOf('/') + 1).replace(/\.md$/i, '');
  const previousLink = input.source ? wikilink(input.source.linkText) : null;
  const vars: TemplateVars = {
    person: input.person.name,
    personNote: input.person.linkText,
    date: input.date,
    previous: previousLink ?? '',
    title,
  };
  const rendered = renderTemplate(input.template, vars);
  const parts: NoteParts = {
    type: input.type,
    date: input.date,
    personLink: wikilink(input.person.linkText, input.person.name),
    previousLink,
    blocks,
    topics,
    privateTopics,
    privateHeading: options.carry.privateHeadings[0] ?? 'Private',
    ...(input.time ? { time: input.time } : {}),
  };
  const { text, cursorLine } = composeNote(rendered, parts);
  return {
    path: input.path,
    text,
    cursorLine,
    blocks,
    topics,
    sourceEdits,
    blockSources,
    topicEdits,
    carried: blocks.flatMap((b, i) => b.tasks.map((t) => ({ text: t, from: blockSources[i]! }))),
    base: rendered,
    vars,
    parts,
  };
}
