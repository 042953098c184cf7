/** The rules of the settings: what each validator accepts, what it makes of it, and what it rejects. */
import { describe, expect, it } from 'vitest';
import { BUILT_IN_TYPES, newNoteType } from '../../../src/core/settings/note-types';
import {
  cleanClosedStatuses,
  splitHeadings,
  validateAgingThreshold,
  validateCadenceDays,
  validateCareerCadence,
  validateClosedStatuses,
  validateFolder,
  validateHeading,
  validateHeadingList,
  validateNamePattern,
  validateNewTypeId,
  validateSubject,
  validateTemplatePath,
  validateTypeName,
  validOr,
} from '../../../src/core/settings/validate';
import type { Result } from '../../../src/core/shared/result';

/** The valid value, or null when the validator says what is wrong. */
const value = <T>(r: Result<T>): T | null => {
  if (!r.ok) expect(r.error).toMatch(/^[A-Z].*\.$/);
  return r.ok ? r.value : null;
};

describe('validateFolder', () => {
  it.each<[unknown, string | null]>([
    ['One-on-ones', 'One-on-ones'],
    [' Meetings ', 'Meetings'],
    ['/Work/1-1s/', 'Work/1-1s'],
    ['//Work//1-1s//', 'Work//1-1s'],
    [' / Work / ', 'Work'],
    ['/', null],
    ['/ /', null],
    ['', null],
    ['   ', null],
    [null, null],
    [42, null],
    // Outside the vault: the plugin would write where Obsidian's normalizePath leaves `..`.
    ['../out', null],
    ['Notes/../../out', null],
    ['C:\\out', null],
    ['..', null],
    ['..Notes', '..Notes'],
  ])('%j → %j', (input, expected) => {
    expect(value(validateFolder(input))).toEqual(expected);
  });
});

describe('validateNamePattern', () => {
  it.each<[unknown, string | null]>([
    ['{{date}} {{person}}', '{{date}} {{person}}'],
    ['  {{person}} {{date:yyyy}} ', '{{person}} {{date:yyyy}}'],
    ['Accomplishments {{period}}', 'Accomplishments {{period}}'],
    ['', null],
    [' \t', null],
    [undefined, null],
    [['{{date}}'], null],
  ])('%j → %j', (input, expected) => {
    expect(value(validateNamePattern(input))).toEqual(expected);
  });
});

describe('the closed statuses', () => {
  it.each<[unknown, string | null]>([
    ['xX->', 'xX->'],
    ['x, X, -', 'xX-'],
    [' x\tX\n', 'xX'],
    [',, ,', ''],
    ['', ''],
    ['✓', '✓'],
    [null, null],
    [['x'], null],
  ])('validateClosedStatuses(%j) → %j', (input, expected) => {
    expect(value(validateClosedStatuses(input))).toEqual(expected);
  });

  it('cleanClosedStatuses keeps every other character once per occurrence', () => {
    expect(cleanClosedStatuses('x x,-/')).toBe('xx-/');
  });
});

describe('headings', () => {
  it.each<[unknown, string | null]>([
    ['Agenda', 'Agenda'],
    [' Topics for next time ', 'Topics for next time'],
    ['', null],
    ['  ', null],
    [3, null],
  ])('validateHeading(%j) → %j', (input, expected) => {
    expect(value(validateHeading(input))).toEqual(expected);
  });

  it.each<[unknown, string[] | null]>([
    [['Wins'], ['Wins']],
    [
      [' Wins ', '', 'Kudos', '  '],
      ['Wins', 'Kudos'],
    ],
    [['Wins', 3, null, {}], ['Wins']],
    [[], null],
    [['', ' '], null],
    ['Wins', null],
    [null, null],
  ])('validateHeadingList(%j) → %j', (input, expected) => {
    expect(value(validateHeadingList(input))).toEqual(expected);
  });

  it.each<[string, string[] | null]>([
    ['Wins, Kudos', ['Wins', 'Kudos']],
    [' Private ,, Me only ,', ['Private', 'Me only']],
    ['Wins', ['Wins']],
    ['', null],
    [' , ,', null],
  ])('typed as %j → %j', (text, expected) => {
    expect(value(validateHeadingList(splitHeadings(text)))).toEqual(expected);
  });
});

