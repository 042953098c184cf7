/**
 * What the command line knows of the notes of next meetings: their `time` and agenda,
 * read from the text of each person's first 1:1 note dated today or later (one read per
 * person at most), for the next meeting's "prepared".
 */
import type { IsoDate } from '../core/shared/dates';
import { agendaHeadingOf, factsFromText } from '../core/overview/agenda-facts';
import type { MeetingNoteFacts, MeetingNoteReader } from '../core/overview/next-meeting';
import type { MeetingRecord } from '../core/meetings/meeting-record';
import type { VaultSession } from './session';

/** The first note of `meetings` dated today or later that is not cancelled or rescheduled. */
function firstAhead(meetings: readonly MeetingRecord[], today: IsoDate): MeetingRecord | null {
  let best: MeetingRecord | null = null;
  for (const m of meetings)
    if (m.status === 'held' && m.date >= today && (best === null || m.date < best.date)) best = m;
  return best;
}

/**
 * Read the facts of the next meeting's note of the people with these keys (everyone
 * when not given). A note that cannot be read counts as not prepared.
 */
export async function readMeetingFacts(
  session: VaultSession,
  today: IsoDate,
  keys?: readonly string[],
): Promise<MeetingNoteReader> {
  const { index, frontmatter } = session.loaded;
  const facts = new Map<string, MeetingNoteFacts>();
  for (const key of keys ?? index.personKeys()) {
    const next = firstAhead(index.meetingsOf(key), today);
    if (!next) continue;
    try {
      const text = await session.vault.read(next.path);
      const heading = agendaHeadingOf(session.config, next.typeId);
      facts.set(next.path, factsFromText(text, frontmatter.get(next.path), heading));
    } catch {
      // Unreadable: the index lists it under Problems when it matters; here, not prepared.
    }
  }
  return (path) => facts.get(path) ?? null;
}
