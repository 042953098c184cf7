/**
 * The "create next 1:1" flow over a VaultPort: find the person and the previous note,
 * plan the new note, then write in a safe order: person note (if new), the new note,
 * the source's forwarded marks, the person note's topic queue. Each old note is
 * changed with one atomic `process` that verifies every line it touches; a carried
 * block whose source lines changed meanwhile is left in the source and taken out of
 * the new note again, so nothing is lost or doubled. Any failure rolls back.
 */
import { applyEditGroups } from '../notes/line-edits';
import { closedSet, type TouchpointsConfig } from '../settings/config';
import type { IsoDate } from '../shared/dates';
import { err, ok, type Result } from '../shared/result';
import { errorMessage, undoJournal, type Journal, type JournalEntry } from './journal';
import type { MeetingIndex } from '../meetings/meeting-index';
import { choosePerson, PERSON_NOTE } from '../people/resolve-person';
import {
  composeNote,
  planNextNote,
  type CarriedItem,
  type NextNotePlan,
  type SourceNote,
} from './plan-next-note';
import { builtInTemplate, findType, type NoteType } from '../settings/note-types';
import { freePath, meetingNotePath } from '../shared/paths';
import { renderTemplate } from '../notes/template';
import { taskStatusesFromText } from '../notes/task-statuses';
import type { VaultPort } from '../shared/vault-port';

export interface CreateRequest {
  /**
   * A known person's index key, a person note's path (with or without meetings), or
   * a name (known, with a person note, or new).
   */
  person: { key: string } | { personPath: string } | { name: string };
  typeId: string;
  date: IsoDate;
  dryRun?: boolean;
  /** Topics from elsewhere for the new note's agenda (items tagged `#1on1`), each as its lines. */
  extraTopics?: readonly string[][];
}

export interface CreateOutcome {
  path: string;
  /** True when the note already existed: it is returned and nothing was changed. */
  existing: boolean;
  previous: string | null;
  carried: CarriedItem[];
  /** Lines marked `[>]` in the source. */
  forwarded: number;
  /** Topics moved from the person note. */
  topics: number;
  /** The person note, when this run created it. */
  personCreated: string | null;
  /** Things the user should know (a template that could not be read, lines left alone). */
  warnings: string[];
  cursorLine: number;
  /** The person's display name. */
  personName: string;
  /** The new note's text (also on a dry run). */
  text: string;
  /** What to undo, or null when nothing was written. */
  journal: Journal | null;
}

export interface CreateContext {
  port: VaultPort;
  index: MeetingIndex;
  config: TouchpointsConfig;
}

class ChangedSince extends Error {}

async function readTemplate(
  ctx: CreateContext,
  type: NoteType,
): Promise<{ text: string; path: string | null; warning: string | null }> {
  const raw = type.template.trim();
  if (!raw) return { text: builtInTemplate(type), path: null, warning: null };
  const path = /\.md$/i.test(raw) ? raw : `${raw}.md`;
  const fallback = `used the built-in ${type.name} template`;
  if (!ctx.port.exists(path)) {
    return {
      text: builtInTemplate(type),
      path: null,
      warning: `Template ${path} not found; ${fallback}`,
    };
  }
  try {
    return { text: await ctx.port.read(path), path, warning: null };
  } catch (error) {
    return {
      text: builtInTemplate(type),
      path: null,
      warning: `Template ${path} could not be read (${errorMessage(error)}); ${fallback}`,
    };
  }
}

