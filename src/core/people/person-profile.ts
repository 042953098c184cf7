/** Person profiles, read from a person note's frontmatter. */

import { parseCareerCadence } from '../settings/validate';
import { toIsoDate, weekdayOf, type IsoDate } from '../shared/dates';
import { parseSchedule, weekdayName, type Schedule } from './schedule';
import { safeFileName } from '../shared/paths';
import { basename } from '../shared/vault-path';

/** The values a person note's `relationship` property may take. */
export const RELATIONSHIPS = [
  'manager',
  'report',
  'skip-level',
  'mentor',
  'peer',
  'other',
] as const;
export type Relationship = (typeof RELATIONSHIPS)[number];

/** The cadences a person gets when their note sets none (from the settings). */
export interface PersonDefaults {
  cadenceDays: number;
  careerCadence: [number, number];
}

/** A person as their note's frontmatter describes them, defaults filled in. */
export interface PersonProfile {
  relationship: Relationship | null;
  cadenceDays: number;
  careerCadence: [number, number];
  email: string | null;
  /** The note's `aliases` (names Obsidian also knows it by), when it has any. */
  aliases?: string[];
  /** When the 1:1 recurs (the `meets` property), when it has a valid one. */
  schedule?: Schedule;
  /** A date of the series (`meets-from`, on the schedule's weekday), when valid. */
  meetsFrom?: IsoDate;
  /** What was wrong with the properties, if anything (bad values fall back to defaults). */
  warnings: string[];
}

function positiveInt(value: unknown): number | null {
  // Digits only in a string: `Number` would also read `0x10`, `1e1` or `14.`.
  const n = typeof value === 'string' ? (/^\s*\d+\s*$/.test(value) ? Number(value) : null) : value;
  return typeof n === 'number' && Number.isInteger(n) && n > 0 && n <= 3650 ? n : null;
}

/** A property value as the user wrote it, for warnings (`[1,2]`, not `[object Object]`). */
function shown(value: unknown): string {
  return typeof value === 'string' ? value : (JSON.stringify(value) ?? String(value));
}

/** A profile from person-note frontmatter, with defaults for what is missing or invalid. */
export function profileFromFrontmatter(
  fm: Record<string, unknown> | null | undefined,
  defaults: PersonDefaults,
): PersonProfile {
  const warnings: string[] = [];
  const f = fm ?? {};
  const rel = typeof f.relationship === 'string' ? f.relationship.trim().toLowerCase() : '';
  const relationship = (RELATIONSHIPS as readonly string[]).includes(rel)
    ? (rel as Relationship)
    : null;
  if (rel && !relationship) warnings.push(`unknown relationship "${rel}"`);
  let cadenceDays = defaults.cadenceDays;
  if (f.cadence !== undefined && f.cadence !== null && f.cadence !== '') {
    const c = positiveInt(f.cadence);
    if (c === null) warnings.push(`cadence "${shown(f.cadence)}" is not a number of days`);
    else cadenceDays = c;
  }
  let careerCadence = defaults.careerCadence;
  const rawCareer = f['career-cadence'];
  if (rawCareer !== undefined && rawCareer !== null && rawCareer !== '') {
    const c = parseCareerCadence(rawCareer);
    if (c === null) warnings.push(`career-cadence "${shown(rawCareer)}" is not a range like 28-42`);
    else careerCadence = c;
  }
  const email = typeof f.email === 'string' && f.email.trim() ? f.email.trim() : null;
  const aliases = aliasesOf(f.aliases ?? f.alias);
  const profile: PersonProfile = aliases.length
    ? { relationship, cadenceDays, careerCadence, email, aliases, warnings }
    : { relationship, cadenceDays, careerCadence, email, warnings };
  if (f.meets !== undefined && f.meets !== null && f.meets !== '') readMeets(f, profile);
  return profile;
}

/** The `meets` and `meets-from` properties into a profile; what does not parse is a warning. */
function readMeets(f: Record<string, unknown>, profile: PersonProfile): void {
  const schedule = parseSchedule(f.meets);
  if (!schedule.ok) {
    profile.warnings.push(schedule.error);
    return;
  }
  profile.schedule = schedule.value;
  const raw = f['meets-from'];
  if (raw === undefined || raw === null || raw === '') return;
  const from = toIsoDate(raw);
  const day = weekdayName(schedule.value.weekday);
  if (from === null) profile.warnings.push(`meets-from "${shown(raw)}" is not a yyyy-MM-dd date`);
  else if (weekdayOf(from) !== schedule.value.weekday)
    profile.warnings.push(`meets-from ${from} is not a ${day}, the day in "meets"`);
  else profile.meetsFrom = from;
}

/** The `aliases` property as Obsidian reads it: a list of names, or one name. */
function aliasesOf(value: unknown): string[] {
  const list: unknown[] = Array.isArray(value) ? value : [value];
  return list.filter((a): a is string => typeof a === 'string' && a.trim() !== '');
}

/**
 * The name to show for a person: the index's name, unless that is only the file name a
 * display name was made safe into (`Sam Lee -Platform-`, as links to the note carry no
 * alias for it) and the person note keeps that display name as an alias: then the alias.
 * Other aliases (a nickname) never replace the name.
 */
export function shownName(
  name: string,
  personPath: string | null,
  profile: Pick<PersonProfile, 'aliases'>,
): string {
  if (!personPath || !profile.aliases) return name;
  const file = basename(personPath);
  if (name !== file) return name;
  return profile.aliases.find((a) => a.trim() !== file && safeFileName(a) === file)?.trim() ?? name;
}
