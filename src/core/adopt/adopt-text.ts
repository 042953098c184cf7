/**
 * The text of an adopted note: its frontmatter with only the missing properties added,
 * in the form the note already uses (one-on-one joins a `type` list, flow or block),
 * every other line kept as it was and the body unchanged byte for byte. Written as
 * text, like the frontmatter of new notes, so the core needs no YAML library.
 */
import { err, ok, type Result } from '../shared/result';
import type { PropertyChange, PropertyTypes } from './adopt-types';
import { lazyRegExp } from '../shared/memo';

/** One top-level property of a frontmatter block: its lines and its value on the key line. */
interface Property {
  key: string;
  /** Index of the key line in the block's lines. */
  line: number;
  /** Index after its last line (items and continuation lines). */
  end: number;
  /** What follows the colon on the key line, trimmed. */
  inline: string;
}

const KEY_LINE = /^([^\s#\-'"][^:]*?)[ \t]*:(?:[ \t]+(.*?))?[ \t]*$/;

/** The top-level properties of frontmatter lines, in order. */
function properties(lines: readonly string[]): Property[] {
  const out: Property[] = [];
  lines.forEach((line, i) => {
    const m = KEY_LINE.exec(line);
    if (m) {
      out.push({ key: m[1]!, line: i, end: i + 1, inline: m[2] ?? '' });
    } else if (out.length && line.trim() !== '') out[out.length - 1]!.end = i + 1;
  });
  return out;
}

const PLAIN_SCALAR = lazyRegExp(String.raw`^[\p{L}\p{N}][\p{L}\p{N} _.-]*$`, 'u');

/** A value as written: plain when YAML reads it back unchanged, else JSON-quoted. */
function scalar(value: string): string {
  return PLAIN_SCALAR().test(value) && !/^\d+$/.test(value) && value.trim() === value
    ? value
    : JSON.stringify(value);
}

/** The lines of a property set to one value, as the vault's property type asks. */
function written(change: PropertyChange, types: PropertyTypes): string[] {
  const value =
    change.property === 'type' || change.property === 'date' ? change.value : scalar(change.value);
  return types[change.property] === 'multitext'
    ? [`${change.property}:`, `  - ${value}`]
    : [`${change.property}: ${value}`];
}

/**
 * Add one-on-one to a `type` list as written: flow (`[]`, `[a]`) or block (`- a`
 * lines). Returns the index of the line it inserted, -1 when it changed the key line,
 * or null when the value is no list.
 */
function joinTypeList(lines: string[], p: Property): number | null {
  const flow = /^\[(.*)\](\s*(?:#.*)?)$/.exec(p.inline);
  if (flow) {
    const items = flow[1]!.trim();
    const line = lines[p.line]!;
    const at = line.indexOf(p.inline, line.indexOf(':') + 1);
    const joined = `[${items ? `${items}, ` : ''}one-on-one]${flow[2]!}`;
    lines[p.line] = line.slice(0, at) + joined + line.slice(at + p.inline.length);
    return -1;
  }
  if (p.inline !== '') return null;
  const items = lines.slice(p.line + 1, p.end);
  const first = items.find((l) => /^\s*- /.test(l));
  if (!first) return null;
  const indent = /^\s*/.exec(first)![0];
  let last = p.end - 1;
  while (last > p.line && lines[last]!.trim() === '') last--;
  lines.splice(last + 1, 0, `${indent}- one-on-one`);
  return last + 1;
}

/**
 * The note's text with `changes` made: each property added when missing (or empty),
 * `type` joined when it is a list. An error, and no text, when the note no longer has
 * the shape the changes were planned for (a property now set, a `type` not a list).
 */
export function adoptText(
  text: string,
  changes: readonly PropertyChange[],
  types: PropertyTypes,
): Result<string> {
  const bom = text.startsWith('\uFEFF') ? '\uFEFF' : '';
  const rest = text.slice(bom.length);
  const firstEnd = rest.indexOf('\n');
  const eol = firstEnd > 0 && rest[firstEnd - 1] === '\r' ? '\r\n' : '\n';
  const open = /^---[ \t]*\r?\n/.exec(rest);
  // Each frontmatter line without its ending, and its own ending (kept as it was).
  let lines: string[] = [];
  let ends: string[] = [];
  let head = '';
  let tail = rest;
  if (open) {
    const all = rest.slice(open[0].length).split('\n');
    const close = all.findIndex((l) => /^(?:---|\.\.\.)[ \t]*\r?$/.test(l));
    if (close >= 0) {
      lines = all.slice(0, close).map((l) => l.replace(/\r$/, ''));
      ends = all.slice(0, close).map((l) => (l.endsWith('\r') ? '\r\n' : '\n'));
      head = open[0];
      tail = all.slice(close).join('\n');
    }
  }
  const added: string[] = [];
  for (const change of changes) {
    const p = properties(lines).find((x) => x.key === change.property);
    const empty = p && p.inline === '' && lines.slice(p.line + 1, p.end).every((l) => !l.trim());
    if (p && change.property === 'type' && !empty) {
      const at = joinTypeList(lines, p);
      if (at === null) return err('its "type" is no longer a list');
      if (at >= 0) ends.splice(at, 0, eol);
    } else if (p && !empty) {
      return err(`it has a "${change.property}" now`);
    } else if (p) {
      const now = written(change, types);
      lines.splice(p.line, p.end - p.line, ...now);
      ends.splice(p.line, p.end - p.line, ...now.map(() => eol));
    } else {
      added.push(...written(change, types));
    }
  }
  const block =
    lines.map((l, i) => `${l}${ends[i]!}`).join('') + added.map((l) => `${l}${eol}`).join('');
  return ok(head ? `${bom}${head}${block}${tail}` : `${bom}---${eol}${block}---${eol}${rest}`);
}
