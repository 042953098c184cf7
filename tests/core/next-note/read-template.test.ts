/**
 * readTemplate: a template path that points outside the vault, or that the vault cannot
 * even look at, is a warning and the built-in template is used, never a crash; a
 * byte-order mark before a template's frontmatter is dropped.
 */
import { describe, expect, it } from 'vitest';
import { readTemplate } from '../../../src/core/next-note/read-template';
import { builtInTemplate, BUILT_IN_TYPES } from '../../../src/core/settings/note-types';
import type { VaultPort } from '../../../src/core/shared/vault-port';
import { createNextNote } from '../../../src/core/next-note/create-next-note';
import { DEFAULT_SETTINGS } from '../../../src/core/settings/settings';
import { MemoryVault } from '../../helpers/memory-vault';

const REGULAR = BUILT_IN_TYPES[0]!;

/** A port like the command line's: paths that leave the vault throw. */
const port: Pick<VaultPort, 'exists' | 'read'> = {
  exists(path) {
    if (path.startsWith('/') || path.split('/').includes('..') || path.includes('\\'))
      throw new Error(`${path} is not a path inside the vault`);
    return path === 'Templates/1on1.md';
  },
  async read() {
    return '# mine\n';
  },
};

describe('readTemplate with a path outside the vault', () => {
  it.each(['../x.md', 'Templates/../../x', 'C:\\Templates\\x.md'])(
    '%j: the built-in template and a warning naming it',
    async (template) => {
      const t = await readTemplate(port, { ...REGULAR, template });
      expect(t).toMatchObject({ text: builtInTemplate(REGULAR), path: null });
      expect(t.warning).toContain('is outside the vault; used the built-in 1:1 template');
      expect(t.warning).toContain(template.replace(/(\.md)?$/, '.md'));
    },
  );

  it('a leading slash means the vault root, as in Obsidian', async () => {
    const t = await readTemplate(port, { ...REGULAR, template: '/Templates/1on1' });
    expect(t).toEqual({ text: '# mine\n', path: 'Templates/1on1.md', warning: null });
  });

  it('a vault that cannot look at the path: a warning, not a crash', async () => {
    const failing = {
      ...port,
      exists: () => {
        throw new Error('EACCES');
      },
    };
    const t = await readTemplate(failing, { ...REGULAR, template: 'Templates/1on1.md' });
    expect(t.path).toBeNull();
    expect(t.warning).toContain('Templates/1on1.md could not be read (EACCES)');
  });
});

describe('a template with a byte-order mark', () => {
  it('is read without it, so its frontmatter stays frontmatter in the new note', async () => {
    const bom = { ...port, read: async () => '\uFEFF---\ntags: [one-on-one]\n---\n## Agenda\n' };
    const t = await readTemplate(bom, { ...REGULAR, template: 'Templates/1on1.md' });
    expect(t.text).toBe('---\ntags: [one-on-one]\n---\n## Agenda\n');
  });
});

describe('createNextNote with a template that starts with a byte-order mark', () => {
  it("writes one frontmatter block holding the template's properties and ours", async () => {
    const v = new MemoryVault({
      'Templates/1on1.md': '\uFEFF---\ntags: [one-on-one]\n---\n## Agenda\n',
    });
    const config = {
      ...DEFAULT_SETTINGS,
      noteTypes: DEFAULT_SETTINGS.noteTypes.map((t) =>
        t.id === 'regular' ? { ...t, template: 'Templates/1on1.md' } : t,
      ),
    };
    const r = await createNextNote(
      { port: v, index: v.index(), config },
      { person: { name: 'Ann' }, typeId: 'regular', date: '2026-11-22' },
    );
    expect(r.ok).toBe(true);
    const text = v.files.get('One-on-ones/Ann/2026-11-22 Ann.md')!;
    expect(text.startsWith('---\ntype: one-on-one\n')).toBe(true);
    expect(text.match(/^---$/gm)).toHaveLength(2);
    expect(text).toContain('\ntags: [one-on-one]\n---\n');
    expect(text).not.toContain('\uFEFF');
  });
});
