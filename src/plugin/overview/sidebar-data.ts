/**
 * What the sidebar and the status bar show, kept current cheaply. Stats come from the
 * meeting index (no file reads) and are recomputed only for the people whose notes
 * changed, when someone asks, after the index's 100 ms debounce. Text is read only on
 * demand: a person note once (goals, topics) until it changes, and the notes holding a
 * person's open items when their card is drawn (its count is corrected from the text,
 * its list shown when expanded), each once until that note changes.
 */
import { Component, debounce, type App, type TAbstractFile } from 'obsidian';
import { localIsoDate, type IsoDate } from '../../core/shared/dates';
import {
  careerTypeIds,
  personDetails,
  PersonStatsCache,
  type PersonDetails,
  type PersonStats,
} from '../../core/overview/person-stats';
import {
  buildSidebarModel,
  countDue,
  type CardMemo,
  type Problem,
  type SidebarModel,
} from '../../core/overview/sidebar-model';
import type { TouchpointsSettings } from '../../core/settings/settings';
import type { MeetingIndexComponent } from '../meetings/meeting-index-component';
import { OpenItemsCache, type OpenItem } from './open-items';
import { errorMessage } from '../../core/shared/errors';
import { metadataFacts } from '../shared/meeting-facts';

/** Where the sidebar data comes from: the app, the meeting index, the settings. */
export interface SidebarDataDeps {
  app: App;
  meetings: MeetingIndexComponent;
  settings: () => TouchpointsSettings;
  /** The clock; tests pass a fixed one. */
  now?: () => Date;
}

interface DetailsEntry {
  value: PersonDetails | null;
  error: string | null;
  done: Promise<void>;
}

const NO_DETAILS: PersonDetails = { goals: [], topics: 0 };

/** The settings the sidebar's content depends on. */
function settingsSignature(s: TouchpointsSettings): string {
  return JSON.stringify([
    s.closedStatuses,
    s.goalsHeading,
    s.topicsHeading,
    s.defaultCadence,
    s.defaultCareerCadence,
    s.noteTypes.map((t) => [t.id, t.career, t.agendaHeading]),
  ]);
}

/** What the sidebar and the status bar show: the model on demand, and a change signal. */
export class SidebarData extends Component {
  readonly stats: PersonStatsCache;
  /** Bumped by changes the index does not see: person notes, read text, the day, settings. */
  private local = 0;
  private day: IsoDate;
  private settingsSeen: string;
  private readonly listeners = new Set<() => void>();
  private readonly emitSoon = debounce(() => this.emit(), 100, true);
  private readonly details = new Map<string, DetailsEntry>();
  private readonly openItems: OpenItemsCache;
  /** The pending tell-the-listeners of open items just read (one for all read in a tick). */
  private readTimer: number | null = null;
  /** Cards of the last models: unchanged people keep the same card object. */
  private readonly cards: CardMemo = new WeakMap();

  constructor(private readonly deps: SidebarDataDeps) {
    super();
    this.stats = new PersonStatsCache(deps.meetings.index);
    this.day = this.today();
    this.settingsSeen = settingsSignature(deps.settings());
    this.openItems = new OpenItemsCache({
      vault: deps.app.vault,
      index: deps.meetings.index,
      settings: deps.settings,
      onRead: () => this.openItemsRead(),
    });
  }

  override onload(): void {
    const { metadataCache, vault } = this.deps.app;
    this.register(this.deps.meetings.onChange(() => this.emit()));
    this.registerEvent(metadataCache.on('changed', (file) => this.fileChanged(file.path)));
    this.registerEvent(vault.on('delete', (file: TAbstractFile) => this.fileChanged(file.path)));
    this.registerEvent(
      vault.on('rename', (file: TAbstractFile, oldPath: string) => {
        this.fileChanged(oldPath);
        this.fileChanged(file.path);
      }),
    );
    // The clocks move at midnight even when no note changes.
    this.registerInterval(window.setInterval(() => this.checkDay(), 60_000));
    this.register(() => {
      if (this.readTimer !== null) window.clearTimeout(this.readTimer);
      this.readTimer = null;
    });
  }

  /** Today, from the clock. */
  today(): IsoDate {
    return localIsoDate((this.deps.now ?? (() => new Date()))());
  }

  /** True once the meeting index has been built. */
  isReady(): boolean {
    return this.deps.meetings.isReady();
  }

  /** Call `listener` when what the sidebar shows may have changed; returns the unsubscribe. */
  onChange(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => {
      this.listeners.delete(listener);
    };
  }

