/**
 * The recap email after a 1:1 and the shareable agenda before one, as plain text,
 * Markdown and HTML. Private parts are stripped first, by the privacy filter
 * `stripPrivate` (core/notes/privacy.ts); then the parts (email-parts.ts) are built
 * from the public note only, laid out by a template (email-layout.ts: the built-in
 * one or the user's template note, stripped too), and the one Markdown result is
 * written out as text and as HTML (email-doc.ts). Pure: the notes' text, the index
 * facts and "today" come in as values.
 */
import { closedSet, type TouchpointsConfig } from '../settings/config';
import { addDays, type IsoDate } from '../shared/dates';
import { displayDate } from '../shared/display';
import { blocksToHtml, blocksToText, parseBlocks } from './email-doc';
import { dateInWords } from '../notes/field-words';
import type { MeetingIndex } from '../meetings/meeting-index';
import type { MeetingRecord } from '../meetings/meeting-record';
import { escapeMarkdown } from './inline';
import { typePhrase, type NoteType } from '../settings/note-types';
import { stripPrivate, type PublicNote } from '../notes/privacy';
import { recapSections } from '../settings/recap-settings';
import { tidy, type WordsContext } from './email-blocks';
import { AGENDA_LAYOUT, fillLayout, PLACEHOLDER, RECAP_LAYOUT, type Values } from './email-layout';
import {
  actionGroups,
  firstName,
  personListPart,
  problemsPart,
  sectionsPart,
  type ActionGroups,
} from './email-parts';
import { formatDatePattern } from '../shared/date-format';

/** Which email: the recap after a 1:1, or the shareable agenda before it. */
export type EmailKind = 'recap' | 'agenda';

/** Everything about one 1:1 note that a recap or an agenda is made from. */
export interface EmailInput {
  /** The 1:1 note's raw text (private parts included: they are stripped here). */
  text: string;
  record: MeetingRecord;
  type: NoteType;
  /** The person note's raw text, for goals, development plan and queued topics. */
  personText: string | null;
  email: string | null;
  next: NextMeeting;
  /** True when no 1:1 note of this person is dated after this one. */
  latest: boolean;
  /** A template note's raw text, or null for the built-in layout. */
  template: string | null;
  /** Forwarded items (by `taskKey`) that are in progress in the note they went to. */
  forwardedInProgress?: ReadonlySet<string>;
}

/** The next meeting: a later 1:1 note's date (`planned`), else the date the cadence gives. */
export interface NextMeeting {
  date: IsoDate;
  planned: boolean;
}

/**
 * The settings an email is rendered with: what is private, which tasks are closed,
 * the person note's headings, and the recap and agenda settings (subjects, sections).
 */
export type EmailConfig = Pick<
  TouchpointsConfig,
  | 'privateHeadings'
  | 'closedStatuses'
  | 'goalsHeading'
  | 'developmentPlanHeading'
  | 'topicsHeading'
  | 'recap'
>;

/** What rendering an email needs besides the note: today, the locale, the settings. */
export interface EmailContext {
  today: IsoDate;
  /** The user's locale for dates; undefined for the system's. */
  locale?: string;
  config: EmailConfig;
}

/** An email in every form: To, subject, and the body as text, Markdown and HTML. */
export interface EmailOutput {
  to: string;
  subject: string;
  text: string;
  markdown: string;
  html: string;
}

/**
 * The next meeting after a 1:1 note: the person's next held 1:1 note dated after it
 * (cancelled and rescheduled ones do not count), else the note's date plus the cadence.
 */
export function nextMeeting(
  index: MeetingIndex,
  record: MeetingRecord,
  cadenceDays: number,
): NextMeeting {
  const later = index
    .meetingsOf(record.personKey)
    .find((m) => m.date > record.date && m.status === 'held');
  return later
    ? { date: later.date, planned: true }
    : { date: addDays(record.date, cadenceDays), planned: false };
}

/** True when no 1:1 note of the person is dated after this one. */
export function isLatestMeeting(index: MeetingIndex, record: MeetingRecord): boolean {
  return !index.meetingsOf(record.personKey).some((m) => m.date > record.date);
}

/**
 * The closed statuses as emails read them: the settings' closed statuses, forwarded
 * (`>`) excepted. An item forwarded from a note is still an open action item of that
 * meeting, under the same owner, so its recap is the same before and after the next
 * note is created.
 */
export function emailClosed(config: Pick<EmailConfig, 'closedStatuses'>): Set<string> {
  const closed = closedSet(config);
  closed.delete('>');
  return closed;
}

function wordsContext(ctx: EmailContext, input: EmailInput): WordsContext {
  return {
    today: ctx.today,
    locale: ctx.locale,
    closed: emailClosed(ctx.config),
    forwardedInProgress: input.forwardedInProgress,
  };
}

/** The values every layout and subject can use. */
function commonValues(input: EmailInput, ctx: EmailContext): Record<string, string> {
  const r = input.record;
  return {
    person: r.personName,
    'first-name': firstName(r.personName),
    email: input.email ?? '',
    date: displayDate(r.date, ctx.locale),
    day: dateInWords(r.date, ctx.today, ctx.locale),
    type: typePhrase(input.type),
    next: dateInWords(input.next.date, ctx.today, ctx.locale),
  };
}

