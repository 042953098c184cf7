/**
 * The list items of the note markdown.ts is reading: the items found so far, the chain
 * of items still open (the parents of the next item), where each open item's subtree
 * ends and where its content starts; and the indented code blocks, which are indented
 * past that content. The note reader extends it; line numbers are 0-based.
 */
import type { ListItem } from './parsed-note';
import { TASK_BOX, contentColumn, listItemParts } from './block-syntax';
import { leadingWidth } from './text-lines';

/** Where a list item stands: its quote markers, heading and callout. */
export interface ItemPlace {
  quote: string;
  heading: number | null;
  calloutLine: number | null;
}

/** The items of a note, and those still open while its lines are read in order. */
export class ListItemTree {
  /**
   * `items` and `indentedCode`: what was read before (every item closed), or empty.
   * `indentedCode` holds the non-blank lines of indented code blocks.
   */
  constructor(
    readonly items: ListItem[],
    readonly indentedCode: Set<number>,
  ) {
    this.contentCol = items.map(() => 0);
  }

  /** Open list items, innermost last: the chain of parents of the next item. */
  protected readonly openItems: number[] = [];
  /**
   * The last non-blank line seen (-1 before any): an open item's last line is this one
   * when it was seen since the item opened (at or after its line), else its own line.
   */
  private lastSeen = -1;
  /** Each item's content column, by `ListItem.index` (0 for the items read before). */
  private readonly contentCol: number[];
  /** The open indented code block: its quote depth and the content column it is past. */
  private code: { depth: number; base: number } | null = null;

  /**
   * An indented code block opening on line `i` (the caller knows the line before lets
   * one start): `text` is the line after `depth` quote markers, which end at column
   * `from` (tabs stop at the line's columns). It is code when indented four columns past
   * the content of the innermost item it is in, or past the quote. True when it was.
   */
  protected startCode(i: number, depth: number, text: string, from: number): boolean {
    const col = leadingWidth(text, from);
    if (text.trim() === '' || col < 4) return false;
    this.leaveItemsIndentedTo(col);
    const base = this.contentColumn();
    if (col < base + 4) return false;
    this.code = { depth, base };
    this.indentedCode.add(i);
    this.touch(i);
    return true;
  }

  /**
   * Line `i` (`text` after `depth` quote markers ending at column `from`) in the open
   * indented code block: blank, or indented past it. True when it was; otherwise the
   * block is closed.
   */
  protected inCode(i: number, depth: number, text: string, from: number): boolean {
    const code = this.code;
    if (!code) return false;
    const blank = text.trim() === '';
    if (code.depth !== depth || (!blank && leadingWidth(text, from) < code.base + 4)) {
      this.code = null;
      return false;
    }
    if (!blank) {
      this.indentedCode.add(i);
      this.touch(i);
    }
    return true;
  }

  /** The quote depth of the open indented code block, or null when none is open. */
  protected codeDepth(): number | null {
    return this.code ? this.code.depth : null;
  }

  /**
   * A list item on line `i` whose text after the quote markers is `body`, indented
   * `col` columns: a child of the innermost open item. Null when the line is none.
   */
  protected readListItem(i: number, col: number, body: string, at: ItemPlace): ListItem | null {
    const li = listItemParts(body);
    if (!li) return null;
    const [indent, marker, gap] = li;
    let rest = li[3];
    let status: string | null = null;
    let statusOffset = -1;
    const box = TASK_BOX.exec(rest);
    if (box) {
      status = box[1]!;
      statusOffset = at.quote.length + indent.length + marker.length + gap.length + 1;
      rest = rest.slice(box[0].length);
    }
    const open = this.openItems;
    const parent = open.length ? open[open.length - 1]! : null;
    const index = this.items.length;
    const item: ListItem = {
      index,
      line: i,
      end: i + 1,
      quote: at.quote,
      indent,
      column: col,
      marker,
      status,
      statusOffset,
      text: rest,
      parent,
      children: [],
      heading: at.heading,
      calloutLine: at.calloutLine,
    };
    this.items.push(item);
    if (parent !== null) this.items[parent]!.children.push(index);
    open.push(index);
    this.contentCol.push(contentColumn(col, marker, gap));
    return item;
  }

  /** The column where the innermost open item's content starts, 0 outside items. */
  protected contentColumn(): number {
    const top = this.top();
    return top ? this.contentCol[top.index]! : 0;
  }

  /** Close open items, innermost first, until `depth` of them are left open. */
  protected closeItemsTo(depth: number): void {
    const open = this.openItems;
    while (open.length > depth) {
      const item = this.items[open.pop()!]!;
      item.end = Math.max(this.lastSeen, item.line) + 1;
    }
  }

  /** Close the open items that a line indented `col` columns does not continue. */
  protected leaveItemsIndentedTo(col: number): void {
    for (let top = this.top(); top && col <= top.column; top = this.top()) {
      this.closeItemsTo(this.openItems.length - 1);
    }
  }

  /** No item and no indented code block is open. */
  protected nothingOpen(): boolean {
    return this.openItems.length === 0 && this.code === null;
  }

  /** The innermost open item, if any. */
  protected top(): ListItem | undefined {
    const open = this.openItems;
    return open.length ? this.items[open[open.length - 1]!] : undefined;
  }

  /**
   * Line `i` is non-blank content of every open item: the last step of reading a line,
   * so every item open now opened at or before it.
   */
  protected touch(i: number): void {
    this.lastSeen = i;
  }
}
