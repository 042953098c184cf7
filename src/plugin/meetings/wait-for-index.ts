/**
 * What the commands that plan from the meeting index (create, reschedule, add topic)
 * do while Obsidian is still indexing: say so with a Notice, wait for the index to be
 * complete and go ahead on their own, or after a while say to try again.
 */
import { Notice } from 'obsidian';
import type { MeetingIndexComponent } from './meeting-index-component';

/** Shown while a command waits for the index. */
export const INDEXING_NOTICE = 'Indexing your 1:1 notes…';
/** Shown when the index was still not complete after the wait. */
export const STILL_INDEXING_NOTICE =
  'Touchpoints is still indexing your vault; try again in a moment.';

/** True once the index is complete (at once, or after a Notice and a wait); false after a Notice. */
export async function waitForIndex(meetings: MeetingIndexComponent): Promise<boolean> {
  if (meetings.isReady()) return true;
  const waiting = new Notice(INDEXING_NOTICE, 0);
  const ready = await meetings.whenReady();
  waiting.hide();
  if (!ready) new Notice(STILL_INDEXING_NOTICE);
  return ready;
}

/** Run `go` at once when the index is complete, else after waitForIndex (if it completes). */
export function whenIndexed(meetings: MeetingIndexComponent, go: () => void): void {
  if (meetings.isReady()) return go();
  void waitForIndex(meetings).then((ready) => {
    if (ready) go();
  });
}
