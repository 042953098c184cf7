/** An in-memory VaultPort for flow tests: counts reads, can interfere with writes and can "crash". */
import { MeetingIndex } from '../../src/core/meetings/meeting-index';
import { recordFromFrontmatter } from '../../src/core/meetings/meeting-record';
import { profileFromFrontmatter, type Relationship } from '../../src/core/people/person-profile';
import { basename, dirname } from '../../src/core/shared/vault-path';
import type { VaultPort } from '../../src/core/shared/vault-port';
import { parse } from 'yaml';

/** Thrown by every write after a MemoryVault "crashed": the process is gone, nothing lands. */
export class Crashed extends Error {
  override name = 'Crashed';
}

export class MemoryVault implements VaultPort {
  readonly files = new Map<string, string>();
  /** Folders that exist (every parent of a file counts too). */
  readonly folders = new Set<string>();
  readonly reads: string[] = [];
  readonly trashed: string[] = [];
  readonly deleted: string[] = [];
  /** Called inside process() before fn: lets a test change the file "meanwhile". */
  meanwhile: ((path: string, text: string) => string) | null = null;
  /** Paths whose process() throws. */
  failProcess = new Set<string>();
  failCreate = new Set<string>();
  /** Set by a test to play Templater. */
  createWithTemplater?: (templatePath: string, path: string) => Promise<boolean>;
  /**
   * Stop the world after this many writes: every later write (rollback included)
   * throws Crashed and changes nothing, as if the process had been killed there.
   */
  crashAfterWrites: number | null = null;
  /** Writes that landed (creates, changing processes, trashes, deletes). */
  writes = 0;

  constructor(files: Record<string, string>) {
    for (const [p, t] of Object.entries(files)) this.files.set(p, t);
  }

  private write(): void {
    if (this.crashAfterWrites !== null && this.writes >= this.crashAfterWrites)
      throw new Crashed('the process was killed');
  }

  private hasFolder(path: string): boolean {
    if (this.folders.has(path)) return true;
    return [...this.files.keys()].some((p) => p.startsWith(`${path}/`));
  }

  exists(path: string): boolean {
    return this.files.has(path) || this.hasFolder(path);
  }
  async read(path: string): Promise<string> {
    this.reads.push(path);
    const t = this.files.get(path);
    if (t === undefined) throw new Error(`${path} does not exist`);
    return t;
  }
  async create(path: string, text: string): Promise<void> {
    this.write();
    if (this.failCreate.has(path)) throw new Error('disk full');
    if (this.files.has(path)) throw new Error(`${path} already exists`);
    for (let f = dirname(path); f; f = dirname(f)) this.folders.add(f);
    this.files.set(path, text);
    this.writes++;
  }
  async process(path: string, fn: (text: string) => string): Promise<string> {
    if (this.failProcess.has(path)) throw new Error('permission denied');
    let t = this.files.get(path);
    if (t === undefined) throw new Error(`${path} does not exist`);
    if (this.meanwhile) t = this.meanwhile(path, t);
    const out = fn(t);
    if (out !== t) {
      this.write();
      this.files.set(path, out);
      this.writes++;
    }
    return out;
  }
  async trash(path: string): Promise<void> {
    this.write();
    this.files.delete(path);
    this.trashed.push(path);
    this.writes++;
  }
  async delete(path: string): Promise<void> {
    this.write();
    this.files.delete(path);
    this.deleted.push(path);
    this.writes++;
  }
  async removeEmptyFolder(path: string): Promise<void> {
    if (this.hasFolder(path) && ![...this.files.keys()].some((p) => p.startsWith(`${path}/`)))
      this.folders.delete(path);
  }
  resolveLink(linkPath: string, _sourcePath?: string): string | null {
    if (this.files.has(`${linkPath}.md`)) return `${linkPath}.md`;
    if (this.files.has(linkPath)) return linkPath;
    const name = basename(linkPath).toLowerCase();
    return [...this.files.keys()].find((p) => basename(p).toLowerCase() === name) ?? null;
  }
  linkText(targetPath: string): string {
    return basename(targetPath);
  }

  /** An index built from the frontmatter of every file. */
  index(): MeetingIndex {
    const idx = new MeetingIndex();
    for (const [p, t] of this.files) {
      const m = /^---\n([\s\S]*?)\n---/.exec(t);
      const fm = m ? (parse(m[1]!) as Record<string, unknown>) : null;
      idx.set(
        p,
        recordFromFrontmatter(p, fm, (l, s) => this.resolveLink(l, s)),
      );
    }
    return idx;
  }

  /** The `relationship` property of a note's frontmatter, as the profile reads it. */
  relationship(path: string | null): Relationship | null {
    const t = path === null ? undefined : this.files.get(path);
    const m = t === undefined ? null : /^---\n([\s\S]*?)\n---/.exec(t);
    const fm = m ? (parse(m[1]!) as Record<string, unknown>) : null;
    return profileFromFrontmatter(fm, { cadenceDays: 14, careerCadence: [28, 42] }).relationship;
  }

  snapshot(): Record<string, string> {
    return Object.fromEntries([...this.files].sort(([a], [b]) => a.localeCompare(b)));
  }
}
