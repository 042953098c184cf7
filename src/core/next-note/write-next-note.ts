/**
 * The safe write of a planned next note: the person note (if new), the new note
 * (marked pending while anything else is to be written), the forwarded marks in each
 * source, the topics taken out of the person note, and the new note again, without
 * its pending mark and without what changed meanwhile. Each old note is changed with
 * one atomic `process` that verifies every line it touches; a carried block whose
 * source lines changed is left in the source and taken out of the new note again, so
 * nothing is lost or doubled. Any failure rolls back; a crash leaves the pending mark,
 * from which the next run completes the creation (resume-next-note.ts).
 */
import { taskStatusesFromText } from '../notes/task-statuses';
import { renderTemplate } from '../templates/template';
import { ChangedSince, errorMessage } from '../shared/errors';
import { err, ok, type Result } from '../shared/result';
import { dirname } from '../shared/vault-path';
import { rollBack, type Journal, type JournalEntry } from './journal';
import { withoutPending, withPending } from './pending';
import { composeNote } from './plan-next-note';
import type { NextNoteContext, NextNoteOutcome } from './request';
import { representatives, representedBlocks, type MergedPlan } from './same-day-copies';
import { markBlocks, takeTopics } from './source-marks';

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

/** The folders above `paths` that do not exist yet, deepest first. */
function missingFolders(exists: (path: string) => boolean, paths: readonly string[]): string[] {
  const out = new Set<string>();
  for (const path of paths) for (let f = dirname(path); f && !exists(f); f = dirname(f)) out.add(f);
  return [...out].sort((a, b) => b.length - a.length);
}

/** Write a planned next note in the safe order; on failure undo what was written. */
export async function writeNextNote(
  ctx: Pick<NextNoteContext, 'port' | 'index'>,
  plan: MergedPlan,
  input: SafeWriteInput,
): Promise<Result<NextNoteOutcome>> {
  const { port, index } = ctx;
  const { planned, templaterTemplate, person } = input;
  const entries: JournalEntry[] = [];
  const folders = missingFolders(
    (p) => port.exists(p),
    person.newNoteText === null ? [plan.path] : [person.path, plan.path],
  );
  const journal: Journal = { label: `Create ${plan.path}`, entries, folders };
  const outcome: NextNoteOutcome = { ...planned, warnings: [...planned.warnings] };
  const rollback = async (reason: string): Promise<Result<NextNoteOutcome>> => {
    const undone = await rollBack(port, journal);
    return err(undone.ok ? `${reason}. Nothing was changed.` : `${reason}. ${undone.error}`);
  };
  // Pending while the sources or the queue are still to be changed after the note.
  const pending =
    plan.sourceEdits.some((g) => g.length) ||
    (person.newNoteText === null && plan.topicEdits.some((g) => g.length));

  // 1. The person note, when there is none yet.
  if (person.newNoteText !== null) {
    try {
      await port.create(person.path, person.newNoteText);
      entries.push({ kind: 'created', path: person.path, text: person.newNoteText });
      if (person.key.startsWith('?')) index.attachPersonNote(person.key, person.path);
    } catch (error) {
      await rollBack(port, journal);
      return err(`Could not create the person note ${person.path}: ${errorMessage(error)}`);
    }
  }

  // 2. The new note: through Templater when its template is a Templater template, and
  //    carry-over applied only after Templater has finished writing it.
  let renderedTemplate = plan.base;
  let noteText = pending ? withPending(plan.text) : plan.text;
  const noteEntry: JournalEntry = { kind: 'created', path: plan.path, text: noteText };
  try {
    if (
      templaterTemplate &&
      port.createWithTemplater &&
      (await port.createWithTemplater(templaterTemplate, plan.path))
    ) {
      // Journal Templater's note at once, so a failure below removes it too.
      noteEntry.text = await port.read(plan.path);
      entries.push(noteEntry);
      noteText = await port.process(plan.path, (text) => {
        // Templater ran its own commands; our placeholders are still ours to fill.
        renderedTemplate = renderTemplate(text, plan.vars);
        const composed = composeNote(renderedTemplate, plan.parts);
        outcome.cursorLine = composed.cursorLine;
        return pending ? withPending(composed.text) : composed.text;
      });
      noteEntry.text = noteText;
    } else {
      if (templaterTemplate) {
        outcome.warnings.push(
          `Templater is not enabled: the <% %> commands in ${templaterTemplate} were left as they are`,
        );
      }
      await port.create(plan.path, noteText);
      entries.push(noteEntry);
    }
  } catch (error) {
    return rollback(`Could not create ${plan.path}: ${errorMessage(error)}`);
  }

  // 3. Mark the carried tasks in each source, block by block, verifying each line.
  const marked = await markBlocks(
    port,
    plan,
    plan.blocks.map(() => true),
    entries,
  );
  if (!marked.ok) return rollback(marked.error);

  // 4. Take the queued topics out of the person note.
  let topicsKept = plan.topics.map(() => true);
  if (person.newNoteText === null) {
    const taken = await takeTopics(port, person.path, plan.topicEdits, topicsKept, entries);
    if (!taken.ok) return rollback(taken.error);
    topicsKept = taken.value;
  }

  // 5. What changed under us stays where it was, and leaves the new note again; the
  //    note loses its pending mark.
  const reps = representatives(plan.leaders, marked.value);
  const planReps = representatives(
    plan.leaders,
    plan.blocks.map(() => true),
  );
  const recompose = reps.join() !== planReps.join() || topicsKept.includes(false);
  if (recompose || pending) {
    const keptParts = {
      ...plan.parts,
      blocks: representedBlocks(plan, plan.leaders, reps),
      topics: plan.topics.filter((_, i) => topicsKept[i]),
      privateTopics: plan.parts.privateTopics?.filter((_, i) => topicsKept[i]),
    };
    try {
      const expected = noteText;
      noteText = await port.process(plan.path, (text) => {
        if (!recompose) return withoutPending(text);
        if (text !== expected) throw new ChangedSince(`${plan.path} was edited meanwhile`);
        return composeNote(renderedTemplate, keptParts).text;
      });
      noteEntry.text = noteText;
    } catch (error) {
      return rollback(`Could not update ${plan.path}: ${errorMessage(error)}`);
    }
    if (recompose) {
      const lostBlocks = planReps.length - reps.length;
      const lostTopics = plan.topics.length - keptParts.topics.length;
      if (lostBlocks) {
        const where = [...new Set(plan.blockSources.filter((_, i) => !marked.value[i]))].join(', ');
        outcome.warnings.push(
          `${lostBlocks} item(s) changed in ${where} while they were carried; they were left there`,
        );
      }
      if (lostTopics)
        outcome.warnings.push(
          `${lostTopics} topic(s) changed in ${person.path} while they were moved; they were left there`,
        );
      outcome.carried = reps.flatMap((r) =>
        plan.blocks[r]!.tasks.map((t) => ({ text: t, from: plan.blockSources[r]! })),
      );
      outcome.topics = keptParts.topics.length;
    }
    outcome.forwarded = plan.sourceEdits
      .filter((_, i) => marked.value[i])
      .reduce((n, g) => n + g.length, 0);
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
