/**
 * Property tests for the invariants that protect user data: carry-over changes the
 * source only in the status characters of the tasks it carries, carries every open
 * task exactly once, never carries a closed task on its own, is idempotent, and never
 * puts a private item into a shared section.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { planCarryOver } from '../../../src/core/next-note/carry-over';
import { applyLineEdits } from '../../../src/core/notes/line-edits';
import { parseNote } from '../../../src/core/notes/markdown';
import { indentWidth, joinLines, splitLines } from '../../../src/core/notes/text-lines';
import { planNextNote } from '../../../src/core/next-note/plan-next-note';
import { stripPrivate } from '../../../src/core/notes/privacy';
import { BUILT_IN_TYPES, REGULAR_TEMPLATE } from '../../../src/core/settings/note-types';
import { CLOSED, carryOptions } from '../../helpers/builders';

const SOURCE_DATE = '2026-11-10';
const NEW_STAMP = ` ➕ ${SOURCE_DATE}`;
const RUNS = { seed: 424242, numRuns: 200 };

// ---- The generator: notes as lists of elements, rendered with what each line is. ----

interface ItemSpec {
  depth: number;
  units: Array<'\t' | '  ' | '    '>;
  marker: string;
  status: string | null;
  privateTag: boolean;
  stamp: 'none' | 'plain' | 'fe0f';
  blockId: boolean;
  continuation: boolean;
}

type Element =
  | { kind: 'heading'; level: number; name: string; setext: boolean }
  /** A comment that hides part of a task: opened above it, or an inline one inside it. */
  | { kind: 'partialComment'; form: 'above' | 'inline' | 'chain'; status: string }
  /** A `## Public` heading inside a comment: no heading at all. */
  | { kind: 'commentedHeading' }
  /** An item with an indented quote line and a child after it. */
  | { kind: 'quoteInItem'; parent: ItemSpec; child: ItemSpec }
  /** A paragraph whose last line is tagged `#private`. */
  | { kind: 'taggedParagraph' }
  /** An item whose lazy continuation line is tagged `#private`. */
  | { kind: 'lazyTag'; item: ItemSpec }
  /** A task, a lazy continuation line, and a tab-indented child task: one item. */
  | { kind: 'lazyChild'; item: ItemSpec; child: ItemSpec }
  /** An indented code block (four spaces or a tab) holding task lines: code, not tasks. */
  | { kind: 'indentedCode'; quote: string; lines: Array<'    ' | '\t' | '      '> }
  | { kind: 'paragraph' }
  | { kind: 'blank' }
  | { kind: 'item'; item: ItemSpec }
  | { kind: 'quote'; depth: number; callout: string | null; items: ItemSpec[] }
  | {
      kind: 'fence';
      char: string;
      len: number;
      indent: string;
      quote: string;
      info: string;
      items: ItemSpec[];
      /** A line that looks like a fence behind one more quote marker: still code. */
      quotedFence: boolean;
      /** A fence in a quote may stay unclosed: it ends with the quote. */
      closed: boolean;
    };

const item: fc.Arbitrary<ItemSpec> = fc.record({
  depth: fc.integer({ min: 0, max: 3 }),
  units: fc.array(fc.constantFrom<'\t' | '  ' | '    '>('\t', '  ', '    '), {
    minLength: 3,
    maxLength: 3,
  }),
  marker: fc.constantFrom('-', '*', '+', '1.', '2)'),
  status: fc.option(fc.constantFrom(' ', ' ', ' ', 'x', '/', 'X', '-', '>', '?'), {
    nil: null,
    freq: 4,
  }),
  privateTag: fc.integer({ min: 0, max: 5 }).map((n) => n === 0),
  stamp: fc.constantFrom<'none' | 'plain' | 'fe0f'>('none', 'none', 'plain', 'fe0f'),
  blockId: fc.boolean(),
  continuation: fc.boolean(),
});

