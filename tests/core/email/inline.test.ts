/**
 * The pieces of an email: inline Markdown to text and safe HTML, the Markdown clean-up,
 * Tasks fields in words, email blocks to text and HTML, and mailto links.
 */
import { describe, expect, it } from 'vitest';
import { markdownToHtml, markdownToText } from '../../../src/core/email/email-doc';
import { dateInWords, extractFields, fieldsInWords } from '../../../src/core/notes/field-words';
import {
  cleanInlineMarkdown,
  inlineToHtml,
  inlineToText,
  parseInline,
  wikilinkDisplay,
} from '../../../src/core/email/inline';
import { MAILTO_LIMIT, mailtoLink, mailtoUrl } from '../../../src/core/email/mailto';
import { doneDate, stripTaskFields } from '../../../src/core/notes/task-fields';

const TODAY = '2026-11-22';
const html = (s: string): string => inlineToHtml(parseInline(s));
const text = (s: string): string => inlineToText(parseInline(s));

describe('inline Markdown', () => {
  it.each([
    [
      '**bold** and *italic* and _also_',
      '<strong>bold</strong> and <em>italic</em> and <em>also</em>',
      'bold and italic and also',
    ],
    [
      '`code <b>` & "quotes"',
      '<code>code &lt;b&gt;</code> &amp; &quot;quotes&quot;',
      'code <b> & "quotes"',
    ],
    [
      '<script>alert(1)</script>',
      '&lt;script&gt;alert(1)&lt;/script&gt;',
      '<script>alert(1)</script>',
    ],
    [
      '[site](https://example.com/a?b=1&c=2)',
      '<a href="https://example.com/a?b=1&amp;c=2">site</a>',
      'site (https://example.com/a?b=1&c=2)',
    ],
    ['[bad](javascript:alert(1))', 'bad', 'bad'],
    ['[note](Some%20Note.md)', 'note', 'note'],
    [
      'see https://example.com/x.',
      'see <a href="https://example.com/x">https://example.com/x</a>.',
      'see https://example.com/x.',
    ],
    [
      '<mailto:priya@example.com>',
      '<a href="mailto:priya@example.com">priya@example.com</a>',
      'priya@example.com',
    ],
    ['[[Priya Shah]] and [[People/Jo - Ops-Infra|Jo]]', 'Priya Shah and Jo', 'Priya Shah and Jo'],
    [
      '[[Atlas migration#Risks]] [[#Goals]] [[Note^abc]]',
      'Atlas migration &gt; Risks Goals Note',
      'Atlas migration > Risks Goals Note',
    ],
    ['before ![[Priya Shah#Goals]] ![img](a.png) after', 'before   after', 'before   after'],
    ['snake_case_name stays', 'snake_case_name stays', 'snake_case_name stays'],
    [
      '~~old~~ ==key== **bold *nested* in**',
      '<del>old</del> <mark>key</mark> <strong>bold <em>nested</em> in</strong>',
      'old key bold nested in',
    ],
    ['\\*not italic\\* and 2 * 3 * 4', '*not italic* and 2 * 3 * 4', '*not italic* and 2 * 3 * 4'],
    ['an ` unclosed tick', 'an ` unclosed tick', 'an ` unclosed tick'],
  ])('%j', (source, expectedHtml, expectedText) => {
    expect(html(source)).toBe(expectedHtml);
    expect(text(source)).toBe(expectedText);
  });

  it.each([
    ['Note', 'Note'],
    ['Folder/Note.md', 'Note'],
    ['Note|Alias', 'Alias'],
    ['Note#Heading', 'Note > Heading'],
    ['#Heading', 'Heading'],
    ['Note#^block', 'Note'],
  ])('wikilinkDisplay(%j) is %j', (inner, shown) => {
    expect(wikilinkDisplay(inner)).toBe(shown);
  });

  it.each([
    [
      'keeps **formatting** and [links](https://x.org)',
      'keeps **formatting** and [links](https://x.org)',
    ],
    ['[[Priya Shah|Priya]] and [[a_b]]', 'Priya and a\\_b'],
    ['drops ![[Embed]] and ![i](x.png) embeds', 'drops and embeds'],
    ['`[[kept in code]]` text', '`[[kept in code]]` text'],
  ])('cleanInlineMarkdown(%j)', (source, expected) => {
    expect(cleanInlineMarkdown(source)).toBe(expected);
  });
});

