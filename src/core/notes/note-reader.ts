/**
 * The note reader of the one Markdown parser (markdown.ts): one pass over a note's
 * lines, from any line after which a reader held nothing open, with what was found
 * before it. Line numbers are 0-based.
 */
import type { Heading, ParsedNote } from './parsed-note';
import {
  CALLOUT,
  FENCE,
  firstSolid,
  HEADING,
  QUOTE,
  RULE,
  HTML_BLOCK,
  setextHeading,
  interruptsItem,
  innermostCallout,
  quoteDepth,
  stripQuotes,
  type OpenFence,
} from './block-syntax';
import { ListItemTree, type ItemPlace } from './list-items';
import { indentWidth, leadingWidth } from './text-lines';

/** Character codes of `>`, a backtick, `~` and `#`, for `firstSolid`. */
const [GT, BACKTICK, TILDE, HASH] = [62, 96, 126, 35];

/** What a reader has found so far: the parts of a `ParsedNote` that it reads. */
export type ReadSoFar = Pick<
  ParsedNote,
  'headings' | 'items' | 'codeLines' | 'indentedCode' | 'calloutOf' | 'callouts' | 'calloutParent'
>;

/**
 * One pass over a note's lines. `readLine` takes each line through the steps in order:
 * a line of an open fence, its quote markers and callouts, a line of an open indented
 * code block, the end of items of another quote, an indented code block or a fence that
 * opens, a heading, then a lazy continuation line or the end of the items it is not
 * indented past, and a list item. What the steps find goes into the public fields and
 * the items (list-items.ts), which `parseNote` hands out as the `ParsedNote`.
 */
export class NoteReader extends ListItemTree {
  readonly headings: Heading[];
  readonly codeLines: Set<number>;
  readonly calloutOf: Map<number, number>;
  readonly callouts: Map<number, string>;
  readonly calloutParent: Map<number, number>;
  /** The lines after which the reader held nothing open: what follows reads as from a fresh start. */
  readonly clean: number[] = [];

  private fence: OpenFence | null = null;
  /** For each open quote level, outermost first: its callout header line, or null. */
  private readonly quoteLevels: Array<number | null> = [];
  /** The header line of the innermost callout the last line outside a fence is in, or null. */
  private callout: number | null = null;
  private previousQuoted = false;
  /** The current line's quote markers (`"> "`), their count, and the text after them. */
  private quote = '';
  private depth = 0;
  private body = '';
  /** The first line of the paragraph the previous line was in (top level, outside items), or -1. */
  private paragraph = -1;
  private html = false; // inside an HTML block, which a blank line ends
  /** The previous line was paragraph text of the innermost open item: the next may be lazy. */
  private itemText = false;
  /** The previous line lets an indented code block start: blank, a heading, a closing fence. */
  private codeMayStart = true;

  /** `seed`: what a reader found in the lines before the first it reads, ending clean. */
  constructor(
    private readonly lines: readonly string[],
    seed?: ReadSoFar,
  ) {
    super(seed?.items ?? [], seed?.indentedCode ?? new Set());
    this.headings = seed?.headings ?? [];
    this.codeLines = seed?.codeLines ?? new Set();
    this.calloutOf = seed?.calloutOf ?? new Map<number, number>();
    this.callouts = seed?.callouts ?? new Map<number, string>();
    this.calloutParent = seed?.calloutParent ?? new Map<number, number>();
  }

  /**
   * Read the lines from `from` on, then close the items still open at the end; or stop
   * after the first clean line for which `until` says so. Returns the line stopped
   * after, or the number of lines.
   */
  readLines(from: number, until?: (line: number) => boolean): number {
    for (let i = from; i < this.lines.length; i++) {
      this.readLine(i);
      if (!this.isClean()) continue;
      this.clean.push(i);
      if (until?.(i)) return i;
    }
    this.closeItemsTo(0);
    return this.lines.length;
  }