const element: fc.Arbitrary<Element> = fc.oneof(
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant('heading' as const),
      level: fc.integer({ min: 1, max: 3 }),
      name: fc.constantFrom('Agenda', 'Action items', 'Notes', 'Private', 'private', 'Misc'),
      setext: fc.integer({ min: 0, max: 3 }).map((n) => n === 0),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('partialComment' as const),
      form: fc.constantFrom<'above' | 'inline' | 'chain'>('above', 'inline', 'chain'),
      status: fc.constantFrom(' ', '/', 'x'),
    }),
  },
  { weight: 1, arbitrary: fc.constant({ kind: 'commentedHeading' as const }) },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('quoteInItem' as const),
      parent: item.map((i) => ({ ...i, depth: 0, continuation: false })),
      child: item.map((i) => ({ ...i, depth: 1, continuation: false })),
    }),
  },
  { weight: 1, arbitrary: fc.constant({ kind: 'taggedParagraph' as const }) },
  {
    weight: 1,
    arbitrary: item.map((i) => ({ kind: 'lazyTag' as const, item: { ...i, depth: 0 } })),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('lazyChild' as const),
      item: item.map((i) => ({ ...i, depth: 0, continuation: false })),
      child: item.map((i) => ({ ...i, depth: 1, units: ['\t' as const], continuation: false })),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('indentedCode' as const),
      quote: fc.constantFrom('', '', '> '),
      lines: fc.array(fc.constantFrom<'    ' | '\t' | '      '>('    ', '\t', '      '), {
        minLength: 1,
        maxLength: 3,
      }),
    }),
  },
  { weight: 1, arbitrary: fc.constant({ kind: 'paragraph' as const }) },
  { weight: 2, arbitrary: fc.constant({ kind: 'blank' as const }) },
  { weight: 8, arbitrary: item.map((i) => ({ kind: 'item' as const, item: i })) },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant('quote' as const),
      depth: fc.integer({ min: 1, max: 2 }),
      callout: fc.constantFrom(
        null,
        '[!note]',
        '[!note|wide]',
        '[!private]',
        '[!private]-',
        '[!PRIVATE]+ Mine',
        '[!private|wide]',
        '[!Private|no-icon]- Folded',
      ),
      items: fc.array(item, { minLength: 1, maxLength: 4 }),
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant('fence' as const),
      char: fc.constantFrom('`', '~'),
      len: fc.integer({ min: 3, max: 5 }),
      indent: fc.constantFrom('', '  ', '\t'),
      quote: fc.constantFrom('', '', '> '),
      info: fc.constantFrom('', 'text'),
      items: fc.array(item, { minLength: 1, maxLength: 3 }),
      quotedFence: fc.boolean(),
      closed: fc.boolean(),
    }),
  },
);

interface Line {
  text: string;
  /** For an open task outside code: the offset of its status character. */
  openAt: number | null;
  /** Whether the line is known to be private (private heading or private callout). */
  private: boolean;
}

interface Generated {
  text: string;
  lines: Line[];
  eol: string;
  finalEol: boolean;
}

let counter = 0;

/** Render one item (and its continuation line) behind `prefix`. */
function renderItem(spec: ItemSpec, prefix: string, code: boolean, isPrivate: boolean): Line[] {
  const id = `t${counter++}`;
  const indent = spec.units.slice(0, spec.depth).join('');
  const head = `${prefix}${indent}${spec.marker} `;
  const box = spec.status === null ? '' : `[${spec.status}] `;
  let text = `${head}${box}${id}`;
  if (spec.privateTag) text += ' #private';
  if (spec.stamp === 'plain') text += ' ➕ 2026-01-01';
  if (spec.stamp === 'fe0f') text += ' ➕\uFE0F 2026-01-01';
  if (spec.blockId) text += ` ^${id}`;
  const open = !code && spec.status !== null && !CLOSED.has(spec.status);
  const lines: Line[] = [{ text, openAt: open ? head.length + 1 : null, private: isPrivate }];
  if (spec.continuation)
    lines.push({ text: `${prefix}${indent}   more ${id}`, openAt: null, private: isPrivate });
  return lines;
}