describe('Tasks fields in words', () => {
  it.each<[string, string, string]>([
    ['Ship it 📅 2026-11-27', 'Ship it', 'due Friday, Nov 27'],
    ['Ship it 📅\uFE0F 2026-11-27', 'Ship it', 'due Friday, Nov 27'],
    [
      'Plan ⏳ 2026-11-24 🛫 2026-11-23',
      'Plan',
      'scheduled Tuesday, Nov 24; starts Monday, Nov 23',
    ],
    ['Done ✅ 2026-11-06 ➕ 2026-10-13', 'Done', 'done Friday, Nov 6; added Tuesday, Oct 13'],
    ['Dropped ❌ 2026-11-01', 'Dropped', 'cancelled Sunday, Nov 1'],
    ['Urgent ⏫ 📅 2027-03-31', 'Urgent', 'high priority; due Wednesday, Mar 31, 2027'],
    [
      'Every week 🔁 every week on Monday 📅 2026-11-23',
      'Every week',
      'due Monday, Nov 23; repeats every week on Monday',
    ],
    [
      'Levels 🔺 🔼 🔽 ⏬',
      'Levels',
      'highest priority; medium priority; low priority; lowest priority',
    ],
    ['Goal [progress:: 40] (owner:: Sam)', 'Goal', 'progress: 40%; owner: Sam'],
    ['Goal [Progress:: 12.5]', 'Goal', 'Progress: 12.5%'],
    ['Goal [progress:: 40%]', 'Goal', 'progress: 40%'],
    ['Goal [progress:: half]', 'Goal', 'progress: half'],
    ['Ids 🆔 abc123 ⛔ def456 go ^block-1', 'Ids go', ''],
    ['No fields here', 'No fields here', ''],
  ])('%j', (line, rest, words) => {
    const { text: t, fields } = extractFields(line);
    expect(t).toBe(rest);
    expect(fieldsInWords(fields, TODAY, 'en-US')).toBe(words);
  });

  it.each([
    ['2026-11-28', 'Saturday, Nov 28'],
    ['2027-01-05', 'Tuesday, Jan 5, 2027'],
    ['2025-12-31', 'Wednesday, Dec 31, 2025'],
  ])('dateInWords(%s)', (date, words) => {
    expect(dateInWords(date, TODAY, 'en-US')).toBe(words);
  });

  it('says dates in the locale given', () => {
    expect(dateInWords('2026-11-28', TODAY, 'de-DE')).toBe('Samstag, 28. Nov.');
  });

  it.each([
    ['- [x] Done ✅ 2026-11-06', '2026-11-06'],
    ['- [x] Done ✅\uFE0F 2026-11-06', '2026-11-06'],
    ['- [x] Done', null],
    ['- [x] Bad ✅ 2026-02-30', null],
  ])('doneDate(%j) is %s', (line, date) => {
    expect(doneDate(line)).toBe(date);
  });

  it('stripTaskFields keeps the words only', () => {
    expect(stripTaskFields('Draft the roadmap 📅 2026-12-05 ➕ 2026-10-13 ^id-1')).toBe(
      'Draft the roadmap',
    );
  });
});

describe('email blocks', () => {
  const md = [
    '## Highlights',
    '- one **bold**',
    '  continued',
    '    - child',
    '- two',
    '',
    '3. third',
    '4. fourth',
    '',
    '```',
    'const a = "<x>";',
    '```',
    '',
    '> quoted',
    '',
    'A paragraph',
    'on two lines.',
  ].join('\n');

  it('as plain text', () => {
    expect(markdownToText(md)).toBe(
      [
        'Highlights',
        '- one bold',
        '  continued',
        '  - child',
        '- two',
        '',
        '3. third',
        '4. fourth',
        '',
        '    const a = "<x>";',
        '',
        '> quoted',
        '',
        'A paragraph',
        'on two lines.',
        '',
      ].join('\n'),
    );
  });

  it('as HTML', () => {
    expect(markdownToHtml(md)).toBe(
      [
        '<h3>Highlights</h3>',
        '<ul><li>one <strong>bold</strong><br>continued<ul><li>child</li></ul></li><li>two</li></ul>',
        '<ol start="3"><li>third</li><li>fourth</li></ol>',
        '<pre><code>const a = &quot;&lt;x&gt;&quot;;</code></pre>',
        '<blockquote><p>quoted</p></blockquote>',
        '<p>A paragraph<br>on two lines.</p>',
      ].join('\n'),
    );
  });

  it('a body that starts with a rule is not frontmatter', () => {
    expect(markdownToText('---\ntext\n---')).toBe('---\n\ntext\n\n---\n');
  });
});

describe('mailto links', () => {
  const params = (url: string): URLSearchParams =>
    new URLSearchParams(url.slice(url.indexOf('?') + 1).replace(/\+/g, '%2B'));

  it('encodes non-ASCII names, ampersands and new lines (as CRLF)', () => {
    const url = mailtoUrl(
      'josé.müller@example.com',
      '1:1 recap: José Müller & 李雷, Nov 10',
      'Hi José,\n\nR&D + Q&A = done?\nBye #1',
    );
    expect(url).toBe(
      'mailto:jos%C3%A9.m%C3%BCller@example.com?subject=1%3A1%20recap%3A%20Jos%C3%A9%20M%C3%BCller%20%26%20%E6%9D%8E%E9%9B%B7%2C%20Nov%2010' +
        '&body=Hi%20Jos%C3%A9%2C%0D%0A%0D%0AR%26D%20%2B%20Q%26A%20%3D%20done%3F%0D%0ABye%20%231',
    );
    expect(params(url).get('subject')).toBe('1:1 recap: José Müller & 李雷, Nov 10');
    expect(params(url).get('body')).toBe('Hi José,\r\n\r\nR&D + Q&A = done?\r\nBye #1');
    expect(url).not.toMatch(/\s/);
  });

  it('keeps CRLF as it is and several addresses apart', () => {
    expect(mailtoUrl('a@x.org, b@y.org', 's', 'a\r\nb')).toBe(
      'mailto:a@x.org,b@y.org?subject=s&body=a%0D%0Ab',
    );
  });

  it('works without an address', () => {
    expect(mailtoUrl('', 'Hello', 'x')).toBe('mailto:?subject=Hello&body=x');
  });

  it('leaves the body out when the link would be too long', () => {
    const fits = mailtoLink('a@x.org', 's', 'x'.repeat(100));
    expect(fits.withBody).toBe(true);
    const long = mailtoLink('a@x.org', 'Recap', 'é'.repeat(400));
    expect(long).toEqual({ url: 'mailto:a@x.org?subject=Recap', withBody: false });
    const edge = mailtoUrl('a@x.org', 's', '');
    const room = MAILTO_LIMIT - edge.length;
    expect(mailtoLink('a@x.org', 's', 'y'.repeat(room)).withBody).toBe(true);
    expect(mailtoLink('a@x.org', 's', 'y'.repeat(room + 1)).withBody).toBe(false);
  });
});
