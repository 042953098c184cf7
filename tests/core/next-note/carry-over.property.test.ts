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
import { joinLines, splitLines } from '../../../src/core/notes/text-lines';
import { planNextNote } from '../../../src/core/next-note/plan-next-note';
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
  | { kind: 'heading'; level: number; name: string }
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
      callout: fc.constantFrom(null, '[!note]', '[!private]', '[!private]-', '[!PRIVATE]+ Mine'),
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
  /** The enclosing headings: level and whether it is private. */
  const headings: Array<{ level: number; private: boolean }> = [];
  const underPrivate = (): boolean => headings.some((h) => h.private);
  const all = opts.unclosed ? [...elements, opts.unclosed] : elements;
  all.forEach((el, k) => {
    const last = opts.unclosed !== null && k === all.length - 1;
    switch (el.kind) {
      case 'heading':
        while (headings.length && headings[headings.length - 1]!.level >= el.level) headings.pop();
        headings.push({ level: el.level, private: el.name.toLowerCase() === 'private' });
        plain(`${'#'.repeat(el.level)} ${el.name}`);
        break;
      case 'paragraph':
        plain('Some words, #tag and `code`.');
        break;
      case 'blank':
        plain('');
        break;
      case 'item':
        lines.push(...renderItem(el.item, '', false, underPrivate()));
        break;
      case 'quote': {
        const prefix = '> '.repeat(el.depth);
        const calloutPrivate = el.callout !== null && /\[!private\]/i.test(el.callout);
        plain('');
        if (el.callout) plain(`> ${el.callout}`);
        const isPrivate = underPrivate() || calloutPrivate;
        for (const i of el.items) lines.push(...renderItem(i, prefix, false, isPrivate));
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

  it('(b) every open task outside code is carried exactly once, stamped', () => {
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
