/**
 * Finds the notes that are 1:1 notes in all but name, from frontmatter alone: where to
 * look, the date, the person (a property, a one-entry list, the folder of one person,
 * the file name), the kind, and what adopting would add. Every note looked at and
 * left out is listed with the reason. Pure: no file is read.
 */
import { toIsoDate, type IsoDate } from '../shared/dates';
import { parseLink } from '../shared/links';
import { personNotePath } from '../shared/paths';
import { basename, dirname } from '../shared/vault-path';
import { PersonMatcher, personMatchKey } from '../people/match-person';
import type {
  AdoptInput,
  AdoptScan,
  CandidateNote,
  FoundNote,
  PersonSource,
  PropertyChange,
} from './adopt-types';
import { dateInName, personInFileName, personInFolderName } from './name-rules';

/** The property types a value written as text may have (unset: Obsidian guesses). */
const WRITABLE: Readonly<Record<PropertyChange['property'], readonly string[]>> = {
  type: ['text', 'multitext'],
  person: ['text', 'multitext'],
  date: ['date', 'text'],
  kind: ['text'],
};

/** True when a `type` value says one-on-one (a string, or a list holding it). */
export function saysOneOnOne(type: unknown): boolean {
  const values: unknown[] = Array.isArray(type) ? type : [type];
  return values.some((v) => typeof v === 'string' && v.trim().toLowerCase() === 'one-on-one');
}

/** A property is missing when it is absent, empty or null. */
function missing(value: unknown): boolean {
  return value === undefined || value === null || value === '';
}

function shown(value: unknown): string {
  return typeof value === 'string' ? `"${value}"` : (JSON.stringify(value) ?? String(value));
}

/** Values of a property as a list (a single value is a list of one); empty entries dropped. */
function entries(value: unknown): unknown[] {
  const list: unknown[] = Array.isArray(value) ? value : [value];
  return list.filter((v) => !missing(v));
}

interface PersonGuess {
  name: string;
  from: PersonSource;
  /** A link as written in a property, resolved as Obsidian would. */
  link?: string;
}

type Step<T> = { ok: true; value: T } | { ok: false; reason: string };

/** The person of a note, the first rule that applies; a reason when none does. */
function guessPerson(note: CandidateNote, matcher: PersonMatcher): Step<PersonGuess | null> {
  const fm = note.frontmatter ?? {};
  for (const key of ['person', 'with', 'attendee'] as const) {
    const values = entries(fm[key]);
    if (values.length > 1)
      return { ok: false, reason: `a group meeting: "${key}" names ${values.length} people` };
    if (values.length === 1) {
      const link = parseLink(values[0]);
      if (!link)
        return { ok: false, reason: `"${key}" ${shown(values[0])} is not a name or a link` };
      const from = key === 'person' ? 'person' : 'property';
      return {
        ok: true,
        value: { name: link.alias ?? basename(link.path), from, link: link.path },
      };
    }
  }
  for (const key of ['people', 'attendees'] as const) {
    const values = entries(fm[key]);
    if (values.length > 1)
      return { ok: false, reason: `a group meeting: "${key}" lists ${values.length} people` };
    if (values.length === 1) {
      const link = parseLink(values[0]);
      if (!link)
        return { ok: false, reason: `"${key}" ${shown(values[0])} is not a name or a link` };
      return {
        ok: true,
        value: { name: link.alias ?? basename(link.path), from: 'people', link: link.path },
      };
    }
  }
  const inName = personInFileName(basename(note.path));
  const folder = dirname(note.path);
  const inFolder = folder ? personInFolderName(basename(folder)) : '';
  // The folder of one person: the file name names nobody, or the same person, or nobody
  // known while the folder names a known person.
  const folderKnown = inFolder ? matcher.match(inFolder) : [];
  const nameKnown = inName ? matcher.match(inName) : [];
  if (
    inFolder &&
    (!inName ||
      personMatchKey(inName) === personMatchKey(inFolder) ||
      (folderKnown.length > 0 && folderKnown.join() === nameKnown.join()) ||
      (folderKnown.length > 0 && nameKnown.length === 0))
  )
    return { ok: true, value: { name: inFolder, from: 'folder' } };
  if (inName) return { ok: true, value: { name: inName, from: 'file-name' } };
  return { ok: true, value: null };
}

/** The kind: a `kind` naming a note type, else career when anything says so, else regular. */
function guessKind(note: CandidateNote, typeIds: readonly string[]): Step<string> {
  const fm = note.frontmatter ?? {};
  if (!missing(fm.kind)) {
    const kind = typeof fm.kind === 'string' ? fm.kind.trim().toLowerCase() : '';
    const id = typeIds.find((t) => t.toLowerCase() === kind);
    return id
      ? { ok: true, value: id }
      : { ok: false, reason: `"kind" ${shown(fm.kind)} is not a note type of the settings` };
  }
  const tags = [...entries(fm.tags), ...(note.tags ?? [])];
  const says = [basename(note.path), ...entries(fm.type), ...tags].some(
    (v) => typeof v === 'string' && /career/i.test(v),
  );
  return { ok: true, value: says && typeIds.includes('career') ? 'career' : 'regular' };
}

