/**
 * Gather what a recap or an agenda is made from, over a VaultPort, so the plugin and
 * the command line read the same notes the same way: the 1:1 note, its person note,
 * the template note if one is set, and from the index the next meeting date.
 */
import type { TouchpointsConfig } from '../settings/config';
import type { MeetingIndex } from '../meetings/meeting-index';
import { errorMessage } from '../shared/errors';
import { BUILT_IN_TYPES, findType, type NoteType } from '../settings/note-types';
import type { PersonProfile } from '../people/person-profile';
import { isLatestMeeting, nextMeeting, type EmailInput, type EmailKind } from './render-email';
import { err, ok, type Result } from '../shared/result';
import type { VaultPort } from '../shared/vault-port';
import { vaultPath } from '../shared/vault-path';
import { forwardedInProgress } from './forwarded-status';

/** Where prepareEmail reads from: the vault, the index, the settings, person profiles. */
export interface PrepareEmailDeps {
  port: Pick<VaultPort, 'exists' | 'read'>;
  index: MeetingIndex;
  config: TouchpointsConfig;
  /** The person's profile (email, cadence) from the person note's frontmatter. */
  profile: (personPath: string | null) => PersonProfile;
}

/** What prepareEmail gathered: the input of renderRecap and renderAgenda, and warnings. */
export interface PreparedEmail {
  input: EmailInput;
  /** What the user should know: a missing template, an unknown note type. */
  warnings: string[];
}

/**
 * Why a note cannot have a recap or an agenda, or null when it can: it does not exist,
 * it is not a 1:1 note, or it is a 1:1 note the index could not read (no person, bad
 * date).
 */
export function whyNoEmail(
  index: MeetingIndex,
  port: Pick<VaultPort, 'exists'>,
  path: string,
): string | null {
  if (index.get(path)) return null;
  const problem = index.problems().find((p) => p.path === path);
  if (problem) return `${path} is a 1:1 note, but ${problem.message}`;
  if (!port.exists(path)) return `there is no note ${path} in the vault`;
  return `${path} is not a 1:1 note (its frontmatter has no "type: one-on-one")`;
}

function typeOf(types: readonly NoteType[], typeId: string, warnings: string[]): NoteType {
  const type = findType(types, typeId);
  if (type) return type;
  warnings.push(`the note type "${typeId}" is not in the settings: laid out as a regular 1:1`);
  return findType(types, 'regular') ?? BUILT_IN_TYPES[0]!;
}

/** Read the 1:1 note at `path` and everything its recap or agenda needs. */
export async function prepareEmail(
  deps: PrepareEmailDeps,
  path: string,
  kind: EmailKind,
): Promise<Result<PreparedEmail>> {
  const why = whyNoEmail(deps.index, deps.port, path);
  if (why) return err(why);
  const record = deps.index.get(path)!;
  const warnings: string[] = [];
  let text: string;
  try {
    text = await deps.port.read(path);
  } catch (e) {
    return err(`${path} could not be read: ${errorMessage(e)}`);
  }
  let personText: string | null = null;
  if (record.personPath && deps.port.exists(record.personPath)) {
    try {
      personText = await deps.port.read(record.personPath);
    } catch (e) {
      warnings.push(`the person note ${record.personPath} could not be read: ${errorMessage(e)}`);
    }
  }
  const setting =
    kind === 'recap' ? deps.config.recap.recapTemplate : deps.config.recap.agendaTemplate;
  let template: string | null = null;
  if (setting) {
    const written = /\.md$/i.test(setting) ? setting : `${setting}.md`;
    const templatePath = vaultPath(written);
    if (templatePath === null) {
      warnings.push(
        `the ${kind} template ${written} is outside the vault: used the built-in layout`,
      );
    } else if (!deps.port.exists(templatePath)) {
      warnings.push(
        `the ${kind} template ${templatePath} does not exist: used the built-in layout`,
      );
    } else {
      try {
        template = await deps.port.read(templatePath);
      } catch (e) {
        warnings.push(
          `the ${kind} template ${templatePath} could not be read (${errorMessage(e)}): used the built-in layout`,
        );
      }
    }
  }
  const profile = deps.profile(record.personPath);
  const inProgress = await forwardedInProgress(text, record, deps.index, deps.port);
  return ok({
    input: {
      text,
      record,
      type: typeOf(deps.config.noteTypes, record.typeId, warnings),
      personText,
      email: profile.email,
      next: nextMeeting(deps.index, record, profile.cadenceDays),
      latest: isLatestMeeting(deps.index, record),
      template,
      forwardedInProgress: inProgress,
    },
    warnings,
  });
}
