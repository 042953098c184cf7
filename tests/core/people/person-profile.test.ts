import { describe, expect, it } from 'vitest';
import { parseCareerCadence } from '../../../src/core/settings/validate';
import {
  profileFromFrontmatter,
  type PersonDefaults,
} from '../../../src/core/people/person-profile';

const DEFAULTS: PersonDefaults = { cadenceDays: 14, careerCadence: [42, 56] };

describe('parseCareerCadence', () => {
  it.each([
    ['28-42', [28, 42]],
    [' 28 - 42 ', [28, 42]],
    ['28–42', [28, 42]],
    ['28—42', [28, 42]],
    ['28 to 42', [28, 42]],
    ['28..42', [28, 42]],
    ['30', [30, 30]],
    [30, [30, 30]],
    ['30-30', [30, 30]],
    ['42-28', null],
    ['0-10', null],
    ['0', null],
    [0, null],
    [-5, null],
    [7.5, null],
    ['7.5', null],
    ['28-', null],
    ['about a month', null],
    [null, null],
    [[28, 42], null],
  ])('%j gives %j', (value, range) => {
    expect(parseCareerCadence(value)).toEqual(range);
  });
});

describe('profileFromFrontmatter', () => {
  it('uses the defaults for an empty or missing frontmatter', () => {
    const empty = {
      relationship: null,
      cadenceDays: 14,
      careerCadence: [42, 56],
      email: null,
      warnings: [],
    };
    expect(profileFromFrontmatter(null, DEFAULTS)).toEqual(empty);
    expect(profileFromFrontmatter(undefined, DEFAULTS)).toEqual(empty);
    expect(profileFromFrontmatter({}, DEFAULTS)).toEqual(empty);
    expect(
      profileFromFrontmatter({ cadence: null, 'career-cadence': '', email: '  ' }, DEFAULTS),
    ).toEqual(empty);
  });

  it('reads every property', () => {
    const profile = profileFromFrontmatter(
      {
        relationship: ' Report ',
        cadence: 7,
        'career-cadence': '42-56',
        email: ' sam.lee@example.com ',
      },
      { cadenceDays: 30, careerCadence: [60, 90] },
    );
    expect(profile).toEqual({
      relationship: 'report',
      cadenceDays: 7,
      careerCadence: [42, 56],
      email: 'sam.lee@example.com',
      warnings: [],
    });
  });

  it.each(['manager', 'report', 'skip-level', 'mentor', 'peer', 'other', 'MENTOR'])(
    'knows the relationship %j',
    (rel) => {
      expect(profileFromFrontmatter({ relationship: rel }, DEFAULTS).relationship).toBe(
        rel.toLowerCase(),
      );
    },
  );

  it('warns about an unknown relationship', () => {
    const p = profileFromFrontmatter({ relationship: 'boss' }, DEFAULTS);
    expect(p.relationship).toBeNull();
    expect(p.warnings).toEqual(['unknown relationship "boss"']);
  });

  it.each([
    [14, 14],
    ['14', 14],
    [' 21 ', 21],
    [3650, 3650],
    [1, 1],
  ])('reads cadence %j as %i days', (cadence, days) => {
    const p = profileFromFrontmatter({ cadence }, DEFAULTS);
    expect(p.cadenceDays).toBe(days);
    expect(p.warnings).toEqual([]);
  });

  it.each([[0], [-7], [3651], [7.5], ['7.5'], ['two weeks'], ['0x10'], ['1e1'], [true]])(
    'warns about cadence %j and keeps the default',
    (cadence) => {
      const p = profileFromFrontmatter({ cadence }, DEFAULTS);
      expect(p.cadenceDays).toBe(DEFAULTS.cadenceDays);
      expect(p.warnings).toEqual([`cadence "${String(cadence)}" is not a number of days`]);
    },
  );

  it('shows a cadence that is a list as written, not as [object Object]', () => {
    expect(profileFromFrontmatter({ cadence: [7, 14] }, DEFAULTS).warnings).toEqual([
      'cadence "[7,14]" is not a number of days',
    ]);
  });

  it('warns about a career cadence that is not a range', () => {
    const p = profileFromFrontmatter({ 'career-cadence': '60-30' }, DEFAULTS);
    expect(p.careerCadence).toEqual([42, 56]);
    expect(p.warnings).toEqual(['career-cadence "60-30" is not a range like 28-42']);
  });

  it('collects every warning', () => {
    const p = profileFromFrontmatter(
      { relationship: 'x', cadence: 'y', 'career-cadence': 'z' },
      DEFAULTS,
    );
    expect(p.warnings.length).toBe(3);
  });

  it('ignores an email that is not a string', () => {
    expect(profileFromFrontmatter({ email: ['a@b.c'] }, DEFAULTS).email).toBeNull();
  });
});
