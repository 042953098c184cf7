/**
 * One person's meetings kept sorted (oldest first, same day by path) as notes come and
 * go: a change costs a binary search and a splice instead of sorting every meeting
 * again, which matters when a person has hundreds of notes and the sidebar recomputes
 * after each edit.
 */
import type { MeetingRecord } from './index';

/** Oldest first; same day: by path. */
export function byDateThenPath(a: MeetingRecord, b: MeetingRecord): number {
  return a.date < b.date ? -1 : a.date > b.date ? 1 : a.path < b.path ? -1 : a.path > b.path ? 1 : 0;
}

/** True when `name` is what `basename(link)` gives, without building that string. */
function isLinkName(name: string, link: string): boolean {
  const start = link.lastIndexOf('/') + 1;
  const end = /\.md$/i.test(link) && link.length - start >= 3 ? link.length - 3 : link.length;
  return end - start === name.length && link.startsWith(name, start);
}

/** First position in `sorted` whose meeting is not before `rec`. */
function lowerBound(sorted: readonly MeetingRecord[], rec: MeetingRecord): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (byDateThenPath(sorted[mid]!, rec) < 0) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export class PersonMeetings {
  /** The latest meeting whose name is not just the link's (an alias): null for none, undefined when not known. */
  private named: MeetingRecord | null | undefined = undefined;

  /** `meetings` must be sorted with `byDateThenPath`. */
  constructor(readonly meetings: MeetingRecord[]) {}

  add(rec: MeetingRecord): void {
    this.meetings.splice(lowerBound(this.meetings, rec), 0, rec);
    if (this.named !== undefined && !isLinkName(rec.personName, rec.personLink) && (this.named === null || byDateThenPath(rec, this.named) > 0)) this.named = rec;
  }

  /** Take out this very record (found by its date and path). */
  remove(rec: MeetingRecord): void {
    const i = lowerBound(this.meetings, rec);
    const at = this.meetings[i] === rec ? i : this.meetings.indexOf(rec);
    if (at >= 0) this.meetings.splice(at, 1);
    if (rec === this.named) this.named = undefined;
  }

  /** The latest alias or resolved name that differs from the link as written, else the latest name. */
  get name(): string {
    const all = this.meetings;
    if (this.named === undefined) {
      this.named = null;
      for (let i = all.length - 1; i >= 0; i--) {
        if (!isLinkName(all[i]!.personName, all[i]!.personLink)) {
          this.named = all[i]!;
          break;
        }
      }
    }
    return (this.named ?? all[all.length - 1]!).personName;
  }
}
