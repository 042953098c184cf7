/**
 * The accomplishments command, "Export accomplishments" (id `export-accomplishments`):
 * a dialog to choose a person or everyone, whose work and a period, then the accomplishment log is
 * written to a new note and opened. The export itself, also run without the dialog by
 * the sidebar's "Last quarter" button, is `exportAccomplishments` in
 * accomplishments-service.ts.
 */
import { defaultWhose } from '../../core/accomplishments/collect';
import { AccomplishmentsModal } from './accomplishments-modal';
import {
  exportAccomplishments,
  type AccomplishmentsChoice,
  type AccomplishmentsDeps,
} from './accomplishments-service';
import type { CommandDeps } from '../command-deps';

/** The export's dependencies, from the ones every command gets. */
export function accomplishmentsDeps(deps: CommandDeps): AccomplishmentsDeps {
  return {
    app: deps.plugin.app,
    meetings: deps.meetings,
    settings: deps.settings,
    today: () => deps.nextNote.today(),
  };
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
    defaultWhose: (key) =>
      defaultWhose(
        deps.meetings.profile(deps.meetings.index.person(key)?.personPath ?? null).relationship,
      ),
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
