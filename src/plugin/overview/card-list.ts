/**
 * The sidebar's compact list, kept in step with the model: one row per person (name,
 * the two clocks' chips, the next meeting), and under an open row that person's full
 * card. A row's element is touched only when its card changed (the model reuses the
 * card object of a person whose notes did not change) and an open card only when its
 * card changed or its open action items were expanded, collapsed or read, and then only
 * the parts that differ are redrawn; the rest are kept and only moved into order.
 * A row shows no open-items count, so only an open card asks for its person's open
 * items (a read of the notes that hold open tasks, once: see open-items.ts).
 *
 * Keyboard (the accordion pattern, with a roving tab stop): one row is in the Tab
 * order; the arrow keys, Home and End move between the rows shown; Enter or Space opens
 * or closes a row; Tab goes on into the open card's links and buttons.
 */
import type { PersonCard } from '../../core/overview/sidebar-model';
import { rowAfterKey } from '../../core/overview/compact-list';
import type { OpenItem } from './open-items';
import type { CardActions } from './card-actions';
import { patchCard, renderCard } from './sidebar-card';
import { shownCount } from './card-parts';
import { renderRow, renderRowHead, setRowOpen, setRowTone } from './compact-row';

interface Entry {
  card: PersonCard;
  row: HTMLElement;
  head: HTMLElement;
  /** The id the open card gets (the head's `aria-controls`). */
  id: string;
  /** The full card while the row is open. */
  full: HTMLElement | null;
  /** Whether the open card was drawn with its open items expanded. */
  expanded: boolean;
  /** The open items the open card was drawn with (null: not read yet, or closed). */
  items: OpenItem[] | null;
  shown: boolean;
}

/** Which rows are open, and opening or closing one (the view keeps and saves them). */
export interface RowState {
  isOpen(key: string): boolean;
  toggle(key: string): void;
}

/** The rows and open cards of the sidebar, updated in place (see the file comment). */
export class CardList {
  private readonly entries = new Map<string, Entry>();
  /** The entries in the order of the last update. */
  private order: Entry[] = [];
  /** The person whose row holds the tab stop. */
  private current: string | null = null;
  /** Rows (and their open cards) built or patched by the last update (for tests and the benchmark). */
  touched = 0;

  constructor(
    readonly list: HTMLElement,
    private readonly actions: CardActions,
    private readonly rows: RowState,
  ) {
    list.setAttr('role', 'list');
    list.addEventListener('click', (evt) => {
      const entry = this.entryOf(evt.target);
      if (entry) this.rows.toggle(entry.card.key);
    });
    list.addEventListener('keydown', (evt) => this.keydown(evt));
    list.addEventListener('focusin', (evt) => {
      const entry = this.entryOf(evt.target);
      if (entry) this.setCurrent(entry);
    });
  }

  /** Show these cards as rows, in this order; rows `shown` says no to are hidden. */
  update(cards: readonly PersonCard[], shown: (card: PersonCard) => boolean): void {
    this.touched = 0;
    const keep = new Set<string>();
    this.order = cards.map((card, i) => {
      keep.add(card.key);
      const entry = this.sync(card);
      const show = shown(card);
      if (entry.shown !== show) entry.row.toggle(show);
      entry.shown = show;
      const at = this.list.children[i];
      if (at !== entry.row) this.list.insertBefore(entry.row, at ?? null);
      return entry;
    });
    for (const [key, entry] of this.entries) {
      if (keep.has(key)) continue;
      entry.row.remove();
      this.entries.delete(key);
    }
    const visible = this.order.filter((e) => e.shown);
    const stop = visible.find((e) => e.card.key === this.current) ?? visible[0];
    if (stop) this.setCurrent(stop);
  }

  /** Forget every row. */
  destroy(): void {
    this.entries.clear();
    this.order = [];
    this.list.empty();
  }

  /** Bring one person's row (and open card) up to `card`; made when new. */
  private sync(card: PersonCard): Entry {
    const open = this.rows.isOpen(card.key);
    let entry = this.entries.get(card.key);
    let touched = false;
    if (!entry) {
      // From the key, so that a card drawn anew is the same as one kept.
      const id = `touchpoints-card-${encodeURIComponent(card.key)}`;
      const { row, head } = renderRow(this.list, card, id, open);
      entry = { card, row, head, id, full: null, expanded: false, items: null, shown: true };
      this.entries.set(card.key, entry);
      touched = true;
    } else if (entry.card !== card) {
      renderRowHead(entry.head, card);
      setRowTone(entry.row, card);
      touched = true;
    }
    if (open) {
      const expanded = this.actions.isExpanded(card.key);
      if (!entry.full) {
        entry.full = renderCard(entry.row, card, this.actions);
        entry.full.id = entry.id;
        // What the card was drawn with (its parts asked already: no new read).
        entry.items = this.actions.openItems(card.key);
        touched = true;
      } else {
        const items = this.actions.openItems(card.key);
        // What its open items part shows: the count, and the list when expanded.
        const openChanged =
          entry.expanded !== expanded ||
          shownCount(entry.card, entry.items) !== shownCount(card, items) ||
          (expanded && entry.items !== items);
        if (entry.card !== card || openChanged) {
          patchCard(entry.full, entry.card, card, this.actions, openChanged);
          touched = true;
        }
        entry.items = items;
      }
      entry.expanded = expanded;
    } else if (entry.full) {
      entry.full.remove();
      entry.full = null;
      entry.items = null;
      touched = true;
    }
    if (entry.head.getAttribute('aria-expanded') !== String(open))
      setRowOpen(entry.row, entry.head, open);
    entry.card = card;
    if (touched) this.touched++;
    return entry;
  }

  /** The row whose head an event happened on (not inside an open card). */
  private entryOf(target: EventTarget | null): Entry | undefined {
    if (!(target instanceof Element)) return undefined;
    const head = target.closest('.touchpoints-row-head');
    const key = head?.parentElement?.getAttribute('data-person');
    return key == null ? undefined : this.entries.get(key);
  }

  /** Make this row the one in the Tab order. */
  private setCurrent(entry: Entry): void {
    this.current = entry.card.key;
    for (const e of this.order) {
      const tabindex = e === entry ? '0' : '-1';
      if (e.head.getAttribute('tabindex') !== tabindex) e.head.setAttr('tabindex', tabindex);
    }
  }

  private keydown(evt: KeyboardEvent): void {
    const entry = this.entryOf(evt.target);
    if (!entry || evt.altKey || evt.ctrlKey || evt.metaKey) return;
    if (evt.key === 'Enter' || evt.key === ' ') {
      evt.preventDefault();
      this.rows.toggle(entry.card.key);
      return;
    }
    const visible = this.order.filter((e) => e.shown);
    const to = rowAfterKey(evt.key, visible.indexOf(entry), visible.length);
    if (to === null) return;
    evt.preventDefault();
    const next = visible[to];
    if (!next) return;
    this.setCurrent(next);
    next.head.focus();
  }
}
