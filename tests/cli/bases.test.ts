/**
 * End to end: a person note that `touchpoints next` creates embeds the 1:1 base's
 * person view exactly when the plugin's would: the vault has the core Bases plugin
 * enabled (`core-plugins.json`, as an object or, in older versions, a list) and the
 * base exists in the folder for new notes.
 */
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { oneOnOnesBase } from '../../src/core/bases/one-on-ones-base';
import { buildCli, cli, copyVault, note, removeVault } from '../helpers/cli';

const EMBED = '![[One-on-ones/1-1s.base#With this person]]';
const ANA = 'One-on-ones/Ana Lima/Ana Lima.md';

let vault: string;
beforeAll(() => buildCli());
beforeEach(() => {
  vault = copyVault();
});
afterEach(() => removeVault(vault));

function setUp(corePlugins: unknown, withBase: boolean): void {
  if (corePlugins !== undefined) {
    mkdirSync(join(vault, '.obsidian'), { recursive: true });
    writeFileSync(join(vault, '.obsidian', 'core-plugins.json'), JSON.stringify(corePlugins));
  }
  if (withBase) writeFileSync(join(vault, 'One-on-ones', '1-1s.base'), oneOnOnesBase());
}

describe('next: the person note and the 1:1 base', () => {
  it.each([
    ['Bases on (object form) and the base there', { bases: true, canvas: true }, true, true],
    ['Bases on (list form) and the base there', ['file-explorer', 'bases'], true, true],
    ['Bases off', { bases: false }, true, false],
    ['no core-plugins.json', undefined, true, false],
    ['no base yet', { bases: true }, false, false],
    ['an unreadable core-plugins.json', '{not json', true, false],
  ])('%s', (_what, corePlugins, withBase, embeds) => {
    if (corePlugins === '{not json') {
      mkdirSync(join(vault, '.obsidian'), { recursive: true });
      writeFileSync(join(vault, '.obsidian', 'core-plugins.json'), '{not json');
      setUp(undefined, withBase);
    } else setUp(corePlugins, withBase);
    const run = cli(['next', 'Ana Lima', '--vault', vault, '--today', '2026-11-22']);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(note(vault, ANA).includes(EMBED)).toBe(embeds);
  });
});