/** Look at one note: found, skipped with a reason, or not a candidate at all (null). */
function examine(
  note: CandidateNote,
  input: AdoptInput,
  matcher: PersonMatcher,
): FoundNote | { path: string; reason: string } | null {
  const fm = note.frontmatter ?? {};
  const path = note.path;
  if (saysOneOnOne(fm.type)) return null;
  if (!missing(fm.type) && !Array.isArray(fm.type))
    return { path, reason: `its "type" is ${shown(fm.type)}, not a list one-on-one can join` };
  let date: IsoDate | null;
  if (!missing(fm.date)) {
    date = toIsoDate(fm.date);
    if (!date) return { path, reason: `"date" ${shown(fm.date)} is not a date (yyyy-MM-dd)` };
  } else {
    date = dateInName(basename(path));
    if (!date) return { path, reason: 'no date: no "date" property and no yyyy-MM-dd in the name' };
  }
  const guess = guessPerson(note, matcher);
  if (!guess.ok) return { path, reason: guess.reason };
  if (!guess.value)
    return { path, reason: 'no person: no person property and no name in the path' };
  const kind = guessKind(note, input.typeIds);
  if (!kind.ok) return { path, reason: kind.reason };
  const { name, from, link } = guess.value;
  const resolved = link ? input.resolveLink(link, path) : null;
  const byName = matcher.match(name);
  const known = resolved && matcher.has(resolved) ? [resolved] : byName;
  if (known.length > 1)
    return { path, reason: `"${name}" could be ${known.join(' or ')}: set its "person" by hand` };
  // A name kept as written must lead to the person note it matched, or the note would
  // count for someone else: adopting adds properties, it never rewrites one.
  const kept = from === 'person' || from === 'people';
  if (kept && known.length === 1 && resolved !== known[0])
    return {
      path,
      reason: `"${from}" says "${link!}", which does not link to ${known[0]!}; write "[[${basename(known[0]!)}]]" there to adopt it`,
    };
  const personNote = known[0] ?? resolved ?? personNotePath(input.personFolder, name);
  const newPerson = known.length === 0 && !resolved;
  const changes: PropertyChange[] = [];
  if (!Array.isArray(fm.type) || !saysOneOnOne(fm.type))
    changes.push({ property: 'type', value: 'one-on-one' });
  if (!kept) changes.push({ property: 'person', value: `[[${basename(personNote)}]]` });
  if (missing(fm.date)) changes.push({ property: 'date', value: date });
  if (missing(fm.kind)) changes.push({ property: 'kind', value: kind.value });
  for (const c of changes) {
    const type = input.propertyTypes[c.property];
    // A list `type` keeps its form; anything else is written as the vault's type allows.
    if (c.property === 'type' && Array.isArray(fm.type)) continue;
    if (type !== undefined && !WRITABLE[c.property].includes(type))
      return {
        path,
        reason: `the vault gives "${c.property}" the property type ${type}; Touchpoints writes it as ${WRITABLE[c.property][0]!}`,
      };
  }
  const guessed = from === 'folder' || from === 'file-name';
  return {
    path,
    person: newPerson ? name : basename(personNote),
    personNote,
    newPerson,
    personFrom: from,
    ticked: !(guessed && newPerson),
    date,
    kind: kind.value,
    changes,
  };
}

/** True when `path` is inside `folder` ('' is the whole vault). */
function inside(path: string, folder: string): boolean {
  const f = folder.replace(/^\/+|\/+$/g, '');
  return f === '' || path.startsWith(`${f}/`);
}

/** Find the notes to adopt and the notes skipped, sorted by path. */
export function findAdoptable(input: AdoptInput): AdoptScan {
  const matcher = new PersonMatcher(input.people);
  const skipFolders = input.skipFolders.filter((f) => f.replace(/\/+/g, '') !== '');
  const scan: AdoptScan = { notes: [], skipped: [] };
  for (const note of input.notes) {
    if (!inside(note.path, input.folder ?? '')) continue;
    if (matcher.has(note.path) || skipFolders.some((f) => inside(note.path, f))) continue;
    const out = examine(note, input, matcher);
    if (!out) continue;
    if ('reason' in out) scan.skipped.push(out);
    else scan.notes.push(out);
  }
  const byPath = (a: { path: string }, b: { path: string }): number =>
    a.path < b.path ? -1 : a.path > b.path ? 1 : 0;
  scan.notes.sort(byPath);
  scan.skipped.sort(byPath);
  return scan;
}
