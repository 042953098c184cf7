/**
 * What a line or an item of a parsed note stands under: its sections (a heading and the
 * lines up to the next heading of the same or higher level), the headings above an
 * item, and the callouts around a line. Line numbers are 0-based, as in `ParsedNote`.
 */
import type { Heading, ListItem, ParsedNote } from './parsed-note';

/** A section: a heading and the lines up to the next heading of the same or higher level. */
export interface Section {
  heading: Heading;
  /** First line after the heading (0-based). */
  start: number;
  /** First line after the section, its nested subsections included (0-based, exclusive). */
  end: number;
}

/** Every section of a note, in order; of `headings` only, when given (a subset of the note's). */
export function sections(
  note: ParsedNote,
  headings: readonly Heading[] = note.headings,
): Section[] {
  return headings.map((heading, i) => {
    let end = note.lines.length;
    for (let j = i + 1; j < headings.length; j++) {
      if (headings[j]!.level <= heading.level) {
        end = headings[j]!.line;
        break;
      }
    }
    return { heading, start: heading.line + 1, end };
  });
}

/** Heading names compare without case and surrounding spaces. */
export function sameHeading(a: string, b: string): boolean {
  return a.trim().toLowerCase() === b.trim().toLowerCase();
}

/** The first section whose heading matches `name`, or null. */
export function findSection(note: ParsedNote, name: string): Section | null {
  return sections(note).find((s) => sameHeading(s.heading.text, name)) ?? null;
}

/** The headings an item stands under, innermost first (its section path reversed). */
export function headingPath(note: ParsedNote, item: ListItem): Heading[] {
  const out: Heading[] = [];
  let level = 7;
  for (let h = item.heading; h !== null && h >= 0; h--) {
    const heading = note.headings[h]!;
    if (heading.level < level) {
      out.push(heading);
      level = heading.level;
    }
  }
  return out;
}

/** The types of the callouts a callout header line is in, itself first, then outwards. */
export function calloutTypes(note: ParsedNote, headerLine: number | null): string[] {
  const out: string[] = [];
  for (let c = headerLine; c !== null; c = note.calloutParent.get(c) ?? null) {
    out.push(note.callouts.get(c) ?? '');
  }
  return out;
}