  /** Nothing is open: no item, fence, code block, quote, paragraph or HTML block. */
  private isClean(): boolean {
    return (
      this.codeMayStart &&
      this.paragraph < 0 &&
      !this.itemText &&
      !this.html &&
      !this.fence &&
      !this.previousQuoted &&
      this.callout === null &&
      this.quoteLevels.length === 0 &&
      this.nothingOpen()
    );
  }

  /** Read line `i` into the note. */
  private readLine(i: number): void {
    const raw = this.lines[i]!;
    const paragraph = this.paragraph;
    const itemText = this.itemText;
    const codeMayStart = this.codeMayStart;
    this.paragraph = -1;
    this.itemText = false;
    this.codeMayStart = false;
    if (this.fence && this.continueFence(i, raw)) return;
    // Outside quotes, indented code is read before quote markers: there `\t> x` is code.
    if (this.codeDepth() === 0 && this.inCode(i, 0, raw, 0))
      return void (this.codeMayStart = raw.trim() === '');
    if (codeMayStart && !this.html && this.startCode(i, 0, raw, 0)) return;
    this.readQuote(i, raw);
    if (this.quotedInItem(raw)) {
      this.itemText = this.body.trim() !== '';
      return this.touch(i);
    }
    const from = indentWidth(this.quote);
    if (this.inCode(i, this.depth, this.body, from))
      return void (this.codeMayStart = this.body.trim() === '');
    this.leaveItemsOfOtherQuotes();
    const col = leadingWidth(this.body);
    if (this.readSetext(i, paragraph)) return void (this.codeMayStart = true);
    if (codeMayStart && !this.html && this.startCode(i, this.depth, this.body, from)) return;
    if (this.openFence(i, col) || this.readHeading(i)) return;
    // Blank lines (and blank quote lines) keep subtrees open; the next line decides.
    if (this.body.trim() === '') {
      this.codeMayStart = true;
      return void (this.html = false);
    }
    // Leave the subtrees this line does not continue: it must be indented past them,
    // unless it lazily continues the paragraph of the innermost item.
    const lazy = itemText && this.top() !== undefined && !interruptsItem(this.body);
    if (!lazy) this.leaveItemsIndentedTo(col);
    if (this.inHtml()) return;
    const item = lazy ? null : this.readListItem(i, col, this.body, this.place());
    this.itemText = item ? item.text.trim() !== '' || item.status !== null : this.isItemText();
    this.touch(i);
    // Paragraph text at the top level, which a setext underline can make a heading.
    if (!this.quote && !this.openItems.length && (paragraph >= 0 || col < 4) && !RULE.test(raw))
      this.paragraph = paragraph >= 0 ? paragraph : i;
  }

  /** Where an item on the current line stands: its quote, heading and callout. */
  private place(): ItemPlace {
    const calloutLine = this.quote && this.callout !== null ? this.callout : null;
    const heading = this.headings.length ? this.headings.length - 1 : null;
    return { quote: this.quote, heading, calloutLine };
  }

  /** The current line (no list item) is paragraph text of an open item. */
  private isItemText(): boolean {
    return this.openItems.length > 0 && !RULE.test(this.body) && !HTML_BLOCK.test(this.body);
  }

  /** A setext underline on line `i` makes the paragraph above a heading. True when it did. */
  private readSetext(i: number, paragraph: number): boolean {
    if (paragraph < 0 || this.quote || this.openItems.length) return false;
    const h = setextHeading(this.lines, paragraph, i);
    if (h) this.headings.push(h);
    return h !== null;
  }

  /** An HTML block (`<div>`, `<details>`: to the next blank line) holds no list items. */
  private inHtml(): boolean {
    if (!this.html && !this.quote && !this.openItems.length) this.html = HTML_BLOCK.test(this.body);
    return this.html;
  }

