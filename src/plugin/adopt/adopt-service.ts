/**
 * Adopting existing 1:1 notes in Obsidian: the search's input from the metadata cache
 * (no file reads), the vault's property types and template folders from its config
 * folder, the writes through `vault.process` with the core's verified change, and the
 * journal of the last batch kept for one undo.
 */
import { normalizePath, TFolder, type App } from 'obsidian';
import { adoptNotes, type AdoptOutcome } from '../../core/adopt/adopt-notes';
import type { AdoptScan, FoundNote, PropertyTypes } from '../../core/adopt/adopt-types';
import { findAdoptable } from '../../core/adopt/find-adoptable';
import { aliasesOf, PersonMatcher, type PersonNoteRef } from '../../core/people/match-person';
import type { Journal } from '../../core/next-note/journal';
import type { TouchpointsSettings } from '../../core/settings/settings';
import { vaultPath } from '../../core/shared/vault-path';
import type { MeetingIndexComponent } from '../meetings/meeting-index-component';
import { personNoteEmbed } from '../bases/bases-plugin';
import { ObsidianVaultPort } from '../shared/vault-io';
import { saveOpenNotes, undoAfterSaving } from '../shared/undo';
import { notice } from '../shared/notice';

export interface AdoptDeps {
  app: App;
  meetings: MeetingIndexComponent;
  settings: () => TouchpointsSettings;
}

/** What a preview works with: the scan and what the vault says about its properties. */
export interface AdoptPreview {
  scan: AdoptScan;
  matcher: PersonMatcher;
  types: PropertyTypes;
}

/** Finds notes to adopt, adopts the chosen ones, and undoes the last batch. */
export class AdoptService {
  private readonly port: ObsidianVaultPort;
  private lastJournal: Journal | null = null;
  private busy = false;

  constructor(private readonly deps: AdoptDeps) {
    this.port = new ObsidianVaultPort(deps.app);
  }

  /** A JSON object from the config folder, or null when missing or unreadable. */
  private async config(name: string): Promise<Record<string, unknown> | null> {
    const { vault } = this.deps.app;
    try {
      const value = JSON.parse(
        await vault.adapter.read(normalizePath(`${vault.configDir}/${name}`)),
      ) as unknown;
      return typeof value === 'object' && value !== null && !Array.isArray(value)
        ? (value as Record<string, unknown>)
        : null;
    } catch {
      return null;
    }
  }

  /** The vault's property types (`types.json`). */
  async propertyTypes(): Promise<PropertyTypes> {
    const types = (await this.config('types.json'))?.types;
    if (typeof types !== 'object' || types === null) return {};
    return Object.fromEntries(
      Object.entries(types as Record<string, unknown>).filter(
        (e): e is [string, string] => typeof e[1] === 'string',
      ),
    );
  }

  /** The folders of the Templates core plugin and of Templater. */
  async templateFolders(): Promise<string[]> {
    const folders = [
      (await this.config('templates.json'))?.folder,
      (await this.config('plugins/templater-obsidian/data.json'))?.templates_folder,
    ];
    return folders
      .map((f) => (typeof f === 'string' ? vaultPath(f) : null))
      .filter((f): f is string => f !== null);
  }

  /** Every folder of the vault, for the "Look in" choice. */
  folders(): string[] {
    return this.deps.app.vault
      .getAllLoadedFiles()
      .filter((f): f is TFolder => f instanceof TFolder && !f.isRoot())
      .map((f) => f.path)
      .sort((a, b) => a.localeCompare(b));
  }

  /** The person notes: notes with a `relationship`, and those the 1:1 notes link. */
  private people(): PersonNoteRef[] {
    const { metadataCache, vault } = this.deps.app;
    const paths = new Set<string>();
    for (const file of vault.getMarkdownFiles())
      if (metadataCache.getFileCache(file)?.frontmatter?.relationship !== undefined)
        paths.add(file.path);
    for (const p of this.deps.meetings.index.people()) if (p.personPath) paths.add(p.personPath);
    return [...paths].map((path) => {
      const file = vault.getFileByPath(path);
      const fm = file ? metadataCache.getFileCache(file)?.frontmatter : undefined;
      return { path, aliases: aliasesOf(fm) };
    });
  }

  /** Find what can be adopted in `folder` ('' for the whole vault), from the cache alone. */
  async preview(folder: string): Promise<AdoptPreview> {
    const { metadataCache, vault } = this.deps.app;
    const settings = this.deps.settings();
    const types = await this.propertyTypes();
    const people = this.people();
    const scan = findAdoptable({
      notes: vault.getMarkdownFiles().map((file) => ({
        path: file.path,
        frontmatter: metadataCache.getFileCache(file)?.frontmatter ?? null,
      })),
      people,
      skipFolders: await this.templateFolders(),
      folder,
      personFolder: settings.folder,
      typeIds: settings.noteTypes.map((t) => t.id),
      propertyTypes: types,
      resolveLink: (link, source) => metadataCache.getFirstLinkpathDest(link, source)?.path ?? null,
    });
    return { scan, matcher: new PersonMatcher(people), types };
  }

  /** The 1:1 base's person view for new person notes, or none (never a reason to fail). */
  private personNoteEmbed(): string | null {
    try {
      return personNoteEmbed(this.deps.app, this.deps.settings().folder);
    } catch {
      return null;
    }
  }

  /** Whether there is a batch to undo. */
  canUndo(): boolean {
    return this.lastJournal !== null;
  }

  /** Adopt the chosen notes; Notices say what was done and what was left. */
  async adopt(notes: readonly FoundNote[], types: PropertyTypes): Promise<AdoptOutcome | null> {
    if (this.busy) {
      notice('Touchpoints is still adopting notes; try again in a moment.');
      return null;
    }
    this.busy = true;
    try {
      await saveOpenNotes(this.deps.app);
      const embed = this.personNoteEmbed();
      const out = await adoptNotes(this.port, notes, types, embed);
      if (out.journal.entries.length) this.lastJournal = out.journal;
      for (const f of out.failed)
        notice(`Touchpoints: ${f.path} was not adopted: ${f.reason}.`, 10000);
      const people = out.createdPeople.length
        ? ` and created ${out.createdPeople.length} person note(s)`
        : '';
      notice(
        `Adopted ${out.adopted.length} 1:1 note(s)${people}. Run "Undo adopting 1:1 notes" to revert.`,
      );
      return out;
    } finally {
      this.busy = false;
    }
  }

  /** Undo the last batch, if none of its notes was edited since. */
  async undo(): Promise<boolean> {
    const journal = this.lastJournal;
    if (this.busy || !journal) {
      notice(this.busy ? 'Touchpoints is still adopting notes.' : 'Nothing to undo.');
      return false;
    }
    this.busy = true;
    try {
      const restored = await undoAfterSaving(this.deps.app, this.port, journal);
      if (!restored) return false;
      this.lastJournal = null;
      notice(`Undone: ${restored.length} note(s) as they were before adopting.`);
      return true;
    } finally {
      this.busy = false;
    }
  }
}
