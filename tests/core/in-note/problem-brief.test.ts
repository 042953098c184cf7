import { describe, expect, it } from 'vitest';
import { splitLines } from '../../../src/core/notes/text-lines';
import { REGULAR_TEMPLATE } from '../../../src/core/settings/note-types';
import {
  parseProblemBriefs,
  problemBriefInsertion,
  problemBriefLines,
} from '../../../src/core/in-note/problem-brief';
import { note } from '../../helpers/builders';
import { exampleNote } from '../../helpers/vault-files';

/** Insert a brief the way the command does, at a line; returns the text and the cursor. */
function insertAt(
  text: string,
  lineNo: number,
  eol = '\n',
): { text: string; cursor: { line: number; ch: number } } {
  const { lines } = splitLines(text);
  const ins = problemBriefInsertion(
    lines[lineNo]!,
    lineNo + 1 < lines.length ? lines[lineNo + 1]! : null,
    eol,
  );
  const line = lines[lineNo]!;
  lines[lineNo] = line.slice(0, ins.from) + ins.text + line.slice(ins.to);
  return {
    text: lines.join(eol),
    cursor: { line: lineNo + ins.cursor.lineDelta, ch: ins.cursor.ch },
  };
}

describe('inserting a problem brief', () => {
  it('fills the built-in template\'s "Problems and options" section (approval)', async () => {
    const at = splitLines(REGULAR_TEMPLATE).lines.findIndex((l) => l.startsWith('<!--')) + 1;
    const r = insertAt(REGULAR_TEMPLATE, at);
    await expect(r.text).toMatchFileSnapshot(
      '__snapshots__/problem-brief/problem-brief-in-template.md',
    );
    expect(splitLines(r.text).lines[r.cursor.line]!.slice(0, r.cursor.ch)).toBe('### Problem: ');
  });

  it.each([
    ['an empty line: replaced by the brief', note('## Problems', '', '## Feedback'), 1, 1],
    [
      'a line with text: the brief starts two lines down',
      note('## Problems', 'Some context'),
      1,
      3,
    ],
    ['the last line without a line ending', '## Problems\nSome context', 1, 3],
  ])('at %s', (_label, text, at, cursorLine) => {
    const r = insertAt(text, at);
    const lines = splitLines(r.text).lines;
    expect(lines[r.cursor.line]).toBe('### Problem: ');
    expect(r.cursor.line).toBe(cursorLine);
    expect(r.cursor.ch).toBe('### Problem: '.length);
    // Every original line is still there, in order.
    const original = splitLines(text).lines.filter((l) => l !== '');
    expect(lines.filter((l) => original.includes(l))).toEqual(original);
  });

  it('keeps a blank line before following text, so it does not join the last item', () => {
    const r = insertAt(note('## Problems', '', 'Paragraph after'), 1);
    expect(r.text).toContain('- Decision: \n\nParagraph after');
  });

  it("uses the note's line endings", () => {
    const r = insertAt('## Problems\r\nContext\r\n', 1, '\r\n');
    expect(r.text.replace(/\r\n/g, '')).not.toContain('\n');
  });

  it('parses back into an empty brief with three options', () => {
    const briefs = parseProblemBriefs(note('## Problems and options', ...problemBriefLines()));
    expect(briefs).toEqual([
      {
        line: 1,
        problem: '',
        options: ['A', 'B', 'C'].map((label) => ({ label, text: '', pros: null, cons: null })),
        recommendation: null,
        decision: null,
      },
    ]);
  });
});

describe('parseProblemBriefs', () => {
  it('reads the briefs of the example vault', () => {
    const text = exampleNote('One-on-ones/Priya Shah/2026-09-15 Priya Shah.md');
    const [brief, ...rest] = parseProblemBriefs(text);
    expect(rest).toEqual([]);
    expect(brief!.problem).toBe('Atlas EU cutover collides with the December change freeze');
    expect(brief!.options.map((o) => o.label)).toEqual(['A', 'B', 'C']);
    expect(brief!.options[0]).toEqual({
      label: 'A',
      text: 'Cut over all EU tenants on Dec 1',
      pros: 'hits the Q4 OKR',
      cons: 'only two weeks of dual-write soak, risky.',
    });
    expect(brief!.recommendation).toBe('Option C.');
    expect(brief!.decision).toBe('Option C. Priya socialises it with Marcus.');
  });

  it.each([
    [
      'an en dash and no cons',
      '- Option A: Wait – pros: cheap',
      { label: 'A', text: 'Wait', pros: 'cheap', cons: null },
    ],
    [
      'a hyphen and a semicolon in the pros',
      '- option b: Hire - pros: fast; cheap-ish; cons: budget',
      { label: 'B', text: 'Hire', pros: 'fast; cheap-ish', cons: 'budget' },
    ],
    [
      'cons only',
      '- Option C: Drop it — cons: nobody happy',
      { label: 'C', text: 'Drop it', pros: null, cons: 'nobody happy' },
    ],
    [
      'no pros or cons',
      '- Option D: Ask Marcus',
      { label: 'D', text: 'Ask Marcus', pros: null, cons: null },
    ],
    [
      'a word that ends in "pros"',
      '- Option E: File repros: none',
      { label: 'E', text: 'File repros: none', pros: null, cons: null },
    ],
  ])('reads an option with %s', (_label, line, option) => {
    expect(parseProblemBriefs(note('### Problem: X', line))[0]!.options).toEqual([option]);
  });

  it('reads several briefs, each up to the next heading, and ignores nested and plain items', () => {
    const briefs = parseProblemBriefs(
      note(
        '## Problems and options',
        '### Problem: One',
        '- Option A: a',
        '    - Option B: nested, not an option',
        '- Recommendation: A',
        '#### Problem: Two',
        '- Decision: later',
        '- a plain item',
        '## Feedback',
        '- Option Z: not in a brief',
      ),
    );
    expect(
      briefs.map((b) => [
        b.line,
        b.problem,
        b.options.map((o) => o.label),
        b.recommendation,
        b.decision,
      ]),
    ).toEqual([
      [1, 'One', ['A'], 'A', null],
      [5, 'Two', [], null, 'later'],
    ]);
  });

  it('finds nothing in a note without briefs', () => {
    expect(parseProblemBriefs(note('## Problems and options', '- just a list'))).toEqual([]);
  });
});
