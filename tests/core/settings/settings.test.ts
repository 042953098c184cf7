/** migrateSettings: whatever data.json holds (nothing, an older version, hand edits, garbage) becomes valid settings. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_SETTINGS,
  migrateSettings,
  SETTINGS_VERSION,
  type TouchpointsSettings,
} from '../../../src/core/settings/settings';
import { BUILT_IN_TYPES } from '../../../src/core/settings/note-types';
import { DEFAULT_RECAP_SETTINGS } from '../../../src/core/settings/recap-settings';
import { closedSet } from '../../../src/core/settings/config';

const ids = (s: TouchpointsSettings): string[] => s.noteTypes.map((t) => t.id);

describe('every default', () => {
  it.each<[string, unknown]>([
    ['nothing stored', null],
    ['undefined', undefined],
    ['an empty object', {}],
    ['a number', 42],
    ['a string', 'settings'],
    ['an array', [1, 2]],
    ['unknown keys only', { colour: 'blue', version: 7 }],
  ])('%s gives the defaults', (_, raw) => {
    expect(migrateSettings(raw)).toEqual(DEFAULT_SETTINGS);
  });

  it('has the values docs/SETTINGS.md documents', () => {
    expect(DEFAULT_SETTINGS).toEqual({
      version: SETTINGS_VERSION,
      folder: 'One-on-ones',
      fileNamePattern: '{{date}} {{person}}',
      noteTypes: [...BUILT_IN_TYPES],
      defaultCadence: 14,
      defaultCareerCadence: [28, 42],
      closedStatuses: 'xX->',
      markForwarded: true,
      addCreatedStamp: true,
      privateHeadings: ['Private'],
      topicsHeading: 'Topics for next time',
      goalsHeading: 'Goals',
      developmentPlanHeading: 'Development plan',
      recap: DEFAULT_RECAP_SETTINGS,
      showStatusBar: true,
      agingBadges: true,
      agingThreshold: 3,
      tagTopics: false,
      prepareReminder: true,
      winHeadings: ['Wins since last time', 'Wins'],
      feedbackHeadings: ['Feedback', 'Feedback from peers and partners'],
      accomplishmentsFileName: 'Accomplishments {{period}}',
      sidebarOpenRows: [],
    });
  });

  it('gives fresh copies: changing one result changes neither the defaults nor the next', () => {
    const first = migrateSettings({});
    first.privateHeadings.push('Mine');
    first.winHeadings.push('Kudos');
    first.defaultCareerCadence[0] = 1;
    first.noteTypes[0]!.name = 'Changed';
    first.recap.recapSubject = 'Changed';
    const second = migrateSettings({});
    expect(second).toEqual(DEFAULT_SETTINGS);
    expect(DEFAULT_SETTINGS.privateHeadings).toEqual(['Private']);
    expect(BUILT_IN_TYPES[0]!.name).toBe('1:1');
  });

  it("keeps the sidebar's open rows as a sorted list of distinct person keys", () => {
    expect(
      migrateSettings({ sidebarOpenRows: ['People/Bo.md', 7, 'People/Ann.md', 'People/Bo.md'] })
        .sidebarOpenRows,
    ).toEqual(['People/Ann.md', 'People/Bo.md']);
  });

  it('always writes the current version, whatever is stored', () => {
    expect(migrateSettings({ version: 0 }).version).toBe(SETTINGS_VERSION);
    expect(migrateSettings({ version: 99 }).version).toBe(SETTINGS_VERSION);
  });

  it('drops unknown keys', () => {
    expect(Object.keys(migrateSettings({ colour: 'blue', folder: 'A' })).sort()).toEqual(
      Object.keys(DEFAULT_SETTINGS).sort(),
    );
  });

  const garbage: Array<[keyof TouchpointsSettings, unknown[]]> = [
    ['folder', [null, 42, true, {}, [], '', '   ']],
    ['fileNamePattern', [null, 42, false, ['{{date}}'], '', ' ']],
    ['defaultCadence', [null, '14', 0, -7, 2.5, 3651, Number.NaN, Infinity, true]],
    [
      'defaultCareerCadence',
      [null, '28-42', [28], [28, 42, 56], [42, 28], [0, 10], ['a', 'b'], { 0: 28, 1: 42 }],
    ],
    ['closedStatuses', [null, 42, ['x'], true]],
    ['markForwarded', [null, 'false', 0, 1]],
    ['addCreatedStamp', [null, 'no', 0]],
    ['privateHeadings', [null, 'Private', [], ['', '  '], [1, null], {}]],
    ['topicsHeading', [null, 3, '', '  ']],
    ['goalsHeading', [null, ['Goals'], ' ']],
    ['developmentPlanHeading', [undefined, false, '']],
    ['showStatusBar', ['yes', 1]],
    ['agingBadges', ['true', null]],
    ['agingThreshold', [null, '3', 1, 0, 100, 2.5, -3]],
    ['tagTopics', ['true', 1]],
    ['prepareReminder', ['no', 0]],
    ['winHeadings', [null, 'Wins', [], [' ']]],
    ['feedbackHeadings', [42, [null], ['']]],
    ['accomplishmentsFileName', [null, 7, '', '  ']],
    ['recap', [null, 'rich', 42, []]],
    ['sidebarOpenRows', [null, 'People/Ann.md', {}, [3, null, '']]],
  ];
  it.each(garbage.flatMap(([key, values]) => values.map((v) => [key, v] as const)))(
    '%s: %j gives the default',
    (key, value) => {
      expect(migrateSettings({ [key]: value })[key]).toEqual(DEFAULT_SETTINGS[key]);
    },
  );

  const valid: Array<[keyof TouchpointsSettings, unknown, unknown]> = [
    ['fileNamePattern', '{{date:yyyy-MM-dd}} {{type}}', '{{date:yyyy-MM-dd}} {{type}}'],
    ['defaultCadence', 1, 1],
    ['defaultCadence', 7, 7],
    ['defaultCadence', 3650, 3650],
    ['defaultCareerCadence', [20, 30], [20, 30]],
    ['defaultCareerCadence', [30, 30], [30, 30]],
    ['defaultCareerCadence', ['20', '30'], [20, 30]],
    ['closedStatuses', 'x', 'x'],
    ['markForwarded', false, false],
    ['addCreatedStamp', false, false],
    ['privateHeadings', [' Me only ', '', 3, 'Private'], ['Me only', 'Private']],
    ['topicsHeading', ' Next time ', 'Next time'],
    ['goalsHeading', 'Objectives', 'Objectives'],
    ['developmentPlanHeading', ' Growth', 'Growth'],
    ['showStatusBar', false, false],
    ['agingBadges', false, false],
    ['agingThreshold', 2, 2],
    ['agingThreshold', 99, 99],
    ['tagTopics', true, true],
    ['winHeadings', ['Kudos'], ['Kudos']],
    ['feedbackHeadings', [' Praise '], ['Praise']],
    ['accomplishmentsFileName', ' Log {{period}} ', 'Log {{period}}'],
  ];
  it.each(valid)('%s: %j is kept as %j', (key, value, expected) => {
    expect(migrateSettings({ [key]: value })[key]).toEqual(expected);
  });
});

describe('folder trimming', () => {
  it.each<[unknown, string]>([
    ['Meetings', 'Meetings'],
    [' Meetings ', 'Meetings'],
    ['/Meetings/', 'Meetings'],
    ['//Work/1-1s//', 'Work/1-1s'],
    [' /Work/1-1s/ ', 'Work/1-1s'],
    ['Work//1-1s', 'Work//1-1s'],
    ['/', 'One-on-ones'],
    [' / ', 'One-on-ones'],
    ['/ /', 'One-on-ones'],
    [' / Work / ', 'Work'],
    ['', 'One-on-ones'],
    ['  ', 'One-on-ones'],
  ])('%j becomes %j', (folder, expected) => {
    expect(migrateSettings({ folder }).folder).toBe(expected);
  });
});

describe('the file name pattern', () => {
  it('is trimmed', () => {
    expect(migrateSettings({ fileNamePattern: ' {{person}} ' }).fileNamePattern).toBe('{{person}}');
  });
});

describe('the closed-status cleaning', () => {
  it.each<[string, string]>([
    ['xX->', 'xX->'],
    ['x, X, -', 'xX-'],
    [' x\tX\n', 'xX'],
    [',,,', ''],
    ['', ''],
    ['✓x', '✓x'],
  ])('%j is stored as %j', (stored, expected) => {
    expect(migrateSettings({ closedStatuses: stored }).closedStatuses).toBe(expected);
  });

  it.each<[string, string[]]>([
    ['xX->', ['x', 'X', '-', '>']],
    ['', ['>']],
    ['x, -', ['x', '-', '>']],
    [' ✓ ', ['✓', '>']],
  ])('closedSet(%j) is %j: forwarded is always closed', (closedStatuses, expected) => {
    expect([...closedSet({ closedStatuses })].sort()).toEqual([...expected].sort());
  });
});

describe('note types', () => {
  it('always has the built-in types first, whatever is stored', () => {
    expect(ids(migrateSettings({ noteTypes: [] }))).toEqual(['regular', 'career']);
    expect(ids(migrateSettings({ noteTypes: 'regular' }))).toEqual(['regular', 'career']);
    expect(
      ids(
        migrateSettings({ noteTypes: [{ id: 'mentoring', name: 'Mentoring' }, { id: 'career' }] }),
      ),
    ).toEqual(['regular', 'career', 'mentoring']);
  });

  it('keeps a built-in type’s changed name and headings, trimmed; blank ones fall back', () => {
    const s = migrateSettings({
      noteTypes: [
        {
          id: 'regular',
          name: ' Weekly ',
          agendaHeading: ' Topics ',
          actionItemsHeading: '',
          template: ' T/1.md ',
          career: 'yes',
        },
        { id: 'career', name: '  ', career: false, template: 3 },
      ],
    });
    expect(s.noteTypes).toEqual([
      {
        id: 'regular',
        name: 'Weekly',
        template: 'T/1.md',
        career: false,
        agendaHeading: 'Topics',
        actionItemsHeading: 'Action items',
      },
      { ...BUILT_IN_TYPES[1], career: false },
    ]);
  });

  it('gives a user type the defaults it does not set', () => {
    expect(migrateSettings({ noteTypes: [{ name: 'Skip-level' }] }).noteTypes[2]).toEqual({
      id: 'skip-level',
      name: 'Skip-level',
      template: '',
      career: false,
      agendaHeading: 'Agenda',
      actionItemsHeading: 'Action items',
    });
  });

  it.each<[string, unknown, string | null]>([
    ['an id from the name', { name: 'Skip Level 1:1' }, 'skip-level-1-1'],
    ['the stored id, made an id', { id: 'Skip Level', name: 'Skips' }, 'skip-level'],
    ['the name when the id is blank', { id: ' ', name: 'Mentoring' }, 'mentoring'],
    ['the name when the id is not text', { id: 7, name: 'Mentoring' }, 'mentoring'],
    ['accents folded', { name: 'Café' }, 'cafe'],
    ['no type for an id with no letters', { id: '!!!', name: 'Mentoring' }, null],
    ['no type for a name with no letters', { name: '!!!' }, null],
    ['no type without a name', { id: 'mentoring' }, null],
    ['no type for a blank name', { id: 'mentoring', name: '  ' }, null],
    ['no type for a string', 'mentoring', null],
    ['no type for null', null, null],
  ])('%s', (_, stored, expected) => {
    const s = migrateSettings({ noteTypes: [stored] });
    expect(s.noteTypes.slice(2).map((t) => t.id)).toEqual(expected ? [expected] : []);
  });

  it('gives user types unique ids: of two types with the same name, the first is kept', () => {
    const s = migrateSettings({
      noteTypes: [
        { name: 'Skip-level', agendaHeading: 'First' },
        { name: 'skip level', agendaHeading: 'Second' },
        { id: 'skip-level', name: 'Third' },
      ],
    });
    expect(s.noteTypes.slice(2)).toEqual([
      expect.objectContaining({ id: 'skip-level', name: 'Skip-level', agendaHeading: 'First' }),
    ]);
  });

  it.each<[string, unknown]>([
    ['named Career', { name: 'Career' }],
    ['named Regular', { name: 'regular' }],
    ['with the id career', { id: 'career', name: 'Mentoring' }],
  ])('drops a user type %s: the built-in keeps its id', (_, stored) => {
    const s = migrateSettings({ noteTypes: [stored] });
    expect(ids(s)).toEqual(['regular', 'career']);
  });

  it('keeps a user type named like a built-in when its id differs', () => {
    const s = migrateSettings({ noteTypes: [{ name: '1:1' }] });
    expect(s.noteTypes.slice(2).map((t) => [t.id, t.name])).toEqual([['1-1', '1:1']]);
  });

  it('reads a built-in type from the first stored entry with its id', () => {
    const s = migrateSettings({
      noteTypes: [
        { id: 'regular', name: 'First' },
        { id: 'regular', name: 'Second' },
      ],
    });
    expect(s.noteTypes.map((t) => t.name)).toEqual(['First', 'Career conversation']);
  });

  it('keeps a type’s recap mapping with the non-empty heading lists only', () => {
    const s = migrateSettings({
      noteTypes: [
        {
          id: 'regular',
          recap: { highlights: [' Wins ', '', 3], problems: [], agenda: 'Agenda', colour: ['x'] },
        },
        { id: 'career', recap: { goals: [' '] } },
        { name: 'Skip-level', recap: 'highlights' },
      ],
    });
    expect(s.noteTypes[0]!.recap).toEqual({ highlights: ['Wins'] });
    expect('recap' in s.noteTypes[1]!).toBe(false);
    expect('recap' in s.noteTypes[2]!).toBe(false);
  });
});

describe('recap settings', () => {
  it('keeps valid values, trimmed', () => {
    expect(
      migrateSettings({
        recap: {
          recapSubject: ' Recap {{date}} ',
          agendaSubject: 'Agenda {{date:d MMM}}',
          recapTemplate: ' Templates/Recap.md ',
          agendaTemplate: 'Templates/Agenda.md',
          format: 'markdown',
          colour: 'blue',
        },
      }).recap,
    ).toEqual({
      recapSubject: 'Recap {{date}}',
      agendaSubject: 'Agenda {{date:d MMM}}',
      recapTemplate: 'Templates/Recap.md',
      agendaTemplate: 'Templates/Agenda.md',
      format: 'markdown',
    });
  });

  it.each(['text', 'markdown', 'rich'])('keeps the format %s', (format) => {
    expect(migrateSettings({ recap: { format } }).recap.format).toBe(format);
  });

  it('gives the defaults for blank or invalid values', () => {
    expect(
      migrateSettings({
        recap: {
          recapSubject: '  ',
          agendaSubject: 3,
          recapTemplate: null,
          agendaTemplate: '  ',
          format: 'html',
        },
      }).recap,
    ).toEqual(DEFAULT_RECAP_SETTINGS);
  });
});

describe('a round trip through data.json', () => {
  const anyValue = fc.oneof(
    fc.string(),
    fc.constantFrom('', ' ', '/', ' / ', 'x, X', 'Wins', '28-42'),
    fc.integer({ min: -5, max: 4000 }),
    fc.double(),
    fc.boolean(),
    fc.constant(null),
    fc.array(fc.oneof(fc.string(), fc.integer(), fc.constantFrom('', ' Wins ', 'Agenda'))),
  );
  const anyType = fc.record(
    {
      id: fc.oneof(fc.string(), fc.constantFrom('regular', 'career', 'skip-level')),
      name: fc.oneof(fc.string(), fc.constantFrom('Career', 'Skip level', ' ')),
      template: anyValue,
      career: anyValue,
      agendaHeading: anyValue,
      actionItemsHeading: anyValue,
      recap: fc.oneof(anyValue, fc.record({ highlights: anyValue, agenda: anyValue })),
    },
    { requiredKeys: [] },
  );
  const anySettings = fc.record(
    {
      ...Object.fromEntries(Object.keys(DEFAULT_SETTINGS).map((k) => [k, anyValue])),
      noteTypes: fc.array(fc.oneof(anyType, anyValue), { maxLength: 5 }),
      recap: fc.oneof(
        anyValue,
        fc.record({ recapSubject: anyValue, recapTemplate: anyValue, format: anyValue }),
      ),
    },
    { requiredKeys: [] },
  );

  it('settings saved and loaded again are the same settings', () => {
    fc.assert(
      fc.property(anySettings, (raw) => {
        const once = migrateSettings(raw);
        const twice = migrateSettings(JSON.parse(JSON.stringify(once)) as unknown);
        expect(twice).toEqual(once);
      }),
    );
  });
});
