/**
 * Keeps the core MeetingIndex current from Obsidian's metadata cache: built on layout
 * ready (no file reads) in time slices of a few milliseconds, so a vault of 100,000
 * notes never freezes a frame, then updated one note at a time on the cache's
 * `changed` and `deleted` and the vault's `delete` and `rename`. Obsidian may still be
 * indexing at layout ready: the notes with no cache entry then are remembered, and the
 * index counts as ready only once each was seen (or the cache reported `resolved`).
 * Listeners hear about changes after a short debounce. It also reads person profiles
 * from the cache, for the views that use the index.
 */
import { Component, TFile, debounce, type App, type CachedMetadata } from 'obsidian';
import { MeetingIndex } from '../../core/meetings/meeting-index';
import { unresolvedKey } from '../../core/meetings/meeting-record';
import {
  BUILD_AT_ONCE_FILES,
  BUILD_SLICE_MS,
  indexNote,
  recordFromMetadata,
  SlicedBuild,
} from '../../core/meetings/index-build';
import { basename } from '../../core/shared/vault-path';
import {
  profileFromFrontmatter,
  type PersonDefaults,
  type PersonProfile,
} from '../../core/people/person-profile';

/** How the first build is cut into slices; the defaults suit the app, tests change them. */
export interface MeetingIndexOptions {
  /** Work per slice of the build, in ms (tests make it tiny to see several slices). */
  sliceMs?: number;
  /** Vaults with at most this many Markdown files are built at once. */
  atOnceFiles?: number;
}

/** The plugin's meeting index: a Component that keeps `index` current and says when it changed. */
export class MeetingIndexComponent extends Component {
  readonly index = new MeetingIndex();
  /** True once the first build is done. */
  private built = false;
  /**
   * Markdown notes the build found with no cache entry (Obsidian had not parsed them
   * yet), until their `changed` comes or the cache reports `resolved`.
   */
  private readonly unseen = new Set<string>();
  /** Whether the cache reported `resolved` since this component listened. */
  private resolved = false;
  /** Callers of `whenReady` waiting for the index to be complete. */
  private readonly waiters = new Set<() => void>();
  /** How long `whenReady` waits before it gives up, in ms. */
  waitLimitMs = 20_000;
  private readonly listeners = new Set<() => void>();
  // Not reset by every call: a burst of events schedules one notice, 100 ms after its first.
  private readonly notify = debounce(() => this.listeners.forEach((l) => l()), 100, false);
  /** The build in progress and its next slice, if any. */
  private building: { timer: number | null } | null = null;
  /** Paths deleted while a build is in progress (its file list may still hold them). */
  private readonly deletedWhileBuilding = new Set<string>();
  /**
   * Whether the build in progress started on an empty index (the first one): it reads
   * every note as fresh (`indexNote`), so a note that is neither a 1:1 nor a person note
   * costs nothing beyond its type. A note that an event indexed meanwhile is safe too:
   * the event read the cache as it was then, and every later change of the cache comes
   * with its own event, so the index already holds what the build would put there.
   */
  private freshBuild = false;

  constructor(
    private readonly app: App,
    private readonly defaults: () => PersonDefaults,
    private readonly options: MeetingIndexOptions = {},
  ) {
    super();
  }

  override onload(): void {
    this.register(() => this.stopBuild());
    this.register(() => this.waiters.forEach((w) => w()));
    this.app.workspace.onLayoutReady(() => {
      this.rebuild();
      const { metadataCache, vault } = this.app;
      this.registerEvent(
        metadataCache.on('changed', (file, _data, cache) => this.onChanged(file, cache)),
      );
      this.registerEvent(metadataCache.on('deleted', (file) => this.onDeleted(file.path)));
      // The cache has parsed everything it had queued: the notes still unseen (if their
      // `changed` was missed) are read now. Whether it had resolved before we listened
      // does not matter: then every note had its cache entry when the build read it.
      this.registerEvent(metadataCache.on('resolved', () => this.onResolved()));
      this.registerEvent(vault.on('delete', (file) => this.onDeleted(file.path)));
      this.registerEvent(
        vault.on('rename', (file, oldPath) => {
          if (file instanceof TFile) this.onRenamed(file, oldPath);
        }),
      );
    });
  }

  /** True once the index has been built and no note is still waiting to be indexed. */
  isReady(): boolean {
    return this.built && this.unseen.size === 0;
  }

  /**
   * Resolves to true once the index is ready (at once when it is), or to false when it
   * still is not after `waitLimitMs` (or the plugin unloads): callers never wait forever.
   */
  whenReady(): Promise<boolean> {
    this.recheckUnseen();
    if (this.isReady()) return Promise.resolve(true);
    return new Promise((resolve) => {
      const done = (): void => {
        window.clearTimeout(timer);
        this.waiters.delete(done);
        this.recheckUnseen();
        resolve(this.isReady());
      };
      const timer = window.setTimeout(done, this.waitLimitMs);
      this.waiters.add(done);
    });
  }

