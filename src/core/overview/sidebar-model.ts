/**
 * The sidebar as plain data: a summary line, one card per person, most urgent first,
 * and the problems list. The view only renders this; the `cadence` command prints it.
 */
import { addDays, daysBetween, type IsoDate } from '../shared/dates';
import { withHints, type GoalWithHints } from '../people/goals';
import type { MeetingRecord } from '../meetings/meeting-record';
import type { PersonDetails, PersonStats } from './person-stats';

/** How a card and its chips are coloured, from most to least urgent. */
export type Tone = 'overdue' | 'due' | 'ok' | 'never';

/** A status chip: its text (sentence case) and how it is coloured. */
export interface Chip {
  text: string;
  tone: Tone;
}

/** What a point on a card's timeline stands for. */
export type TimelineKind = 'held' | 'career' | 'cancelled' | 'rescheduled';

/** One meeting on a card's timeline. */
export interface TimelinePoint {
  /** Days since the timeline's start. */
  day: number;
  date: IsoDate;
  path: string;
  kind: TimelineKind;
}

/** The last 26 weeks, in days from `start` (0) to today (`days - 1`). */
export interface Timeline {
  start: IsoDate;
  days: number;
  points: TimelinePoint[];
  /** Days where a regular 1:1 was expected: the due date and every cadence before it, back to the first held meeting. */
  ticks: number[];
  /** The open gap from the last held meeting to today, when the regular 1:1 is overdue. */
  gap: { from: number; to: number } | null;
}

/** Everything one person's card in the sidebar shows. */
export interface PersonCard extends PersonStats {
  chip: Chip;
  careerChip: Chip;
  timeline: Timeline;
  /** Goals with hints; null while the person note is being read. */
  goals: GoalWithHints[] | null;
  /** Queued topics; null while the person note is being read. */
  topics: number | null;
}

/** A note the sidebar lists under Problems, with what is wrong with it. */
export interface Problem {
  path: string;
  message: string;
}

/** What the sidebar shows: the summary line, the cards in order, the problems. */
export interface SidebarModel {
  today: IsoDate;
  summary: string;
  /** People whose regular 1:1 is overdue, due within two days, or not held yet. */
  dueCount: number;
  cards: PersonCard[];
  problems: Problem[];
}

/** What buildSidebarModel is built from: today, the people's stats, their meetings and notes. */
export interface SidebarInput {
  today: IsoDate;
  people: readonly PersonStats[];
  /** A person's meetings, oldest first. */
  meetingsOf: (key: string) => readonly MeetingRecord[];
  /** Note type ids that count as career conversations. */
  careerTypeIds: ReadonlySet<string>;
  /** A person note's goals and topics, or null while it is not read yet. */
  details: (personPath: string) => PersonDetails | null;
  /** Notes that could not be indexed, and person notes that could not be read. */
  problems: readonly Problem[];
  /** Cards of earlier builds, reused while nothing they show changed (see `CardMemo`). */
  memo?: CardMemo;
}

/**
 * Cards kept between builds, by the person's stats: a card is reused while its stats
 * and details are the same objects, for the same day and career types. The stats
 * cache makes new stats only for people whose notes changed, so after one edit every
 * other card is the same object as before and a view can keep its element.
 */
export type CardMemo = WeakMap<
  PersonStats,
  { details: PersonDetails | null; context: string; card: PersonCard }
>;

const NO_DETAILS: PersonDetails = { goals: [], topics: 0 };

/** The timeline covers this many days, today included: 26 weeks. */
export const TIMELINE_DAYS = 26 * 7;

const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;

/**
 * The one wording for a career conversation never held, on the card and in `cadence`
 * (a person never met reads "Not met yet"). The chip says it; nothing else repeats it.
 */
export const NEVER_HELD = 'None held yet';

function regularChip(p: PersonStats): Chip {
  const r = p.regular;
  if (r.status === 'never') return { text: 'Not met yet', tone: 'never' };
  if (r.status === 'overdue')
    return { text: `${plural(r.daysOverdue, 'day')} overdue`, tone: 'overdue' };
  const left = r.daysUntilDue ?? 0;
  const text = left === 0 ? 'Due today' : left === 1 ? 'Due tomorrow' : `Due in ${left} days`;
  return { text, tone: r.status === 'due-soon' ? 'due' : 'ok' };
}

function careerChip(p: PersonStats): Chip {
  const c = p.career;
  if (c.status === 'never') return { text: NEVER_HELD, tone: 'never' };
  if (c.status === 'overdue')
    return { text: `${plural(c.daysOverdue, 'day')} overdue`, tone: 'overdue' };
  if (c.status === 'not-yet')
    return { text: `Window opens in ${plural(c.daysLeft ?? 0, 'day')}`, tone: 'ok' };
  return {
    text: c.daysLeft === 0 ? 'Due, last day' : `Due, ${plural(c.daysLeft ?? 0, 'day')} left`,
    tone: 'due',
  };
}

