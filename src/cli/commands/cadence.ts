/**
 * `touchpoints cadence --vault <dir>`: both clocks, recent stats, open items, goals and
 * topics for every person, most urgent first, with the problems list: the sidebar's
 * model (buildSidebarModel) printed as a table or as JSON. Writes nothing.
 */
import type { IsoDate } from '../../core/shared/dates';
import { profileFromFrontmatter } from '../../core/people/person-profile';
import {
  careerTypeIds,
  computePersonStats,
  personDetails,
  type PersonDetails,
} from '../../core/overview/person-stats';
import {
  buildSidebarModel,
  type PersonCard,
  type Problem,
  type SidebarModel,
} from '../../core/overview/sidebar-model';
import { booleanFlag, type ParsedArgs } from '../args';
import { oneLine, UsageError } from '../errors';
import { dateFlag, openSession, vaultFlag, type VaultSession } from '../session';
import { readMeetingFacts } from '../meeting-facts';
import type { NextMeeting, NextMeetingSource } from '../../core/overview/next-meeting';
import type { CliIo, Command } from './command';

/** One person in `cadence --json`. */
export interface CadencePersonJson {
  person: string;
  relationship: string | null;
  cadenceDays: number;
  lastMeeting: IsoDate | null;
  nextDue: IsoDate | null;
  status: string;
  daysOverdue: number;
  scheduled: IsoDate | null;
  career: {
    last: IsoDate | null;
    windowStart: IsoDate | null;
    windowEnd: IsoDate | null;
    status: string;
    daysOverdue: number;
  };
  openActionItems: number;
  adherence: number | null;
  held: number;
  cancelled: number;
  rescheduled: number;
  streak: number;
  goals: Array<{
    text: string;
    due: IsoDate | null;
    progress: number;
    done: boolean;
    hints: string[];
  }>;
  topics: number;
  /** The next 1:1, or null for a person never met and without a schedule. */
  nextMeeting: NextMeetingJson | null;
}

/** The next meeting in `cadence --json`. */
export interface NextMeetingJson {
  date: IsoDate;
  time: string | null;
  from: NextMeetingSource;
  prepared: boolean;
}

function nextMeetingJson(n: NextMeeting | null): NextMeetingJson | null {
  return n && { date: n.date, time: n.time, from: n.from, prepared: n.prepared };
}

/** The next meeting in the table: `2026-12-08 10:30 (schedule, not prepared)`, `... (note, agenda: 3 items)`. */
export function nextMeetingText(n: NextMeeting | null): string {
  if (!n) return '-';
  const items = `${n.agendaItems} item${n.agendaItems === 1 ? '' : 's'}`;
  const prepared = n.prepared ? `agenda: ${items}` : 'not prepared';
  return `${n.date}${n.time ? ` ${n.time}` : ''} (${n.from}, ${prepared})`;
}

/** The one JSON object `cadence --json` prints. */
export interface CadenceJson {
  today: IsoDate;
  people: CadencePersonJson[];
  problems: Problem[];
}

function personJson(c: PersonCard): CadencePersonJson {
  return {
    person: c.name,
    relationship: c.relationship,
    cadenceDays: c.cadenceDays,
    lastMeeting: c.regular.lastMeeting,
    nextDue: c.regular.nextDue,
    status: c.regular.status,
    daysOverdue: c.regular.daysOverdue,
    scheduled: c.regular.scheduled,
    career: {
      last: c.career.last,
      windowStart: c.career.windowStart,
      windowEnd: c.career.windowEnd,
      status: c.career.status,
      daysOverdue: c.career.daysOverdue,
    },
    openActionItems: c.openActionItems,
    adherence: c.recent.adherence,
    held: c.recent.held,
    cancelled: c.recent.cancelled,
    rescheduled: c.recent.rescheduled,
    streak: c.recent.streak,
    goals: (c.goals ?? []).map((g) => ({
      text: g.text,
      due: g.due,
      progress: g.progress,
      done: g.done,
      hints: g.hints,
    })),
    topics: c.topics ?? 0,
    nextMeeting: nextMeetingJson(c.nextMeeting),
  };
}

