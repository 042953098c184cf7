/**
 * A note as the one Markdown parser (`parseNote`) reads it: its lines, headings, list
 * items with their hierarchy, code blocks and callouts. Every line number here is a
 * 0-based index into `ParsedNote.lines`.
 */

/** A heading line (`## Agenda`), with closing `#`s removed from its text. */
export interface Heading {
  /** The heading's line (0-based). */
  line: number;
  /** 1 for `#` to 6 for `######`. */
  level: number;
  text: string;
  /** A setext heading (text underlined with `===` or `---`): its line is the text's first. */
  setext?: boolean;
}

/** One list item (bullet or numbered), possibly a task, possibly inside a quote. */
export interface ListItem {
  /** Index of this item in `ParsedNote.items`. */
  index: number;
  /** The item's line (0-based). */
  line: number;
  /** First line after the item's subtree, children and continuation lines (0-based, exclusive). */
  end: number;
  /** The quote markers before the item (`"> "`), empty outside quotes. */
  quote: string;
  /** Leading whitespace after the quote markers, exactly as written. */
  indent: string;
  /** Indentation width in columns (a tab advances to the next multiple of 4). */
  column: number;
  /** `-`, `*`, `+`, `1.` or `1)`. */
  marker: string;
  /** The task status character, or null for a plain list item. */
  status: string | null;
  /** 0-based offset in the line of the status character (valid when `status` is not null). */
  statusOffset: number;
  /** The text after the marker and checkbox. */
  text: string;
  /** Index into `ParsedNote.items` of the item this one is nested in, or null. */
  parent: number | null;
  /** Indexes into `ParsedNote.items` of the items nested directly in this one. */
  children: number[];
  /** Index into `ParsedNote.headings` of the heading the item stands under, or null. */
  heading: number | null;
  /** The line (0-based) of the callout header this item is inside, or null. */
  calloutLine: number | null;
}

/** A note read by `parseNote`: its lines and what they make up. Lines are 0-based. */
export interface ParsedNote {
  /** Line texts without their line endings. */
  lines: string[];
  /** The line ending after each line: `"\n"`, `"\r\n"` or `""` for the last line. */
  eols: string[];
  /** Lines `[start, end)` of the frontmatter block including its fences, or null. */
  frontmatter: { start: number; end: number } | null;
  /** Every heading outside quotes and code blocks, in order. */
  headings: Heading[];
  /** Every list item outside code blocks, in order (a `ListItem.index` is its place here). */
  items: ListItem[];
  /** Lines inside fenced code blocks, fences included. */
  codeLines: Set<number>;
  /**
   * The non-blank lines of indented code blocks (four columns past the container, after a
   * blank line or a heading). Kept apart from `codeLines`: comment markers and tags in
   * them still count, so a misread block hides more, never less.
   */
  indentedCode: Set<number>;
  /** For each line, the callout header line it belongs to, if any. */
  calloutOf: Map<number, number>;
  /** For each callout header line, its type in lower case (`note`, `private`). */
  callouts: Map<number, string>;
  /** For each callout header nested in another callout, the outer callout's header line. */
  calloutParent: Map<number, number>;
}