/** 0: overdue or never met; 1: due soon or career window open; 2: on track. */
function tier(p: PersonStats): number {
  if (
    p.regular.status === 'never' ||
    p.regular.status === 'overdue' ||
    p.career.status === 'overdue'
  )
    return 0;
  if (p.regular.status === 'due-soon' || p.career.status === 'due') return 1;
  return 2;
}

/** Within a tier: never met first, then the most days overdue, then the soonest due. */
function weight(p: PersonStats): number {
  if (p.regular.status === 'never') return Number.POSITIVE_INFINITY;
  const overdue = Math.max(p.regular.daysOverdue, p.career.daysOverdue);
  return overdue > 0 ? overdue : -(p.regular.daysUntilDue ?? 0);
}

/**
 * Most urgent first: people overdue (regular or career) or never met, by days overdue;
 * then people due within two days or inside their career window; then everyone else
 * by the next due date; ties by name.
 */
export function compareUrgency(a: PersonStats, b: PersonStats): number {
  return (
    tier(a) - tier(b) ||
    weight(b) - weight(a) ||
    a.name.localeCompare(b.name) ||
    a.key.localeCompare(b.key)
  );
}

/** The meetings of the last 26 weeks, the expected rhythm and the open gap. */
export function buildTimeline(
  p: PersonStats,
  meetings: readonly MeetingRecord[],
  careerTypeIds: ReadonlySet<string>,
  today: IsoDate,
): Timeline {
  const start = addDays(today, -(TIMELINE_DAYS - 1));
  const day = (d: IsoDate): number => daysBetween(start, d);
  const points: TimelinePoint[] = meetings
    .filter((m) => m.date >= start && m.date <= today)
    .map((m) => ({
      day: day(m.date),
      date: m.date,
      path: m.path,
      kind: m.status !== 'held' ? m.status : careerTypeIds.has(m.typeId) ? 'career' : 'held',
    }));
  // The expected rhythm, back from the next due date to the first held meeting.
  const ticks: number[] = [];
  const first = meetings.find((m) => m.status === 'held')?.date ?? today;
  const from = day(first > start ? first : start);
  if (p.regular.nextDue !== null && p.cadenceDays > 0) {
    // In day numbers: the due date, then every cadence before it (as dates, the same steps).
    for (let t = day(p.regular.nextDue); t >= from; t -= p.cadenceDays)
      if (t <= TIMELINE_DAYS - 1) ticks.push(t);
    ticks.reverse();
  }
  const last = p.regular.lastMeeting;
  const gap =
    p.regular.status === 'overdue' && last !== null
      ? { from: Math.max(0, day(last)), to: TIMELINE_DAYS - 1 }
      : null;
  return { start, days: TIMELINE_DAYS, points, ticks, gap };
}

/** "2 overdue · 1 due soon · 1 career conversation due", or "All caught up". */
export function summaryLine(people: readonly PersonStats[]): string {
  if (!people.length) return 'No 1:1 notes yet';
  const count = (f: (p: PersonStats) => boolean): number => people.filter(f).length;
  const overdue = count((p) => p.regular.status === 'overdue');
  const never = count((p) => p.regular.status === 'never');
  const soon = count((p) => p.regular.status === 'due-soon');
  const careerDue = count((p) => p.career.status === 'due');
  const careerOverdue = count((p) => p.career.status === 'overdue');
  const parts = [
    overdue ? `${overdue} overdue` : '',
    never ? `${never} not met yet` : '',
    soon ? `${soon} due soon` : '',
    careerDue ? `${plural(careerDue, 'career conversation')} due` : '',
    careerOverdue ? `${plural(careerOverdue, 'career conversation')} overdue` : '',
  ].filter(Boolean);
  return parts.length ? parts.join(' · ') : 'All caught up';
}

/** People whose regular 1:1 is overdue, due within two days, or not held yet. */
export function countDue(people: readonly PersonStats[]): number {
  return people.filter((p) => p.regular.status !== 'ok').length;
}

/** Build the whole sidebar from the people's stats, their details and the problems. */
export function buildSidebarModel(input: SidebarInput): SidebarModel {
  const { today } = input;
  const people = [...input.people].sort(compareUrgency);
  const problems: Problem[] = [...input.problems];
  const context = `${today}|${[...input.careerTypeIds].join('|')}`;
  const cards = people.map((p): PersonCard => {
    if (p.warnings.length)
      problems.push({ path: p.personPath ?? p.name, message: p.warnings.join('; ') });
    const details = p.personPath === null ? NO_DETAILS : input.details(p.personPath);
    const known = input.memo?.get(p);
    if (known && known.details === details && known.context === context) return known.card;
    const card: PersonCard = {
      ...p,
      chip: regularChip(p),
      careerChip: careerChip(p),
      timeline: buildTimeline(p, input.meetingsOf(p.key), input.careerTypeIds, today),
      goals: details ? withHints(details.goals, today) : null,
      topics: details ? details.topics : null,
    };
    input.memo?.set(p, { details, context, card });
    return card;
  });
  problems.sort((a, b) => a.path.localeCompare(b.path) || a.message.localeCompare(b.message));
  return { today, summary: summaryLine(people), dueCount: countDue(people), cards, problems };
}
