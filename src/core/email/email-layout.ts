/**
 * Layouts of the recap and the agenda: the built-in ones and template notes, filled
 * with placeholders. A heading whose parts all came out empty is left out, so a
 * layout can name every part and show only those the note has.
 */
import { parseNote } from '../notes/markdown';
import { sections } from '../notes/sections';
import { tidy } from './email-blocks';

/** The built-in layout of the recap: a template with the placeholders of `renderRecap`. */
export const RECAP_LAYOUT = `Hi {{first-name}},

{{opener}}

## Goals progress
{{goals}}

## Development plan
{{development}}

## Highlights
{{highlights}}

## Problems and decisions
{{problems}}

## My action items
{{my-actions}}

## {{first-name}}'s action items
{{their-actions}}

## Other action items
{{other-actions}}

{{next-meeting}}

{{closing}}
`;

/** The built-in layout of the agenda. */
export const AGENDA_LAYOUT = `Hi {{first-name}},

{{opener}}

## Agenda
{{agenda}}

## Queued topics
{{topics}}

## My open action items
{{my-actions}}

## {{first-name}}'s open action items
{{their-actions}}

## Other open action items
{{other-actions}}

## Problems and options
{{problems}}

{{closing}}
`;

export const PLACEHOLDER = /\{\{\s*([a-z-]+)(?::([^}]*))?\s*\}\}/gi;
const ALONE = /^\s*\{\{\s*([a-z-]+)(?::([^}]*))?\s*\}\}\s*$/i;

/** A placeholder's value by its name and argument, or undefined for an unknown one. */
export type Values = (name: string, arg: string | undefined) => string | undefined;

/**
 * Fill a layout: a placeholder alone on its line takes the whole part, other
 * placeholders are replaced within the line, unknown ones stay as written. A heading
 * whose first block (the lines right under it, up to a blank line) holds only parts
 * that came out empty is left out, and so is any heading left with nothing under it.
 */
export function fillLayout(layout: string, values: Values): string {
  const rows: Array<{ text: string; kind: 'text' | 'heading' | 'empty' }> = [];
  for (const line of layout.split('\n')) {
    const alone = ALONE.exec(line);
    const value = alone ? values(alone[1]!.toLowerCase(), alone[2]?.trim()) : undefined;
    if (alone && value !== undefined) {
      if (value.trim())
        rows.push(...value.split('\n').map((text) => ({ text, kind: 'text' as const })));
      else rows.push({ text: '', kind: 'empty' });
      continue;
    }
    const text = line.replace(
      PLACEHOLDER,
      (whole, name: string, arg?: string) => values(name.toLowerCase(), arg?.trim()) ?? whole,
    );
    rows.push({ text, kind: /^ {0,3}#{1,6}(?:[ \t]|$)/.test(text) ? 'heading' : 'text' });
  }
  // Bottom up, so that a heading whose subsections all go goes too.
  const level = (i: number): number => /^ {0,3}(#{1,6})/.exec(rows[i]!.text)![1]!.length;
  const dropped = new Set<number>();
  for (let i = rows.length - 1; i >= 0; i--) {
    if (rows[i]!.kind !== 'heading') continue;
    let j = i + 1;
    while (j < rows.length && rows[j]!.kind === 'text' && rows[j]!.text.trim() === '') j++;
    let empty = false;
    for (; j < rows.length; j++) {
      const row = rows[j]!;
      if (row.kind === 'empty' || (row.kind === 'heading' && dropped.has(j) && level(j) > level(i)))
        empty = true;
      else break;
    }
    const next = rows[j];
    const ends =
      !next || (next.kind === 'heading' ? level(j) <= level(i) : next.text.trim() === '');
    if (empty && ends) dropped.add(i);
  }
  const lines = rows.filter((r, i) => !dropped.has(i) && r.kind !== 'empty').map((r) => r.text);
  return dropEmptySections(tidy(lines)).join('\n') + '\n';
}

/** Remove headings whose sections (subsections included) hold no text. */
function dropEmptySections(lines: readonly string[]): string[] {
  const note = parseNote(`\n${lines.join('\n')}`);
  const dropped = new Set<number>();
  const atx = note.headings.filter((h) => !h.setext);
  for (const s of [...sections(note, atx)].reverse()) {
    let empty = true;
    for (let l = s.start; l < s.end && empty; l++)
      if (!dropped.has(l) && note.lines[l]!.trim() !== '') empty = false;
    if (empty) dropped.add(s.heading.line);
  }
  return tidy(lines.filter((_, i) => !dropped.has(i + 1)));
}
