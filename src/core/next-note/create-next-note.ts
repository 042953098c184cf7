/**
 * The "create next note" flow over a VaultPort: find the person and the previous note,
 * read the template, plan the new note, then hand the plan to the safe write (or, on a
 * dry run, only report it). Reads only the template, the notes it carries from and the
 * person note.
 */
import { findType } from '../settings/note-types';
import { newPersonNote, resolvePerson } from '../people/resolve-person';
import { errorMessage } from '../shared/errors';
import { freePath, meetingNotePath } from '../shared/paths';
import { err, ok, type Result } from '../shared/result';
import { planNextNote } from './plan-next-note';
import { readTemplate } from './read-template';
import type { NextNoteContext, NextNoteOutcome, NextNoteRequest } from './request';
import { resumeNextNote } from './resume-next-note';
import { mergeSameDayCopies } from './same-day-copies';
import { planOptions, readSources } from './sources';
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
  const path = freePath(
    meetingNotePath({
      folder: config.folder,
      fileNamePattern: config.fileNamePattern,
      personName: person.name,
      date: req.date,
      typeName: type.name,
    }),
    type.name,
    (p) => port.exists(p),
  );
  const sources = await readSources(ctx, person.key, req.date, path);
  if (!sources.ok) return sources;
  let personText: string | null = null;
  if (person.exists) {
    try {
      personText = await port.read(person.path);
    } catch (error) {
      return err(`Could not read the person note ${person.path}: ${errorMessage(error)}`);
    }
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
      personNote: personText !== null ? { path: person.path, text: personText } : null,
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