  /** Changes whenever the model would: views skip rendering while it stays the same. */
  revisionKey(): string {
    return `${this.deps.meetings.index.revision}|${this.local}|${this.today()}|${this.isReady() ? 1 : 0}`;
  }

  /**
   * The settings were saved: when a setting the sidebar depends on changed, forget
   * everything derived from it; tell listeners either way (the status bar setting).
   */
  settingsChanged(): void {
    const signature = settingsSignature(this.deps.settings());
    if (signature === this.settingsSeen) {
      this.emit();
      return;
    }
    this.settingsSeen = signature;
    this.details.clear();
    this.openItems.clear();
    this.stats.invalidate();
    this.bump();
  }

  /** The sidebar's model now; starts reading person notes not read yet. */
  model(): SidebarModel {
    const today = this.today();
    const settings = this.deps.settings();
    const index = this.deps.meetings.index;
    this.refreshStats(today);
    const people = this.stats.all();
    const problems: Problem[] = [...index.problems()];
    for (const p of people) {
      const error = p.personPath === null ? null : this.detailsEntry(p.personPath).error;
      if (error !== null)
        problems.push({ path: p.personPath!, message: `could not be read: ${error}` });
    }
    return buildSidebarModel({
      today,
      people,
      meetingsOf: (key) => index.meetingsOf(key),
      careerTypeIds: careerTypeIds(settings),
      details: (path) => this.details.get(path)?.value ?? null,
      problems,
      memo: this.cards,
    });
  }

  /** Everyone's stats, up to date (from the index alone: no file read). */
  people(): PersonStats[] {
    this.refreshStats(this.today());
    return this.stats.all();
  }

  /** People whose regular 1:1 is overdue, due within two days, or not held yet. */
  dueCount(): number {
    this.refreshStats(this.today());
    return countDue(this.stats.all());
  }

  /** Wait until every person note asked for so far has been read. */
  async settled(): Promise<void> {
    await Promise.all([...this.details.values()].map((e) => e.done));
  }

  /**
   * A person's open items, newest note first; null while their notes are being read
   * (the view is told when they are). Only the notes that hold open items are read. A
   * drawn card asks for them to show their number: the index's count, from the metadata
   * cache, cannot see every task a comment hides (issue 15.6), the text can.
   */
  openItemsOf(key: string): OpenItem[] | null {
    return this.openItems.of(key);
  }

  private refreshStats(today: IsoDate): void {
    this.stats.refresh({
      today,
      config: this.deps.settings(),
      profile: (p) => this.deps.meetings.profile(p),
      meetingFacts: metadataFacts(this.deps.app, this.deps.settings),
    });
  }

  private detailsEntry(path: string): DetailsEntry {
    const known = this.details.get(path);
    if (known) return known;
    const entry: DetailsEntry = { value: null, error: null, done: Promise.resolve() };
    this.details.set(path, entry);
    const file = this.deps.app.vault.getFileByPath(path);
    if (!file) {
      entry.value = NO_DETAILS;
      return entry;
    }
    entry.done = this.deps.app.vault.cachedRead(file).then(
      (text) => {
        if (this.details.get(path) !== entry) return;
        entry.value = personDetails(text, this.deps.settings());
        this.bump();
      },
      (error: unknown) => {
        if (this.details.get(path) !== entry) return;
        entry.value = NO_DETAILS;
        entry.error = errorMessage(error);
        this.bump();
      },
    );
    return entry;
  }

  /** A note changed, was renamed (old and new path) or deleted: drop what it made stale. */
  private fileChanged(path: string): void {
    let stale = this.details.delete(path);
    const index = this.deps.meetings.index;
    if (index.person(path)) {
      // A person note (met or not yet): its properties (cadence, relationship) may have changed.
      this.stats.invalidate(path);
      stale = true;
    }
    if (this.openItems.forget(path, index.get(path)?.personKey)) stale = true;
    if (stale) this.bump();
  }

  private checkDay(): void {
    const today = this.today();
    if (today === this.day) return;
    this.day = today;
    this.emit();
  }

  /**
   * Open items were read: tell the listeners on the next tick, once for every list read
   * by then (not after the 100 ms pause for typing: nobody is typing into a read).
   */
  private openItemsRead(): void {
    this.local++;
    if (this.readTimer !== null) return;
    this.readTimer = window.setTimeout(() => {
      this.readTimer = null;
      this.emit();
    }, 0);
  }

  private bump(): void {
    this.local++;
    this.emitSoon();
  }

  private emit(): void {
    for (const listener of [...this.listeners]) listener();
  }
}
