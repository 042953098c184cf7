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