/** The JSON report of a sidebar model. */
export function cadenceJson(model: SidebarModel): CadenceJson {
  return { today: model.today, people: model.cards.map(personJson), problems: model.problems };
}

/** The sidebar model of a vault on disk: one read per person note for goals and topics. */
export async function cadenceModel(session: VaultSession, today: IsoDate): Promise<SidebarModel> {
  const { index, profiles } = session.loaded;
  const { config } = session;
  const defaults = profileFromFrontmatter(null, {
    cadenceDays: config.defaultCadence,
    careerCadence: config.defaultCareerCadence,
  });
  const meetingFacts = await readMeetingFacts(session, today);
  const people = index.people().map((entry) =>
    computePersonStats(entry, {
      today,
      config,
      profile: (p) => (p ? profiles.get(p) : undefined) ?? defaults,
      meetingFacts,
    }),
  );
  const details = new Map<string, PersonDetails>();
  const problems: Problem[] = [...index.problems()];
  for (const p of people) {
    if (!p.personPath) continue;
    try {
      details.set(p.personPath, personDetails(await session.vault.read(p.personPath), config));
    } catch (error) {
      details.set(p.personPath, { goals: [], topics: 0 });
      problems.push({ path: p.personPath, message: `could not be read: ${oneLine(error)}` });
    }
  }
  return buildSidebarModel({
    today,
    people,
    meetingsOf: (key) => index.meetingsOf(key),
    careerTypeIds: careerTypeIds(config),
    details: (path) => details.get(path) ?? null,
    problems,
  });
}

/** A plain text table: columns padded to their widest cell. */
function table(rows: string[][]): string {
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
  return rows
    .map((r) =>
      r
        .map((cell, i) => (i === r.length - 1 ? cell : cell.padEnd(widths[i]! + 2)))
        .join('')
        .trimEnd(),
    )
    .join('\n');
}

/** The readable report: summary, one row per person, then the problems. */
export function cadenceText(model: SidebarModel): string {
  const out = [`Today ${model.today}: ${model.summary}`, ''];
  if (model.cards.length) {
    const rows = [
      [
        'Person',
        'Relationship',
        'Last 1:1',
        'Next due',
        '1:1',
        'Next meeting',
        'Career conversation',
        'Open items',
        'Goals',
        'Topics',
      ],
    ];
    for (const c of model.cards) {
      rows.push([
        c.name,
        c.relationship ?? '-',
        c.regular.lastMeeting ?? '-',
        c.regular.nextDue ?? '-',
        c.chip.text + (c.regular.scheduled ? ` (scheduled ${c.regular.scheduled})` : ''),
        nextMeetingText(c.nextMeeting),
        c.careerChip.text,
        String(c.openActionItems),
        String(c.goals?.length ?? 0),
        String(c.topics ?? 0),
      ]);
    }
    out.push(table(rows), '');
  }
  if (model.problems.length) {
    out.push('Problems:');
    for (const p of model.problems) out.push(`  ${p.path}: ${oneLine(p.message)}`);
    out.push('');
  }
  return out.join('\n');
}

/** The `cadence` command. */
export const cadenceCommand: Command = {
  name: 'cadence',
  summary: 'Show when each 1:1 and career conversation is due, with open items, goals and topics',
  synopsis: 'cadence --vault <dir> [--today yyyy-MM-dd] [--json]',
  options: [
    '--vault <dir>         the vault folder (required)',
    '--today yyyy-MM-dd    what "today" is (default: the local date)',
    '--json                print one JSON object: today, people (most urgent first, each with',
    '                      nextMeeting: date, time, from, prepared), problems',
  ],
  flags: { vault: 'string', today: 'string', json: 'boolean' },

  async run(args: ParsedArgs, io: CliIo): Promise<number> {
    if (args.positionals.length)
      throw new UsageError(`unexpected argument ${args.positionals[0]!}`, 'cadence');
    const vault = vaultFlag(args, 'cadence');
    const today = dateFlag(args, 'today') ?? io.today();
    const model = await cadenceModel(await openSession(vault, io.cwd), today);
    io.stdout(
      booleanFlag(args, 'json') ? `${JSON.stringify(cadenceJson(model))}\n` : cadenceText(model),
    );
    return 0;
  },
};
