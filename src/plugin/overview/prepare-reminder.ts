/**
 * The reminder to prepare: once a day, the first time Obsidian is in use that day
 * (the index ready, or the day turned while open), a Notice naming the 1:1s of today
 * and tomorrow that are not prepared, each with a Prepare button. The day it last
 * showed is kept per device and vault in local storage (`App.loadLocalStorage` needs
 * Obsidian 1.8.7, newer than the plugin's minimum); a setting turns it off.
 */
import { Component, Notice, type App } from 'obsidian';
import {
  meetingWhen,
  unpreparedSoon,
  type PrepareReminder,
} from '../../core/overview/next-meeting';
import type { TouchpointsSettings } from '../../core/settings/settings';
import type { SidebarData } from './sidebar-data';

/** The local-storage key of the day the reminder last showed. */
export const REMINDED_KEY = 'touchpoints-prepare-reminder-day';

/** What the reminder works with. */
export interface PrepareReminderDeps {
  app: App;
  sidebarData: Pick<SidebarData, 'isReady' | 'today' | 'people' | 'onChange'>;
  settings: () => TouchpointsSettings;
  /** Prepare a person's next 1:1 (the Prepare button). */
  prepare: (key: string) => void;
}

/** Shows the reminder Notice at most once a day. */
export class PrepareReminderNotice extends Component {
  /** The day it showed, for when local storage cannot be used. */
  private shownOn: string | null = null;

  constructor(private readonly deps: PrepareReminderDeps) {
    super();
  }

  override onload(): void {
    this.register(this.deps.sidebarData.onChange(() => this.check()));
    // The first use of a new day while Obsidian stays open.
    this.registerInterval(window.setInterval(() => this.check(), 60_000));
    this.check();
  }

  /** Show the reminder if it is on, the index is ready and it has not shown today. */
  check(): PrepareReminder[] | null {
    const { app, sidebarData, settings } = this.deps;
    if (!settings().prepareReminder || !sidebarData.isReady()) return null;
    const today = sidebarData.today();
    const key = `${REMINDED_KEY}:${app.vault.getName()}`;
    if (this.shownOn === today || readDay(key) === today) return null;
    this.shownOn = today;
    writeDay(key, today);
    const due = unpreparedSoon(sidebarData.people(), today);
    if (due.length) this.show(due);
    return due;
  }

  private show(due: readonly PrepareReminder[]): void {
    const fragment = createFragment();
    const box = fragment.createDiv({ cls: 'touchpoints-reminder' });
    box.createDiv({ cls: 'touchpoints-reminder-title', text: '1:1s to prepare' });
    let notice: Notice | null = null;
    for (const r of due) {
      const row = box.createDiv({ cls: 'touchpoints-reminder-row' });
      row.createSpan({
        text: `${r.name}: ${r.day}, ${meetingWhen(r.next)} · not prepared yet`,
      });
      const button = row.createEl('button', {
        text: 'Prepare',
        attr: { 'aria-label': `Prepare the 1:1 with ${r.name}` },
      });
      button.addEventListener('click', (evt) => {
        evt.stopPropagation();
        notice?.hide();
        this.deps.prepare(r.key);
      });
    }
    notice = new Notice(fragment, 0);
  }
}

/** The day stored under `key` in local storage, or null (none, or no storage). */
function readDay(key: string): string | null {
  try {
    return activeWindow.localStorage?.getItem(key) ?? null;
  } catch {
    return null;
  }
}

/** Store the day under `key` in local storage, when there is one. */
function writeDay(key: string, day: string): void {
  try {
    activeWindow.localStorage?.setItem(key, day);
  } catch {
    // No storage (a private window): the day is kept in memory only.
  }
}
