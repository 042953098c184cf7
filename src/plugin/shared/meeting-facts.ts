/**
 * The next meeting's facts in Obsidian: its note's `time` and agenda read from the
 * metadata cache (headings, list items, sections), so "prepared" costs no file read.
 */
import type { App } from 'obsidian';
import { agendaHeadingOf, factsFromMetadata } from '../../core/overview/agenda-facts';
import type { MeetingNoteReader } from '../../core/overview/next-meeting';
import type { TouchpointsConfig } from '../../core/settings/config';

/** A reader of a 1:1 note's time and agenda from Obsidian's cached metadata. */
export function metadataFacts(
  app: App,
  config: () => Pick<TouchpointsConfig, 'noteTypes'>,
): MeetingNoteReader {
  return (path, typeId) => {
    const file = app.vault.getFileByPath(path);
    if (!file) return null;
    return factsFromMetadata(
      app.metadataCache.getFileCache(file),
      agendaHeadingOf(config(), typeId),
    );
  };
}
