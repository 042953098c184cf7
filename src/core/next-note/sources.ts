/**
 * What a plan is made from, read over the vault port: the notes to carry from and the
 * planning options from the settings. Shared by a new creation and by the completion
 * of an interrupted one, so both plan exactly the same carry-over.
 */
import { closedSet, type TouchpointsConfig } from '../settings/config';
import type { IsoDate } from '../shared/dates';
import { errorMessage } from '../shared/errors';
import { err, ok, type Result } from '../shared/result';
import type { NextNoteOptions, SourceNote } from './plan-next-note';
import type { NextNoteContext } from './request';

/**
 * The notes to carry from, read: the person's latest note before the date and any
 * other note of theirs on that same day (a 1:1 and a career conversation held
 * together, or a sync conflict copy), whose open items must carry too. Link texts are
 * as seen from `newPath`.
 */
export async function readSources(
  ctx: Pick<NextNoteContext, 'port' | 'index'>,
  personKey: string,
  date: IsoDate,
  newPath: string,
): Promise<Result<SourceNote[]>> {
  const { port, index } = ctx;
  const latest = index.latestBefore(personKey, date);
  const records = latest
    ? [
        latest,
        ...index
          .meetingsOf(personKey)
          .filter((m) => m.date === latest.date && m.path !== latest.path),
      ]
    : [];
  const sources: SourceNote[] = [];
  for (const record of records) {
    try {
      sources.push({
        path: record.path,
        date: record.date,
        text: await port.read(record.path),
        linkText: port.linkText(record.path, newPath),
      });
    } catch (error) {
      return err(`Could not read the previous note ${record.path}: ${errorMessage(error)}`);
    }
  }
  return ok(sources);
}

/**
 * The person note's text for the topic queue: null when there is no person note yet
 * (the run creates it), an error naming it when it cannot be read.
 */
export async function readPersonNote(
  port: NextNoteContext['port'],
  person: { path: string; exists: boolean },
): Promise<Result<string | null>> {
  if (!person.exists) return ok(null);
  try {
    return ok(await port.read(person.path));
  } catch (error) {
    return err(`Could not read the person note ${person.path}: ${errorMessage(error)}`);
  }
}

/** The planning options the settings give: carry-over's and the topics heading. */
export function planOptions(config: TouchpointsConfig): NextNoteOptions {
  return {
    carry: {
      closed: closedSet(config),
      stamp: config.addCreatedStamp,
      markForwarded: config.markForwarded,
      privateHeadings: config.privateHeadings,
    },
    topicsHeading: config.topicsHeading,
  };
}
