/**
 * readTemplate: a template path that points outside the vault, or that the vault cannot
 * even look at, is a warning and the built-in template is used, never a crash.
 */
import { describe, expect, it } from 'vitest';
import { readTemplate } from '../../../src/core/next-note/read-template';
import { builtInTemplate, BUILT_IN_TYPES } from '../../../src/core/settings/note-types';
import type { VaultPort } from '../../../src/core/shared/vault-port';

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
