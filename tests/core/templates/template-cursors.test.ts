/** Templater's cursor markers: which ones the first jump removes and where the cursors go. */
import { describe, expect, it } from 'vitest';
import { firstCursorJump } from '../../../src/core/templates/template-cursors';

/** The text after the jump, with `|` at each cursor. */
function jumped(text: string): string | null {
  const jump = firstCursorJump(text);
  if (!jump) return null;
  let out = text;
  for (const r of [...jump.removals].reverse()) out = out.slice(0, r.from) + out.slice(r.to);
  for (const c of [...jump.cursors].reverse()) out = `${out.slice(0, c)}|${out.slice(c)}`;
  return out;
}

describe('firstCursorJump', () => {
  it.each([
    ['no marker', '# Title\n\n## Agenda\n', null],
    ['one marker', '## Agenda\n- <% tp.file.cursor() %>\n', '## Agenda\n- |\n'],
    ['spacing inside the tags', 'a<%tp.file.cursor()%>b', 'a|b'],
    [
      'markers without order: the first one only, top to bottom',
      'a <% tp.file.cursor() %> b <% tp.file.cursor() %>',
      'a | b <% tp.file.cursor() %>',
    ],
    [
      'the lowest order first',
      'a <% tp.file.cursor(2) %> b <% tp.file.cursor(1) %>',
      'a <% tp.file.cursor(2) %> b |',
    ],
    [
      'one order in several places: all at once (1 and 1.0 are one jump)',
      'a <% tp.file.cursor(1) %> b <% tp.file.cursor(1.0) %> c <% tp.file.cursor(3) %>',
      'a | b | c <% tp.file.cursor(3) %>',
    ],
    [
      'negative orders come first',
      '<% tp.file.cursor(1) %>x<% tp.file.cursor(-1) %>',
      '<% tp.file.cursor(1) %>x|',
    ],
    [
      'no order ranks as 0 but never groups with cursor(0)',
      'a<% tp.file.cursor(0) %>b<% tp.file.cursor() %>',
      'a|b<% tp.file.cursor() %>',
    ],
    ['CRLF line ends', '## Agenda\r\n- <% tp.file.cursor() %>\r\n', '## Agenda\r\n- |\r\n'],
    ['not a cursor call', '<% tp.file.title %> <% tp.file.cursor(x) %>', null],
  ])('%s', (_name, text, expected) => {
    expect(jumped(text)).toBe(expected);
  });
});