  /** Call `listener` (debounced) whenever the index changes; returns the unsubscribe. */
  onChange(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /**
   * Build the index from scratch from the metadata cache: at once for a vault of up to
   * `BUILD_AT_ONCE_FILES` notes, else in slices of `BUILD_SLICE_MS` with the app free to
   * draw between them. Events that arrive meanwhile are applied as usual; the build
   * reads each note's cache when it reaches it, so the index ends up current.
   * `isReady()` turns true when the first build is done.
   */
  rebuild(): void {
    this.stopBuild();
    this.unseen.clear();
    const files = this.app.vault.getMarkdownFiles();
    this.freshBuild = this.index.isEmpty();
    const build = new SlicedBuild(files, this.indexFile);
    const budget =
      files.length <= (this.options.atOnceFiles ?? BUILD_AT_ONCE_FILES)
        ? Infinity
        : (this.options.sliceMs ?? BUILD_SLICE_MS);
    const state: { timer: number | null } = { timer: null };
    this.building = state;
    const slice = (): void => {
      state.timer = null;
      if (!build.step(() => performance.now(), budget)) {
        state.timer = window.setTimeout(slice, 0);
        return;
      }
      this.building = null;
      this.deletedWhileBuilding.clear();
      this.built = true;
      this.notify();
      this.checkReady();
    };
    slice();
  }

  /** Cancel the build in progress, if any. */
  private stopBuild(): void {
    if (this.building?.timer != null) window.clearTimeout(this.building.timer);
    this.building = null;
    this.deletedWhileBuilding.clear();
  }

  /** One file of a build: index its cached metadata, unless it was deleted meanwhile. */
  private readonly indexFile = (file: TFile): void => {
    if (this.deletedWhileBuilding.size > 0 && this.deletedWhileBuilding.has(file.path)) return;
    const cache = this.app.metadataCache.getFileCache(file);
    if (!cache && !this.resolved) this.unseen.add(file.path);
    indexNote(this.index, file.path, file.basename, cache, this.resolve, this.freshBuild);
  };

  /** Wake the waiters and tell listeners once the index became ready. */
  private checkReady(): void {
    if (!this.isReady()) return;
    this.waiters.forEach((w) => w());
    this.notify();
  }

  /** Index the unseen notes whose cache entry is there now (their `changed` was missed). */
  private recheckUnseen(): void {
    for (const path of [...this.unseen]) {
      const file = this.app.vault.getFileByPath(path);
      const cache = file ? this.app.metadataCache.getFileCache(file) : null;
      if (file && !cache) continue;
      this.unseen.delete(path);
      if (file) indexNote(this.index, path, file.basename, cache, this.resolve);
    }
  }

  /** The cache parsed everything it had: no note is unseen any more. */
  private onResolved(): void {
    this.resolved = true;
    if (this.unseen.size === 0) return;
    this.recheckUnseen();
    this.unseen.clear();
    this.checkReady();
  }

  /** The profile of a person note from its frontmatter (no file read). */
  profile(personPath: string | null): PersonProfile {
    const file = personPath ? this.app.vault.getFileByPath(personPath) : null;
    const fm = file ? this.app.metadataCache.getFileCache(file)?.frontmatter : undefined;
    return profileFromFrontmatter(fm, this.defaults());
  }

  /**
   * Whether a note is a person note: one that some 1:1 note's person link resolves to,
   * or one with a `relationship` (a person not met yet).
   */
  isPersonNote(path: string): boolean {
    return this.index.person(path) !== null;
  }

  /** Obsidian's link resolution: the path of the note a link from `sourcePath` opens. */
  private readonly resolve = (linkPath: string, sourcePath: string): string | null =>
    this.app.metadataCache.getFirstLinkpathDest(linkPath, sourcePath)?.path ?? null;

  /** A note's metadata changed: index it again. */
  private onChanged(file: TFile, cache: CachedMetadata | null): void {
    if (file.extension !== 'md') return;
    // Also moves waiting meetings to a new person note that their links meant.
    indexNote(this.index, file.path, file.basename, cache, this.resolve);
    this.notify();
    if (this.unseen.delete(file.path)) this.checkReady();
  }

  /** A note was deleted: forget it, and unresolve the meetings that linked it. */
  private onDeleted(path: string): void {
    if (this.building) this.deletedWhileBuilding.add(path);
    this.index.remove(path);
    // Meetings of a deleted person note now point at nothing.
    for (const rec of this.index.meetingsOf(path)) this.reindex(rec.path);
    this.notify();
    if (this.unseen.delete(path)) this.checkReady();
  }

  /** A note was renamed: move its entry, and let the meetings that link it follow. */
  private onRenamed(file: TFile, oldPath: string): void {
    if (this.unseen.delete(oldPath)) this.unseen.add(file.path);
    this.index.rename(oldPath, file.path);
    // A rename does not change frontmatter; refresh only when the cache has the new path.
    const cache = this.app.metadataCache.getFileCache(file);
    if (cache) this.onChanged(file, cache);
    else this.notify();
    // A renamed person note: its meetings follow (Obsidian updates their links, and
    // if the user turned that off, they resolve by name or become unresolved).
    for (const rec of this.index.meetingsOf(oldPath)) this.reindex(rec.path);
    if (basename(oldPath) !== file.basename) {
      for (const rec of this.index.meetingsOf(unresolvedKey(file.basename))) this.reindex(rec.path);
    }
  }

  /** Index one note again from the metadata cache (its person link may now resolve elsewhere). */
  private reindex(path: string): void {
    const file = this.app.vault.getFileByPath(path);
    if (file)
      this.index.set(
        path,
        recordFromMetadata(path, this.app.metadataCache.getFileCache(file), this.resolve),
      );
  }
}
