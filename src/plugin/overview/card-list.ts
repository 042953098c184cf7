/**
 * The sidebar's person cards, kept in step with the model. A card's element is touched
 * only when its card changed (the model reuses the card object of a person whose
 * notes did not change) or its open items were expanded, collapsed or read, and then
 * only the parts of it that differ are redrawn; the rest are kept and only moved into
 * order. Cards beyond the first screenful start as a
 * light shell (name and chip) and are filled in when they scroll near the
 * viewport, so a sidebar of 50 people costs about one screen of cards to draw. Only a
 * card drawn in full shows its open action items, so only it asks for them (a read of
 * the person's notes that hold open tasks, once: see open-items.ts); until they are
 * read it shows the index's count.
 */
import type { PersonCard } from '../../core/overview/sidebar-model';
import type { OpenItem } from './open-items';
import type { CardActions } from './card-actions';
import { patchCard, renderCard, renderCardShell } from './sidebar-card';
import { shownCount } from './card-parts';

interface Entry {
  card: PersonCard;
  expanded: boolean;
  /** The open items it was drawn with (null: not read yet, or a shell). */
  items: OpenItem[] | null;
  el: HTMLElement;
  /** False while the element is a shell. */
  full: boolean;
}

/** Cards always rendered in full, whatever the height: a screenful in a typical sidebar. */
const EAGER_CARDS = 5;
/** A card is at least this tall (px): more full cards are rendered in a taller sidebar. */
const CARD_HEIGHT_ESTIMATE = 180;

/** The cards of the sidebar, updated in place (see the file comment). */
export class CardList {
  private readonly entries = new Map<string, Entry>();
  private readonly observer: IntersectionObserver | null;
  /** Cards built or patched by the last update (for tests and the benchmark). */
  touched = 0;

  /**
   * `list` holds the cards; `scroller` is the element that scrolls them, whose height
   * decides how many cards are rendered in full at once.
   */
  constructor(
    readonly list: HTMLElement,
    private readonly scroller: HTMLElement,
    private readonly actions: CardActions,
  ) {
    // Without IntersectionObserver (a test DOM), every card is rendered in full.
    this.observer =
      typeof IntersectionObserver === 'function'
        ? new IntersectionObserver((seen) => this.reveal(seen), {
            root: scroller,
            rootMargin: '100% 0px',
          })
        : null;
  }

  /** Show these cards, in this order. */
  update(cards: readonly PersonCard[]): void {
    this.touched = 0;
    // Read the height only when a card is made (reading it forces a layout).
    let eager: number | null = this.observer ? null : Infinity;
    const keep = new Set<string>();
    cards.forEach((card, i) => {
      keep.add(card.key);
      const expanded = this.actions.isExpanded(card.key);
      let entry = this.entries.get(card.key);
      if (entry?.full) {
        const items = this.actions.openItems(card.key);
        // What its open items part shows: the count, and the list when expanded.
        const openChanged =
          entry.expanded !== expanded ||
          shownCount(entry.card, entry.items) !== shownCount(card, items) ||
          (expanded && entry.items !== items);
        if (entry.card !== card || openChanged) {
          patchCard(entry.el, entry.card, card, this.actions, openChanged);
          this.touched++;
        }
        Object.assign(entry, { card, expanded, items });
      } else if (!entry || entry.card !== card) {
        eager ??= Math.max(
          EAGER_CARDS,
          Math.ceil(this.scroller.clientHeight / CARD_HEIGHT_ESTIMATE),
        );
        const full = i < eager;
        const el = full ? renderCard(this.list, card, this.actions) : this.shell(card);
        if (entry) {
          this.observer?.unobserve(entry.el);
          entry.el.remove();
        }
        // What the card was drawn with (its parts asked already: no new read).
        const items = full ? this.actions.openItems(card.key) : null;
        entry = { card, expanded, items, el, full };
        this.entries.set(card.key, entry);
        this.touched++;
      }
      const at = this.list.children[i];
      if (at !== entry.el) this.list.insertBefore(entry.el, at ?? null);
    });
    for (const [key, entry] of this.entries) {
      if (keep.has(key)) continue;
      this.observer?.unobserve(entry.el);
      entry.el.remove();
      this.entries.delete(key);
    }
  }

  /** Forget every card and stop watching the scroll. */
  destroy(): void {
    this.observer?.disconnect();
    this.entries.clear();
    this.list.empty();
  }

  private shell(card: PersonCard): HTMLElement {
    const el = renderCardShell(this.list, card);
    this.observer?.observe(el);
    return el;
  }

  /** Shells that came near the viewport become full cards. */
  private reveal(seen: IntersectionObserverEntry[]): void {
    for (const s of seen) {
      if (!s.isIntersecting) continue;
      const key = (s.target as HTMLElement).getAttribute('data-person');
      const entry = key === null ? undefined : this.entries.get(key);
      if (!entry || entry.full || entry.el !== s.target) continue;
      this.observer?.unobserve(entry.el);
      const el = renderCard(this.list, entry.card, this.actions);
      entry.el.replaceWith(el);
      entry.el = el;
      entry.full = true;
      entry.expanded = this.actions.isExpanded(entry.card.key);
      entry.items = this.actions.openItems(entry.card.key);
    }
  }
}
