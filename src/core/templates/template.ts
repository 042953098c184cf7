/** Template rendering and the frontmatter of new notes. */
import { formatDatePattern } from '../shared/date-format';
import type { IsoDate } from '../shared/dates';
import { parseNote } from '../notes/markdown';
import type { ParsedNote } from '../notes/parsed-note';
import { findSection } from '../notes/sections';
import { FENCE } from '../notes/block-syntax';
import { splitLines } from '../notes/text-lines';

export interface TemplateVars {
  /** The person's display name. */
  person: string;
  /** The link path of the person note, for embeds (`![[{{person-note}}#Goals]]`). */
  personNote: string;
  date: IsoDate;
  /** A wikilink to the previous note, or empty. */
  previous: string;
  /** The new note's title (its file name without `.md`). */
  title: string;
}

/** Replace `{{person}}`, `{{person-note}}`, `{{date}}`, `{{date:<pattern>}}`, `{{previous}}`, `{{title}}`. */
export function renderTemplate(template: string, vars: TemplateVars): string {
  return template.replace(
    /\{\{\s*([a-z-]+)(?::([^}]*))?\s*\}\}/gi,
    (whole, name: string, arg?: string) => {
      switch (name.toLowerCase()) {
        case 'person':
          return vars.person;
        case 'person-note':
          return vars.personNote;
        case 'date':
          return arg === undefined ? vars.date : formatDatePattern(vars.date, arg.trim());
        case 'previous':
          return vars.previous;
        case 'title':
          return vars.title;
        default:
          return whole;
      }
    },
  );
}

/** A YAML scalar: dates and plain words bare, anything else double-quoted (JSON escapes are YAML escapes). */
export function yamlScalar(value: string): string {
  return /^\d{4}-\d{2}-\d{2}$/.test(value) || /^[A-Za-z][\w-]*$/.test(value)
    ? value
    : JSON.stringify(value);
}

/**
 * Put `fields` into the frontmatter of `text`, creating the block if there is none.
 * Existing keys named in `fields` are replaced (with their nested lines); every other
 * line is kept as written. Fields with a null value are left out.
 */
export function withFrontmatter(
  text: string,
  fields: ReadonlyArray<[string, string | null]>,
): string {
  const own = fields
    .filter((f): f is [string, string] => f[1] !== null)
    .map(([k, v]) => `${k}: ${yamlScalar(v)}`);
  const note = parseNote(text);
  const eol = note.eols.find((e) => e !== '') ?? '\n';
  if (!note.frontmatter) return ['---', ...own, '---'].join(eol) + eol + text;
  const keys = new Set(fields.map(([k]) => k));
  const kept: string[] = [];
  let skipping = false;
  for (let i = 1; i < note.frontmatter.end - 1; i++) {
    const line = note.lines[i]!;
    const key = /^([^\s:#][^:]*?)\s*:/.exec(line);
    if (key) skipping = keys.has(key[1]!.trim());
    else if (!/^[\s-]/.test(line)) skipping = false;
    if (!skipping) kept.push(line);
  }
  const rest = note.lines.slice(note.frontmatter.end);
  const restEols = note.eols.slice(note.frontmatter.end);
  let body = '';
  for (let i = 0; i < rest.length; i++) body += rest[i]! + restEols[i]!;
  return ['---', ...own, ...kept, '---'].join(eol) + eol + body;
}

/**
 * Append `## <heading>` at the end of a note when it has no section of that name.
 * `note`: the text parsed, when the caller has parsed it already.
 */
export function ensureSection(
  text: string,
  heading: string,
  note: ParsedNote = parseNote(text),
): string {
  if (findSection(note, heading)) return text;
  const { eols } = splitLines(text);
  const eol = eols.find((e) => e !== '') ?? '\n';
  const trimmed = text.replace(/\s+$/, '');
  return `${trimmed}${trimmed ? eol + eol : ''}## ${heading}${eol}`;
}

/** True when a text ends inside a code block: a heading appended after it would be code. */
function endsInCode(text: string): boolean {
  const probe = parseNote(`${text}\n\n# probe`);
  return probe.codeLines.has(probe.lines.length - 1);
}

/**
 * Close a code fence the text leaves open at its end (a template's unclosed fence
 * would swallow every section appended after it): the text with a closing fence line
 * added (as long as the longest fence of its kind), or the text unchanged.
 */
export function closeOpenFence(text: string): string {
  if (!/```|~~~/.test(text) || !endsInCode(text)) return text;
  const { lines, eols } = splitLines(text);
  const eol = eols.find((e) => e !== '') ?? '\n';
  const body = text.endsWith('\n') ? text : text + eol;
  const longest = { '`': 3, '~': 3 };
  for (const line of lines) {
    const f = FENCE.exec(line);
    const ch = f?.[1]![0] as '`' | '~' | undefined;
    if (ch) longest[ch] = Math.max(longest[ch], f![1]!.length);
  }
  for (const ch of ['`', '~'] as const) {
    const closed = `${body}${ch.repeat(longest[ch])}${eol}`;
    if (!endsInCode(closed)) return closed;
  }
  return text;
}
