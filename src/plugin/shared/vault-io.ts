/**
 * The VaultPort over Obsidian: reads with cachedRead, writes with vault.process
 * (atomic), creates folders and notes, trashes through the file manager. Paths are
 * looked up as the vault spells them (`canonical`): on macOS and Windows a name in
 * another case or Unicode form is the same file, and `create` would fail on it.
 */
import { normalizePath, TFile, TFolder, type App, type TAbstractFile } from 'obsidian';
import type { VaultPort } from '../../core/shared/vault-port';
import { normalizeVaultPath } from '../../core/shared/vault-path';
import { templaterApi } from './integrations';

export class ObsidianVaultPort implements VaultPort {
  constructor(private readonly app: App) {}

  private file(path: string): TFile {
    const { vault } = this.app;
    const file =
      vault.getFileByPath(normalizePath(path)) ?? vault.getFileByPath(this.canonical(path));
    if (!file) throw new Error(`${path} does not exist`);
    return file;
  }

  exists(path: string): boolean {
    return this.app.vault.getAbstractFileByPath(this.canonical(path)) !== null;
  }

  canonical(path: string): string {
    const normal = normalizeVaultPath(normalizePath(path));
    if (normal === '/') return normal;
    const parts = normal.split('/');
    let folder: TFolder | null = this.app.vault.getRoot();
    const out: string[] = [];
    for (const part of parts) {
      const key = part.toLowerCase();
      const match: TAbstractFile | null =
        folder?.children.find((c) => c.name.normalize('NFC').toLowerCase() === key) ?? null;
      out.push(match ? match.name : part);
      folder = match instanceof TFolder ? match : null;
    }
    return out.join('/');
  }

  read(path: string): Promise<string> {
    return this.app.vault.cachedRead(this.file(path));
  }

  async create(path: string, text: string): Promise<void> {
    const target = this.canonical(path);
    if (this.exists(target)) throw new Error(`${target} already exists`);
    await this.ensureFolder(target.slice(0, Math.max(0, target.lastIndexOf('/'))));
    await this.app.vault.create(target, text);
  }

  process(path: string, fn: (text: string) => string): Promise<string> {
    return this.app.vault.process(this.file(path), fn);
  }

  trash(path: string): Promise<void> {
    return this.app.fileManager.trashFile(this.file(path));
  }

  /** Delete a note this run created and nobody edited (a rollback leaves no copy in the trash). */
  delete(path: string): Promise<void> {
    return this.app.vault.delete(this.file(path));
  }

  async removeEmptyFolder(path: string): Promise<void> {
    const folder = this.app.vault.getFolderByPath(normalizePath(path));
    if (folder && !folder.isRoot() && folder.children.length === 0)
      await this.app.vault.delete(folder);
  }

  resolveLink(linkPath: string, sourcePath: string): string | null {
    return this.app.metadataCache.getFirstLinkpathDest(linkPath, sourcePath)?.path ?? null;
  }

  linkText(targetPath: string, sourcePath: string): string {
    const file = this.app.vault.getFileByPath(normalizePath(targetPath));
    return file
      ? this.app.metadataCache.fileToLinktext(file, sourcePath, true)
      : targetPath.replace(/\.md$/i, '');
  }

  async createWithTemplater(templatePath: string, path: string): Promise<boolean> {
    const api = templaterApi(this.app);
    if (!api) return false;
    const target = this.canonical(path);
    if (this.exists(target)) throw new Error(`${target} already exists`);
    const folder = target.slice(0, Math.max(0, target.lastIndexOf('/')));
    await this.ensureFolder(folder);
    const name = target.slice(target.lastIndexOf('/') + 1).replace(/\.md$/i, '');
    const file = await api.create_new_note_from_template(
      this.file(templatePath),
      folder || '/',
      name,
      false,
    );
    if (!file) throw new Error(`Templater did not create ${target}`);
    if (file.path !== target) {
      // The template moved or renamed its note: trash it rather than leave a stray copy.
      await this.app.fileManager.trashFile(file);
      throw new Error(
        `Templater wrote ${file.path} instead of ${target} (the template moves its note); that note went to the trash`,
      );
    }
    return true;
  }

  private async ensureFolder(folder: string): Promise<void> {
    if (!folder) return;
    let current = '';
    for (const part of folder.split('/')) {
      current = current ? `${current}/${part}` : part;
      const existing = this.app.vault.getAbstractFileByPath(this.canonical(current));
      if (existing instanceof TFile) throw new Error(`${current} is a file, not a folder`);
      if (!existing) await this.app.vault.createFolder(current);
    }
  }
}
