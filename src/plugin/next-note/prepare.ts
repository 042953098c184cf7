/**
 * "Prepare next 1:1" in Obsidian: choose the person (soonest next meeting first), see
 * the date of their next meeting proposed and change it if it moved, then create the
 * note for that date with the one create flow ("Create next 1:1"'s carry-over and
 * topics, the schedule's time as `time`), opened at its agenda. A next meeting that
 * already has a note opens that note.
 */
import { typePhrase, type NoteType } from '../../core/settings/note-types';
import { isIsoDate } from '../../core/shared/dates';
import { proposePreparation, type PrepareProposal } from '../../core/overview/prepare';
import { preparePickerEntries } from '../../core/overview/picker-order';
import { meetingWhen, nextMeetingLine } from '../../core/overview/next-meeting';
import { resolvePerson, type PersonRef } from '../../core/people/resolve-person';
import { pickerContext, type CommandDeps } from '../command-deps';
import { ObsidianVaultPort } from '../shared/vault-io';
import { TextPromptModal } from '../shared/text-prompt';
import { PersonPickerModal } from './person-picker';

const SOURCE_TEXT = {
  note: 'its note',
  schedule: 'the schedule in the person note',
  cadence: 'the cadence',
} as const;

/** The proposal for a person and the name to show, or an error message. */
export function proposalFor(
  deps: CommandDeps,
  person: PersonRef,
  typeId: string,
):
  | { ok: true; name: string; key: string; proposal: PrepareProposal }
  | { ok: false; error: string } {
  const { index } = deps.meetings;
  const resolved = resolvePerson(
    { index, port: new ObsidianVaultPort(deps.plugin.app), folder: deps.settings().folder },
    person,
  );
  if (!resolved.ok) return resolved;
  const { key, name, path, exists } = resolved.value;
  const entry = index.person(key) ?? null;
  const personPath = entry?.personPath ?? (exists ? path : null);
  const proposal = proposePreparation(entry, personPath, typeId, pickerContext(deps));
  return { ok: true, name, key, proposal };
}

/** What the date dialog says about the proposed date. */
function proposalText(p: PrepareProposal): string {
  if (!p.next) return 'No meeting is planned: the note is dated today unless you change it.';
  return `Next meeting: ${meetingWhen(p.next)} (from ${SOURCE_TEXT[p.next.from]}). Change the date if it moved.`;
}

/**
 * Prepare the next meeting of a type with a person: open the note it already has, or
 * ask for the date (the proposal filled in) and create the note for it.
 */
export function preparePerson(deps: CommandDeps, person: PersonRef, type: NoteType): void {
  const found = proposalFor(deps, person, type.id);
  if (!found.ok) {
    void deps.nextNote.create(person, type.id);
    return;
  }
  const { proposal, name } = found;
  const time = proposal.time ?? undefined;
  if (proposal.existing) {
    void deps.nextNote.create(person, proposal.typeId, proposal.date);
    return;
  }
  new TextPromptModal(deps.plugin.app, {
    title: `Prepare next ${typePhrase(type)} with ${name}`,
    description: proposalText(proposal),
    placeholder: 'yyyy-MM-dd',
    value: proposal.date,
    submitLabel: 'Create note',
    onSubmit: (value) => {
      const date = value.trim();
      if (!isIsoDate(date)) return 'Write the date as yyyy-MM-dd, for example 2026-12-08.';
      void deps.nextNote.create(person, proposal.typeId, date, time);
      return null;
    },
  }).open();
}

/** Open the person picker (soonest next meeting first), then prepare for the choice. */
export function pickPersonAndPrepare(deps: CommandDeps, type: NoteType): void {
  const people = preparePickerEntries(deps.meetings.index, pickerContext(deps));
  new PersonPickerModal(
    deps.plugin.app,
    people,
    (person) => preparePerson(deps, person, type),
    `Prepare next ${typePhrase(type)} with…`,
    (item) => ({ text: nextMeetingLine(item.next ?? null), late: false }),
  ).open();
}
