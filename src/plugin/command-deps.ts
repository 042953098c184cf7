/**
 * What every command registration gets from main.ts (the plugin, the meeting index,
 * the next-note service, the settings), and what the person picker needs from it.
 */
import type { Plugin } from 'obsidian';
import type { StatsContext } from '../core/overview/person-stats';
import type { TouchpointsSettings } from '../core/settings/settings';
import type { MeetingIndexComponent } from './meetings/meeting-index-component';
import type { NextNoteService } from './next-note/next-note-service';
import { metadataFacts } from './shared/meeting-facts';

/** The services main.ts builds once and hands to every command registration. */
export interface CommandDeps {
  plugin: Plugin;
  meetings: MeetingIndexComponent;
  nextNote: NextNoteService;
  settings: () => TouchpointsSettings;
}

/** What pickerEntries needs to order the person picker as the sidebar does. */
export function pickerContext(deps: CommandDeps): StatsContext {
  return {
    today: deps.nextNote.today(),
    config: deps.settings(),
    profile: (p) => deps.meetings.profile(p),
    meetingFacts: metadataFacts(deps.plugin.app, deps.settings),
  };
}
