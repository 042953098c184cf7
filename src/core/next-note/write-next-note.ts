/**
 * The safe write of a planned next note, in five steps: the person note (if new), the
 * new note, the forwarded marks in each source, the topics taken out of the person
 * note, and the new note again without what changed meanwhile. Each old note is
 * changed with one atomic `process` that verifies every line it touches; a carried
 * block whose source lines changed is left in the source and taken out of the new
 * note again, so nothing is lost or doubled. Any failure rolls back.
 */
import { applyEditGroups } from '../notes/line-edits';
import { taskStatusesFromText } from '../notes/task-statuses';
import { renderTemplate } from '../notes/template';
import { ChangedSince, errorMessage } from '../shared/errors';
import { err, ok, type Result } from '../shared/result';
import { undoJournal, type Journal, type JournalEntry } from './journal';
import { composeNote, type NextNotePlan } from './plan-next-note';
import type { NextNoteContext, NextNoteOutcome } from './request';

/** What the safe write needs besides the plan. */
export interface SafeWriteInput {
  /** The outcome as planned; the write reports a copy, corrected by what it did. */
  planned: NextNoteOutcome;
  /** The Templater template to create the new note with, or null. */
  templaterTemplate: string | null;
  person: {
    /** The person's index key (`?` and the name while there is no person note). */
    key: string;
    /** The person note's path: the existing note, or the one step 1 creates. */
    path: string;
    /** Link text of the person note as seen from the new note. */
    linkText: string;
    /** The text of the person note step 1 creates, or null when it exists. */
    newNoteText: string | null;
  };
}