function render(
  elements: Element[],
  opts: { crlf: boolean; finalEol: boolean; frontmatter: boolean; unclosed: Element | null },
): Generated {
  counter = 0;
  const lines: Line[] = [];
  const plain = (text: string, isPrivate = false): void => {
    lines.push({ text, openAt: null, private: isPrivate });
  };
  if (opts.frontmatter) ['---', 'tags:', '  - [ ] not a task', '---'].forEach((t) => plain(t));
  /**
   * An item indented four columns or more right after a blank line, a heading or a fence
   * would be indented code: a plain item before it keeps it an item (its parent).
   */
  const item = (spec: ItemSpec, prefix: string, isPrivate: boolean): void => {
    const prev = lines.length ? bare(lines[lines.length - 1]!.text) : '';
    const deep = indentWidth(spec.units.slice(0, spec.depth).join('')) >= 4;
    if (deep && (prev === '' || /^(?:#|=+$|-+$|`{3}|~{3})/.test(prev)))
      plain(`${prefix}- anchor a${counter++}`, isPrivate);
    lines.push(...renderItem(spec, prefix, false, isPrivate));
  };
  /** The enclosing headings: level and whether it is private. */
  const headings: Array<{ level: number; private: boolean }> = [];
  const underPrivate = (): boolean => headings.some((h) => h.private);
  const all = opts.unclosed ? [...elements, opts.unclosed] : elements;
  all.forEach((el, k) => {
    const last = opts.unclosed !== null && k === all.length - 1;
    switch (el.kind) {
      case 'heading':
        while (headings.length && headings[headings.length - 1]!.level >= el.level) headings.pop();
        if (el.setext) {
          // Underlined: level 1 with `=`, else level 2 with `-`, after a blank line.
          const level = el.level === 1 ? 1 : 2;
          while (headings.length && headings[headings.length - 1]!.level >= level) headings.pop();
          headings.push({ level, private: el.name.toLowerCase() === 'private' });
          plain('');
          plain(el.name);
          plain(level === 1 ? '=======' : '---');
          break;
        }
        headings.push({ level: el.level, private: el.name.toLowerCase() === 'private' });
        plain(`${'#'.repeat(el.level)} ${el.name}`);
        break;
      case 'partialComment': {
        // Hidden text is `h<n>`: it must never show in the new note.
        const id = `t${counter++}`;
        const box = `[${el.status}]`;
        const open = !CLOSED.has(el.status);
        plain('');
        if (el.form === 'above') {
          plain(`%% draft h${id}:`);
          plain(`- ${box} h${id} words %% tail ${id}`, underPrivate());
        } else if (el.form === 'inline') {
          plain(`%% start h${id}`);
          plain(`- ${box} h${id} %%x${id}%% h${id}b`, underPrivate());
          plain(`end h${id} %%`);
        } else {
          // A carried, B partly hidden (stays), C carried.
          lines.push({
            text: `- ${box} A${id} %%h${id} starts`,
            openAt: open ? 3 : null,
            private: underPrivate(),
          });
          plain(`- ${box} h${id}B %% tail ${id}`, underPrivate());
          lines.push({ text: `- ${box} C${id}`, openAt: open ? 3 : null, private: underPrivate() });
        }
        // Nothing nests under a task that stays: the next items are not its children.
        plain('');
        plain('Separator.');
        break;
      }
      case 'commentedHeading':
        plain('');
        plain('%%');
        plain('## Public');
        plain('%%');
        break;
      case 'quoteInItem': {
        plain('');
        const parent = renderItem(el.parent, '', false, underPrivate());
        const unit = el.child.units[0]!;
        const tagged = el.parent.privateTag;
        lines.push(...parent);
        plain(`${unit}> quoted line q${counter++}`, underPrivate() || tagged);
        const childPrivate = underPrivate() || tagged;
        lines.push(...renderItem(el.child, '', false, childPrivate));
        plain('');
        break;
      }
      case 'taggedParagraph':
        plain('');
        plain(`secret words p${counter++}`);
        plain(`and more p${counter++} #private`);
        plain('');
        break;
      case 'lazyTag': {
        plain('');
        lines.push(...renderItem(el.item, '', false, true));
        plain(`lazy words z${counter++} #private`, true);
        plain('');
        break;
      }
      case 'lazyChild': {
        plain('');
        item(el.item, '', underPrivate());
        plain(`lazy words l${counter++}`, underPrivate());
        const tagged = el.item.privateTag;
        lines.push(...renderItem(el.child, '', false, underPrivate() || tagged));
        break;
      }
      case 'indentedCode': {
        // After a paragraph at the top level (no item open), then a blank line: code.
        const q = el.quote;
        plain('');
        plain(`${q}Separator s${counter++}.`);
        plain(q.trimEnd());
        // In a quote a tab after `> ` reaches column 4 only: two columns of indent.
        for (const ws of el.lines)
          plain(`${q}${q && ws === '\t' ? '    ' : ws}- [ ] code c${counter++}`);
        plain(`${q}    \`\`\`fence-looking c${counter++}`);
        plain('');
        break;
      }
      case 'paragraph':
        plain('Some words, #tag and `code`.');
        break;
      case 'blank':
        plain('');
        break;
      case 'item':
        item(el.item, '', underPrivate());
        break;
      case 'quote': {
        const prefix = '> '.repeat(el.depth);
        const calloutPrivate = el.callout !== null && /\[!private[|\]]/i.test(el.callout);
        plain('');
        if (el.callout) plain(`> ${el.callout}`);
        const isPrivate = underPrivate() || calloutPrivate;
        for (const i of el.items) item(i, prefix, isPrivate);
        plain('');
        break;
      }
      case 'fence': {
        const fence = el.char.repeat(el.len);
        const prefix = el.quote + el.indent;
        if (el.quote) plain('');
        plain(`${prefix}${fence}${el.info}`);
        if (el.quotedFence) plain(`${prefix}> ${fence}`);
        for (const i of el.items) lines.push(...renderItem(i, prefix, true, false));
        if (!last && (el.closed || !el.quote))
          plain(`${prefix}${fence}${el.char === '`' ? '`' : ''}`);
        if (el.quote && !last) plain('');
        break;
      }
    }
  });
  const eol = opts.crlf ? '\r\n' : '\n';
  const text = lines.map((l) => l.text).join(eol) + (opts.finalEol ? eol : '');
  return { text, lines, eol, finalEol: opts.finalEol };
}

const note: fc.Arbitrary<Generated> = fc
  .record({
    elements: fc.array(element, { minLength: 0, maxLength: 40, size: 'medium' }),
    crlf: fc.boolean(),
    finalEol: fc.boolean(),
    frontmatter: fc.boolean(),
    unclosed: fc.option(
      element.filter((e) => e.kind === 'fence'),
      { nil: null, freq: 5 },
    ),
  })
  .map(({ elements, ...opts }) => render(elements, opts));

/** A line without quote markers and leading whitespace. */
function bare(line: string): string {
  return line.replace(/^(?:[ \t]{0,3}>[ \t]?)+/, '').trimStart();
}

function plan(text: string) {
  return planCarryOver(text, SOURCE_DATE, carryOptions());
}

// ---- The properties. ----

describe('carry-over properties', () => {
  it('(a) the marked source differs only in the status characters of open tasks, each now `>`', () => {
    fc.assert(
      fc.property(note, (g) => {
        const p = plan(g.text);
        const r = applyLineEdits(g.text, p.sourceEdits);
        expect(r.skipped).toEqual([]);
        const expected = g.lines
          .map((l) =>
            l.openAt === null
              ? l.text
              : `${l.text.slice(0, l.openAt)}>${l.text.slice(l.openAt + 1)}`,
          )
          .join(g.eol);
        expect(r.text).toBe(expected + (g.finalEol ? g.eol : ''));
        expect(p.sourceEdits.length).toBe(g.lines.filter((l) => l.openAt !== null).length);
      }),
      RUNS,
    );
  });

  it('(b) every open task outside code is carried exactly once, stamped; code is not', () => {
    fc.assert(
      fc.property(note, (g) => {
        const carried = plan(g.text).blocks.flatMap((b) => b.lines);
        const normalised = carried.map((l) => bare(l.replace(NEW_STAMP, '')));
        for (const line of g.lines.filter((l) => l.openAt !== null)) {
          const matches = normalised.filter((n) => n === bare(line.text));
          expect(matches.length, line.text).toBe(1);
          const at = normalised.indexOf(bare(line.text));
          expect(carried[at]).toContain('➕');
        }
        // A task line in an indented code block is code: never carried.
        for (const l of carried) expect(l).not.toMatch(/\bcode c\d+/);
      }),
      RUNS,
    );
  });

  it('(c) no closed task is carried on its own: every block starts with an open task', () => {
    fc.assert(
      fc.property(note, (g) => {
        for (const block of plan(g.text).blocks) {
          const m = /^(?:[-*+]|\d{1,9}[.)])[ \t]+\[(.)\]/.exec(block.lines[0]!);
          expect(m, block.lines[0]).not.toBeNull();
          expect(CLOSED.has(m![1]!)).toBe(false);
          expect(block.tasks[0]).toBe(block.lines[0]);
        }
      }),
      RUNS,
    );
  });

  it('(d) carrying from the marked source carries nothing: twice is like once', () => {
    fc.assert(
      fc.property(note, (g) => {
        const marked = applyLineEdits(g.text, plan(g.text).sourceEdits).text;
        const again = plan(marked);
        expect(again.blocks).toEqual([]);
        expect(again.sourceEdits).toEqual([]);
        expect(applyLineEdits(marked, again.sourceEdits).text).toBe(marked);
      }),
      RUNS,
    );
  });

  it('(e) splitLines and joinLines round-trip every generated note', () => {
    fc.assert(
      fc.property(note, (g) => {
        const { lines, eols } = splitLines(g.text);
        expect(joinLines(lines, eols)).toBe(g.text);
        expect(lines.length).toBe(Math.max(g.lines.length, 1) + (g.finalEol ? 1 : 0));
      }),
      RUNS,
    );
  });

  it('(f) private items land in the private section and nowhere else', () => {
    fc.assert(
      fc.property(note, (g) => {
        const p = planNextNote({
          path: 'One-on-ones/X/2026-11-24 X.md',
          type: BUILT_IN_TYPES[0]!,
          date: '2026-11-24',
          person: { name: 'X', linkText: 'X' },
          template: REGULAR_TEMPLATE,
          source: {
            path: 'One-on-ones/X/2026-11-10 X.md',
            date: SOURCE_DATE,
            text: g.text,
            linkText: '2026-11-10 X',
          },
          personNote: null,
          options: { carry: carryOptions(), topicsHeading: 'Topics for next time' },
        });
        const n = parseNote(p.text);
        const privateHeading = n.headings.find((h) => h.text === 'Private')!;
        const privateLines = new Set(n.lines.slice(privateHeading.line + 1));
        const sharedLines = n.lines.slice(0, privateHeading.line);
        for (const line of sharedLines) expect(line).not.toContain('#private');
        const knownPrivate = new Set(
          g.lines.filter((l) => l.openAt !== null && l.private).map((l) => bare(l.text)),
        );
        for (const block of p.blocks) {
          const isPrivate = block.private;
          if (block.lines.some((l) => l.includes('#private'))) expect(isPrivate).toBe(true);
          if (knownPrivate.has(bare(block.lines[0]!.replace(NEW_STAMP, ''))))
            expect(isPrivate).toBe(true);
          if (isPrivate)
            for (const l of block.lines) if (l.trim()) expect(privateLines.has(l), l).toBe(true);
        }
      }),
      RUNS,
    );
  });
});

// ---- The new note as the recap reads it. ----

/** Templates: the built-in one, one with an unclosed fence, one with a byte-order mark. */
const template = fc.constantFrom(
  REGULAR_TEMPLATE,
  `${REGULAR_TEMPLATE}\n\`\`\`js\nconst left = 'open';\n`,
  `## Notes\n\n~~~~\ncode\n`,
  `\uFEFF---\ntags: [meeting]\n---\n${REGULAR_TEMPLATE}`,
);

/** A person note whose topic queue holds comments: whole, inline, split by a heading. */
const personText = fc
  .array(
    fc.constantFrom(
      ['- Shared topic'],
      ['- Topic with %%hidden aside%% words'],
      ['%% hidden one-liner %%'],
      ['%% hidden draft:', '- hidden topic', '%%'],
      ['%% hidden plan', '## Development plan', '- hidden goal', '%%'],
      ['- Half %% hidden tail', 'hidden more %% shown after'],
      ['- Private topic hidden #private'],
      ['<!-- hidden html', '- hidden in html -->'],
    ),
    { maxLength: 5 },
  )
  .map((blocks) => ['## Topics for next time', ...blocks.flat(), '## Goals', ''].join('\n'));

/** The words of a text that its recap does not show: ids like `t12`, `h3`, `hidden`. */
function hiddenWords(text: string): string[] {
  const shown = stripPrivate(text, { privateHeadings: ['Private'] }).text;
  const all = new Set(text.match(/\b(?:[a-z]+\d+|hidden)\b/gi) ?? []);
  return [...all].filter((w) => !new RegExp(`\\b${w}\\b`).test(shown));
}

describe('the new note, read as the recap reads it', () => {
  it('(g) shows nothing the source or person note hides, and holds each item marked [>] once', () => {
    fc.assert(
      fc.property(note, template, personText, (g, tpl, person) => {
        const p = planNextNote({
          path: 'One-on-ones/X/2026-11-24 X.md',
          type: BUILT_IN_TYPES[0]!,
          date: '2026-11-24',
          person: { name: 'X', linkText: 'X' },
          template: tpl,
          source: {
            path: 'One-on-ones/X/2026-11-10 X.md',
            date: SOURCE_DATE,
            text: g.text,
            linkText: '2026-11-10 X',
          },
          personNote: { path: 'People/X.md', text: person },
          options: { carry: carryOptions(), topicsHeading: 'Topics for next time' },
        });
        const shown = stripPrivate(p.text, { privateHeadings: ['Private'] }).text;
        for (const w of [...hiddenWords(g.text), ...hiddenWords(person)])
          expect(new RegExp(`\\b${w}\\b`).test(shown), `${w} shows:\n${shown}`).toBe(false);
        // The person note loses only whole topics, and shows nothing new.
        const after = applyLineEdits(person, p.topicEdits.flat());
        expect(after.skipped).toEqual([]);
        const personShown = stripPrivate(after.text, { privateHeadings: ['Private'] }).text;
        for (const w of hiddenWords(person))
          expect(personShown).not.toMatch(new RegExp(`\\b${w}\\b`));
        // Every item marked [>] is in the new note exactly once.
        const edits = p.sourceEdits.flat();
        expect(edits.length).toBe(p.carried.length);
        for (const e of edits) {
          const id = /\b[A-Z]?t\d+\b/.exec(e.expected)![0];
          expect(p.text.match(new RegExp(`\\] ${id}\\b`, 'g'))?.length, id).toBe(1);
        }
        // Every heading of the new note is a heading: no template fence swallowed one.
        const n = parseNote(p.text);
        const expected = [
          'Agenda',
          'Action items',
          ...(/^## Private$/m.test(p.text) ? ['Private'] : []),
        ];
        for (const h of expected)
          expect(
            n.headings.some((x) => x.text === h && !n.codeLines.has(x.line)),
            h,
          ).toBe(true);
      }),
      { seed: 20261201, numRuns: Number(process.env.RUNS ?? 1000) },
    );
  });
});