  /**
   * Inside a fenced code block every line is code (`> ```` too, in a fence outside
   * quotes) until the closing fence, or until the quote or list item holding the fence
   * ends (a line with fewer quote markers, or not indented past the item). True when
   * line `i` was code; otherwise the fence is closed and the line is read as usual.
   */
  private continueFence(i: number, raw: string): boolean {
    const fence = this.fence!;
    const inner = stripQuotes(raw, fence.depth);
    const f = inner === null ? null : FENCE.exec(inner);
    const closing =
      !!f && f[1]![0] === fence.char && f[1]!.length >= fence.len && f[2]!.trim() === '';
    const outside =
      inner === null || (inner.trim() !== '' && !closing && leadingWidth(inner) <= fence.within);
    if (outside) {
      this.fence = null;
      return false;
    }
    this.codeLines.add(i);
    if (fence.depth > 0 && this.callout !== null) this.calloutOf.set(i, this.callout);
    if (closing) this.fence = null;
    this.codeMayStart = closing;
    if (inner.trim() !== '') this.touch(i);
    return true;
  }

  /**
   * The quote markers of line `i`, and its callouts: a quote level whose first line
   * starts with `[!type]` is a callout; callouts nest.
   */
  private readQuote(i: number, raw: string): void {
    const quoteMatch = firstSolid(raw) === GT ? QUOTE.exec(raw) : null;
    const quote = quoteMatch ? quoteMatch[0] : '';
    const depth = quoteDepth(quote);
    this.quote = quote;
    this.depth = depth;
    this.body = raw.slice(quote.length);
    const levels = this.quoteLevels;
    if ((!quote || !this.previousQuoted) && levels.length) levels.length = 0;
    if (levels.length > depth) levels.length = depth;
    while (levels.length < depth) {
      const outer = innermostCallout(levels);
      const c = levels.length === depth - 1 ? CALLOUT.exec(this.body.trimStart()) : null;
      if (c) {
        this.callouts.set(i, c[1]!.toLowerCase());
        if (outer !== null) this.calloutParent.set(i, outer);
      }
      levels.push(c ? i : null);
    }
    this.callout = innermostCallout(levels);
    this.previousQuoted = quote !== '';
    if (quote && this.callout !== null) this.calloutOf.set(i, this.callout);
  }

  /**
   * A quote nested in the innermost open item (its `>` indented past the item's
   * marker): a line of the item, as are the lines after it that are indented under it.
   */
  private quotedInItem(raw: string): boolean {
    const top = this.top();
    if (!top) return false;
    const outer = quoteDepth(top.quote);
    if (this.depth <= outer) return false;
    const rest = stripQuotes(raw, outer);
    return rest !== null && leadingWidth(rest) > top.column && rest.trimStart().startsWith('>');
  }

  /** Leave the quoted items when the quote ends, and items of another quote depth. */
  private leaveItemsOfOtherQuotes(): void {
    for (
      let top = this.top();
      top && quoteDepth(top.quote) !== this.depth && (this.body.trim() !== '' || !this.quote);
      top = this.top()
    ) {
      this.closeItemsTo(this.openItems.length - 1);
    }
  }

  /**
   * A code fence opening on line `i`, also inside quotes and list items: its lines are
   * never parsed. A fence indented under an open item belongs to it; otherwise it ends
   * the item. True when the line opened a fence.
   */
  private openFence(i: number, col: number): boolean {
    const c = firstSolid(this.body);
    const f = c === BACKTICK || c === TILDE ? FENCE.exec(this.body) : null;
    if (!f || (f[1]![0] === '`' && f[2]!.includes('`'))) return false;
    this.leaveItemsIndentedTo(col);
    const within = this.top()?.column ?? -1;
    this.fence = { char: f[1]![0]!, len: f[1]!.length, depth: this.depth, within };
    this.codeLines.add(i);
    this.touch(i);
    return true;
  }

  /** A heading on line `i` (not inside quotes) closes every open item. True when it was one. */
  private readHeading(i: number): boolean {
    const h = this.quote || firstSolid(this.body) !== HASH ? null : HEADING.exec(this.body);
    if (!h) return false;
    this.closeItemsTo(0);
    this.headings.push({ line: i, level: h[1]!.length, text: (h[2] ?? '').trim() });
    this.codeMayStart = true;
    return true;
  }
}
