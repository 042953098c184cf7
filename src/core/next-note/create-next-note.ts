/**
 * The "create next note" flow over a VaultPort: find the person and the previous note,
 * read the template, plan the new note, then hand the plan to the safe write (or, on a
 * dry run, only report it). Reads only the template, the notes it carries from and the
 * person note.
 */
import { findType } from '../settings/note-types';
import { newPersonNote, resolvePerson } from '../people/resolve-person';
import { freePath, joinPath, meetingNotePath, safeFileName } from '../shared/paths';
import { err, ok, type Result } from '../shared/result';
import type { MeetingIndex } from '../meetings/meeting-index';
import type { IsoDate } from '../shared/dates';
import { planTopics } from './carry-over';
import { planNextNote } from './plan-next-note';
import { readTemplate } from './read-template';
import type { NextNoteContext, NextNoteOutcome, NextNoteRequest } from './request';
import { resumeNextNote } from './resume-next-note';
import { mergeSameDayCopies } from './same-day-copies';
import { planOptions, readPersonNote, readSources } from './sources';
import { writeNextNote } from './write-next-note';

/** The outcome for a note that exists already: it is opened, nothing is written. */
function existingOutcome(path: string, personName: string): NextNoteOutcome {
  return {
    path,
    existing: true,
    previous: null,
    carried: [],
    forwarded: 0,
    topics: 0,
    personCreated: null,
    personName,
    warnings: [],
    cursorLine: 0,
    text: '',
    journal: null,
  };
}

/**
 * Where a person's new note goes when not in the settings' folder: the folder of their
 * latest 1:1 note, when that is not the default person folder (`<folder>/<person>`), so
 * the notes of a vault that keeps them elsewhere (`Meetings/1on1/`) stay together.
 * Undefined for the default: a person with no 1:1 yet, or whose notes are there.
 */
export function nextNoteFolder(
  index: NextNoteContext['index'],
  key: string,
  folder: string,
  personName: string,
): string | undefined {
  const meetings = index.meetingsOf(key);
  const latest = meetings[meetings.length - 1];
  if (!latest) return undefined;
  const own = latest.path.slice(0, Math.max(0, latest.path.lastIndexOf('/')));
  return own === joinPath(folder, safeFileName(personName)) ? undefined : own;
}

/**
 * Why the person's queued topics stay in their queue rather than move into a note
 * dated `date`, or null when they move. The queue belongs to the next meeting: a note
 * dated before today (recorded after the fact) takes none, and neither does a note
 * that another of the person's notes, not cancelled or rescheduled, is dated after.
 */
export function queueStays(
  index: MeetingIndex,
  personKey: string,
  date: IsoDate,
  today: IsoDate,
): string | null {
  if (date < today) return 'this note is dated before today';
  const later = index
    .meetingsOf(personKey)
    .find((m) => m.date > date && m.status !== 'cancelled' && m.status !== 'rescheduled');
  return later ? `a later 1:1 note exists (${later.path})` : null;
}

/** Create the next 1:1 note for a person, carrying open items and queued topics. */
export async function createNextNote(
  ctx: NextNoteContext,
  req: NextNoteRequest,
): Promise<Result<NextNoteOutcome>> {
  const { port, index, config } = ctx;
  const type = findType(config.noteTypes, req.typeId);
  if (!type)
    return err(
      `Unknown note type "${req.typeId}"; known types: ${config.noteTypes.map((t) => t.id).join(', ')}`,
    );
  const resolved = resolvePerson({ index, port, folder: config.folder }, req.person);
  if (!resolved.ok) return resolved;
  const person = resolved.value;

  // An existing note is opened; one an interrupted run left half-done is completed first.
  const existing = index.find(person.key, type.id, req.date);
  if (existing) {
    if (req.dryRun) return ok(existingOutcome(existing.path, person.name));
    const resumed = await resumeNextNote(ctx, req, person, type, existing.path);
    return resumed ?? ok(existingOutcome(existing.path, person.name));
  }

  const warnings: string[] = [];
  const template = await readTemplate(port, type);
  if (template.warning) warnings.push(template.warning);
  const built = meetingNotePath({
    folder: config.folder,
    fileNamePattern: config.fileNamePattern,
    personName: person.name,
    date: req.date,
    typeName: type.name,
    noteFolder: nextNoteFolder(index, person.key, config.folder, person.name),
  });
  // In the person's folder as the vault spells it (another case is the same folder).
  const path = freePath(port.canonical?.(built) ?? built, type.name, (p) => port.exists(p));
  const sources = await readSources(ctx, person.key, req.date, path);
  if (!sources.ok) return sources;
  const personRead = await readPersonNote(port, person);
  if (!personRead.ok) return personRead;
  const personText = personRead.value;
  // The queue stays for the next meeting when this note is not it; the user is told.
  const stays =
    personText === null ? null : queueStays(index, person.key, req.date, req.today ?? req.date);
  if (stays) {
    const queued = planTopics(personText!, config.topicsHeading, config.privateHeadings).topics;
    if (queued.length)
      warnings.push(
        `${queued.length} queued topic(s) stay in ${person.path} for the next meeting: ${stays}`,
      );
  }
  const personLinkText = person.exists
    ? port.linkText(person.path, path)
    : person.path.replace(/\.md$/i, '').slice(person.path.lastIndexOf('/') + 1);
  const plan = mergeSameDayCopies(
    planNextNote({
      path,
      type,
      date: req.date,
      person: { name: person.name, linkText: personLinkText },
      template: template.text,
      source: sources.value[0] ?? null,
      sameDaySources: sources.value.slice(1),
      personNote: personText !== null && !stays ? { path: person.path, text: personText } : null,
      extraTopics: req.extraTopics,
      time: req.time,
      options: planOptions(config),
    }),
  );
  const planned: NextNoteOutcome = {
    path,
    existing: false,
    previous: sources.value[0]?.path ?? null,
    carried: plan.carried,
    forwarded: plan.sourceEdits.reduce((n, g) => n + g.length, 0),
    topics: plan.topics.length,
    personCreated: person.exists ? null : person.path,
    personName: person.name,
    warnings,
    cursorLine: plan.cursorLine,
    text: plan.text,
    journal: null,
  };
  if (req.dryRun) return ok(planned);
  return writeNextNote(ctx, plan, {
    planned,
    templaterTemplate: template.path && template.text.includes('<%') ? template.path : null,
    person: {
      key: person.key,
      path: person.path,
      linkText: personLinkText,
      newNoteText: person.exists ? null : newPersonNote(person.name, ctx.personNoteEmbed),
    },
  });
}
