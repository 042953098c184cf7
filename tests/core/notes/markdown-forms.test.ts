/**
 * Issue 12, privacy in every Markdown form: quotes inside list items, callout metadata
 * and folding, setext headings and tags at the end of paragraphs, read alike by the
 * recap's filter and by carry-over.
 */
import { describe, expect, it } from 'vitest';
import { planCarryOver, type CarryBlock } from '../../../src/core/next-note/carry-over';
import { applyLineEdits } from '../../../src/core/notes/line-edits';
import { parseNote } from '../../../src/core/notes/markdown';
import { stripPrivate } from '../../../src/core/notes/privacy';
import { carryOptions, note } from '../../helpers/builders';

const OPTS = { privateHeadings: ['Private'] };
const strip = (text: string): string => stripPrivate(text, OPTS).text;
const blocks = (text: string): CarryBlock[] =>
  planCarryOver(text, '2026-11-08', carryOptions()).blocks;

/** Neither the recap's text nor a shared carried block holds `secret`. */
function expectSecretHidden(text: string): void {
  expect(strip(text)).not.toMatch(/secret/i);
  for (const b of blocks(text)) if (!b.private) expect(b.lines.join('\n')).not.toMatch(/secret/i);
}

describe('issue 12.3: an indented quote line inside a list item belongs to the item', () => {
  const text = note(
    '## Notes',
    '- Compensation talk #private',
    '  > He said he is interviewing elsewhere (secret)',
    '  - Wants 120k to stay (secret)',
    '  - [ ] Ask HR about a secret retention bonus',
    '- Public item',
  );

  it('the item takes the quote and the lines after it', () => {
    const n = parseNote(text);
    expect(n.items.map((i) => [i.line, i.end, i.parent])).toEqual([
      [1, 5, null],
      [3, 4, 0],
      [4, 5, 0],
      [5, 6, null],
    ]);
  });

  it('a #private item hides its quote and its children, in the recap and in carry-over', () => {
    expectSecretHidden(text);
    expect(strip(text)).toContain('Public item');
    expect(blocks(text).map((b) => b.private)).toEqual([true]);
  });

  it('carrying a task keeps its quote and its children', () => {
    const t = note(
      '- [ ] Prepare the review',
      '  > quoted context',
      '  - child',
      '    - grandchild',
    );
    expect(blocks(t).map((b) => b.lines)).toEqual([
      [
        '- [ ] Prepare the review ➕ 2026-11-08',
        '  > quoted context',
        '  - child',
        '    - grandchild',
      ],
    ]);
    const r = applyLineEdits(t, planCarryOver(t, '2026-11-08', carryOptions()).sourceEdits);
    expect(r.text).toBe(t.replace('[ ]', '[>]'));
  });
});

describe('issue 12.4: callout metadata and folding', () => {
  it.each(['[!private|wide]', '[!private]-', '[!private]+', '[!PRIVATE|wide]- Title'])(
    '%s is a private callout, at the top and inside a list item',
    (header) => {
      expectSecretHidden(
        note('## Notes', '', `> ${header}`, '> secret words', '> - [ ] secret task'),
      );
      expectSecretHidden(
        note(
          '## Notes',
          '- [ ] Public task',
          `  > ${header}`,
          '  > secret words',
          '  > - [ ] secret task',
        ),
      );
      expect(blocks(note('', `> ${header}`, '> - [ ] secret task'))[0]!.private).toBe(true);
    },
  );
});

describe('issue 12.5: setext headings', () => {
  it.each(['=======', '-------', '==='])('Private underlined with %s is a private heading', (u) => {
    const text = note('# Notes', '', 'Private', u, 'secret words', '- [ ] secret task');
    expectSecretHidden(text);
    expect(blocks(text)[0]!.private).toBe(true);
  });

  it('a --- after a blank line is a thematic break, and the frontmatter is no heading', () => {
    const n = parseNote(note('---', 'a: 1', '---', 'Text', '', '---', 'more'));
    expect(n.headings).toEqual([]);
  });

  it('a paragraph underlined in a private section does not end it', () => {
    expectSecretHidden(note('## Private', 'secret one', '---', 'secret two', '- [ ] secret task'));
  });
});

describe('issue 12.6: #private at the end of a paragraph', () => {
  it('hides the whole paragraph', () => {
    const text = note(
      '## Notes',
      'shown before',
      '',
      'secret line one',
      'secret line two #private',
      '',
      'shown after',
    );
    expect(
      strip(text)
        .split('\n')
        .filter((l) => l),
    ).toEqual(['## Notes', 'shown before', 'shown after']);
  });

  it('hides a list item with its lazy continuation lines', () => {
    const text = note('## Notes', '- [ ] secret task', 'lazy secret line #private', '', '- shown');
    expectSecretHidden(text);
    expect(strip(text)).toContain('shown');
    const tagged = note('- [ ] secret task #private', 'lazy secret line', '', 'shown');
    expectSecretHidden(tagged);
    expect(strip(tagged)).toContain('shown');
  });
});

describe('issue 12.16: a byte-order mark before the frontmatter', () => {
  const BOM = '\uFEFF';
  const text = note(
    `${BOM}---`,
    'type: one-on-one',
    'notes: |',
    '  - [ ] not a task',
    '---',
    '## Action items',
    '- [ ] real task',
  );

  it('the frontmatter is still frontmatter: never read as body, carried or marked', () => {
    const n = parseNote(text);
    expect(n.frontmatter).toEqual({ start: 0, end: 5 });
    expect(n.items.map((i) => i.text)).toEqual(['real task']);
    const plan = planCarryOver(text, '2026-11-08', carryOptions());
    expect(plan.blocks.map((b) => b.lines)).toEqual([['- [ ] real task ➕ 2026-11-08']]);
    expect(plan.sourceEdits.map((e) => e.line)).toEqual([6]);
    expect(strip(text)).not.toContain('not a task');
  });

  it('a private heading on the first line after a mark is still a heading', () => {
    const t = `${BOM}## Private\n- [ ] secret task\n`;
    expect(blocks(t).map((b) => [b.private, b.lines])).toEqual([
      [true, ['- [ ] secret task ➕ 2026-11-08']],
    ]);
    const first = `${BOM}- [ ] first task\n`;
    expect(blocks(first).map((b) => b.lines)).toEqual([['- [ ] first task ➕ 2026-11-08']]);
    const r = applyLineEdits(first, planCarryOver(first, '2026-11-08', carryOptions()).sourceEdits);
    expect(r.text).toBe(`${BOM}- [>] first task\n`);
  });
});

describe('issue 12.18a: tasks in HTML blocks are not tasks', () => {
  it.each([
    ['an HTML block', ['## Notes', '<div>', '- [ ] html task', '</div>']],
    ['a details block', ['<details><summary>More</summary>', '- [ ] html task', '</details>']],
  ])('%s', (_, lines) => {
    const text = note(...lines, '', '- [ ] real task');
    expect(parseNote(text).items.map((i) => i.text)).toEqual(['real task']);
    expect(blocks(text).map((b) => b.lines)).toEqual([['- [ ] real task ➕ 2026-11-08']]);
  });
});
