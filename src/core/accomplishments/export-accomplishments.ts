/**
 * The "Export accomplishments" flow over a vault port, shared by the plugin and the
 * command line: choose the meeting notes of the period from the index, read only
 * those (and the person notes, for goals), collect the items, name and render the
 * note. Writes nothing: the adapter creates the note (the plugin) or prints it (CLI).
 */
import {
  collectAccomplishments,
  defaultWhose,
  type Accomplishment,
  type MeetingText,
  type Whose,
} from './collect';
import type { Relationship } from '../people/person-profile';
import type { PersonText } from './tracked-goals';
import {
  accomplishmentsNoteName,
  freeNotePath,
  renderAccomplishments,
} from './accomplishments-note';
import type { TouchpointsConfig } from '../settings/config';
import type { MeetingIndex } from '../meetings/meeting-index';
import type { MeetingRecord } from '../meetings/meeting-record';
import { wikilink } from '../shared/links';
import { basename } from '../shared/vault-path';
import { joinPath } from '../shared/paths';
import type { Period } from './periods';
import { err, ok, type Result } from '../shared/result';
import type { VaultPort } from '../shared/vault-port';
import { errorMessage } from '../shared/errors';

/** What to export: a person or everyone, and a resolved period. */
export interface AccomplishmentsRequest {
  /** The person's key in the meeting index, or null for everyone. */
  personKey: string | null;
  period: Period;
  /** Whose work: mine or theirs, or null/absent for each person's default (by relationship). */
  whose?: Whose | null;
}

/** Where prepareAccomplishments reads from: the vault, the index, the settings. */
export interface PrepareAccomplishmentsDeps {
  port: Pick<VaultPort, 'read' | 'exists' | 'linkText'>;
  index: MeetingIndex;
  config: Pick<
    TouchpointsConfig,
    | 'folder'
    | 'winHeadings'
    | 'feedbackHeadings'
    | 'goalsHeading'
    | 'privateHeadings'
    | 'accomplishmentsFileName'
  >;
  /** The `relationship` of a person note (from its frontmatter), for the default of whose work. */
  relationship: (personPath: string | null) => Relationship | null;
}

/** The log, ready to be written: its free path, title, Markdown and items. */
export interface AccomplishmentsOutcome {
  /** A free path for the new note: an existing note is never overwritten. */
  path: string;
  title: string;
  /** The note's Markdown. */
  text: string;
  items: Accomplishment[];
  /** Every note read, in order: the meeting notes, then the person notes. */
  read: string[];
  /** Notes that could not be read (skipped). */
  warnings: string[];
}

/**
 * The meeting notes worth reading for a period: those dated in it, plus each person's
 * last note before it and first note after it, because a task ticked after its
 * meeting keeps its own `✅` date, which may fall in the period. Oldest first.
 */
export function meetingsToRead(
  index: MeetingIndex,
  personKeys: readonly string[],
  period: Period,
): MeetingRecord[] {
  const out: MeetingRecord[] = [];
  for (const key of personKeys) {
    const meetings = index.meetingsOf(key);
    const inside = meetings.filter((m) => m.date >= period.from && m.date <= period.to);
    const before = meetings.filter((m) => m.date < period.from).pop();
    const after = meetings.find((m) => m.date > period.to);
    out.push(...(before ? [before] : []), ...inside, ...(after ? [after] : []));
  }
  return out.sort((a, b) =>
    a.date < b.date ? -1 : a.date > b.date ? 1 : a.path < b.path ? -1 : a.path > b.path ? 1 : 0,
  );
}

async function readAll(
  port: PrepareAccomplishmentsDeps['port'],
  paths: readonly string[],
  warnings: string[],
): Promise<Map<string, string>> {
  const texts = new Map<string, string>();
  for (const path of paths) {
    try {
      texts.set(path, await port.read(path));
    } catch (error) {
      warnings.push(`${path} could not be read and was skipped: ${errorMessage(error)}`);
    }
  }
  return texts;
}

/**
 * Build the accomplishment log of one person (or everyone) for a period: the items,
 * the note's free path and its Markdown. An unknown person is an error.
 */
export async function prepareAccomplishments(
  deps: PrepareAccomplishmentsDeps,
  request: AccomplishmentsRequest,
): Promise<Result<AccomplishmentsOutcome>> {
  const { index, config, port } = deps;
  const person = request.personKey === null ? null : index.person(request.personKey);
  if (request.personKey !== null && !person) return err(`no 1:1 notes for ${request.personKey}`);
  const records = meetingsToRead(
    index,
    person ? [person.key] : index.people().map((p) => p.key),
    request.period,
  );
  const inPeriod = new Set(
    records
      .filter((r) => r.date >= request.period.from && r.date <= request.period.to)
      .map((r) => r.personKey),
  );
  // Goals come from the person notes of the people met in the period (or the one chosen).
  const people = (person ? [person] : index.people().filter((p) => inPeriod.has(p.key)))
    .filter((p) => p.personPath !== null)
    .sort((a, b) => a.name.localeCompare(b.name));
  const warnings: string[] = [];
  const meetingPaths = records.map((r) => r.path);
  const personPaths = people.map((p) => p.personPath!);
  const texts = await readAll(port, [...meetingPaths, ...personPaths], warnings);
  const whoseOf = (personKey: string): Whose =>
    request.whose ?? defaultWhose(deps.relationship(index.person(personKey)?.personPath ?? null));
  const meetings: MeetingText[] = records
    .filter((r) => texts.has(r.path))
    .map((r) => ({
      path: r.path,
      date: r.date,
      personKey: r.personKey,
      personName: index.person(r.personKey)?.name ?? r.personName,
      personPath: r.personPath,
      personLink: r.personLink,
      text: texts.get(r.path)!,
    }));
  const personTexts: PersonText[] = people
    .filter((p) => texts.has(p.personPath!))
    .map((p) => ({
      key: p.key,
      name: p.name,
      path: p.personPath!,
      text: texts.get(p.personPath!)!,
    }));
  const items = collectAccomplishments(meetings, personTexts, request.period, {
    winHeadings: config.winHeadings,
    feedbackHeadings: config.feedbackHeadings,
    goalsHeading: config.goalsHeading,
    privateHeadings: config.privateHeadings,
    whose: whoseOf,
  });
  const title = accomplishmentsNoteName(
    config.accomplishmentsFileName,
    request.period,
    person?.name ?? null,
  );
  const path = freeNotePath(joinPath(config.folder, title), (p) => port.exists(p));
  const text = renderAccomplishments(items, {
    title: basename(path),
    period: request.period,
    person: person
      ? {
          name: person.name,
          link: person.personPath
            ? wikilink(port.linkText(person.personPath, path), person.name)
            : null,
        }
      : null,
    whose: person ? whoseOf(person.key) : (request.whose ?? null),
    linkText: (source) => port.linkText(source, path),
  });
  return ok({
    path,
    title: basename(path),
    text,
    items,
    read: [...meetingPaths, ...personPaths].filter((p) => texts.has(p)),
    warnings,
  });
}