function subjectOf(template: string, input: EmailInput, ctx: EmailContext): string {
  const values = commonValues(input, ctx);
  return template
    .replace(PLACEHOLDER, (whole, name: string, arg?: string) => {
      const key = name.toLowerCase();
      if (key === 'date' && arg !== undefined)
        return formatDatePattern(input.record.date, arg.trim());
      return values[key] ?? whole;
    })
    .replace(/\s+/g, ' ')
    .trim();
}

function render(kind: EmailKind, input: EmailInput, ctx: EmailContext): EmailOutput {
  const privacy = { privateHeadings: ctx.config.privateHeadings };
  const pub = stripPrivate(input.text, privacy);
  // The person note is read only by the parts that show it (career sections, topics).
  let personNote: PublicNote | null | undefined;
  const person = (): PublicNote | null =>
    (personNote ??= input.personText === null ? null : stripPrivate(input.personText, privacy));
  const words = wordsContext(ctx, input);
  const map = recapSections(input.type);
  const common = commonValues(input, ctx);
  const phrase = common.type!;
  const day = common.day!;
  const r = input.record;
  const who = { name: r.personName, personPath: r.personPath, personLink: r.personLink };
  let grouped: ActionGroups | null = null;
  const groups = (): ActionGroups => (grouped ??= actionGroups(pub, map.actions, who, words));
  const lazy: Record<string, () => string[]> = {
    highlights: () => sectionsPart(pub, map.highlights, words, true),
    problems: () => problemsPart(pub, map.problems, words, kind === 'agenda'),
    goals: () =>
      input.type.career
        ? tidy([
            ...sectionsPart(pub, map.goals, words),
            '',
            ...personListPart(person(), ctx.config.goalsHeading, words, true),
          ])
        : [],
    development: () =>
      input.type.career
        ? tidy([
            ...sectionsPart(pub, map.development, words),
            '',
            ...personListPart(person(), ctx.config.developmentPlanHeading, words, false),
          ])
        : [],
    agenda: () => sectionsPart(pub, map.agenda, words),
    topics: () => {
      const note = input.latest && r.date >= ctx.today ? person() : null;
      return note ? sectionsPart(note, [ctx.config.topicsHeading], words) : [];
    },
    'my-actions': () => groups().mine,
    'their-actions': () => groups().theirs,
    'other-actions': () => groups().others,
    actions: () => {
      const g = groups();
      const label = escapeMarkdown(firstName(r.personName));
      return [...g.mine, ...g.theirs.map((l) => l.replace(/^- /, `- ${label}: `)), ...g.others];
    },
  };
  const when = r.date === ctx.today ? 'today' : `on ${day}`;
  const text: Record<string, string> = {
    opener:
      kind === 'recap'
        ? `Thanks for the ${phrase} ${when}. Here is a short recap.`
        : `Here is the agenda ${r.date < ctx.today ? 'of' : 'for'} our ${phrase} ${when}.`,
    closing:
      kind === 'recap'
        ? 'Let me know if I missed anything or got something wrong.'
        : 'Anything to add? Reply and I will put it on the agenda.',
    'next-meeting': `**Next 1:1:** ${input.next.planned ? '' : 'around '}${common.next!}`,
  };
  const values: Values = (name, arg) => {
    if (name === 'section') return arg ? sectionsPart(pub, [arg], words).join('\n') : undefined;
    if (name === 'date' && arg !== undefined) return formatDatePattern(r.date, arg);
    if (lazy[name]) return lazy[name]().join('\n');
    if (text[name] !== undefined) return text[name];
    const plain = common[name];
    return plain === undefined ? undefined : escapeMarkdown(plain);
  };
  const layout =
    input.template === null
      ? kind === 'recap'
        ? RECAP_LAYOUT
        : AGENDA_LAYOUT
      : stripPrivate(input.template, privacy).text;
  const markdown = fillLayout(layout, values);
  const subject = kind === 'recap' ? ctx.config.recap.recapSubject : ctx.config.recap.agendaSubject;
  // One parse of the body for both forms.
  const blocks = parseBlocks(markdown);
  return {
    to: input.email ?? '',
    subject: subjectOf(subject, input, ctx),
    text: blocksToText(blocks),
    markdown,
    html: blocksToHtml(blocks),
  };
}

/**
 * The recap email of a 1:1 note: opener, goals progress and development plan (career
 * conversations), highlights, problems with recommendation and decision, action items
 * split into mine and theirs, the next meeting and a closing line. Never contains any
 * private part of the note, the person note or the template.
 */
export function renderRecap(input: EmailInput, ctx: EmailContext): EmailOutput {
  return render('recap', input, ctx);
}

/**
 * The shareable agenda of a 1:1 note: the agenda, queued topics (for the person's
 * latest note, dated today or later), open action items by owner, problems with their
 * options and recommendation. Private parts are stripped as for the recap.
 */
export function renderAgenda(input: EmailInput, ctx: EmailContext): EmailOutput {
  return render('agenda', input, ctx);
}