/** Write a planned next note in the safe order; on failure undo what was written. */
export async function writeNextNote(
  ctx: Pick<NextNoteContext, 'port' | 'index'>,
  plan: NextNotePlan,
  input: SafeWriteInput,
): Promise<Result<NextNoteOutcome>> {
  const { port, index } = ctx;
  const { planned, templaterTemplate, person } = input;
  const entries: JournalEntry[] = [];
  const journal: Journal = { label: `Create ${plan.path}`, entries };
  const outcome: NextNoteOutcome = { ...planned, warnings: [...planned.warnings] };
  const rollback = async (reason: string): Promise<Result<NextNoteOutcome>> => {
    const undone = await undoJournal(port, journal);
    return err(undone.ok ? `${reason}. Nothing was changed.` : `${reason}. ${undone.error}`);
  };

  // 1. The person note, when there is none yet.
  if (person.newNoteText !== null) {
    try {
      await port.create(person.path, person.newNoteText);
      entries.push({ kind: 'created', path: person.path, text: person.newNoteText });
      if (person.key.startsWith('?')) index.resolvePerson(person.key, person.path);
    } catch (error) {
      return err(`Could not create the person note ${person.path}: ${errorMessage(error)}`);
    }
  }

  // 2. The new note: through Templater when its template is a Templater template, and
  //    carry-over applied only after Templater has finished writing it.
  let renderedTemplate = plan.base;
  let noteText = plan.text;
  const noteEntry: JournalEntry = { kind: 'created', path: plan.path, text: noteText };
  try {
    if (
      templaterTemplate &&
      port.createWithTemplater &&
      (await port.createWithTemplater(templaterTemplate, plan.path))
    ) {
      // Journal Templater's note at once, so a failure below trashes it too.
      noteEntry.text = await port.read(plan.path);
      entries.push(noteEntry);
      noteText = await port.process(plan.path, (text) => {
        // Templater ran its own commands; our placeholders are still ours to fill.
        renderedTemplate = renderTemplate(text, plan.vars);
        const composed = composeNote(renderedTemplate, plan.parts);
        outcome.cursorLine = composed.cursorLine;
        return composed.text;
      });
      noteEntry.text = noteText;
    } else {
      if (templaterTemplate) {
        outcome.warnings.push(
          `Templater is not enabled: the <% %> commands in ${templaterTemplate} were left as they are`,
        );
      }
      await port.create(plan.path, plan.text);
      entries.push(noteEntry);
    }
  } catch (error) {
    return rollback(`Could not create ${plan.path}: ${errorMessage(error)}`);
  }

  // 3. Mark the carried tasks in each source, block by block, verifying each line.
  const blocksKept = plan.blocks.map(() => true);
  for (const sourcePath of new Set(plan.blockSources)) {
    const blockIndexes = plan.blockSources.flatMap((p, i) => (p === sourcePath ? [i] : []));
    const editGroups = blockIndexes.map((i) => plan.sourceEdits[i]!);
    if (!editGroups.some((g) => g.length)) continue;
    let before = '';
    try {
      const after = await port.process(sourcePath, (text) => {
        before = text;
        const edited = applyEditGroups(text, editGroups);
        blockIndexes.forEach((i, k) => (blocksKept[i] = edited.applied[k]!));
        return edited.text;
      });
      if (after !== before) entries.push({ kind: 'modified', path: sourcePath, before, after });
    } catch (error) {
      return rollback(`Could not mark the carried items in ${sourcePath}: ${errorMessage(error)}`);
    }
  }

  // 4. Take the queued topics out of the person note.
  let topicsKept = plan.topics.map(() => true);
  if (person.newNoteText === null && plan.topicEdits.some((g) => g.length)) {
    let before = '';
    try {
      const after = await port.process(person.path, (text) => {
        before = text;
        const edited = applyEditGroups(text, plan.topicEdits);
        topicsKept = edited.applied;
        return edited.text;
      });
      if (after !== before) entries.push({ kind: 'modified', path: person.path, before, after });
    } catch (error) {
      return rollback(`Could not take the topics out of ${person.path}: ${errorMessage(error)}`);
    }
  }

  // 5. What changed under us stays where it was, and leaves the new note again.
  if (blocksKept.includes(false) || topicsKept.includes(false)) {
    const keptParts = {
      ...plan.parts,
      blocks: plan.blocks.filter((_, i) => blocksKept[i]),
      topics: plan.topics.filter((_, i) => topicsKept[i]),
      privateTopics: plan.parts.privateTopics?.filter((_, i) => topicsKept[i]),
    };
    try {
      noteText = await port.process(plan.path, (text) => {
        if (text !== noteText) throw new ChangedSince(`${plan.path} was edited meanwhile`);
        return composeNote(renderedTemplate, keptParts).text;
      });
      noteEntry.text = noteText;
    } catch (error) {
      return rollback(`Could not update ${plan.path}: ${errorMessage(error)}`);
    }
    const lostBlocks = plan.blocks.length - keptParts.blocks.length;
    const lostTopics = plan.topics.length - keptParts.topics.length;
    if (lostBlocks) {
      const where = [...new Set(plan.blockSources.filter((_, i) => !blocksKept[i]))].join(', ');
      outcome.warnings.push(
        `${lostBlocks} item(s) changed in ${where} while they were carried; they were left there`,
      );
    }
    if (lostTopics)
      outcome.warnings.push(
        `${lostTopics} topic(s) changed in ${person.path} while they were moved; they were left there`,
      );
    outcome.carried = plan.blocks.flatMap((b, i) =>
      blocksKept[i] ? b.tasks.map((t) => ({ text: t, from: plan.blockSources[i]! })) : [],
    );
    outcome.forwarded = plan.sourceEdits
      .filter((_, i) => blocksKept[i])
      .reduce((n, g) => n + g.length, 0);
    outcome.topics = keptParts.topics.length;
  }

  // The metadata cache catches up later; index the new note now so a second run finds
  // it, unless the cache was quicker (its record also knows the note's tasks).
  if (!index.get(plan.path))
    index.set(
      plan.path,
      ok({
        path: plan.path,
        personKey: person.path,
        personName: planned.personName,
        personPath: person.path,
        personLink: person.linkText,
        date: plan.parts.date,
        typeId: plan.parts.type.id,
        status: 'held',
        taskStatuses: taskStatusesFromText(noteText),
      }),
    );
  outcome.text = noteText;
  outcome.journal = journal;
  return ok(outcome);
}
