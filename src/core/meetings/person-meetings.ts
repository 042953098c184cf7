/**
 * One person's meetings in order (oldest first, same day by path), cheap to keep as
 * notes come and go. While nobody has asked for them (the index being built from a
 * whole vault), meetings are only appended and sorted once on first read; after that
 * a change costs a binary search and a splice instead of sorting every meeting again,
 * which matters when a person has hundreds of notes and the sidebar recomputes after
 * each edit.
 */
import type { MeetingRecord } from './meeting-record';

/** Oldest first; same day: by path. */
export function byDateThenPath(a: MeetingRecord, b: MeetingRecord): number {
  return a.date < b.date
    ? -1
    : a.date > b.date
      ? 1
      : a.path < b.path
        ? -1
        : a.path > b.path
          ? 1
          : 0;
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

/** One person's meetings, in order once read, with their task status counts. */
/** Stamps of change, increasing across every person: a person made anew never repeats one. */
let stamps = 0;

export class PersonMeetings {
  /** Changes whenever a meeting of this person comes or goes (a changed one does both). */
  version = ++stamps;
  private readonly list: MeetingRecord[] = [];
  /** False while meetings were appended out of order and not sorted yet. */
  private inOrder = true;
  /** True once someone read the meetings: from then on they are kept in order. */
  private read = false;
  /** The latest meeting whose name is not just the link's (an alias): null for none, undefined when not known. */
  private named: MeetingRecord | null | undefined = undefined;
  /** How many tasks of these meetings have each status character: ASCII ones by code, the rest by text. */
  private readonly asciiCounts = new Int32Array(128);
  private otherCounts: Map<string, number> | null = null;

  get size(): number {
    return this.list.length;
  }

  /** The number of tasks with each status character, over all these meetings. */
  get taskStatusCounts(): ReadonlyMap<string, number> {
    const out = new Map<string, number>(this.otherCounts ?? []);
    for (let c = 0; c < 128; c++)
      if (this.asciiCounts[c]) out.set(String.fromCharCode(c), this.asciiCounts[c]!);
    return out;
  }

  private count(statuses: string | undefined, by: number): void {
    if (!statuses) return;
    for (let i = 0; i < statuses.length; i++) {
      const code = statuses.charCodeAt(i);
      if (code < 128) {
        this.asciiCounts[code]! += by;
        continue;
      }
      const ch = String.fromCodePoint(statuses.codePointAt(i)!);
      i += ch.length - 1;
      const others = (this.otherCounts ??= new Map<string, number>());
      const n = (others.get(ch) ?? 0) + by;
      if (n === 0) others.delete(ch);
      else others.set(ch, n);
    }
  }

  /** The meetings in order. The array is the one kept here: callers must not change it. */
  get meetings(): readonly MeetingRecord[] {
    if (!this.inOrder) {
      this.list.sort(byDateThenPath);
      this.inOrder = true;
    }
    this.read = true;
    return this.list;
  }

  add(rec: MeetingRecord): void {
    this.version = ++stamps;
    const list = this.list;
    const last = list[list.length - 1];
    if (!this.inOrder || last === undefined || byDateThenPath(last, rec) <= 0) list.push(rec);
    else if (this.read) list.splice(lowerBound(list, rec), 0, rec);
    else {
      list.push(rec);
      this.inOrder = false;
    }
    this.count(rec.taskStatuses, 1);
    if (
      this.named !== undefined &&
      !isLinkName(rec.personName, rec.personLink) &&
      (this.named === null || byDateThenPath(rec, this.named) > 0)
    )
      this.named = rec;
  }

  /** Take out this very record. */
  remove(rec: MeetingRecord): void {
    const list = this.list;
    const i = this.inOrder ? lowerBound(list, rec) : -1;
    const at = list[i] === rec ? i : list.indexOf(rec);
    if (at < 0) return;
    list.splice(at, 1);
    this.version = ++stamps;
    this.count(rec.taskStatuses, -1);
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
