/**
 * Wikilinks: read from frontmatter values (`"[[Alex Rivera]]"`,
 * `"[[People/Jo - Ops-Infra|Jo: Ops/Infra]]"`) or plain names, and written to a note.
 */
import { basename } from './vault-path';

export interface ParsedLink {
  /** The link path without heading or block part (`People/Alex Rivera`). */
  path: string;
  /** The alias after `|`, or null. */
  alias: string | null;
}

/** Parse a wikilink, a Markdown link or a plain name. Returns null for an empty value. */
export function parseLink(value: unknown): ParsedLink | null {
  if (typeof value !== 'string') return null;
  const s = value.trim();
  if (!s) return null;
  // The common `[[Name]]`, without a regular expression (the index reads every 1:1 note's person).
  if (s.startsWith('[[') && s.endsWith(']]')) {
    const inner = s.slice(2, -2);
    if (!/[[\]|#^]/.test(inner)) {
      const path = inner.trim();
      return path ? { path: stripMd(path), alias: null } : null;
    }
  }
  const wiki = /^!?\[\[([^\]|#^]*)(?:[#^][^\]|]*)?(?:\|([^\]]*))?\]\]$/.exec(s);
  if (wiki) {
    const path = wiki[1]!.trim();
    if (!path) return null;
    const alias = wiki[2]?.trim() || null;
    return { path: stripMd(path), alias };
  }
  // What earlier versions wrote for a name with a `]` (`[[Sam Lee -Platform-|Sam Lee
  // [Platform]]]`): the path before the first `|`, the alias up to the final `]]`.
  const older = /^\[\[([^[\]|#^]+)\|(.*)\]\]$/s.exec(s);
  if (older?.[1]!.trim())
    return { path: stripMd(older[1]!.trim()), alias: older[2]!.trim() || null };
  const md = /^\[([^\]]*)\]\(([^)]+)\)$/.exec(s);
  if (md) {
    const path = decodeUri(md[2]!.trim()).replace(/#.*$/, '');
    return path ? { path: stripMd(path), alias: md[1]!.trim() || null } : null;
  }
  return { path: stripMd(s), alias: null };
}

/** Percent-decode a Markdown link target; a malformed one (`100%.md`) stays as written. */
function decodeUri(target: string): string {
  try {
    return decodeURIComponent(target);
  } catch {
    return target;
  }
}

function stripMd(path: string): string {
  return path.replace(/\.md$/i, '');
}

/**
 * True when a display name can be a wikilink's alias as written: Obsidian ends a link
 * at the first `]]` and splits it at the first `|`, and a `[` or `]` in an alias reads
 * differently in different Markdown readers, so a name with any of them, or with a
 * line break, cannot be one (`#` and `^` can: they only matter before the `|`).
 */
export function canBeLinkAlias(display: string): boolean {
  // eslint-disable-next-line no-control-regex -- a line break or control character ends a link
  return !/[[\]|\u0000-\u001f\u2028\u2029]/.test(display);
}

/** True when a name typed by the user can be looked up as a link path (no `# ^ [ ] |`). */
export function canBeLinkPath(name: string): boolean {
  return !/[[\]|#^]/.test(name);
}

/**
 * A wikilink to a note, with the display name as alias when it differs from the file
 * name and can be an alias (else the link alone: it still reads back as the note).
 */
export function wikilink(linkPath: string, display?: string): string {
  return display && display !== basename(linkPath) && canBeLinkAlias(display)
    ? `[[${linkPath}|${display}]]`
    : `[[${linkPath}]]`;
}
