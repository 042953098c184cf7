/**
 * The template of a new note: the note type's template note when it names one and it
 * can be read, otherwise the built-in template with a warning that says why.
 */
import { errorMessage } from '../shared/errors';
import { builtInTemplate, type NoteType } from '../settings/note-types';
import type { VaultPort } from '../shared/vault-port';
import { vaultPath } from '../shared/vault-path';

/** A template as read: its text, the note it came from, and what went wrong if anything. */
export interface NoteTemplate {
  text: string;
  /** The template note's path, or null when the built-in template is used. */
  path: string | null;
  /** Why the built-in template was used instead of the one set, or null. */
  warning: string | null;
}

/**
 * Read a note type's template; the built-in one, with a warning, when it is missing,
 * unreadable or outside the vault (`../x.md`). A leading `/` means the vault's root;
 * a byte-order mark before the text is dropped.
 */
export async function readTemplate(
  port: Pick<VaultPort, 'exists' | 'read'>,
  type: NoteType,
): Promise<NoteTemplate> {
  const raw = type.template.trim();
  if (!raw) return { text: builtInTemplate(type), path: null, warning: null };
  const written = /\.md$/i.test(raw) ? raw : `${raw}.md`;
  const fallback = `used the built-in ${type.name} template`;
  const path = vaultPath(written);
  if (path === null) {
    return {
      text: builtInTemplate(type),
      path: null,
      warning: `Template ${written} is outside the vault; ${fallback}`,
    };
  }
  try {
    if (!port.exists(path)) {
      return {
        text: builtInTemplate(type),
        path: null,
        warning: `Template ${path} not found; ${fallback}`,
      };
    }
    const text = await port.read(path);
    // A byte-order mark (some Windows editors write one) would hide the frontmatter.
    return { text: text.charCodeAt(0) === 0xfeff ? text.slice(1) : text, path, warning: null };
  } catch (error) {
    return {
      text: builtInTemplate(type),
      path: null,
      warning: `Template ${path} could not be read (${errorMessage(error)}); ${fallback}`,
    };
  }
}
