/**
 * "Add topic to next 1:1": appends a topic, with a link back to the note it came
 * from, to the agenda of the person's next 1:1 when a note dated after today already
 * exists (not cancelled or rescheduled), otherwise to the person note's topics queue,
 * creating the person note for a new person. One atomic, checked write.
 */
import { Notice, type App } from 'obsidian';
import { newPersonNote, resolvePerson, type PersonRef } from '../../core/people/resolve-person';
import type { MeetingRecord } from '../../core/meetings/meeting-record';
import { errorMessage } from '../../core/shared/errors';
import { wikilink } from '../../core/shared/links';
import { findType } from '../../core/settings/note-types';
import { appendTopic, countLine, topicLine } from '../../core/in-note/topics';
import type { TouchpointsSettings } from '../../core/settings/settings';
import type { MeetingIndexComponent } from '../meetings/meeting-index-component';
import { ObsidianVaultPort } from '../shared/vault-io';
import { waitForIndex } from '../meetings/wait-for-index';

export interface TopicDeps {
  app: App;
  meetings: MeetingIndexComponent;
  settings: () => TouchpointsSettings;
  today: () => string;
}

export interface AddedTopic {
  /** The note the topic went to. */
  path: string;
  line: string;
  /** False when the same topic was already there. */
  added: boolean;
}

class NotAdded extends Error {}

export class TopicService {
  private readonly port: ObsidianVaultPort;

  constructor(private readonly deps: TopicDeps) {
    this.port = new ObsidianVaultPort(deps.app);
  }

  /** The person's first 1:1 note dated after today that will take place, or null. */
  nextMeeting(key: string): MeetingRecord | null {
    const today = this.deps.today();
    return (
      this.deps.meetings.index.meetingsOf(key).find((m) => m.date > today && m.status === 'held') ??
      null
    );
  }

  /**
   * Add a topic for a person. Resolves to where it went, or null after a Notice that
   * names the file and the reason.
   */
  async add(
    person: PersonRef,
    text: string,
    sourcePath: string | null,
  ): Promise<AddedTopic | null> {
    if (!(await waitForIndex(this.deps.meetings))) return null;
    const settings = this.deps.settings();
    const index = this.deps.meetings.index;
    const chosen = resolvePerson({ port: this.port, index, folder: settings.folder }, person);
    if (!chosen.ok) {
      new Notice(`Touchpoints: ${chosen.error}`, 10000);
      return null;
    }
    const next = this.nextMeeting(chosen.value.key);
    const path = next ? next.path : chosen.value.path;
    const heading = next
      ? (findType(settings.noteTypes, next.typeId)?.agendaHeading ?? 'Agenda')
      : settings.topicsHeading;
    const link =
      sourcePath && sourcePath !== path && this.port.exists(sourcePath)
        ? wikilink(this.port.linkText(sourcePath, path))
        : null;
    const line = topicLine(text, link);
    try {
      if (!next && !chosen.value.exists) {
        await this.port.create(
          path,
          appendTopic(newPersonNote(chosen.value.name), heading, line).text,
        );
        return { path, line, added: true };
      }
      let added = true;
      await this.port.process(path, (current) => {
        const r = appendTopic(current, heading, line);
        added = r.added;
        if (r.added && countLine(r.text, line) !== countLine(current, line) + 1)
          throw new NotAdded('the topic could not be placed');
        return r.text;
      });
      return { path, line, added };
    } catch (error) {
      new Notice(
        `Touchpoints: could not add the topic to ${path}: ${errorMessage(error)}. Nothing was changed.`,
        10000,
      );
      return null;
    }
  }
}
