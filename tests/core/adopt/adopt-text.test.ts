/**
 * adoptText and the name rules at their boundaries: byte-order mark, CRLF, no final
 * line ending, empty or missing frontmatter, empty properties, flow and block lists;
 * names with the date first or last and the meeting words around them.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { adoptText } from '../../../src/core/adopt/adopt-text';
import type { PropertyChange } from '../../../src/core/adopt/adopt-types';
import {
  dateInName,
  personInFileName,
  personInFolderName,
} from '../../../src/core/adopt/name-rules';

const TYPE: PropertyChange = { property: 'type', value: 'one-on-one' };
const DATE: PropertyChange = { property: 'date', value: '2026-01-05' };

describe('adoptText', () => {
  it.each<[string, string, string]>([
    ['no frontmatter', 'Body\n', '---\ntype: one-on-one\ndate: 2026-01-05\n---\nBody\n'],
    ['no final line ending', 'Body', '---\ntype: one-on-one\ndate: 2026-01-05\n---\nBody'],
    [
      'a byte-order mark',
      '\uFEFFBody\n',
      '\uFEFF---\ntype: one-on-one\ndate: 2026-01-05\n---\nBody\n',
    ],
    [
      'CRLF and a flow list',
      '---\r\ntype: []\r\n---\r\nBody\r\n',
      '---\r\ntype: [one-on-one]\r\ndate: 2026-01-05\r\n---\r\nBody\r\n',
    ],
    [
      'a flow list with an item and a comment',
      '---\ntype: [ meeting ]  # kinds\n---\n',
      '---\ntype: [meeting, one-on-one]  # kinds\ndate: 2026-01-05\n---\n',
    ],
    ['an empty block', '---\n---\nBody', '---\ntype: one-on-one\ndate: 2026-01-05\n---\nBody'],
    [
      'empty properties',
      '---\ntype:\ndate:\ntags: [a]\n---\n',
      '---\ntype: one-on-one\ndate: 2026-01-05\ntags: [a]\n---\n',
    ],
    [
      'a block list followed by another property',
      '---\ntype:\n- meeting\n\nother: 1\n---\n',
      '---\ntype:\n- meeting\n- one-on-one\n\nother: 1\ndate: 2026-01-05\n---\n',
    ],
    [
      'mixed line endings, each line keeps its own',
      '---\r\na: 1\nb: 2\r\n---\nBody\r\n',
      '---\r\na: 1\nb: 2\r\ntype: one-on-one\r\ndate: 2026-01-05\r\n---\nBody\r\n',
    ],
  ])('%s', (_, text, expected) => {
    expect(adoptText(text, [TYPE, DATE], {})).toEqual({ ok: true, value: expected });
  });

  it('refuses a note whose type is no longer a list or whose date is set now', () => {
    expect(adoptText('---\ntype: meeting\n---\n', [TYPE], {})).toEqual({
      ok: false,
      error: 'its "type" is no longer a list',
    });
    expect(adoptText('---\ndate: 2026-02-02\n---\n', [DATE], {})).toEqual({
      ok: false,
      error: 'it has a "date" now',
    });
  });

  it('writes a type the vault made a list as a list', () => {
    expect(adoptText('B\n', [TYPE], { type: 'multitext' })).toEqual({
      ok: true,
      value: '---\ntype:\n  - one-on-one\n---\nB\n',
    });
  });
});

describe('the name rules', () => {
  it.each<[string, string | null, string]>([
    ['2026-01-05 - Alex Rivera', '2026-01-05', 'Alex Rivera'],
    ['Alex Rivera 2026-01-05', '2026-01-05', 'Alex Rivera'],
    ['1-1 Alex Rivera 2026-01-05', '2026-01-05', 'Alex Rivera'],
    ['Alex Rivera 1on1 2026-01-05', '2026-01-05', 'Alex Rivera'],
    ['2026-01-05 one on one with Alex', '2026-01-05', 'Alex'],
    ['1:1 - Alex - 2026-01-05', '2026-01-05', 'Alex'],
    ['2026-01-05', '2026-01-05', ''],
    ['2026-02-30 Alex 2026-03-01', '2026-03-01', 'Alex'],
    ['Ideas', null, 'Ideas'],
  ])('%s', (name, date, person) => {
    expect(dateInName(name)).toBe(date);
    expect(personInFileName(name)).toBe(person);
  });

  it.each([
    ['alex-rivera', 'Alex Rivera'],
    ['Alex Rivera', 'Alex Rivera'],
    ['1-1s', ''],
    ['One-on-ones', ''],
    ['2026', ''],
  ])('folder %s', (folder, person) => {
    expect(personInFolderName(folder)).toBe(person);
  });
});

describe('adoptText keeps what is there (property)', () => {
  const line = fc.oneof(
    fc.constantFrom('type: []', 'type: [a]', 'type:', '  - meeting', 'tags: [x]', 'date:', ''),
    fc.stringMatching(/^[a-z]{1,6}: [^\r\n]{0,12}$/),
  );
  const body = fc.stringMatching(/^[^\r]{0,80}$/);
  it('the body is unchanged byte for byte and every line of the frontmatter stays, in order', () => {
    fc.assert(
      fc.property(fc.array(line, { maxLength: 8 }), body, fc.boolean(), (lines, rest, withCrlf) => {
        const eol = withCrlf ? '\r\n' : '\n';
        const text = `---${eol}${lines.map((l) => `${l}${eol}`).join('')}---${eol}${rest}`;
        const out = adoptText(text, [TYPE, DATE], {});
        if (!out.ok) return;
        expect(out.value.endsWith(`---${eol}${rest}`)).toBe(true);
        const kept = out.value.split(eol);
        let at = 0;
        for (const l of lines.filter((x) => !/^(?:type|date):/.test(x))) {
          at = kept.indexOf(l, at);
          expect(at).toBeGreaterThanOrEqual(0);
        }
      }),
    );
  });
});
