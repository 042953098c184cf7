/**
 * Matching names as folders and file names write them to person notes: case, spaces,
 * hyphens and underscores aside, by file name or `aliases`; two matches are both given.
 */
import { describe, expect, it } from 'vitest';
import { aliasesOf, PersonMatcher, personMatchKey } from '../../../src/core/people/match-person';

describe('PersonMatcher', () => {
  const matcher = new PersonMatcher([
    { path: 'People/Alex Rivera.md', aliases: ['AR'] },
    { path: 'People/José Núñez.md', aliases: [] },
    { path: 'Team/Sam Lee.md', aliases: [] },
    { path: 'Old/Sam-Lee.md', aliases: [] },
  ]);

  it.each<[string, string[]]>([
    ['alex-rivera', ['People/Alex Rivera.md']],
    ['ALEX_RIVERA', ['People/Alex Rivera.md']],
    [' alex  rivera ', ['People/Alex Rivera.md']],
    ['ar', ['People/Alex Rivera.md']],
    ['jose\u0301 nu\u0301n\u0303ez'.normalize('NFD'), ['People/José Núñez.md']],
    ['sam lee', ['Team/Sam Lee.md', 'Old/Sam-Lee.md']],
    ['Alex', []],
    ['', []],
  ])('%s', (name, paths) => {
    expect(matcher.match(name)).toEqual(paths);
  });

  it('knows its notes, and reads aliases as Obsidian writes them', () => {
    expect(matcher.has('Team/Sam Lee.md')).toBe(true);
    expect(matcher.has('Team/Alex.md')).toBe(false);
    expect(personMatchKey('Jo-Ann_Smith')).toBe('joannsmith');
    expect(aliasesOf({ aliases: ['A', '', 3, 'B'] })).toEqual(['A', 'B']);
    expect(aliasesOf({ aliases: 'A' })).toEqual(['A']);
    expect(aliasesOf(null)).toEqual([]);
  });
});
