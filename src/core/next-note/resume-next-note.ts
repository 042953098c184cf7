/**
 * Completing a creation that was interrupted (the app or the command killed after the
 * new note was written, before the sources were marked or the topics moved). The new
 * note still has its pending mark; the carry-over is planned again from the sources as
 * they are now, and what the note holds is finished off with verified edits: a block
 * the note holds and its source still has open with the same text (status and Tasks
 * fields aside, as for copies in same-day-copies.ts) is marked `[>]`, a
 * topic the note holds leaves the queue, and the pending mark goes.
 */
import type { ResolvedPerson } from '../people/resolve-person';
import { splitLines } from '../notes/text-lines';
import { errorMessage } from '../shared/errors';
import { err, ok, type Result } from '../shared/result';
import type { JournalEntry } from './journal';
import { isPending, withoutPending } from './pending';
import { planNextNote } from './plan-next-note';
import type { NextNoteContext, NextNoteOutcome, NextNoteRequest } from './request';
import { comparable, mergeSameDayCopies, representatives } from './same-day-copies';
import { markBlocks, takeTopics } from './source-marks';
import { planOptions, readPersonNote, readSources } from './sources';
import type { NoteType } from '../settings/note-types';

/** Whether `lines` appear one after another, whole, somewhere in `note`. */
function holds(note: readonly string[], lines: readonly string[]): boolean {
  if (!lines.length) return false;
  for (let i = 0; i + lines.length <= note.length; i++)
    if (lines.every((l, k) => note[i + k] === l)) return true;
  return false;
}

/**
 * Complete the interrupted creation of `path` if it is one (its pending mark is
 * there). Resolves to null for a finished note: it is only opened.
 */
export async function resumeNextNote(
  ctx: NextNoteContext,
  req: NextNoteRequest,
  person: ResolvedPerson,
  type: NoteType,
  path: string,
): Promise<Result<NextNoteOutcome> | null> {
  const { port, config } = ctx;
  let text: string;
  try {
    text = await port.read(path);
  } catch (error) {
    return err(`Could not read ${path}: ${errorMessage(error)}`);
  }
  if (!isPending(text)) return null;
  const sources = await readSources(ctx, person.key, req.date, path);
  if (!sources.ok) return sources;
  const personRead = await readPersonNote(port, person);
  if (!personRead.ok) return personRead;
  const personText = personRead.value;
  const plan = mergeSameDayCopies(
    planNextNote({
      path,
      type,
      date: req.date,
      person: { name: person.name, linkText: person.name },
      template: '',
      source: sources.value[0] ?? null,
      sameDaySources: sources.value.slice(1),
      personNote: personText !== null ? { path: person.path, text: personText } : null,
      options: planOptions(config),
    }),
  );
  const note = splitLines(text).lines;
  // A group of copies is in the note when any of its blocks is (the same text, status and
  // Tasks fields aside, as copies are compared); then every copy is marked.
  const noteKeys = note.map(comparable);
  const found = plan.blocks.map((b) => holds(noteKeys, b.lines.map(comparable)));
  const wanted = plan.leaders.map((leader) =>
    plan.leaders.some((l, j) => l === leader && found[j]),
  );
  const entries: JournalEntry[] = [];
  const marked = await markBlocks(port, plan, wanted, entries);
  if (!marked.ok) return marked;
  const wantedTopics = plan.topics.map((t, i) => plan.topicEdits[i]!.length > 0 && holds(note, t));
  const taken =
    personText === null
      ? ok(plan.topics.map(() => false))
      : await takeTopics(port, person.path, plan.topicEdits, wantedTopics, entries);
  if (!taken.ok) return taken;
  let finalText: string;
  try {
    finalText = await port.process(path, withoutPending);
  } catch (error) {
    return err(`Could not update ${path}: ${errorMessage(error)}`);
  }
  const forwarded = plan.sourceEdits
    .filter((g, i) => wanted[i] && marked.value[i] && g.length)
    .reduce((n, g) => n + g.length, 0);
  const topics = taken.value.filter((t, i) => t && wantedTopics[i]).length;
  const reps = representatives(
    plan.leaders,
    marked.value.map((m, i) => m && wanted[i]!),
  );
  return ok({
    path,
    existing: true,
    resumed: true,
    previous: sources.value[0]?.path ?? null,
    carried: reps.flatMap((r) =>
      plan.blocks[r]!.tasks.map((t) => ({ text: t, from: plan.blockSources[r]! })),
    ),
    forwarded,
    topics,
    personCreated: null,
    personName: person.name,
    warnings: [
      `${path} was left half-done by an interrupted run; completed it: ${forwarded} line(s) marked [>], ${topics} topic(s) taken out of the queue`,
    ],
    cursorLine: 0,
    text: finalText,
    journal: null,
  });
}
