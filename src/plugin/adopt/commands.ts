/**
 * "Adopt existing 1:1 notes" (the preview, then the writes) and "Undo adopting 1:1
 * notes" (available while the last batch can be undone).
 */
import { Notice } from 'obsidian';
import type { CommandDeps } from '../command-deps';
import { AdoptModal } from './adopt-modal';
import { AdoptService } from './adopt-service';
import { STILL_INDEXING_NOTICE } from '../meetings/wait-for-index';

/** Register the adopt commands; returns the service (tests drive it). */
export function registerAdoptCommands(deps: CommandDeps): AdoptService {
  const { plugin } = deps;
  const service = new AdoptService({
    app: plugin.app,
    meetings: deps.meetings,
    settings: deps.settings,
  });
  plugin.addCommand({
    id: 'adopt-existing-notes',
    name: 'Adopt existing 1:1 notes',
    callback: () => {
      // The person notes come partly from the index: wait for its first build.
      if (!deps.meetings.isReady()) {
        new Notice(STILL_INDEXING_NOTICE);
        return;
      }
      new AdoptModal(plugin.app, {
        folders: service.folders(),
        search: (folder) => service.preview(folder),
        personFolder: deps.settings().folder,
        onSubmit: (notes, preview) => void service.adopt(notes, preview.types),
      }).open();
    },
  });
  plugin.addCommand({
    id: 'undo-adopt',
    name: 'Undo adopting 1:1 notes',
    checkCallback: (checking) => {
      if (!service.canUndo()) return false;
      if (!checking) void service.undo();
      return true;
    },
  });
  return service;
}
