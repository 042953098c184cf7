/**
 * A VaultPort over a folder on disk, for the command line. Paths are vault paths
 * (`One-on-ones/Sam Lee/2026-11-05 Sam Lee.md`); links resolve the way Obsidian
 * resolves them; every write goes to a temporary file in the same folder first and
 * is then moved into place, so a note is never seen half written.
 */
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  realpathSync,
  renameSync,
  rmdirSync,
  rmSync,
  statSync,
} from 'node:fs';
import { join, resolve } from 'node:path';
import { dirname, fileName } from '../core/shared/vault-path';
import type { VaultPort } from '../core/shared/vault-port';
import { moveNoClobber, TEMP_FILE, writable, writeTemp } from './atomic-fs';
import { InputError } from './errors';

/** Folders that are never part of the vault (besides every folder whose name starts with a dot). */
const IGNORED_FOLDERS = new Set(['node_modules']);

/** The vault's trash folder, as Obsidian's "Move to Obsidian trash" uses it. */
export const TRASH_FOLDER = '.trash';

/** Closeness of two vault folders: the number of leading folder names they share. */
function sharedFolders(a: string, b: string): number {
  const pa = a ? a.split('/') : [];
  const pb = b ? b.split('/') : [];
  let n = 0;
  while (n < pa.length && n < pb.length && pa[n] === pb[n]) n++;
  return n;
}

/** A vault on disk. Open it with `FsVault.open`. */
export class FsVault implements VaultPort {
  private readonly files = new Set<string>();
  /** Temporary files that interrupted writes left behind, found by the scan. */
  private readonly leftovers: string[] = [];
  /**
   * Called at each point of a write: `temp` once the temporary file is written, `done`
   * once it is in place. For crash tests (the command line's TOUCHPOINTS_TEST_CRASH_AT).
   */
  onWritePoint: ((point: 'temp' | 'done') => void) | null = null;
  /** Files by lower-case name (with extension), built on demand. */
  private byName: Map<string, string[]> | null = null;

  private constructor(
    /** Absolute path of the vault folder. */
    readonly root: string,
  ) {}

  /**
   * Open the vault at `dir` and list its files. A missing folder is an InputError that
   * names it as `label` (what the user typed).
   */
  static open(dir: string, label: string = dir): FsVault {
    const root = resolve(dir);
    let isFolder = false;
    try {
      isFolder = statSync(root).isDirectory();
    } catch {
      isFolder = false;
    }
    if (!isFolder) {
      throw new InputError(
        existsSync(root)
          ? `the vault ${label} is not a folder`
          : `the vault folder ${label} does not exist`,
      );
    }
    const vault = new FsVault(root);
    vault.scan('');
    return vault;
  }

  /** Every file of the vault (dot-folders and node_modules left out), sorted. */
  list(): string[] {
    return [...this.files].sort();
  }

  /** Every Markdown note of the vault, sorted. */
  markdownFiles(): string[] {
    return this.list().filter((p) => /\.md$/i.test(p));
  }

  /** The absolute path of a vault path. Paths that leave the vault are refused. */
  absolute(path: string): string {
    const parts = path.split('/').filter((p) => p !== '' && p !== '.');
    if (
      /^([a-zA-Z]:)?[\\/]/.test(path) ||
      parts.some((p) => p === '..' || p.includes('\\') || p.includes('\0'))
    ) {
      throw new Error(`${path} is not a path inside the vault`);
    }
    return join(this.root, ...parts);
  }

  exists(path: string): boolean {
    return existsSync(this.absolute(path));
  }

  async read(path: string): Promise<string> {
    return readFileSync(this.absolute(path), 'utf8');
  }

  async create(path: string, text: string): Promise<void> {
    const abs = this.absolute(path);
    if (existsSync(abs)) throw new Error(`${path} already exists`);
    mkdirSync(this.absolute(dirname(path)), { recursive: true });
    const tmp = writeTemp(abs, text);
    try {
      this.onWritePoint?.('temp');
      if (!moveNoClobber(tmp, abs)) throw new Error(`${path} already exists`);
    } finally {
      rmSync(tmp, { force: true });
    }
    this.added(path);
    this.onWritePoint?.('done');
  }

  /** Remove the temporary files that interrupted writes left (call it holding the vault lock). */
  removeLeftoverTemps(): string[] {
    for (const path of this.leftovers) rmSync(this.absolute(path), { force: true });
    return this.leftovers.splice(0);
  }

  /**
   * Replace a note's text with `fn(text)`. Nothing is written when the text stays the
   * same or `fn` throws. If the note changes on disk while `fn` runs, `fn` runs again
   * on the new text. A note that is not valid UTF-8 is refused rather than mangled.
   */
  async process(path: string, fn: (text: string) => string): Promise<string> {
    // Write through a symlinked note to its target, so the link stays a link.
    const abs = realpathSync(this.absolute(path));
    for (let attempt = 0; attempt < 5; attempt++) {
      const bytes = readFileSync(abs);
      const before = bytes.toString('utf8');
      if (!Buffer.from(before, 'utf8').equals(bytes)) {
        throw new Error(`${path} is not valid UTF-8 text; it was left as it is`);
      }
      const after = fn(before);
      if (after === before) return after;
      // A rename would replace a note the user cannot write (and root can write anything).
      if (!writable(abs)) throw new Error(`${path} is read-only; it was left as it is`);
      const tmp = writeTemp(abs, after, statSync(abs).mode);
      try {
        this.onWritePoint?.('temp');
        if (!readFileSync(abs).equals(bytes)) continue;
        renameSync(tmp, abs);
      } finally {
        rmSync(tmp, { force: true });
      }
      this.onWritePoint?.('done');
      return after;
    }
    throw new Error(`${path} kept changing while it was being saved`);
  }

