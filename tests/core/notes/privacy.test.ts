/**
 * The privacy filter, construct by construct: what it hides and what it keeps.
 */
import { describe, expect, it } from 'vitest';
import { hasPrivateTag, stripPrivate } from '../../../src/core/notes/privacy';
import { crlf, note } from '../../helpers/builders';

const OPTS = { privateHeadings: ['Private', 'Confidential'] };
const strip = (text: string): string => stripPrivate(text, OPTS).text;

describe('stripPrivate', () => {
  it.each<[string, string, string[], string[]]>([
    [
      'a private section and its subsections',
      note(
        '## Notes',
        'kept',
        '## Private',
        'hidden1',
        '### Deeper',
        'hidden2',
        '## Agenda',
        'kept2',
      ),
      ['hidden1', 'hidden2', 'Private'],
      ['kept', 'kept2', '## Agenda'],
    ],
    [
      'a heading name from the settings, any case, bold or with a colon',
      note(
        '## CONFIDENTIAL',
        'h1',
        '## **Private**',
        'h2',
        '## Private:',
        'h3',
        '## Notes',
        'kept',
      ),
      ['h1', 'h2', 'h3'],
      ['kept'],
    ],
    [
      'a private subsection only',
      note('## Notes', 'kept', '### Private', 'hidden', '### Other', 'kept2'),
      ['hidden'],
      ['kept', 'kept2'],
    ],
    [
      'a private callout with its title, up to a blank line',
      note('> [!private] title-hidden', '> body-hidden', '> - [ ] task-hidden', '', 'kept'),
      ['title-hidden', 'body-hidden', 'task-hidden'],
      ['kept'],
    ],
    [
      'a folded private callout in capitals',
      note('> [!PRIVATE]-', '> hidden', '', 'kept'),
      ['hidden'],
      ['kept'],
    ],
    [
      'a private callout nested in a note callout',
      note(
        '> [!note] Outer',
        '> kept',
        '> > [!private]',
        '> > hidden',
        '',
        '> [!note] Again',
        '> kept2',
      ),
      ['hidden'],
      ['kept', 'kept2', 'Outer'],
    ],
    [
      'a private callout inside a list item',
      note('- [ ] kept', '    > [!private]', '    > hidden', '- kept2'),
      ['hidden'],
      ['kept', 'kept2'],
    ],
    [
      'the lazy continuation of a private callout, not the heading after it',
      note('> [!private]', '> hidden', 'lazy-hidden', '## Agenda', 'kept'),
      ['hidden', 'lazy-hidden'],
      ['## Agenda', 'kept'],
    ],
    [
      '%% comments %% inline',
      note('kept %%hidden%% kept2 %%hidden2%% kept3'),
      ['hidden', 'hidden2'],
      ['kept', 'kept2', 'kept3'],
    ],
    [
      'a %% comment %% over several lines',
      note('kept %%hidden', 'hidden2', 'hidden3%% kept2'),
      ['hidden', 'hidden2', 'hidden3'],
      ['kept', 'kept2'],
    ],
    [
      'an unclosed %% comment: the rest of the note',
      note('kept', '%% hidden', '## Agenda', 'hidden2'),
      ['hidden', 'hidden2', 'Agenda'],
      ['kept'],
    ],
    [
      '%% in a code span is text, the comment after it is not',
      note('`%%` kept %%hidden%% kept2'),
      ['hidden'],
      ['`%%` kept', 'kept2'],
    ],
    [
      '%% in a code block is text',
      note('```', '%%', 'code-kept', '```', 'kept %%hidden%%'),
      ['hidden'],
      ['code-kept', 'kept'],
    ],
    [
      'a fence inside a comment does not hide the comment after it',
      note('%%', '```', 'hidden', '%%', 'kept', '%%hidden2%%', 'kept2'),
      ['hidden', 'hidden2'],
      ['kept', 'kept2'],
    ],
    [
      'a comment closed inside a code span is hidden too',
      note('`a %%hidden%% b` kept'),
      ['hidden'],
      ['kept'],
    ],
    [
      'HTML comments, inline and over lines',
      note('kept <!-- hidden --> kept2', '<!--', 'hidden2', '-->', 'kept3'),
      ['hidden', 'hidden2'],
      ['kept', 'kept2', 'kept3'],
    ],
    [
      'an item tagged #private with its subtree',
      note('- [ ] hidden #private', '    - hidden2', '        - hidden3', '- [ ] kept'),
      ['hidden', 'hidden2', 'hidden3'],
      ['kept'],
    ],
    // Issue 12.6: a tag hides its whole paragraph (once only its own line): `kept` is
    // now after a blank line, another paragraph.
    [
      'a tagged paragraph, to the blank line',
      note('hidden #private', 'hidden too', '', 'kept'),
      ['hidden'],
      ['kept'],
    ],
    [
      'a tagged heading with its section',
      note('## Salary #private', 'hidden', '## Agenda', 'kept'),
      ['hidden', 'Salary'],
      ['kept'],
    ],
    [
      'a nested tag #private/hr, in capitals',
      note('- hidden #Private/hr', '- kept'),
      ['hidden'],
      ['kept'],
    ],
    [
      'a tagged continuation line: the whole item',
      note('- [ ] hidden', '  more #private', '- [ ] kept'),
      ['hidden', 'more'],
      ['kept'],
    ],
    [
      'a tagged task inside a quote',
      note('> - [ ] hidden #private', '> - [ ] kept'),
      ['hidden'],
      ['kept'],
    ],
    [
      'the frontmatter',
      note('---', 'email: hidden@example.com', '---', 'kept'),
      ['hidden@'],
      ['kept'],
    ],
    [
      'CRLF line endings',
      crlf(note('kept', '## Private', 'hidden', '## Notes', 'kept2 %%hidden2%%')),
      ['hidden', 'hidden2'],
      ['kept', 'kept2'],
    ],
  ])('hides %s', (_what, text, hidden, kept) => {
    const out = strip(text);
    for (const h of hidden) expect(out).not.toContain(h);
    for (const k of kept) expect(out).toContain(k);
  });

  it.each<[string, boolean]>([
    ['#private', true],
    ['text #private.', true],
    ['#Private/hr', true],
    ['#privateer', false],
    ['#private-ish', false],
    ['private', false],
  ])('hasPrivateTag(%j) is %s', (line, expected) => {
    expect(hasPrivateTag(line)).toBe(expected);
  });

  it('keeps line numbers: private lines are blank, not gone', () => {
    const text = note('---', 'a: 1', '---', 'kept', '## Private', 'hidden', '## Notes', 'kept2');
    const pub = stripPrivate(text, OPTS);
    expect(pub.text.split('\n')).toHaveLength(text.split('\n').length);
    expect(pub.note.lines[3]).toBe('kept');
    expect(pub.note.lines[7]).toBe('kept2');
    expect(pub.note.frontmatter).toBeNull();
  });

  it('leaves a note without private parts as it is (frontmatter blanked)', () => {
    const text = note('## Agenda', '- [ ] item **bold** `code` [[Link]]', '> [!note]', '> text');
    expect(strip(text)).toBe(text);
  });
});

describe('issue 15.5: a heading that says "private" is private, however it is written', () => {
  it.each<[string, string]>([
    ['the 1:1 Manager plugin', '## 🔒 Private Notes'],
    ['other words after it', '### Private (not shared)'],
    ['any case, any level', '#### PRIVATE'],
    ['a word among others', '## Notes (private)'],
    ['a colon and emphasis', '## **My private notes:**'],
  ])('%s: %s', (_why, heading) => {
    const text = note(
      '## Agenda',
      'kept',
      heading,
      '- [ ] hidden task',
      '## Action items',
      'kept2',
    );
    const pub = strip(text);
    expect(pub).not.toContain('hidden task');
    expect(pub).toContain('kept');
    expect(pub).toContain('kept2');
  });

  it.each<[string, string]>([
    ['a longer word', '## Privateer'],
    ['a word that only starts the same', '## Privately held'],
    ['no such word', '## Notes'],
  ])('not %s: %s', (_why, heading) => {
    const text = note(heading, '- [ ] shown task');
    expect(strip(text)).toContain('shown task');
  });

  it('still honours the headings of the setting', () => {
    const text = note('## Confidential', 'hidden', '## Notes', 'kept');
    expect(strip(text)).not.toContain('hidden');
  });
});
