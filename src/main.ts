/** Touchpoints: lifecycle only. Load settings, build services, register everything. */
import { Plugin } from 'obsidian';
import {
  registerNoteTypeCommands,
  registerUndoCommand,
  type CommandDeps,
} from './commands/create-next';
import { registerInNoteFeatures } from './commands/in-note';
import { registerAccomplishmentsCommand } from './commands/export-accomplishments';
import { registerRecapCommands } from './commands/recap';
import { activateSidebar, registerSidebar } from './commands/sidebar';
import { tasksLacksForwardedStatus } from './obsidian/integrations';
import { MeetingIndexComponent } from './obsidian/meeting-index';
import { NextNoteService } from './obsidian/next-note-service';
import { SidebarSource } from './obsidian/sidebar-source';
import { migrateSettings, type TouchpointsSettings } from './settings';
import { TouchpointsSettingTab } from './ui/settings-tab';

export default class TouchpointsPlugin extends Plugin {
  override settings!: TouchpointsSettings;
  meetings!: MeetingIndexComponent;
  service!: NextNoteService;

  override async onload(): Promise<void> {
    this.settings = migrateSettings(await this.loadData());
    const settings = (): TouchpointsSettings => this.settings;
    this.meetings = this.addChild(
      new MeetingIndexComponent(this.app, () => ({
        cadenceDays: this.settings.defaultCadence,
        careerCadence: this.settings.defaultCareerCadence,
      })),
    );
    this.service = new NextNoteService({ app: this.app, meetings: this.meetings, settings });
    const deps: CommandDeps = {
      plugin: this,
      meetings: this.meetings,
      service: this.service,
      settings,
    };
    registerNoteTypeCommands(deps);
    registerUndoCommand(deps);
    const inNote = registerInNoteFeatures(deps);
    registerAccomplishmentsCommand(deps);
    registerRecapCommands({ ...deps, save: () => this.saveData(this.settings) });
    const sidebar = this.addChild(
      new SidebarSource({ app: this.app, meetings: this.meetings, settings }),
    );
    registerSidebar({ ...deps, source: sidebar });
    this.addSettingTab(
      new TouchpointsSettingTab({
        plugin: this,
        settings,
        save: async () => {
          await this.saveData(this.settings);
          registerNoteTypeCommands(deps);
          inNote.settingsChanged();
          sidebar.settingsChanged();
        },
        tasksHint: () =>
          tasksLacksForwardedStatus(this.app)
            ? 'The Tasks plugin has no status for [>]. In its settings, add a custom status with symbol ">", name "Forwarded" and type "Non-task" (or "Done"), so forwarded items drop out of "not done" queries.'
            : null,
      }),
    );
  }

  /** The first time the user enables Touchpoints: show the sidebar. */
  override onUserEnable(): void {
    this.app.workspace.onLayoutReady(() => void activateSidebar(this.app));
  }
}
