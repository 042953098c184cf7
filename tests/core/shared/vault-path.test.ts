import { describe, expect, it } from 'vitest';
import {
  basename,
  dirname,
  fileName,
  normalizeVaultPath,
  vaultPath,
} from '../../../src/core/shared/vault-path';

describe('basename, dirname, fileName', () => {
  it.each([
    ['People/Jo - Ops-Infra.md', 'Jo - Ops-Infra', 'People'],
    ['a/b/c.md', 'c', 'a/b'],
    ['Alex.md', 'Alex', ''],
    ['Alex', 'Alex', ''],
    ['a/b.c/d.MD', 'd', 'a/b.c'],
  ])('%j: basename %j, dirname %j', (path, base, dir) => {
    expect(basename(path)).toBe(base);
    expect(dirname(path)).toBe(dir);
  });

  it.each([
    ['People/Jo - Ops-Infra.md', 'Jo - Ops-Infra.md'],
    ['a/b.c/d.MD', 'd.MD'],
    ['Alex', 'Alex'],
    ['.trash/x.pdf', 'x.pdf'],
  ])('%j: fileName %j', (path, name) => {
    expect(fileName(path)).toBe(name);
  });
});

describe('vaultPath: a setting as a path inside the vault, as normalizePath reads it', () => {
  it.each([
    ['Templates/1on1.md', 'Templates/1on1.md'],
    ['/Templates//1on1.md/', 'Templates/1on1.md'],
    ['./Templates/./1on1.md', 'Templates/1on1.md'],
    ['One-on-ones', 'One-on-ones'],
    ['..x/y..md', '..x/y..md'],
    ['../x.md', null],
    ['Templates/../../x.md', null],
    ['..', null],
    ['C:\\Users\\me\\x.md', null],
    ['C:/Users/me/x.md', null],
    ['Templates\\x.md', null],
    ['a\u0000b', null],
    ['', null],
    ['/', null],
  ])('%j gives %j', (path, expected) => {
    expect(vaultPath(path)).toBe(expected);
  });
});

describe("normalizeVaultPath: a built path as Obsidian's normalizePath makes it", () => {
  it.each([
    ['One-on-ones/Ann/x.md', 'One-on-ones/Ann/x.md'],
    ['/One-on-ones//Ann\\x.md/', 'One-on-ones/Ann/x.md'],
    ['', '/'],
    ['///', '/'],
    ['Jo\u00A0Ops/a\u202Fb.md', 'Jo Ops/a b.md'],
  ])('%j gives %j', (path, want) => {
    expect(normalizeVaultPath(path)).toBe(want);
  });

  it('gives one spelling for a name typed composed or decomposed', () => {
    const nfc = 'Réunions/José Núñez.md';
    expect(normalizeVaultPath(nfc.normalize('NFD'))).toBe(nfc);
  });
});
