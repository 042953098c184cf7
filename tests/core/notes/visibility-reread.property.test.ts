/**
 * `readVisibility` reads the note without its comments by reading again only the lines
 * around each hidden comment (`reparseLines`). Whatever the note, every reading must be
 * what parsing the whole note again gives: the reference below is the reading as it was
 * before that, with a whole parse after every comment that could move a code block and
 * for each reading's private lines.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  blankComments,
  blankOneLineComments,
  type CommentRange,
} from '../../../src/core/notes/comments';
import { parseNote } from '../../../src/core/notes/markdown';
import { privateLines, readVisibility, type PrivacyOptions } from '../../../src/core/notes/privacy';
import { spaces } from '../../../src/core/notes/text-lines';

const MARKERS = /%%|<!--/;

/** The reading of `readVisibility`, every parse a whole one. */
function reference(text: string, opts: PrivacyOptions) {
  const note = parseNote(text);
  const lines = [...note.lines];
  const fm = note.frontmatter;
  if (fm) for (let l = fm.start; l < fm.end; l++) lines[l] = '';
  const drop = privateLines(note, opts);
  const asWritten = lines.map((s, l) => (drop.has(l) ? spaces(s.length) : s));
  if (!lines.some((s) => MARKERS.test(s)))
    return { note, shown: asWritten, drop, comments: [[], []] };
  const fenced = fm !== null && note.lines.slice(fm.start, fm.end).some((s) => /```|~~~/.test(s));
  const code = fenced ? undefined : note.codeLines;
  const reading = (spans: boolean, ranges: CommentRange[]): string[] => {
    const blanked = blankComments(lines, spans, false, code, ranges);
    const own = privateLines(parseNote(blanked.join('\n')), opts);
    for (const l of own) drop.add(l);
    return blanked.map((s, l) => (own.has(l) ? spaces(s.length) : s));
  };
  const literal: CommentRange[] = [];
  const withSpans = reading(true, literal);
  const spans = lines.some((s) => s.includes('`') && MARKERS.test(s));
  const counted: CommentRange[] = spans ? [] : literal;
  const withoutSpans = spans ? reading(false, counted) : withSpans;
  const readings = [withSpans, withoutSpans, blankOneLineComments(lines), asWritten];
  const shown = lines.map((s, l) => {
    let out = '';
    for (let i = 0; i < s.length; i++) out += readings.some((r) => r[l]![i] !== s[i]) ? ' ' : s[i];
    return out;
  });
  return { note, shown, drop, comments: [literal, counted] };
}

const LINE = fc.constantFrom(
  '',
  '---',
  'tags: [a]',
  '## Agenda',
  '## Private',
  '### Notes #private',
  'Setext heading',
  '---',
  '- [ ] task',
  '- [ ] task %% aside %%',
  '  - [ ] nested %% opens',
  '    - [x] deeper',
  '- [ ] tagged #private',
  '  continuation %%',
  '%% notes to self',
  '%%',
  'closes %% then text',
  '<!-- opens',
  '-->',
  'text <!-- inline --> text',
  '`%%` in a span',
  '- [ ] `code %%` and %% real %%',
  '``%% double``',
  '```',
  '```js %%',
  '~~~',
  '%% ``` %%',
  '    indented code %%',
  '> [!private] Secret',
  '> - [ ] quoted %% task',
  '> %%',
  '<div>',
  'plain text',
);

const OPTS: PrivacyOptions = { privateHeadings: ['Private', 'Just us'] };

describe('readVisibility reading the note again around its comments', () => {
  it('reads every note as parsing the whole note again does', () => {
    fc.assert(
      fc.property(fc.array(LINE, { minLength: 1, maxLength: 36 }), fc.boolean(), (lines, crlf) => {
        const text = lines.join(crlf ? '\r\n' : '\n');
        const want = reference(text, OPTS);
        const got = readVisibility(text, OPTS);
        expect(got.note).toEqual(want.note);
        expect(got.shown).toEqual(want.shown);
        expect([...got.private].sort((a, b) => a - b)).toEqual(
          [...want.drop].sort((a, b) => a - b),
        );
        expect(got.comments).toEqual(want.comments);
        const quiet = readVisibility(text, OPTS, { shown: false });
        expect([...quiet.private].sort((a, b) => a - b)).toEqual(
          [...want.drop].sort((a, b) => a - b),
        );
        expect(quiet.comments).toEqual(want.comments);
      }),
      { numRuns: 3000, seed: 20261202 },
    );
  });

  it('keeps private a section whose heading only the note without its comments has', () => {
    // As written, `%%` starts the paragraph that `===` makes a heading ("%% Just us").
    const text = ['## Notes', '%% hidden', '- [ ] x', '%%', 'Just us', '===', '- [ ] secret'];
    const seen = readVisibility(text.join('\n'), OPTS);
    expect(parseNote(text.join('\n')).headings[1]!.text).toBe('%% Just us');
    expect(seen.private.has(6)).toBe(true);
    expect(seen.shown[6]!.trim()).toBe('');
  });
});
