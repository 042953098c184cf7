/**
 * The harness's realistic mode: obsidian-test-mocks taught the real app's manners
 * (TOOLCHAIN.md, "Where the mocks lie"). Metadata is parsed after each create, modify
 * and process, in a batch on a later timer: `'changed'` per note, then `'resolved'`.
 * Notes can be missing from the cache at layout ready and arrive when the test says.
 * A folder rename fires `'rename'` for the folder and for every file inside, moves
 * their cache entries and fires no `'changed'`. `create` and `createFolder` throw on
 * a path that exists compared without case (macOS, Windows), and `create` in a
 * missing folder. Link resolution ignores case.
 */
import { TFile, TFolder, type App, type TAbstractFile } from 'obsidian-test-mocks/obsidian';

/** What the harness drives in realistic mode. */
export interface RealisticApp {
  /** Index the notes that were missing at layout ready now: `'changed'` each, then `'resolved'`. */
  arrive(): Promise<void>;
  /** Wait until no parse is queued (every write's `'changed'` and `'resolved'` fired). */
  idle(): Promise<void>;
}

/** How long the "parser" takes after a write before its batch is indexed, in ms. */
const PARSE_DELAY_MS = 2;

const wait = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

/**
 * Make `app` behave like the app. Call after the vault is filled and before the plugin
 * loads; `late` are paths whose metadata is not in the cache yet.
 */
export function makeRealistic(app: App, late: readonly string[] = []): RealisticApp {
  const { vault, metadataCache } = app;
  const cache = metadataCache as unknown as {
    cache__: Map<string, unknown>;
    parseFileMetadata(file: unknown): void;
  };
  const parse = cache.parseFileMetadata.bind(cache);
  for (const path of late) {
    if (!cache.cache__.delete(path)) throw new Error(`No note ${path} to hold back`);
  }
  const waiting = [...late];

  // Metadata after a write: queued, parsed in one batch a little later, then 'resolved'.
  const queue = new Set<TAbstractFile>();
  let timer: ReturnType<typeof setTimeout> | null = null;
  const flush = (): void => {
    timer = null;
    const batch = [...queue];
    queue.clear();
    for (const file of batch) if (!(file instanceof TFile) || !file.deleted__) parse(file);
    // The app says 'resolved' when its whole queue is done: not while notes are held back.
    if (waiting.length === 0) metadataCache.trigger('resolved');
  };
  cache.parseFileMetadata = (file: unknown): void => {
    if (!(file instanceof TFile) || file.extension !== 'md') return;
    queue.add(file);
    timer ??= setTimeout(flush, PARSE_DELAY_MS);
  };

  // create/createFolder: the path (compared without case) must be free, its folder there.
  const insensitive = (path: string): TAbstractFile | null =>
    vault.getAbstractFileByPathInsensitive__(path);
  const parentOf = (path: string): string =>
    path.includes('/') ? path.slice(0, path.lastIndexOf('/')) : '/';
  const create = vault.create.bind(vault);
  vault.create = async (path, data, options) => {
    if (insensitive(path)) throw new Error('File already exists.');
    if (!(vault.getAbstractFileByPath(parentOf(path)) instanceof TFolder))
      throw new Error(`ENOENT: no such file or directory, open '${path}'`);
    return create(path, data, options);
  };
  const createFolder = vault.createFolder.bind(vault);
  vault.createFolder = async (path) => {
    if (insensitive(path)) throw new Error('Folder already exists.');
    return createFolder(path);
  };

  // A folder rename: one 'rename' per file and folder inside (with its old path), the
  // cache entries moved along, and no 'changed'.
  const rename = vault.rename.bind(vault);
  vault.rename = async (file, newPath) => {
    const oldPath = file.path;
    const inside: Array<{ item: TAbstractFile; old: string }> = [];
    const walk = (folder: TFolder): void => {
      for (const child of folder.children) {
        inside.push({ item: child, old: child.path });
        if (child instanceof TFolder) walk(child);
      }
    };
    if (file instanceof TFolder) walk(file);
    const trigger = vault.trigger.bind(vault);
    vault.trigger = (name: string, ...data: unknown[]) => {
      if (name !== 'rename') trigger(name, ...data);
    };
    try {
      await rename(file, newPath);
    } finally {
      vault.trigger = trigger;
    }
    const moved = [{ item: file, old: oldPath }, ...inside];
    for (const { item, old } of moved) {
      const entry = cache.cache__.get(old);
      if (entry === undefined) continue;
      cache.cache__.delete(old);
      cache.cache__.set(item.path, entry);
    }
    for (const { item, old } of moved) vault.trigger('rename', item, old);
  };

  // Link resolution ignores case, as the app does.
  const linkDest = metadataCache.getFirstLinkpathDest.bind(metadataCache);
  metadataCache.getFirstLinkpathDest = (linkpath, sourcePath) => {
    const exact = linkDest(linkpath, sourcePath);
    if (exact) return exact;
    const want = linkpath.toLowerCase();
    const files = vault.getFiles();
    return (
      files.find((f) => f.path.toLowerCase() === want || f.path.toLowerCase() === `${want}.md`) ??
      files.find((f) => f.basename.toLowerCase() === want || f.name.toLowerCase() === want) ??
      null
    );
  };

  const idle = async (): Promise<void> => {
    for (let i = 0; i < 50 && (timer !== null || queue.size > 0); i++) {
      await wait(PARSE_DELAY_MS + 1);
    }
  };
  return {
    idle,
    arrive: async () => {
      for (const path of waiting.splice(0)) {
        const file = vault.getFileByPath(path);
        if (file) parse(file);
      }
      metadataCache.trigger('resolved');
      await idle();
    },
  };
}
