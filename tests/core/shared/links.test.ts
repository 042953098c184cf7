import { describe, expect, it } from 'vitest';
import { parseLink, wikilink } from '../../../src/core/shared/links';

describe('parseLink', () => {
  it.each([
    ['[[Alex Rivera]]', 'Alex Rivera', null],
    ['[[Jo - Ops-Infra|Jo: Ops/Infra]]', 'Jo - Ops-Infra', 'Jo: Ops/Infra'],
    ['[[People/Jo - Ops-Infra|Jo: Ops/Infra]]', 'People/Jo - Ops-Infra', 'Jo: Ops/Infra'],
    ['  [[ Alex ]]  ', 'Alex', null],
    ['![[Alex]]', 'Alex', null],
    ['[[Alex#Goals]]', 'Alex', null],
    ['[[Alex#Goals|Goals]]', 'Alex', 'Goals'],
    ['[[Alex^block-1|b]]', 'Alex', 'b'],
    ['[[People/Alex.md]]', 'People/Alex', null],
    ['[[Alex.MD]]', 'Alex', null],
    ['[[Alex|]]', 'Alex', null],
    ['[Alex](People/Alex%20Rivera.md)', 'People/Alex Rivera', 'Alex'],
    ['[](People/Alex.md#Goals)', 'People/Alex', null],
    ['[Hundred](100%.md)', '100%', 'Hundred'],
    ['Alex Rivera', 'Alex Rivera', null],
    ['People/Alex.md', 'People/Alex', null],
    // What earlier versions wrote for a name with brackets: read as the link it meant.
    ['[[Sam Lee -Platform-|Sam Lee [Platform]]]', 'Sam Lee -Platform-', 'Sam Lee [Platform]'],
    ['[[Sam -Lee|Sam [Lee]]', 'Sam -Lee', 'Sam [Lee'],
    ['[[C- team|C# team]]', 'C- team', 'C# team'],
  ])('%j links to %j (alias %j)', (value, path, alias) => {
    expect(parseLink(value)).toEqual({ path, alias });
  });

  it.each([
    [''],
    ['   '],
    ['[[]]'],
    ['[[|alias]]'],
    ['[[#Heading]]'],
    ['[x](#heading)'],
    [42],
    [null],
    [undefined],
    [['[[Alex]]']],
    [{ path: 'x' }],
  ])('%j is no link', (value) => {
    expect(parseLink(value)).toBeNull();
  });
});

describe('wikilink', () => {
  it.each([
    ['Alex Rivera', undefined, '[[Alex Rivera]]'],
    ['Alex Rivera', 'Alex Rivera', '[[Alex Rivera]]'],
    ['People/Alex Rivera', 'Alex Rivera', '[[People/Alex Rivera]]'],
    ['Jo - Ops-Infra', 'Jo: Ops/Infra', '[[Jo - Ops-Infra|Jo: Ops/Infra]]'],
    ['People/Jo - Ops-Infra', 'Jo: Ops/Infra', '[[People/Jo - Ops-Infra|Jo: Ops/Infra]]'],
    ['Alex', '', '[[Alex]]'],
    // A name that cannot be an alias: the link alone, which still reads back as the note.
    ['Sam Lee -Platform-', 'Sam Lee [Platform]', '[[Sam Lee -Platform-]]'],
    ['Ana - Ops', 'Ana | Ops', '[[Ana - Ops]]'],
    ['Sam -Lee', 'Sam ]Lee', '[[Sam -Lee]]'],
    ['Line', 'Line\nbreak', '[[Line]]'],
    // `#` and `^` after the `|` are part of the alias.
    ['C- team', 'C# team', '[[C- team|C# team]]'],
    ['Jo -2', 'Jo ^2', '[[Jo -2|Jo ^2]]'],
  ])('wikilink(%j, %j) is %j', (path, display, link) => {
    expect(wikilink(path, display)).toBe(link);
    const parsed = parseLink(link);
    expect(parsed?.path).toBe(path);
  });
});