  /** Move a note into the vault's `.trash` folder, keeping its name (`name 1.md` on a clash). */
  async trash(path: string): Promise<void> {
    const abs = this.absolute(path);
    const trash = join(this.root, TRASH_FOLDER);
    mkdirSync(trash, { recursive: true });
    const name = fileName(path);
    const dot = name.lastIndexOf('.');
    const [stem, ext] = dot > 0 ? [name.slice(0, dot), name.slice(dot)] : [name, ''];
    for (let n = 0; ; n++) {
      if (moveNoClobber(abs, join(trash, n ? `${stem} ${n}${ext}` : name))) break;
    }
    this.files.delete(path);
    this.byName = null;
  }

  /** Delete a note for good (a note this run created; see VaultPort.delete). */
  async delete(path: string): Promise<void> {
    rmSync(this.absolute(path));
    this.files.delete(path);
    this.byName = null;
  }

  /** Remove a folder of the vault if it is empty. */
  async removeEmptyFolder(path: string): Promise<void> {
    const abs = this.absolute(path);
    if (abs === this.root || readdirSync(abs).length) return;
    rmdirSync(abs);
  }

  /**
   * Resolve a link path the way Obsidian does: an exact vault path (with or without
   * `.md`) first; else the notes whose path ends with the link path, without case,
   * preferring the note's own folder, then the closest folder, then the shortest path.
   */
  resolveLink(linkPath: string, sourcePath: string): string | null {
    let link = linkPath.replace(/[#^].*$/, '').trim();
    if (!link) return this.files.has(sourcePath) ? sourcePath : null;
    if (link.startsWith('./') || link.startsWith('../'))
      link = this.relative(link, dirname(sourcePath));
    link = link.replace(/^\/+/, '');
    for (const candidate of [link, `${link}.md`]) if (this.files.has(candidate)) return candidate;
    const lower = link.toLowerCase();
    const wanted = [`${lower}.md`, lower];
    const matches = wanted.flatMap((w) =>
      (this.names().get(fileName(w)) ?? []).filter((f) => {
        const lf = f.toLowerCase();
        return lf === w || lf.endsWith(`/${w}`);
      }),
    );
    if (!matches.length) return null;
    const from = dirname(sourcePath);
    const rank = (p: string): [number, number, number] => [
      dirname(p) === from ? 0 : 1,
      -sharedFolders(dirname(p), from),
      p.length,
    ];
    return matches.sort((a, b) => {
      const [ra, rb] = [rank(a), rank(b)];
      return ra[0] - rb[0] || ra[1] - rb[1] || ra[2] - rb[2] || (a < b ? -1 : a > b ? 1 : 0);
    })[0]!;
  }

  /**
   * The note's name without `.md` when no other file has that name, else its full path
   * without `.md` (Obsidian's "shortest path when possible"; the same from any note).
   */
  linkText(targetPath: string, _sourcePath?: string): string {
    const same = this.names().get(fileName(targetPath).toLowerCase()) ?? [];
    const text = same.length <= 1 ? fileName(targetPath) : targetPath;
    return text.replace(/\.md$/i, '');
  }

  private relative(link: string, folder: string): string {
    const out = folder ? folder.split('/') : [];
    for (const part of link.split('/')) {
      if (part === '..') out.pop();
      else if (part !== '.' && part !== '') out.push(part);
    }
    return out.join('/');
  }

  private names(): Map<string, string[]> {
    if (!this.byName) {
      this.byName = new Map();
      for (const f of this.files) {
        const key = fileName(f).toLowerCase();
        const list = this.byName.get(key);
        if (list) list.push(f);
        else this.byName.set(key, [f]);
      }
    }
    return this.byName;
  }

  private added(path: string): void {
    this.files.add(path);
    this.byName = null;
  }

  private scan(folder: string): void {
    const abs = folder ? join(this.root, ...folder.split('/')) : this.root;
    for (const entry of readdirSync(abs, { withFileTypes: true })) {
      const path = folder ? `${folder}/${entry.name}` : entry.name;
      if (entry.isFile() && TEMP_FILE.test(entry.name)) this.leftovers.push(path);
      if (entry.name.startsWith('.')) continue;
      if (entry.isDirectory()) {
        if (!IGNORED_FOLDERS.has(entry.name)) this.scan(path);
      } else if (entry.isFile() || (entry.isSymbolicLink() && this.isFile(path))) {
        this.files.add(path);
      }
    }
  }

  private isFile(path: string): boolean {
    try {
      return statSync(this.absolute(path)).isFile();
    } catch {
      return false;
    }
  }
}