/** Create the next 1:1 note for a person, carrying open items and queued topics. */
export async function createNextNote(
  ctx: CreateContext,
  req: CreateRequest,
): Promise<Result<CreateOutcome>> {
  const { port, index, config } = ctx;
  const type = findType(config.noteTypes, req.typeId);
  if (!type)
    return err(
      `Unknown note type "${req.typeId}"; known types: ${config.noteTypes.map((t) => t.id).join(', ')}`,
    );
  const person = choosePerson(ctx, req);
  if (!person.ok) return person;
  const { key, name } = person.value;
  const personPath = person.value.path;

  const existing = index.find(key, type.id, req.date);
  if (existing) {
    return ok({
      path: existing.path,
      existing: true,
      previous: null,
      carried: [],
      forwarded: 0,
      topics: 0,
      personCreated: null,
      personName: name,
      warnings: [],
      cursorLine: 0,
      text: '',
      journal: null,
    });
  }

  const sourceRec = index.latestBefore(key, req.date);
  const warnings: string[] = [];
  const template = await readTemplate(ctx, type);
  if (template.warning) warnings.push(template.warning);
  const path = freePath(
    meetingNotePath({
      folder: config.folder,
      fileNamePattern: config.fileNamePattern,
      personName: name,
      date: req.date,
      typeName: type.name,
    }),
    type.name,
    (p) => port.exists(p),
  );
  // The source, and any other note of the person on the same day (a 1:1 and a career
  // conversation held together): items open in either must carry.
  const sourceRecs = sourceRec
    ? [
        sourceRec,
        ...index
          .meetingsOf(key)
          .filter((m) => m.date === sourceRec.date && m.path !== sourceRec.path),
      ]
    : [];
  const sources: SourceNote[] = [];
  for (const rec of sourceRecs) {
    try {
      sources.push({
        path: rec.path,
        date: rec.date,
        text: await port.read(rec.path),
        linkText: port.linkText(rec.path, path),
      });
    } catch (error) {
      return err(`Could not read the previous note ${rec.path}: ${errorMessage(error)}`);
    }
  }
  let personText: string | null = null;
  if (person.value.exists) {
    try {
      personText = await port.read(personPath);
    } catch (error) {
      return err(`Could not read the person note ${personPath}: ${errorMessage(error)}`);
    }
  }
  const personLinkText = person.value.exists
    ? port.linkText(personPath, path)
    : personPath.replace(/\.md$/i, '').slice(personPath.lastIndexOf('/') + 1);
  const plan = planNextNote({
    path,
    type,
    date: req.date,
    person: { name, linkText: personLinkText },
    template: template.text,
    source: sources[0] ?? null,
    sameDaySources: sources.slice(1),
    personNote: personText !== null ? { path: personPath, text: personText } : null,
    extraTopics: req.extraTopics,
    options: {
      carry: {
        closed: closedSet(config),
        stamp: config.addCreatedStamp,
        markForwarded: config.markForwarded,
        privateHeadings: config.privateHeadings,
      },
      topicsHeading: config.topicsHeading,
    },
  });
  const base: CreateOutcome = {
    path,
    existing: false,
    previous: sourceRec?.path ?? null,
    carried: plan.carried,
    forwarded: plan.sourceEdits.reduce((n, g) => n + g.length, 0),
    topics: plan.topics.length,
    personCreated: person.value.exists ? null : personPath,
    personName: name,
    warnings,
    cursorLine: plan.cursorLine,
    text: plan.text,
    journal: null,
  };
  if (req.dryRun) return ok(base);
  return write(ctx, plan, {
    base,
    templaterTemplate: template.path && template.text.includes('<%') ? template.path : null,
    personCreate: person.value.exists
      ? null
      : {
          path: personPath,
          text: renderTemplate(PERSON_NOTE, {
            person: name,
            personNote: '',
            date: req.date,
            previous: '',
            title: name,
          }),
        },
    personPath,
    personLinkText,
    oldKey: key,
  });
}

interface WriteInput {
  base: CreateOutcome;
  templaterTemplate: string | null;
  personCreate: { path: string; text: string } | null;
  personPath: string;
  personLinkText: string;
  oldKey: string;
}

