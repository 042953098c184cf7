import { describe, expect, it } from 'vitest';
import {
  freePath,
  joinPath,
  meetingNotePath,
  personNotePath,
  safeFileName,
} from '../../../src/core/shared/paths';

describe('safeFileName', () => {
  it.each([
    ['Jo: Ops/Infra', 'Jo - Ops-Infra'],
    ['a\\b', 'a-b'],
    ['a/b', 'a-b'],
    ['a:b', 'a-b'],
    ['a*b', 'a-b'],
    ['a?b', 'a-b'],
    ['a"b', 'a-b'],
    ['a<b>', 'a-b-'],
    ['a|b', 'a-b'],
    ['a#b', 'a-b'],
    ['a^b', 'a-b'],
    ['[a]', '-a-'],
    ['Re: plan : now', 'Re - plan - now'],
    ['tab\there', 'tab-here'],
    ['new\nline', 'new-line'],
    ['bell\u0007', 'bell-'],
    ['  many   spaces  ', 'many spaces'],
    ['.hidden', 'hidden'],
    ['...dots', 'dots'],
    ['. spaced', 'spaced'],
    ['trailing.', 'trailing'],
    ['trailing. . ', 'trailing'],
    ['a.b', 'a.b'],
    ['Zoë Ångström', 'Zoë Ångström'],
    ['', 'Untitled'],
    ['...', 'Untitled'],
    ['   ', 'Untitled'],
  ])('%j becomes %j', (name, safe) => {
    expect(safeFileName(name)).toBe(safe);
  });

  it.each([
    ['CON', 'CON-'],
    ['con', 'con-'],
    ['prn', 'prn-'],
    ['AUX', 'AUX-'],
    ['nul', 'nul-'],
    ['COM1', 'COM1-'],
    ['lpt9', 'lpt9-'],
    ['con.', 'con-'],
    ['nul.txt', 'nul-.txt'],
    ['Connie', 'Connie'],
    ['console', 'console'],
    ['com', 'com'],
    ['a con', 'a con'],
  ])('reserved Windows name %j becomes %j', (name, safe) => {
    expect(safeFileName(name)).toBe(safe);
  });

  it('gives names with no unsafe character, no leading dot and no trailing dot or space', () => {
    const names = ['Jo: Ops/Infra', ' .x. ', 'a?*<>|"', '[[Link]]#^', 'lpt1', '/\\'];
    for (const name of names) {
      const safe = safeFileName(name);
      expect(safe).not.toMatch(/[\\/:*?"<>|#^[\]]/);
      expect(safe).not.toMatch(/^[.\s]|[.\s]$/);
      expect(safeFileName(safe)).toBe(safe);
    }
  });
});

describe('joinPath and personNotePath', () => {
  it.each([
    [['One-on-ones', 'Jo', 'a.md'], 'One-on-ones/Jo/a.md'],
    [['/One-on-ones/', '', 'a.md'], 'One-on-ones/a.md'],
    [['a//b', './c', ' d '], 'a/b/c/d'],
    [['', 'a.md'], 'a.md'],
  ])('joinPath(%j) is %j', (parts, path) => {
    expect(joinPath(...parts)).toBe(path);
  });

  it('puts a person note in a folder of its own', () => {
    expect(personNotePath('People', 'Jo: Ops/Infra')).toBe(
      'People/Jo - Ops-Infra/Jo - Ops-Infra.md',
    );
  });
});

describe('meetingNotePath', () => {
  const base = {
    folder: 'One-on-ones',
    fileNamePattern: '{{date}} {{person}}',
    personName: 'Priya Shah',
    date: '2026-11-24',
    typeName: '1:1',
  };

  it.each([
    [{}, 'One-on-ones/Priya Shah/2026-11-24 Priya Shah.md'],
    [{ personName: 'Jo: Ops/Infra' }, 'One-on-ones/Jo - Ops-Infra/2026-11-24 Jo - Ops-Infra.md'],
    [{ folder: '' }, 'Priya Shah/2026-11-24 Priya Shah.md'],
    [{ folder: 'Work/1-1s/' }, 'Work/1-1s/Priya Shah/2026-11-24 Priya Shah.md'],
    [
      { fileNamePattern: '{{date:yyyy-MM-dd EEE}} {{ person }}' },
      'One-on-ones/Priya Shah/2026-11-24 Tue Priya Shah.md',
    ],
    [
      { fileNamePattern: '{{date}} {{type}} {{person}}' },
      'One-on-ones/Priya Shah/2026-11-24 1-1 Priya Shah.md',
    ],
    [
      { fileNamePattern: '{{date}} {{type}}', typeName: 'Career conversation' },
      'One-on-ones/Priya Shah/2026-11-24 Career conversation.md',
    ],
    [{ fileNamePattern: '{{date:dd.MM.yyyy}}' }, 'One-on-ones/Priya Shah/24.11.2026.md'],
  ])('meetingNotePath(%j) is %j', (over, path) => {
    expect(meetingNotePath({ ...base, ...over })).toBe(path);
  });
});

describe('freePath', () => {
  const path = 'One-on-ones/Jo/2026-11-24 Jo.md';

  it.each([
    [[], path],
    [[path], 'One-on-ones/Jo/2026-11-24 Jo (1-1).md'],
    [[path, 'One-on-ones/Jo/2026-11-24 Jo (1-1).md'], 'One-on-ones/Jo/2026-11-24 Jo 2.md'],
    [
      [path, 'One-on-ones/Jo/2026-11-24 Jo (1-1).md', 'One-on-ones/Jo/2026-11-24 Jo 2.md'],
      'One-on-ones/Jo/2026-11-24 Jo 3.md',
    ],
    [[path, 'One-on-ones/Jo/2026-11-24 Jo 2.md'], 'One-on-ones/Jo/2026-11-24 Jo (1-1).md'],
  ])('with %j taken gives %j', (taken, free) => {
    const seen: string[] = [];
    const result = freePath(path, '1:1', (p) => {
      seen.push(p);
      return taken.includes(p);
    });
    expect(result).toBe(free);
    expect(seen[seen.length - 1]).toBe(free);
  });

  it('tries the candidates in order', () => {
    const seen: string[] = [];
    freePath('a.md', 'Career conversation', (p) => {
      seen.push(p);
      return seen.length < 5;
    });
    expect(seen).toEqual(['a.md', 'a (Career conversation).md', 'a 2.md', 'a 3.md', 'a 4.md']);
  });
});
