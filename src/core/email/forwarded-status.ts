/**
 * What became of the items a note forwarded (`[>]`): an item that was in progress
 * (`[/]`) when it was carried reads "in progress" in the next note, so the recap of
 * the note it came from says so too and reads the same before and after "Create next
 * 1:1". Only statuses are taken from the later notes, never their text.
 */
import type { MeetingIndex } from '../meetings/meeting-index';
import type { MeetingRecord } from '../meetings/meeting-record';
import { extractFields } from '../notes/field-words';
import { parseNote } from '../notes/markdown';
import type { VaultPort } from '../shared/vault-port';

/** How many later notes are read at most to follow items forwarded again. */
const MAX_LATER_NOTES = 4;

/** An item's identity across notes: its words, Tasks fields (the added date) aside. */
export function taskKey(text: string): string {
  return extractFields(text).text.replace(/\s+/g, ' ').trim().toLowerCase();
}

/** The keys of the forwarded items of a note's text. */
function forwardedKeys(text: string): Set<string> {
  const keys = new Set<string>();
  for (const item of parseNote(text).items) if (item.status === '>') keys.add(taskKey(item.text));
  keys.delete('');
  return keys;
}

/**
 * The keys of the items `text` forwarded that are in progress where they went: the
 * person's later notes, read in date order (at most a few, and only while forwarded
 * items are still unaccounted for). A later note that cannot be read is skipped.
 */
export async function forwardedInProgress(
  text: string,
  record: MeetingRecord,
  index: MeetingIndex,
  port: Pick<VaultPort, 'read'>,
): Promise<Set<string>> {
  const open = forwardedKeys(text);
  const inProgress = new Set<string>();
  if (!open.size) return inProgress;
  const later = index
    .meetingsOf(record.personKey)
    .filter((m) => m.date > record.date)
    .sort((a, b) => a.date.localeCompare(b.date))
    .slice(0, MAX_LATER_NOTES);
  for (const m of later) {
    let laterText: string;
    try {
      laterText = await port.read(m.path);
    } catch {
      continue;
    }
    for (const item of parseNote(laterText).items) {
      const key = taskKey(item.text);
      if (!open.has(key) || item.status === '>' || item.status === null) continue;
      if (item.status === '/') inProgress.add(key);
      open.delete(key);
    }
    if (!open.size) break;
  }
  return inProgress;
}
