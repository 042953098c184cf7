/**
 * The email commands, "Copy recap email" (id `copy-recap`) and "Copy agenda" (id
 * `copy-agenda`), offered while the active note is a 1:1 note. They read the note,
 * its person note and the template note if one is set, render the email in core
 * (private parts stripped first) and open the preview.
 */
import { Notice } from 'obsidian';
import { renderAgenda, renderRecap, type EmailKind } from '../../core/email/render-email';
import { prepareEmail } from '../../core/email/prepare-email';
import { ObsidianVaultPort } from '../shared/vault-io';
import { EmailModal } from './email-modal';
import type { CommandDeps } from '../command-deps';

/** What the email commands need: every command's deps, and saving the settings. */
export interface EmailCommandDeps extends CommandDeps {
  /** Save the settings (the preview remembers the format last used). */
  save: () => Promise<void>;
}

const COMMANDS: ReadonlyArray<{ kind: EmailKind; id: string; name: string; title: string }> = [
  { kind: 'recap', id: 'copy-recap', name: 'Copy recap email', title: 'Recap email' },
  { kind: 'agenda', id: 'copy-agenda', name: 'Copy agenda', title: 'Agenda' },
];

/** Render the recap or the agenda of the 1:1 note at `path` and open the preview; null after a Notice. */
export async function openEmailPreview(
  deps: EmailCommandDeps,
  path: string,
  kind: EmailKind,
): Promise<EmailModal | null> {
  const { plugin, meetings } = deps;
  const settings = deps.settings();
  const prepared = await prepareEmail(
    {
      port: new ObsidianVaultPort(plugin.app),
      index: meetings.index,
      config: settings,
      profile: (p) => meetings.profile(p),
    },
    path,
    kind,
  );
  if (!prepared.ok) {
    new Notice(`Touchpoints: ${prepared.error}`, 10000);
    return null;
  }
  for (const w of prepared.value.warnings) new Notice(`Touchpoints: ${w}`, 10000);
  const ctx = { today: deps.nextNote.today(), config: settings };
  const email =
    kind === 'recap'
      ? renderRecap(prepared.value.input, ctx)
      : renderAgenda(prepared.value.input, ctx);
  const command = COMMANDS.find((c) => c.kind === kind)!;
  const modal = new EmailModal(plugin.app, {
    title: command.title,
    noun: kind,
    email,
    format: settings.recap.format,
    onFormat: (format) => {
      settings.recap.format = format;
      void deps.save();
    },
  });
  modal.open();
  return modal;
}

/** Register both commands; they are offered only while the active note is a 1:1 note. */
export function registerEmailCommands(deps: EmailCommandDeps): void {
  const { plugin, meetings } = deps;
  for (const command of COMMANDS) {
    plugin.addCommand({
      id: command.id,
      name: command.name,
      checkCallback: (checking) => {
        const file = plugin.app.workspace.getActiveFile();
        if (!file || !meetings.index.get(file.path)) return false;
        if (!checking) void openEmailPreview(deps, file.path, command.kind);
        return true;
      },
    });
  }
}
