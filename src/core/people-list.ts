/** The people to choose from in the person picker, most overdue first. */
import { daysBetween, type IsoDate } from './dates';
import type { MeetingIndex } from './index';
import type { PersonProfile } from './people';

export interface PersonChoiceItem {
  key: string;
  name: string;
  personPath: string | null;
  /** The last held meeting on or before today, or null. */
  lastMeeting: IsoDate | null;
  /** Days past the cadence (negative: days left); null when never met. */
  overdue: number | null;
}

/**
 * Known people, most overdue first; people never met (no held meeting yet) come
 * first of all, since their first 1:1 is the most overdue of any.
 */
export function personChoices(
  index: MeetingIndex,
  profile: (personPath: string | null) => Pick<PersonProfile, 'cadenceDays'>,
  today: IsoDate,
): PersonChoiceItem[] {
  const items = index.people().map((p) => {
    let last: IsoDate | null = null;
    for (const m of p.meetings)
      if (m.status === 'held' && m.date <= today && (!last || m.date > last)) last = m.date;
    const overdue =
      last === null ? null : daysBetween(last, today) - profile(p.personPath).cadenceDays;
    return { key: p.key, name: p.name, personPath: p.personPath, lastMeeting: last, overdue };
  });
  const rank = (i: PersonChoiceItem): number =>
    i.overdue === null ? Number.POSITIVE_INFINITY : i.overdue;
  return items.sort((a, b) => rank(b) - rank(a) || a.name.localeCompare(b.name));
}
