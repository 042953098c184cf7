/**
 * Topics for the next 1:1, collected from anywhere: the line that goes into a person
 * note's topics queue (or a future note's agenda), with a link back to where it came
 * from, and the text transforms for `#1on1` items. Pure text in, text out; callers
 * write the result atomically and check it.
 */
import { insertIntoSections } from '../next-note/note-insert';
import { parseNote } from '../notes/markdown';
import { findSection } from '../notes/sections';
import { splitLines } from '../notes/text-lines';

/** The tag that marks a list item anywhere in the vault as a topic for a person's next 1:1. */
export const TOPIC_TAG = '#1on1';

const TAG = /(^|\s)#1on1(?=$|[\s.,;:!?)\]])/gi;
const LEADING_MARKERS =
  /^(?:[ \t]{0,3}>[ \t]?)*[ \t]*(?:#{1,6}[ \t]+)?(?:(?:[-*+]|\d{1,9}[.)])[ \t]+)?(?:\[.\][ \t]+)?/u;
const TRAILING = /(\s+\^[A-Za-z0-9-]+)?(\s*)$/;

/**
 * One line of topic text from a selection: quote markers, heading markers, list
 * markers and task boxes are dropped from every line, lines are joined with spaces, spaces collapse.
 */
export function topicText(selection: string): string {
  return splitLines(selection)
    .lines.map((l) => l.replace(LEADING_MARKERS, '').trim())
    .filter((l) => l !== '')
    .join(' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The topic as a list item, with a link back to its source when there is one. */
export function topicLine(text: string, sourceLink: string | null): string {
  return sourceLink ? `- ${text} (from ${sourceLink})` : `- ${text}`;
}

/** The topic line as appended, and whether anything changed. */
export interface AppendedTopic {
  text: string;
  /** False when the same line was already in the section: nothing changed. */
  added: boolean;
}

/**
 * Append a topic line at the end of a section (after its last non-blank line, before
 * any subsection), creating the section at the end of the note when it is missing.
 * Idempotent: a section that already holds the same line is left as it is.
 */
export function appendTopic(noteText: string, heading: string, line: string): AppendedTopic {
  const note = parseNote(noteText);
  const section = findSection(note, heading);
  if (section) {
    const stop = note.headings.find((h) => h.line >= section.start)?.line ?? note.lines.length;
    for (let l = section.start; l < stop; l++) {
      if (note.lines[l]!.trim() === line.trim()) return { text: noteText, added: false };
    }
  }
  return { text: insertIntoSections(noteText, [{ heading, lines: [line] }]), added: true };
}

/** How many lines of a text read exactly `line` (after trimming): callers check +1. */
export function countLine(text: string, line: string): number {
  return splitLines(text).lines.filter((l) => l.trim() === line.trim()).length;
}

/** Whether an item's text carries the `#1on1` tag (any case). */
export function hasTopicTag(text: string): boolean {
  TAG.lastIndex = 0;
  return TAG.test(text);
}

/** The topic text of a tagged item: the tag and a trailing block id removed, spaces collapsed. */
export function taggedTopicText(itemText: string): string {
  return itemText.replace(TAG, '$1').replace(TRAILING, '').replace(/\s+/g, ' ').trim();
}

/**
 * Record in a tagged item's line that it was taken into a meeting note: ` → [[note]]`
 * is appended before any trailing block id, so the item links the meeting where it
 * was discussed, and is not offered again.
 */
export function markTopicTaken(line: string, meetingLink: string): string {
  const m = TRAILING.exec(line)!;
  const head = line.slice(0, m.index);
  return `${head} → ${meetingLink}${m[1] ?? ''}${m[2] ?? ''}`;
}
