/**
 * Keeps the core MeetingIndex current from Obsidian's metadata cache: built once on
 * layout ready (no file reads), then updated one note at a time on `changed`,
 * `deleted` and vault `rename`. Listeners hear about changes after a short debounce.
 */
import { Component, TFile, debounce, type App, type CachedMetadata } from 'obsidian';
import { MeetingIndex, recordFromFrontmatter, unresolvedKey } from '../core/index';
import { basename } from '../core/links';
import { profileFromFrontmatter, type PersonDefaults, type PersonProfile } from '../core/people';
import { taskStatusesFromListItems } from '../core/task-statuses';

export class MeetingIndexComponent extends Component {
  readonly index = new MeetingIndex();
  private ready = false;
  private readonly listeners = new Set<() => void>();
  private readonly notify = debounce(() => this.listeners.forEach((l) => l()), 100, true);

  constructor(
    private readonly app: App,
    private readonly defaults: () => PersonDefaults,
  ) {
    super();
  }

  override onload(): void {
    this.app.workspace.onLayoutReady(() => {
      this.rebuild();
      const { metadataCache, vault } = this.app;
      this.registerEvent(metadataCache.on('changed', (file, _data, cache) => this.update(file, cache)));
      this.registerEvent(metadataCache.on('deleted', (file) => this.removed(file.path)));
      // Notes changed while Obsidian was closed (by Sync or the command line) may still
      // be indexing at layout ready: rebuild once when the cache says it is complete.
      // Later "resolved" events are covered by "changed".
      let resolvedOnce = false;
      this.registerEvent(
        metadataCache.on('resolved', () => {
          if (resolvedOnce) return;
          resolvedOnce = true;
          this.rebuild();
        }),
      );
      this.registerEvent(vault.on('delete', (file) => this.removed(file.path)));
      this.registerEvent(
        vault.on('rename', (file, oldPath) => {
          if (file instanceof TFile) this.renamed(file, oldPath);
        }),
      );
    });
  }

  /** True once the index has been built. */
  isReady(): boolean {
    return this.ready;
  }

  /** Call `listener` (debounced) whenever the index changes; returns the unsubscribe. */
  onChange(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Build the index from scratch from the metadata cache. */
  rebuild(): void {
    for (const file of this.app.vault.getMarkdownFiles()) this.update(file, this.app.metadataCache.getFileCache(file));
    this.ready = true;
    this.notify();
  }

  /** The profile of a person note from its frontmatter (no file read). */
  profile(personPath: string | null): PersonProfile {
    const file = personPath ? this.app.vault.getFileByPath(personPath) : null;
    const fm = file ? this.app.metadataCache.getFileCache(file)?.frontmatter : undefined;
    return profileFromFrontmatter(fm, this.defaults());
  }

  /** Whether a note is a person note: one that some 1:1 note's person link resolves to. */
  isPersonNote(path: string): boolean {
    return this.index.meetingsOf(path).length > 0;
  }

  private resolve = (linkPath: string, sourcePath: string): string | null =>
    this.app.metadataCache.getFirstLinkpathDest(linkPath, sourcePath)?.path ?? null;

  private update(file: TFile, cache: CachedMetadata | null): void {
    if (file.extension !== 'md') return;
    this.index.set(file.path, this.record(file.path, cache));
    // A new note may be the person note that unresolved links were waiting for.
    const waiting = this.index.meetingsOf(unresolvedKey(file.basename));
    if (waiting.length && this.resolve(waiting[0]!.personLink, waiting[0]!.path) === file.path) {
      this.index.resolvePerson(unresolvedKey(file.basename), file.path);
    }
    this.notify();
  }

  private removed(path: string): void {
    this.index.remove(path);
    // Meetings of a deleted person note now point at nothing.
    for (const rec of this.index.meetingsOf(path)) this.reindex(rec.path);
    this.notify();
  }

  private renamed(file: TFile, oldPath: string): void {
    this.index.rename(oldPath, file.path);
    // A rename does not change frontmatter; refresh only when the cache has the new path.
    const cache = this.app.metadataCache.getFileCache(file);
    if (cache) this.update(file, cache);
    else this.notify();
    // A renamed person note: its meetings follow (Obsidian updates their links, and
    // if the user turned that off, they resolve by name or become unresolved).
    for (const rec of this.index.meetingsOf(oldPath)) this.reindex(rec.path);
    if (basename(oldPath) !== file.basename) {
      for (const rec of this.index.meetingsOf(unresolvedKey(file.basename))) this.reindex(rec.path);
    }
  }

  private reindex(path: string): void {
    const file = this.app.vault.getFileByPath(path);
    if (file) this.index.set(path, this.record(path, this.app.metadataCache.getFileCache(file)));
  }

  /** A note's record from its cached metadata: frontmatter and the statuses of its tasks. */
  private record(path: string, cache: CachedMetadata | null | undefined): ReturnType<typeof recordFromFrontmatter> {
    return recordFromFrontmatter(path, cache?.frontmatter, this.resolve, { tasks: taskStatusesFromListItems(cache?.listItems) });
  }
}
