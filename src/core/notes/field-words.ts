/**
 * Tasks plugin emoji fields (📅 due, ⏳ scheduled, 🛫 start, ✅ done, ➕ created,
 * ❌ cancelled, 🔁 recurrence, priorities) and Dataview inline fields (`[key:: value]`)
 * taken out of a line and said in words, for people who read the recap in a mail app.
 * The U+FE0F variation selector after an emoji is tolerated everywhere.
 */
import { isIsoDate, type IsoDate } from '../shared/dates';
import { formatIsoDate } from '../shared/display';

export type TaskField =
  | { kind: 'due' | 'scheduled' | 'start' | 'done' | 'created' | 'cancelled'; date: string }
  | { kind: 'priority'; level: 'highest' | 'high' | 'medium' | 'low' | 'lowest' }
  | { kind: 'repeat'; rule: string }
  | { kind: 'inline'; key: string; value: string };

const DATE_EMOJI: ReadonlyArray<[string, TaskField['kind']]> = [
  ['📅', 'due'],
  ['📆', 'due'],
  ['🗓', 'due'],
  ['⏳', 'scheduled'],
  ['⌛', 'scheduled'],
  ['🛫', 'start'],
  ['✅', 'done'],
  ['➕', 'created'],
  ['❌', 'cancelled'],
];
const PRIORITY: ReadonlyArray<[string, 'highest' | 'high' | 'medium' | 'low' | 'lowest']> = [
  ['🔺', 'highest'],
  ['⏫', 'high'],
  ['🔼', 'medium'],
  ['🔽', 'low'],
  ['⏬', 'lowest'],
];
/** Fields that mean nothing to a reader: task ids, dependencies, on-completion actions. */
const DROPPED = ['🆔', '⛔', '🏁'];
const ALL_EMOJI = [...DATE_EMOJI.map(([e]) => e), ...PRIORITY.map(([e]) => e), '🔁', ...DROPPED];
const VS = '\\uFE0F?';
const alt = (list: readonly string[]): string => list.join('|');

const FIELD = new RegExp(
  [
    `(?<date>${alt(DATE_EMOJI.map(([e]) => e))})${VS}[ \\t]*(?<value>\\d{4}-\\d{2}-\\d{2})`,
    `(?<prio>${alt(PRIORITY.map(([e]) => e))})${VS}`,
    `🔁${VS}[ \\t]*(?<rule>(?:(?!${alt(ALL_EMOJI)})[^\\n])*)`,
    `(?<drop>${alt(DROPPED)})${VS}[ \\t]*[^\\s]*`,
    `\\[(?<bkey>[^\\[\\]:]+?)::[ \\t]*(?<bval>[^\\]]*)\\]`,
    `\\((?<pkey>[^()\\[\\]:]+?)::[ \\t]*(?<pval>[^)]*)\\)`,
  ].join('|'),
  'gu',
);
const BLOCK_ID = /[ \t]+\^[A-Za-z0-9-]+[ \t]*$/;

/**
 * Take the Tasks fields, inline fields and a trailing block id (`^abc`) out of a line:
 * the remaining text (spaces tidied) and the fields in the order they were written.
 */
export function extractFields(text: string): { text: string; fields: TaskField[] } {
  const fields: TaskField[] = [];
  const rest = text.replace(BLOCK_ID, '').replace(FIELD, (...args: unknown[]) => {
    const g = args[args.length - 1] as Record<string, string | undefined>;
    if (g.date !== undefined) {
      const kind = DATE_EMOJI.find(([e]) => e === g.date)![1] as 'due';
      fields.push({ kind, date: g.value! });
    } else if (g.prio !== undefined) {
      fields.push({ kind: 'priority', level: PRIORITY.find(([e]) => e === g.prio)![1] });
    } else if (g.rule !== undefined) {
      if (g.rule.trim()) fields.push({ kind: 'repeat', rule: g.rule.trim() });
    } else if (g.bkey !== undefined || g.pkey !== undefined) {
      fields.push({
        kind: 'inline',
        key: (g.bkey ?? g.pkey)!.trim(),
        value: (g.bval ?? g.pval ?? '').trim(),
      });
    }
    return ' ';
  });
  return { text: rest.replace(/[ \t]{2,}/g, ' ').trim(), fields };
}

const DAY_THIS_YEAR: Intl.DateTimeFormatOptions = {
  weekday: 'long',
  month: 'short',
  day: 'numeric',
};
const DAY_OTHER_YEAR: Intl.DateTimeFormatOptions = { ...DAY_THIS_YEAR, year: 'numeric' };

/**
 * A date as people say it: "Friday, Nov 27", with the year when it is not this
 * year's ("Wednesday, Mar 31, 2027"), in the given locale (the user's by default).
 */
export function dateInWords(date: IsoDate, today: IsoDate, locale?: string): string {
  if (!isIsoDate(date)) return date;
  const sameYear = date.slice(0, 4) === today.slice(0, 4);
  return formatIsoDate(date, locale, sameYear ? DAY_THIS_YEAR : DAY_OTHER_YEAR);
}

const DATE_WORD: Record<string, string> = {
  due: 'due',
  scheduled: 'scheduled',
  start: 'starts',
  done: 'done',
  created: 'added',
  cancelled: 'cancelled',
};

/** One field in words: "due Friday, Nov 27", "high priority", "repeats every week", "progress: 40%". */
export function fieldInWords(field: TaskField, today: IsoDate, locale?: string): string {
  switch (field.kind) {
    case 'priority':
      return `${field.level} priority`;
    case 'repeat':
      return `repeats ${field.rule}`;
    case 'inline':
      // A goal's progress is a percentage: `[progress:: 40]` reads "progress: 40%".
      if (/^progress$/i.test(field.key) && /^\d+(?:\.\d+)?$/.test(field.value))
        return `${field.key}: ${field.value}%`;
      return field.value ? `${field.key}: ${field.value}` : field.key;
    default:
      return `${DATE_WORD[field.kind]!} ${dateInWords(field.date, today, locale)}`;
  }
}

/** The order fields are said in: what matters to the reader first. */
const ORDER: Record<TaskField['kind'], number> = {
  priority: 0,
  due: 1,
  scheduled: 2,
  start: 3,
  repeat: 4,
  done: 5,
  cancelled: 6,
  created: 7,
  inline: 8,
};

/** Fields in words, most important first, joined with "; " (empty when there are none). */
export function fieldsInWords(
  fields: readonly TaskField[],
  today: IsoDate,
  locale?: string,
): string {
  return [...fields]
    .map((f, i) => ({ f, i }))
    .sort((a, b) => ORDER[a.f.kind] - ORDER[b.f.kind] || a.i - b.i)
    .map(({ f }) => fieldInWords(f, today, locale))
    .join('; ');
}
