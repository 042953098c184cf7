/**
 * The verified writes to the old notes: the `[>]` marks of carried blocks in each
 * source, and the moved topics taken out of the person note. Each note is changed
 * with one atomic `process`, block by block, and recorded in the journal.
 */
import { applyEditGroups, type LineEdit } from '../notes/line-edits';
import { errorMessage } from '../shared/errors';
import { err, ok, type Result } from '../shared/result';
import type { VaultPort } from '../shared/vault-port';
import type { JournalEntry } from './journal';
import type { NextNotePlan } from './plan-next-note';

/** Apply groups of verified edits to one note in one process; which groups applied. */
async function editNote(
  port: VaultPort,
  path: string,
  groups: readonly LineEdit[][],
  entries: JournalEntry[],
): Promise<boolean[]> {
  let before = '';
  let applied: boolean[] = groups.map(() => false);
  const after = await port.process(path, (text) => {
    before = text;
    const edited = applyEditGroups(text, groups);
    applied = edited.applied;
    return edited.text;
  });
  if (after !== before) entries.push({ kind: 'modified', path, before, after });
  return applied;
}

/**
 * Mark the wanted blocks `[>]` in their sources, each block whole or not at all.
 * Resolves to which blocks were marked (a block with no edits counts as marked).
 */
export async function markBlocks(
  port: VaultPort,
  plan: Pick<NextNotePlan, 'blockSources' | 'sourceEdits'>,
  wanted: readonly boolean[],
  entries: JournalEntry[],
): Promise<Result<boolean[]>> {
  const marked = plan.sourceEdits.map((g, i) => wanted[i] === true && g.length === 0);
  for (const sourcePath of new Set(plan.blockSources)) {
    const blockIndexes = plan.blockSources.flatMap((p, i) =>
      p === sourcePath && wanted[i] && plan.sourceEdits[i]!.length ? [i] : [],
    );
    if (!blockIndexes.length) continue;
    try {
      const applied = await editNote(
        port,
        sourcePath,
        blockIndexes.map((i) => plan.sourceEdits[i]!),
        entries,
      );
      blockIndexes.forEach((i, k) => (marked[i] = applied[k]!));
    } catch (error) {
      return err(`Could not mark the carried items in ${sourcePath}: ${errorMessage(error)}`);
    }
  }
  return ok(marked);
}

/** Take the wanted topics out of the person note's queue; which topics were taken. */
export async function takeTopics(
  port: VaultPort,
  personPath: string,
  topicEdits: readonly LineEdit[][],
  wanted: readonly boolean[],
  entries: JournalEntry[],
): Promise<Result<boolean[]>> {
  const taken = topicEdits.map((g, i) => wanted[i] === true && g.length === 0);
  const indexes = topicEdits.flatMap((g, i) => (wanted[i] && g.length ? [i] : []));
  if (!indexes.length) return ok(taken);
  try {
    const applied = await editNote(
      port,
      personPath,
      indexes.map((i) => topicEdits[i]!),
      entries,
    );
    indexes.forEach((i, k) => (taken[i] = applied[k]!));
  } catch (error) {
    return err(`Could not take the topics out of ${personPath}: ${errorMessage(error)}`);
  }
  return ok(taken);
}
