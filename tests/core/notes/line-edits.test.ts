import { describe, expect, it } from 'vitest';
import { applyEditGroups, type LineEdit } from '../../../src/core/notes/line-edits';

const mark = (line: number, text: string): LineEdit => ({
  line,
  expected: text,
  replacement: text.replace('[ ]', '[>]'),
});
const del = (line: number, text: string): LineEdit => ({ line, expected: text, replacement: null });

describe('applyEditGroups', () => {
  const source = ['- [ ] Follow up', '  - [ ] with Bob', '- [ ] Follow up', '  - [ ] with Ann'];
  const groups = [
    [mark(0, source[0]!), mark(1, source[1]!)],
    [mark(2, source[2]!), mark(3, source[3]!)],
  ];

  it('applies every group where it was planned', () => {
    const r = applyEditGroups(source.join('\n'), groups);
    expect(r.applied).toEqual([true, true]);
    expect(r.text).toBe('- [>] Follow up\n  - [>] with Bob\n- [>] Follow up\n  - [>] with Ann');
  });

  it("never moves a changed group onto another group's identical lines", () => {
    // The user ticked "with Bob" between our read and our write.
    const changed = [
      '- [ ] Follow up',
      '  - [x] with Bob',
      '- [ ] Follow up',
      '  - [ ] with Ann',
    ].join('\n');
    const r = applyEditGroups(changed, groups);
    expect(r.applied).toEqual([false, true]);
    expect(r.text).toBe('- [ ] Follow up\n  - [x] with Bob\n- [>] Follow up\n  - [>] with Ann');
  });

  it('moves a whole group by one offset when lines were added above', () => {
    const shifted = ['new line', ...source].join('\n');
    const r = applyEditGroups(shifted, groups);
    expect(r.applied).toEqual([true, true]);
    expect(r.text).toBe(
      'new line\n- [>] Follow up\n  - [>] with Bob\n- [>] Follow up\n  - [>] with Ann',
    );
  });

  it('gives identical single lines to the groups planned there first, and skips the changed one', () => {
    const text = ['- [ ] call', '- [ ] other', '- [ ] call'];
    const g = [[mark(0, text[0]!)], [mark(2, text[2]!)]];
    const edited = ['- [ ] call Bob', '- [ ] other', '- [ ] call'].join('\n');
    const r = applyEditGroups(edited, g);
    expect(r.applied).toEqual([false, true]);
    expect(r.text).toBe('- [ ] call Bob\n- [ ] other\n- [>] call');
  });

  it('deletes groups located on the text as read, so one deletion never shifts another', () => {
    const text = ['## Topics', '- a', '  - a1', '- b', '- c'].join('\n');
    const r = applyEditGroups(text, [[del(1, '- a'), del(2, '  - a1')], [del(4, '- c')]]);
    expect(r.applied).toEqual([true, true]);
    expect(r.text).toBe('## Topics\n- b');
  });

  it('keeps CRLF line endings', () => {
    const r = applyEditGroups('- [ ] a\r\n- [ ] b\r\n', [[mark(1, '- [ ] b')]]);
    expect(r.text).toBe('- [ ] a\r\n- [>] b\r\n');
  });
});
