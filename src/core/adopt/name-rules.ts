/**
 * What a note's path says when its properties do not: the first `yyyy-MM-dd` in its
 * file name, and a person's name from the file name (without the date, separators and
 * a leading or trailing "1-1", "1:1", "1on1", "one-on-one") or from its folder.
 */
import { isIsoDate, type IsoDate } from '../shared/dates';
import { lazyRegExp } from '../shared/memo';

/** The first real `yyyy-MM-dd` date in a file name, or null. */
export function dateInName(name: string): IsoDate | null {
  for (const m of name.matchAll(/\d{4}-\d{2}-\d{2}/g)) if (isIsoDate(m[0])) return m[0];
  return null;
}

/** Separators around a name in a file name: spaces, dashes, underscores, dots, commas. */
const EDGES = /^[\s\-–—_.,;:|()[\]]+|[\s\-–—_.,;:|()[\]]+$/g;

/** A word that names the meeting, not the person: "1-1", "1:1", "1on1", "one-on-one", "career" (or plural). */
const MEETING_WORD = /^(?:1[-:]1|1on1|1-on-1|one-on-one|career)s?$/i;

/** Spaced forms of the meeting words as one word (`one on one` gives `one-on-one`). */
function joinMeetingWords(text: string): string {
  return text.replace(/\bone[\s_]+on[\s_]+one/gi, 'one-on-one').replace(/\b1 on 1\b/gi, '1on1');
}

/** Strip meeting words and separators from both ends of a name ("1-1 with Alex" gives "Alex"). */
function stripMeetingWords(text: string): string {
  const trim = (t: string): string => t.replace(EDGES, '');
  let s = trim(joinMeetingWords(text));
  for (;;) {
    const first = /^([^\s_]+)[\s_]*/.exec(s);
    if (first && MEETING_WORD.test(first[1]!)) {
      s = trim(s.slice(first[0].length));
      continue;
    }
    const last = /[\s_]*([^\s_]+)$/.exec(s);
    if (last && MEETING_WORD.test(last[1]!)) {
      s = trim(s.slice(0, last.index));
      continue;
    }
    if (/^with\s/i.test(s)) {
      s = trim(s.slice(4));
      continue;
    }
    return s;
  }
}

/** The name left in a file name without its dates and meeting words, or '' when none. */
export function personInFileName(name: string): string {
  return stripMeetingWords(name.replace(/\d{4}-\d{2}-\d{2}(?:[T ]\d{2}[:.]?\d{2})?/g, ' '));
}

/**
 * A folder's name as a person's name: '' for a folder that only names meetings
 * (`1-1s`, `One-on-ones`, `Meetings`); a slug (`alex-rivera`) as words (`Alex Rivera`).
 */
/** A lower-case slug of two words or more: `priya-shah`, `jo_ops`. */
const SLUG = lazyRegExp(String.raw`^[\p{Ll}\d]+(?:[-_][\p{Ll}\d]+)+$`, 'u');

export function personInFolderName(folder: string): string {
  const s = stripMeetingWords(folder);
  if (!s || /\d{4}/.test(s)) return '';
  if (SLUG().test(s))
    return s
      .split(/[-_]/)
      .map((w) => w.charAt(0).toUpperCase() + w.slice(1))
      .join(' ');
  return s;
}
