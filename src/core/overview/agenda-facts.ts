/**
 * What a 1:1 note says about being prepared: how many items and lines its agenda section
 * holds, and its `time` property. Read from the text with the one Markdown parser (the
 * command line) or from Obsidian's cached metadata (the plugin: no file read).
 */
import type { HeadingCache, ListItemCache, SectionCache } from 'obsidian';
import { parseNote } from '../notes/markdown';
import { findSection, sameHeading } from '../notes/sections';
import type { TouchpointsConfig } from '../settings/config';
import { parseTime } from '../people/schedule';
import type { MeetingNoteFacts } from './next-meeting';

/** A note type's agenda heading (the regular type's for an unknown id). */
export function agendaHeadingOf(
  config: Pick<TouchpointsConfig, 'noteTypes'>,
  typeId: string,
): string {
  const type = config.noteTypes.find((t) => t.id === typeId) ?? config.noteTypes[0];
  return type?.agendaHeading ?? 'Agenda';
}

/** A line that shows nothing: blank, or a comment (`<!-- ... -->`, `%% ... %%`) on its own. */
function isEmptyLine(line: string): boolean {
  const s = line.trim();
  return s === '' || /^<!--.*-->$/.test(s) || /^%%.*%%$/.test(s) || s === '%%';
}

/**
 * Items and lines of a note's agenda section: each top-level list item with text counts
 * one, and so does each other block of lines that shows something. 0 without the section.
 */
export function agendaItemsFromText(text: string, heading: string): number {
  const note = parseNote(text);
  const section = findSection(note, heading);
  if (!section) return 0;
  let n = 0;
  const inItem = new Set<number>(note.headings.map((h) => h.line));
  for (const item of note.items) {
    if (item.line < section.start || item.line >= section.end) continue;
    for (let l = item.line; l < item.end; l++) inItem.add(l);
    const parent = item.parent === null ? null : note.items[item.parent]!;
    if ((parent === null || parent.line < section.start) && item.text.trim() !== '') n++;
  }
  // Other lines (not items, not headings) count one per block (a run of lines that show something), as Obsidian's sections do.
  let inBlock = false;
  for (let l = section.start; l < section.end; l++) {
    const shows = !inItem.has(l) && !isEmptyLine(note.lines[l]!);
    if (shows && !inBlock) n++;
    inBlock = shows;
  }
  return n;
}

/** A note's facts from its text: the agenda of its type and the `time` in its frontmatter. */
export function factsFromText(
  text: string,
  frontmatter: Record<string, unknown> | null | undefined,
  heading: string,
): MeetingNoteFacts {
  return { time: parseTime(frontmatter?.time), agendaItems: agendaItemsFromText(text, heading) };
}

/** What the facts read of Obsidian's cached metadata (`CachedMetadata`). */
export interface AgendaMetadata {
  frontmatter?: Record<string, unknown>;
  headings?: ReadonlyArray<Pick<HeadingCache, 'heading' | 'level' | 'position'>>;
  listItems?: ReadonlyArray<Pick<ListItemCache, 'parent' | 'position'>>;
  sections?: ReadonlyArray<Pick<SectionCache, 'type' | 'position'>>;
}

/**
 * A note's facts from Obsidian's cached metadata: top-level list items of the agenda
 * section, and each other block in it (a paragraph, a quote, a table, a code block),
 * comments and HTML blocks left out.
 */
export function factsFromMetadata(
  meta: AgendaMetadata | null | undefined,
  heading: string,
): MeetingNoteFacts {
  const time = parseTime(meta?.frontmatter?.time);
  const headings = meta?.headings ?? [];
  const at = headings.findIndex((h) => sameHeading(h.heading, heading));
  if (at < 0) return { time, agendaItems: 0 };
  const start = headings[at]!.position.start.line + 1;
  const next = headings.slice(at + 1).find((h) => h.level <= headings[at]!.level);
  const end = next ? next.position.start.line : Number.POSITIVE_INFINITY;
  const inside = (line: number): boolean => line >= start && line < end;
  let n = 0;
  for (const item of meta?.listItems ?? [])
    if (item.parent < 0 && inside(item.position.start.line)) n++;
  for (const s of meta?.sections ?? []) {
    if (!inside(s.position.start.line)) continue;
    if (s.type !== 'list' && s.type !== 'heading' && s.type !== 'comment' && s.type !== 'html') n++;
  }
  return { time, agendaItems: n };
}
