import { describe, expect, it } from 'vitest';
import { parseNote } from '../../../src/core/notes/markdown';
import { findSection, headingPath, sameHeading, sections } from '../../../src/core/notes/sections';
import { note } from '../../helpers/builders';

describe('sections and headings', () => {
  const text = note(
    '# Title',
    'intro',
    '## Agenda',
    '- a',
    '### Sub',
    '- b',
    '## Action items ##',
    '- [ ] c',
    '# Other',
  );

  it('spans each section to the next heading of the same or higher level', () => {
    expect(sections(parseNote(text)).map((s) => [s.heading.text, s.start, s.end])).toEqual([
      ['Title', 1, 8],
      ['Agenda', 3, 6],
      ['Sub', 5, 6],
      ['Action items', 7, 8],
      ['Other', 9, 10],
    ]);
  });

  it.each([
    ['agenda', 'Agenda'],
    ['  ACTION ITEMS ', 'Action items'],
    ['Missing', null],
  ])('findSection(%j)', (name, found) => {
    expect(findSection(parseNote(text), name)?.heading.text ?? null).toBe(found);
  });

  it('gives the heading path of an item, innermost first', () => {
    const n = parseNote(text);
    expect(headingPath(n, n.items[1]!).map((h) => h.text)).toEqual(['Sub', 'Agenda', 'Title']);
    expect(headingPath(n, n.items[2]!).map((h) => h.text)).toEqual(['Action items', 'Title']);
  });

  it.each([
    ['Private', 'private', true],
    [' Private ', 'PRIVATE', true],
    ['Private', 'Privat', false],
  ])('sameHeading(%j, %j) is %s', (a, b, same) => {
    expect(sameHeading(a, b)).toBe(same);
  });
});
