/**
 * What the create-next-note flow needs from a vault. The Obsidian adapter implements
 * it over Vault and FileManager; the command line over a folder on disk. Both run the
 * same flow, so the command and the CLI do exactly the same thing.
 */
export interface VaultPort {
  exists(path: string): boolean;
  read(path: string): Promise<string>;
  /** Create a note, creating its folders. Fails if the path exists. */
  create(path: string, text: string): Promise<void>;
  /** Atomically replace a note's text with `fn(current)`; `fn` may throw to abort. */
  process(path: string, fn: (text: string) => string): Promise<string>;
  /** Move a note to the trash (the system's or the vault's, as the user chose). */
  trash(path: string): Promise<void>;
  /** Delete a note for good: only for a note the current run created and nobody edited. */
  delete(path: string): Promise<void>;
  /** Remove a folder if it is empty (a folder the current run created); else do nothing. */
  removeEmptyFolder(path: string): Promise<void>;
  /**
   * A new note's path as the vault already spells it: each part that names an existing
   * folder or file without regard to case or Unicode form (one file on macOS and
   * Windows) takes that spelling, the rest is normalised as Obsidian does. Without it,
   * paths are used as built.
   */
  canonical?(path: string): string;
  /** The vault path a link path resolves to from a note, or null. */
  resolveLink(linkPath: string, sourcePath: string): string | null;
  /** The shortest link text that resolves to `targetPath` from `sourcePath`. */
  linkText(targetPath: string, sourcePath: string): string;
  /**
   * Create a note from a Templater template, if Templater is available: resolves to
   * true once Templater has finished writing it, false when Templater is not there.
   */
  createWithTemplater?(templatePath: string, path: string): Promise<boolean>;
}
