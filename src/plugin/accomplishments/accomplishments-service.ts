/**
 * Runs the accomplishment export in Obsidian: resolves the period from today's date,
 * runs the core flow (which reads only the meeting notes around the period, with
 * cachedRead), creates the note under a free name (an existing note is never
 * overwritten) and opens it. Every failure is a Notice naming the file.
 */
import { type App } from 'obsidian';
import { prepareAccomplishments } from '../../core/accomplishments/export-accomplishments';
import type { IsoDate } from '../../core/shared/dates';
import { resolvePeriod, type PeriodChoice } from '../../core/accomplishments/periods';
import type { Whose } from '../../core/accomplishments/collect';
import type { TouchpointsSettings } from '../../core/settings/settings';
import type { MeetingIndexComponent } from '../meetings/meeting-index-component';
import { STILL_INDEXING_NOTICE } from '../meetings/wait-for-index';
import { ObsidianVaultPort } from '../shared/vault-io';
import { errorMessage } from '../../core/shared/errors';
import { notice } from '../shared/notice';

/** What the export needs: the app, the index, the settings and today's date. */
export interface AccomplishmentsDeps {
  app: App;
  meetings: MeetingIndexComponent;
  settings: () => TouchpointsSettings;
  /** Today's local date, `yyyy-MM-dd`. */
  today: () => IsoDate;
}

/** What to export, as the dialog or the sidebar chooses it: a person or everyone, a period. */
export interface AccomplishmentsChoice {
  /** The person's key in the meeting index, or null for everyone. */
  personKey: string | null;
  period: PeriodChoice;
  /** Whose work: mine or theirs; null or absent for each person's default (by relationship). */
  whose?: Whose | null;
}

/** Apps with an export running, so a second click does not write a second note. */
const running = new WeakSet<App>();

/**
 * Export the accomplishment log of a person or of everyone for a period, write it to
 * a new note and open it. Resolves to the new note's path, or null when nothing was
 * written (an error, or nothing found in the period: both say so in a Notice).
 */
export async function exportAccomplishments(
  deps: AccomplishmentsDeps,
  choice: AccomplishmentsChoice,
): Promise<string | null> {
  const { app, meetings } = deps;
  if (!meetings.isReady()) {
    notice(STILL_INDEXING_NOTICE);
    return null;
  }
  const period = resolvePeriod(choice.period, deps.today());
  if (!period.ok) {
    notice(`Touchpoints: ${period.error}`, 10000);
    return null;
  }
  if (running.has(app)) {
    notice('Touchpoints is still exporting the previous log.');
    return null;
  }
  running.add(app);
  try {
    const port = new ObsidianVaultPort(app);
    const result = await prepareAccomplishments(
      {
        port,
        index: meetings.index,
        config: deps.settings(),
        relationship: (p) => meetings.profile(p).relationship,
      },
      { personKey: choice.personKey, period: period.value, whose: choice.whose ?? null },
    );
    if (!result.ok) {
      notice(`Touchpoints: ${result.error}`, 10000);
      return null;
    }
    const outcome = result.value;
    for (const w of outcome.warnings) notice(`Touchpoints: ${w}`, 10000);
    const who =
      choice.personKey === null
        ? ''
        : ` with ${meetings.index.person(choice.personKey)?.name ?? choice.personKey}`;
    if (!outcome.items.length) {
      notice(
        `No wins, completed items, goal progress or feedback in the 1:1 notes${who} from ${period.value.from} to ${period.value.to}.`,
      );
      return null;
    }
    try {
      await port.create(outcome.path, outcome.text);
    } catch (error) {
      notice(`Touchpoints: could not create ${outcome.path}: ${errorMessage(error)}`, 10000);
      return null;
    }
    const file = app.vault.getFileByPath(outcome.path);
    if (file) {
      const leaf = app.workspace.getLeaf(true);
      await leaf.openFile(file, { active: true });
      app.workspace.setActiveLeaf(leaf, { focus: true });
    }
    notice(`Exported ${outcome.items.length} item(s) to ${outcome.path}.`);
    return outcome.path;
  } finally {
    running.delete(app);
  }
}