describe('numbers', () => {
  it.each<[unknown, number | null]>([
    [1, 1],
    [14, 14],
    [3650, 3650],
    [0, null],
    [-1, null],
    [2.5, null],
    [3651, null],
    [Number.NaN, null],
    [Infinity, null],
    ['14', null],
    [null, null],
  ])('validateCadenceDays(%j) → %j', (input, expected) => {
    expect(value(validateCadenceDays(input))).toEqual(expected);
  });

  it.each<[string, number | null]>([
    ['7', 7],
    [' 21 ', 21],
    ['', null],
    ['two', null],
    ['1e1', 10],
  ])('cadence typed as %j → %j', (text, expected) => {
    expect(value(validateCadenceDays(Number(text)))).toEqual(expected);
  });

  it.each<[unknown, number | null]>([
    [2, 2],
    [3, 3],
    [99, 99],
    [1, null],
    [100, null],
    [2.5, null],
    ['3', null],
  ])('validateAgingThreshold(%j) → %j', (input, expected) => {
    expect(value(validateAgingThreshold(input))).toEqual(expected);
  });

  it.each<[unknown, [number, number] | null]>([
    ['28-42', [28, 42]],
    [' 20 - 30 ', [20, 30]],
    ['20–30', [20, 30]],
    ['20 to 30', [20, 30]],
    ['30', [30, 30]],
    ['30-20', null],
    ['0-10', null],
    ['monthly', null],
    ['', null],
    [[28, 42], null],
  ])('validateCareerCadence(%j) → %j', (input, expected) => {
    expect(value(validateCareerCadence(input))).toEqual(expected);
  });
});

describe('the recap and templates', () => {
  it.each<[unknown, string | null]>([
    ['1:1 recap: {{person}}', '1:1 recap: {{person}}'],
    [' Recap {{date}} ', 'Recap {{date}}'],
    ['', null],
    ['  ', null],
    [7, null],
  ])('validateSubject(%j) → %j', (input, expected) => {
    expect(value(validateSubject(input))).toEqual(expected);
  });

  it.each<[unknown, string | null]>([
    ['Templates/1-1.md', 'Templates/1-1.md'],
    [' Templates/Recap.md ', 'Templates/Recap.md'],
    ['', ''],
    ['  ', ''],
    [null, null],
    [3, null],
  ])('validateTemplatePath(%j) → %j', (input, expected) => {
    expect(value(validateTemplatePath(input))).toEqual(expected);
  });
});

describe('note types', () => {
  it.each<[unknown, string | null]>([
    ['Skip-level', 'Skip-level'],
    [' Mentoring ', 'Mentoring'],
    ['', null],
    [' ', null],
    [null, null],
  ])('validateTypeName(%j) → %j', (input, expected) => {
    expect(value(validateTypeName(input))).toEqual(expected);
  });

  const types = [...BUILT_IN_TYPES, newNoteType('skip-level', 'Skip-level')];
  it.each<[unknown, string | null]>([
    ['Mentoring', 'mentoring'],
    [' Team Sync 1:1 ', 'team-sync-1-1'],
    ['Café', 'cafe'],
    ['1:1', '1-1'],
    ['Skip-level', null],
    ['skip level', null],
    ['Career', null],
    ['REGULAR', null],
    ['!!!', null],
    ['', null],
    [7, null],
  ])('validateNewTypeId(%j) → %j', (input, expected) => {
    expect(value(validateNewTypeId(input, types))).toEqual(expected);
  });

  it('newNoteType has the built-in template and a 1:1’s headings', () => {
    expect(newNoteType('mentoring', 'Mentoring')).toEqual({
      id: 'mentoring',
      name: 'Mentoring',
      template: '',
      career: false,
      agendaHeading: 'Agenda',
      actionItemsHeading: 'Action items',
    });
  });
});

describe('validOr', () => {
  it('gives the value when valid, else the fallback', () => {
    expect(validOr(validateHeading(' Goals '), 'x')).toBe('Goals');
    expect(validOr(validateHeading(''), 'x')).toBe('x');
  });
});
