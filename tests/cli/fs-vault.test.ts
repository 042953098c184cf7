/**
 * The file-system VaultPort and the vault loader, in process: link resolution by
 * Obsidian's rules, link text, atomic create and process, trash, frontmatter problems.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  existsSync,
  lstatSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { dirname, join } from 'node:path';
import { FsVault } from '../../src/cli/fs-vault';
import { loadVault, readFrontmatter } from '../../src/cli/load-vault';
import { defaultConfig } from '../../src/cli/config';
import { InputError } from '../../src/cli/errors';
import { copyVault, removeVault } from '../helpers/cli';
import { makeTempFolder, removeTempFolder } from '../helpers/temp-folders';

let dir: string;

function write(files: Record<string, string>): FsVault {
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return FsVault.open(dir);
}

beforeEach(() => {
  dir = makeTempFolder('fsvault');
});
afterEach(() => removeTempFolder(dir));

describe('FsVault: listing and links', () => {
  it('lists files, leaving out dot-folders, .trash, .obsidian and node_modules', () => {
    const v = write({
      'a.md': '',
      'b/c.md': '',
      '.obsidian/x.md': '',
      '.trash/y.md': '',
      'node_modules/z.md': '',
      'img.png': '',
    });
    expect(v.list()).toEqual(['a.md', 'b/c.md', 'img.png']);
    expect(v.markdownFiles()).toEqual(['a.md', 'b/c.md']);
  });

  it.each([
    ['an exact path with .md', 'People/Sam.md', 'x.md', 'People/Sam.md'],
    ['an exact path without .md', 'People/Sam', 'x.md', 'People/Sam.md'],
    ['a name, without case', 'sam', 'x.md', 'People/Sam.md'],
    ['a partial path', 'Team/Alex', 'x.md', 'Old/Team/Alex.md'],
    ['a name in the source folder first', 'Alex', 'Notes/Deep/n.md', 'Notes/Deep/Alex.md'],
    ['the closest folder next', 'Alex', 'Notes/Other/n.md', 'Notes/Deep/Alex.md'],
    ['the shortest path last', 'Alex', 'x.md', 'People/Alex.md'],
    ['a heading link', 'Sam#Goals', 'x.md', 'People/Sam.md'],
    ['a relative path', '../People/Sam', 'One/n.md', 'People/Sam.md'],
    ['an attachment', 'img.png', 'x.md', 'files/img.png'],
  ])('resolves %s', (_, link, source, expected) => {
    const v = write({
      'People/Sam.md': '',
      'People/Alex.md': '',
      'Old/Team/Alex.md': '',
      'Notes/Deep/Alex.md': '',
      'files/img.png': '',
    });
    expect(v.resolveLink(link, source)).toBe(expected);
  });

  it('resolves nothing for a missing note', () => {
    expect(write({ 'a.md': '' }).resolveLink('Nobody', 'a.md')).toBeNull();
  });

  it('link text is the name when unique, else the full path, both without .md', () => {
    const v = write({ 'People/Sam.md': '', 'People/Alex.md': '', 'Old/alex.md': '' });
    expect(v.linkText('People/Sam.md', 'x.md')).toBe('Sam');
    expect(v.linkText('People/Alex.md', 'x.md')).toBe('People/Alex');
  });
});

describe('FsVault: writing', () => {
  it('creates a note with its folders, and refuses an existing path', async () => {
    const v = write({});
    await v.create('A/B/n.md', 'one\n');
    expect(readFileSync(join(dir, 'A/B/n.md'), 'utf8')).toBe('one\n');
    expect(v.resolveLink('n', 'x.md')).toBe('A/B/n.md');
    await expect(v.create('A/B/n.md', 'two\n')).rejects.toThrow('A/B/n.md already exists');
    expect(readFileSync(join(dir, 'A/B/n.md'), 'utf8')).toBe('one\n');
    expect(readdirSync(join(dir, 'A/B'))).toEqual(['n.md']);
  });

  it('refuses paths outside the vault', async () => {
    const v = write({});
    await expect(v.create('../escape.md', 'x')).rejects.toThrow('not a path inside the vault');
    expect(() => v.exists('/etc/passwd')).toThrow('not a path inside the vault');
  });

  it('process replaces the text, keeps CRLF bytes it does not touch, leaves no temp file', async () => {
    const v = write({ 'n.md': 'a\r\nb\r\n' });
    const out = await v.process('n.md', (t) => t.replace('b', 'c'));
    expect(out).toBe('a\r\nc\r\n');
    expect(readFileSync(join(dir, 'n.md'), 'utf8')).toBe('a\r\nc\r\n');
    expect(readdirSync(dir)).toEqual(['n.md']);
  });

  it('process writes through a symlinked note to its target and keeps the link', async () => {
    const v = write({ 'real/n.md': '- [ ] a\n' });
    symlinkSync(join(dir, 'real/n.md'), join(dir, 'link.md'));
    await v.process('link.md', (t) => t.replace('[ ]', '[>]'));
    expect(lstatSync(join(dir, 'link.md')).isSymbolicLink()).toBe(true);
    expect(readFileSync(join(dir, 'real/n.md'), 'utf8')).toBe('- [>] a\n');
  });

  it('process writes nothing when fn throws or changes nothing, and refuses invalid UTF-8', async () => {
    const v = write({ 'n.md': 'a\n' });
    await expect(
      v.process('n.md', () => {
        throw new Error('stop');
      }),
    ).rejects.toThrow('stop');
    expect(await v.process('n.md', (t) => t)).toBe('a\n');
    writeFileSync(join(dir, 'bad.md'), Buffer.from([0x61, 0xff, 0x0a]));
    await expect(v.process('bad.md', (t) => t + 'x')).rejects.toThrow('not valid UTF-8');
    expect(readFileSync(join(dir, 'bad.md'))).toEqual(Buffer.from([0x61, 0xff, 0x0a]));
  });

  it('trash moves notes into .trash, numbering clashes', async () => {
    const v = write({ 'a/n.md': '1', 'b/n.md': '2' });
    await v.trash('a/n.md');
    await v.trash('b/n.md');
    expect(readFileSync(join(dir, '.trash/n.md'), 'utf8')).toBe('1');
    expect(readFileSync(join(dir, '.trash/n 1.md'), 'utf8')).toBe('2');
    expect(existsSync(join(dir, 'a/n.md'))).toBe(false);
    expect(v.list()).toEqual([]);
  });

  it('opening a missing folder is an InputError naming it', () => {
    expect(() => FsVault.open(join(dir, 'nope'), 'nope')).toThrow(
      new InputError('the vault folder nope does not exist'),
    );
  });
});

describe('frontmatter and the index', () => {
  it.each([
    ['no frontmatter', '# Title\n', { ok: true, value: null }],
    [
      'dates stay strings',
      '---\ndate: 2026-11-10\ncadence: 14\n---\n',
      { ok: true, value: { date: '2026-11-10', cadence: 14 } },
    ],
    [
      'CRLF and a BOM',
      '\uFEFF---\r\ntype: one-on-one\r\n---\r\n',
      { ok: true, value: { type: 'one-on-one' } },
    ],
    ['an unclosed block is not frontmatter', '---\na: 1\n', { ok: true, value: null }],
    [
      'a list is a problem',
      '---\n- a\n---\n',
      { ok: false, error: 'the frontmatter is not a list of properties (key: value)' },
    ],
  ])('%s', (_, text, expected) => {
    expect(readFrontmatter(text)).toEqual(expected);
  });

  it('broken YAML is a problem naming the line', () => {
    const r = readFrontmatter('---\ntype: one-on-one\nperson: "[[A]]\n---\n');
    expect(r.ok).toBe(false);
    expect(!r.ok && r.error).toMatch(/^the frontmatter is not valid YAML \(line \d\): /);
  });

  it('indexes the example vault: five people, the broken note as a problem, other notes ignored', async () => {
    const vault = copyVault();
    try {
      writeFileSync(join(vault, 'Daily', 'bad yaml.md'), '---\ntype: [one-on-one\n---\n');
      const loaded = await loadVault(FsVault.open(vault), defaultConfig());
      expect(
        loaded.index
          .people()
          .map((p) => p.name)
          .sort(),
      ).toEqual(['Dana Okafor', 'Jo: Ops/Infra', 'Marcus Chen', 'Priya Shah', 'Sam Lee']);
      expect(loaded.index.problems().map((p) => p.path)).toEqual([
        'Daily/bad yaml.md',
        'One-on-ones/Broken/2026-10-01 Untitled.md',
      ]);
      expect(loaded.index.size).toBe(44);
      expect(loaded.profiles.get('People/Sam Lee.md')).toMatchObject({
        relationship: 'report',
        cadenceDays: 7,
        careerCadence: [42, 56],
      });
      expect(loaded.profiles.get('People/Jo - Ops-Infra.md')).toMatchObject({
        cadenceDays: 14,
        careerCadence: [28, 42],
      });
    } finally {
      removeVault(vault);
    }
  });
});
