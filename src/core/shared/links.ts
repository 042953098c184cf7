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

/** A wikilink to a note, with the display name as alias when it differs from the file name. */
export function wikilink(linkPath: string, display?: string): string {
  return display && display !== basename(linkPath)
    ? `[[${linkPath}|${display}]]`
    : `[[${linkPath}]]`;
}
