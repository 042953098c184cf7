/** Touchpoints: lifecycle only. Load settings, build services, register everything. */
import { Plugin } from 'obsidian';
import { registerNoteTypeCommands, registerUndoCommand } from './plugin/next-note/commands';
import type { CommandDeps } from './plugin/command-deps';
import { registerInNoteFeatures } from './plugin/in-note/commands';
import { registerAccomplishmentsCommand } from './plugin/accomplishments/commands';
import { registerAdoptCommands } from './plugin/adopt/commands';
import { registerEmailCommands } from './plugin/email/commands';
import { registerBasesCommand } from './plugin/bases/commands';
import { activateSidebar, registerSidebar } from './plugin/overview/commands';
import { tasksLacksForwardedStatus } from './plugin/shared/integrations';
import { MeetingIndexComponent } from './plugin/meetings/meeting-index-component';
import { NextNoteService } from './plugin/next-note/next-note-service';
import { SidebarData } from './plugin/overview/sidebar-data';
import { migrateSettings, type TouchpointsSettings } from './core/settings/settings';
import { TouchpointsSettingTab } from './plugin/settings/settings-tab';

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
      nextNote: this.service,
      settings,
    };
    registerNoteTypeCommands(deps);
    registerUndoCommand(deps);
    const inNote = registerInNoteFeatures(deps);
    registerAccomplishmentsCommand(deps);
    registerAdoptCommands(deps);
    registerEmailCommands({ ...deps, save: () => this.saveData(this.settings) });
    registerBasesCommand(deps);
    const sidebarData = this.addChild(
      new SidebarData({ app: this.app, meetings: this.meetings, settings }),
    );
    registerSidebar({ ...deps, sidebarData });
    this.addSettingTab(
      new TouchpointsSettingTab({
        plugin: this,
        settings,
        save: async () => {
          await this.saveData(this.settings);
          registerNoteTypeCommands(deps);
          inNote.settingsChanged();
          sidebarData.settingsChanged();
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
