/**
 * Vault paths (`One-on-ones/Sam Lee/2026-11-05 Sam Lee.md`, always with `/`) taken
 * apart: the folder, the file name, the note name. Used by core, the plugin and the
 * command line alike; `node:path` is only for real file-system paths.
 */

/** The last part of a path, without folders and without `.md` (a note's name). */
export function basename(path: string): string {
  const start = path.lastIndexOf('/') + 1;
  return path.slice(start, path.length - start >= 3 && /\.md$/i.test(path) ? -3 : undefined);
}

/** The last part of a path with its extension (`a/b/c.md` gives `c.md`). */
export function fileName(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1);
}

/** The folder part of a path (`a/b/c.md` gives `a/b`), empty at the root. */
export function dirname(path: string): string {
  const i = path.lastIndexOf('/');
  return i < 0 ? '' : path.slice(0, i);
}

/**
 * A path from the settings (a template, a folder) as a vault path, read as Obsidian's
 * `normalizePath` reads it (slashes at either end and `.` parts dropped, `//` as one),
 * or null when it is empty or cannot be inside the vault: a `..` part, a backslash, a
 * drive letter (`C:`) or a NUL character.
 */
export function vaultPath(path: string): string | null {
  if (/[\\\0]/.test(path) || /^[a-zA-Z]:/.test(path.trim())) return null;
  const parts = path
    .trim()
    .split('/')
    .filter((p) => p !== '' && p !== '.');
  if (parts.length === 0 || parts.includes('..')) return null;
  return parts.join('/');
}

/**
 * A path as Obsidian's `normalizePath` makes it: runs of `/` or `\` as one `/`, none at
 * either end (the root is `/`), no-break spaces as spaces, Unicode in its composed
 * form (NFC: `é` typed as `e` and an accent is one character). The vault stores paths
 * so; a path built otherwise would not find the note it created.
 */
export function normalizeVaultPath(path: string): string {
  const clean = path.replace(/[\\/]+/g, '/').replace(/^\/+|\/+$/g, '');
  return (clean === '' ? '/' : clean).replace(/[\u00A0\u202F]/g, ' ').normalize('NFC');
}