async function write(
  ctx: CreateContext,
  plan: NextNotePlan,
  w: WriteInput,
): Promise<Result<CreateOutcome>> {
  const { port, index } = ctx;
  const entries: JournalEntry[] = [];
  const journal: Journal = { label: `Create ${plan.path}`, entries };
  const outcome: CreateOutcome = { ...w.base, warnings: [...w.base.warnings] };
  const rollback = async (reason: string): Promise<Result<CreateOutcome>> => {
    const undone = await undoJournal(port, journal);
    return err(undone.ok ? `${reason}. Nothing was changed.` : `${reason}. ${undone.error}`);
  };

  // 1. The person note, when there is none yet.
  if (w.personCreate) {
    try {
      await port.create(w.personCreate.path, w.personCreate.text);
      entries.push({ kind: 'created', path: w.personCreate.path, text: w.personCreate.text });
      if (w.oldKey.startsWith('?')) index.resolvePerson(w.oldKey, w.personCreate.path);
    } catch (error) {
      return err(`Could not create the person note ${w.personCreate.path}: ${errorMessage(error)}`);
    }
  }

  // 2. The new note: through Templater when its template is a Templater template, and
  //    carry-over applied only after Templater has finished writing it.
  let base = plan.base;
  let created = plan.text;
  const createdEntry: JournalEntry = { kind: 'created', path: plan.path, text: created };
  try {
    if (
      w.templaterTemplate &&
      port.createWithTemplater &&
      (await port.createWithTemplater(w.templaterTemplate, plan.path))
    ) {
      // Journal Templater's note at once, so a failure below trashes it too.
      createdEntry.text = await port.read(plan.path);
      entries.push(createdEntry);
      created = await port.process(plan.path, (text) => {
        // Templater ran its own commands; our placeholders are still ours to fill.
        base = renderTemplate(text, plan.vars);
        const composed = composeNote(base, plan.parts);
        outcome.cursorLine = composed.cursorLine;
        return composed.text;
      });
      createdEntry.text = created;
    } else {
      if (w.templaterTemplate) {
        outcome.warnings.push(
          `Templater is not enabled: the <% %> commands in ${w.templaterTemplate} were left as they are`,
        );
      }
      await port.create(plan.path, plan.text);
      entries.push(createdEntry);
    }
  } catch (error) {
    return rollback(`Could not create ${plan.path}: ${errorMessage(error)}`);
  }

  // 3. Mark the carried tasks in each source, block by block, verifying each line.
  const blocksKept = plan.blocks.map(() => true);
  for (const sourcePath of new Set(plan.blockSources)) {
    const mine = plan.blockSources.flatMap((p, i) => (p === sourcePath ? [i] : []));
    const groups = mine.map((i) => plan.sourceEdits[i]!);
    if (!groups.some((g) => g.length)) continue;
    let before = '';
    try {
      const after = await port.process(sourcePath, (text) => {
        before = text;
        const r = applyEditGroups(text, groups);
        mine.forEach((i, k) => (blocksKept[i] = r.applied[k]!));
        return r.text;
      });
      if (after !== before) entries.push({ kind: 'modified', path: sourcePath, before, after });
    } catch (error) {
      return rollback(`Could not mark the carried items in ${sourcePath}: ${errorMessage(error)}`);
    }
  }

  // 4. Take the queued topics out of the person note.
  let topicsKept = plan.topics.map(() => true);
  if (!w.personCreate && plan.topicEdits.some((g) => g.length)) {
    let before = '';
    try {
      const after = await port.process(w.personPath, (text) => {
        before = text;
        const r = applyEditGroups(text, plan.topicEdits);
        topicsKept = r.applied;
        return r.text;
      });
      if (after !== before) entries.push({ kind: 'modified', path: w.personPath, before, after });
    } catch (error) {
      return rollback(`Could not take the topics out of ${w.personPath}: ${errorMessage(error)}`);
    }
  }

  // 5. What changed under us stays where it was, and leaves the new note again.
  if (blocksKept.includes(false) || topicsKept.includes(false)) {
    const parts = {
      ...plan.parts,
      blocks: plan.blocks.filter((_, i) => blocksKept[i]),
      topics: plan.topics.filter((_, i) => topicsKept[i]),
      privateTopics: plan.parts.privateTopics?.filter((_, i) => topicsKept[i]),
    };
    try {
      created = await port.process(plan.path, (text) => {
        if (text !== created) throw new ChangedSince(`${plan.path} was edited meanwhile`);
        return composeNote(base, parts).text;
      });
      createdEntry.text = created;
    } catch (error) {
      return rollback(`Could not update ${plan.path}: ${errorMessage(error)}`);
    }
    const lostBlocks = plan.blocks.length - parts.blocks.length;
    const lostTopics = plan.topics.length - parts.topics.length;
    if (lostBlocks) {
      const where = [...new Set(plan.blockSources.filter((_, i) => !blocksKept[i]))].join(', ');
      outcome.warnings.push(
        `${lostBlocks} item(s) changed in ${where} while they were carried; they were left there`,
      );
    }
    if (lostTopics)
      outcome.warnings.push(
        `${lostTopics} topic(s) changed in ${w.personPath} while they were moved; they were left there`,
      );
    outcome.carried = plan.blocks.flatMap((b, i) =>
      blocksKept[i] ? b.tasks.map((t) => ({ text: t, from: plan.blockSources[i]! })) : [],
    );
    outcome.forwarded = plan.sourceEdits
      .filter((_, i) => blocksKept[i])
      .reduce((n, g) => n + g.length, 0);
    outcome.topics = parts.topics.length;
  }

  // The metadata cache catches up later; index the new note now so a second run finds
  // it, unless the cache was quicker (its record also knows the note's tasks).
  if (!index.get(plan.path))
    index.set(
      plan.path,
      ok({
        path: plan.path,
        personKey: w.personCreate ? w.personCreate.path : w.personPath,
        personName: w.base.personName,
        personPath: w.personCreate ? w.personCreate.path : w.personPath,
        personLink: w.personLinkText,
        date: plan.parts.date,
        typeId: plan.parts.type.id,
        status: 'held',
        taskStatuses: taskStatusesFromText(created),
      }),
    );
  outcome.text = created;
  outcome.journal = journal;
  return ok(outcome);
}
