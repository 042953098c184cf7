/**
 * The 1:1 base (`1-1s.base`): approved as a file, and read back as YAML to check the
 * parts Bases relies on (the global filter, the three views, the person view's `this`).
 */
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import {
  oneOnOnesBase,
  oneOnOnesBasePath,
  withThisPersonEmbed,
} from '../../../src/core/bases/one-on-ones-base';
import { newPersonNote } from '../../../src/core/people/resolve-person';

interface View {
  type: string;
  name: string;
  filters?: { and: string[] };
  order: string[];
  sort: Array<{ property: string; direction: string }>;
}

describe('the 1:1 base', () => {
  it('is the approved file', async () => {
    await expect(oneOnOnesBase()).toMatchFileSnapshot('__snapshots__/one-on-ones-base/1-1s.base');
  });

  it('is YAML with every 1:1 note, the person view and the upcoming meetings', () => {
    const base = parse(oneOnOnesBase()) as { filters: { and: string[] }; views: View[] };
    expect(base.filters.and).toEqual(['list(type).contains("one-on-one")']);
    expect(base.views.map((v) => [v.type, v.name])).toEqual([
      ['table', 'All 1:1s'],
      ['table', 'With this person'],
      ['table', 'Upcoming'],
    ]);
    const [all, person, upcoming] = base.views;
    expect(all!.filters).toBeUndefined();
    expect(all!.order).toEqual(['file.name', 'date', 'person', 'kind', 'status']);
    expect(person!.filters!.and).toEqual(['list(person).contains(this)']);
    expect(upcoming!.filters!.and).toContain('date >= today()');
    expect(upcoming!.sort).toEqual([{ property: 'date', direction: 'ASC' }]);
  });

  it.each([
    ['One-on-ones', 'One-on-ones/1-1s.base'],
    ['Work/1on1', 'Work/1on1/1-1s.base'],
    ['', '1-1s.base'],
  ])('goes into the folder for new notes (%j)', (folder, path) => {
    expect(oneOnOnesBasePath(folder)).toBe(path);
  });

  it('is embedded in a new person note in a section of its own, outside the topic queue', () => {
    const embed = withThisPersonEmbed('One-on-ones/1-1s.base');
    expect(embed).toBe('![[One-on-ones/1-1s.base#With this person]]');
    const note = newPersonNote('Ana Lima', embed);
    expect(note).toContain(`---\n## 1:1s\n\n${embed}\n\n## Goals\n`);
    expect(note.indexOf(embed)).toBeLessThan(note.indexOf('## Topics for next time'));
    expect(newPersonNote('Ana Lima', null)).not.toContain('1:1s');
    // A name kept as an alias still gets both.
    const bracketed = newPersonNote('Sam Lee [Platform]', embed);
    expect(bracketed).toMatch(/^---\naliases:\n {2}- "Sam Lee \[Platform\]"\n/);
    expect(bracketed).toContain(embed);
  });
});
