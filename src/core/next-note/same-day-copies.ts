/**
 * Items that several notes of one day hold (a note and its sync conflict copy, or the
 * same task in a 1:1 and a career conversation): carried once, every copy marked. A
 * copy is the same text in another source note, status and Tasks fields aside.
 */
import { stripTaskFields } from '../notes/task-fields';
import type { CarryBlock } from './carry-over';
import { composeNote, type NextNotePlan } from './plan-next-note';

/** A plan whose blocks know their copies: `leaders[i]` is the first block of block i's group. */
export interface MergedPlan extends NextNotePlan {
  leaders: readonly number[];
}

/** A line as compared between copies: no status character, no Tasks fields, no outer spaces. */
export function comparable(line: string): string {
  return stripTaskFields(line.replace(/^(\s*(?:[-*+]|\d+[.)])[ \t]+)\[[^\]]*\]/u, '$1[ ]')).trim();
}

/** The first block of each block's group of copies (a block from another note, same lines). */
export function copyLeaders(
  blocks: readonly CarryBlock[],
  blockSources: readonly string[],
): number[] {
  const byKey = new Map<string, number[]>();
  const leaders: number[] = [];
  blocks.forEach((block, i) => {
    const key = block.lines.map(comparable).join('\n');
    const candidates = byKey.get(key) ?? [];
    // The first group with no member from this block's own note (two equal items in one
    // note are two items).
    const leader = candidates.find(
      (l) =>
        !blocks.some((_, j) => j < i && leaders[j] === l && blockSources[j] === blockSources[i]),
    );
    leaders.push(leader ?? i);
    if (leader === undefined) byKey.set(key, [...candidates, i]);
  });
  return leaders;
}

/**
 * Which block stands for each group in the new note: its first member that was marked
 * in its source (`applied`), and none for a group with no marked member. In group order.
 */
export function representatives(leaders: readonly number[], applied: readonly boolean[]): number[] {
  const out: number[] = [];
  leaders.forEach((leader, i) => {
    if (leader !== i) return;
    const member = leaders.findIndex((l, j) => l === leader && applied[j]);
    if (member >= 0) out.push(member);
  });
  return out;
}

/** The blocks the new note holds for the given representatives; private if any copy is. */
export function representedBlocks(
  plan: Pick<NextNotePlan, 'blocks'>,
  leaders: readonly number[],
  reps: readonly number[],
): CarryBlock[] {
  return reps.map((r) => {
    const block = plan.blocks[r]!;
    const anyPrivate = plan.blocks.some((b, j) => leaders[j] === leaders[r] && b.private);
    return anyPrivate === block.private ? block : { ...block, private: anyPrivate };
  });
}

/** The plan with every group of copies carried once (by its first block) and marked in every note. */
export function mergeSameDayCopies(plan: NextNotePlan): MergedPlan {
  const leaders = copyLeaders(plan.blocks, plan.blockSources);
  if (leaders.every((l, i) => l === i)) return { ...plan, leaders };
  const reps = representatives(
    leaders,
    plan.blocks.map(() => true),
  );
  const parts = { ...plan.parts, blocks: representedBlocks(plan, leaders, reps) };
  const { text, cursorLine } = composeNote(plan.base, parts);
  return {
    ...plan,
    text,
    cursorLine,
    parts,
    carried: reps.flatMap((r) =>
      plan.blocks[r]!.tasks.map((t) => ({ text: t, from: plan.blockSources[r]! })),
    ),
    leaders,
  };
}
