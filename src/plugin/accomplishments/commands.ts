/**
 * "Export accomplishments": a dialog to choose a person or everyone and a period, then
 * the accomplishment log is written to a new note and opened. `exportAccomplishments`
 * runs an export without the dialog (the sidebar's "last quarter" button uses it).
 */
import { AccomplishmentsModal, type AccomplishmentsChoice } from './accomplishments-modal';
import {
  runAccomplishmentsExport,
  type AccomplishmentsDeps,
  type AccomplishmentsRequest,
} from './accomplishments-service';
import type { CommandDeps } from '../shared/command-deps';

export type { AccomplishmentsDeps, AccomplishmentsRequest } from './accomplishments-service';

/** The export's dependencies, from the ones every command gets. */
export function accomplishmentsDeps(deps: CommandDeps): AccomplishmentsDeps {
  return {
    app: deps.plugin.app,
    meetings: deps.meetings,
    settings: deps.settings,
    today: () => deps.service.today(),
  };
}

/**
 * Export the accomplishment log of a person (`personKey`, their key in the meeting
 * index) or of everyone (`personKey: null`) for a period (`'last-quarter'`, ... or
 * `{ from, to }`), write it to a new note and open it. Resolves to the note's path, or
 * null when nothing was written (a Notice says why).
 */
export function exportAccomplishments(
  deps: AccomplishmentsDeps,
  request: AccomplishmentsRequest,
): Promise<string | null> {
  return runAccomplishmentsExport(deps, request);
}

/** Open the dialog, preselecting a person and a period if given. */
export function openAccomplishmentsModal(
  deps: AccomplishmentsDeps,
  initial?: Partial<AccomplishmentsChoice>,
): AccomplishmentsModal {
  const people = deps.meetings.index.people().map((p) => ({ key: p.key, name: p.name }));
  const modal = new AccomplishmentsModal(deps.app, {
    people,
    today: deps.today(),
    initial,
    onSubmit: (choice) => void exportAccomplishments(deps, choice),
  });
  modal.open();
  return modal;
}

/** Register "Export accomplishments" (id `export-accomplishments`). */
export function registerAccomplishmentsCommand(deps: CommandDeps): void {
  const exportDeps = accomplishmentsDeps(deps);
  deps.plugin.addCommand({
    id: 'export-accomplishments',
    name: 'Export accomplishments',
    callback: () => {
      openAccomplishmentsModal(exportDeps);
    },
  });
}
