/**
 * What one sidebar leaf keeps open: its rows open into cards, and the cards whose open
 * items are expanded. The open rows are the leaf's own state, which Obsidian saves in
 * workspace.json through the view's `getState` and gives back through `setState` after
 * the view opened, so two sidebars (left and right, or another window) keep their own.
 * The rows changed last are also saved in the plugin's data (`sidebarOpenRows`): the
 * default a new leaf, or one saved before open rows were per leaf, starts from. Both
 * follow a renamed person note and forget people who are gone.
 */
import { OpenRows } from '../../core/overview/compact-list';

/** Where the open rows are saved: the default in the plugin's data, and the workspace. */
export interface OpenStateStore {
  /** The default open rows, as saved (person keys). */
  saved: () => unknown;
  /** Save the default open rows. */
  save: (keys: string[]) => void;
  /** Ask Obsidian to save the workspace, and with it the leaf's state. */
  saveLayout: () => void;
}

/** A sidebar leaf's open rows and expanded open items (see the file comment). */
export class OpenState {
  /** People whose row is open into their full card. */
  readonly rowsOpen = OpenRows.from(null);
  /** People whose open action items are expanded on their card. */
  readonly listsOpen = OpenRows.from(null);
  /** Whether the leaf gave the rows (setState): the default must not replace them. */
  private fromLeaf = false;
  /** Whether the rows of people gone were forgotten since the rows were taken. */
  private pruned = false;

  constructor(private readonly rowStore: OpenStateStore) {}

  /** What a render depends on: changes whenever the rows or the expanded lists do. */
  openVersion(): string {
    return `${this.rowsOpen.revision}/${this.listsOpen.revision}`;
  }

  /** The view opened: take the default, unless the leaf already gave its rows. */
  takeDefault(): void {
    if (!this.fromLeaf) this.rowsOpen.takeKeys(this.rowStore.saved());
    this.pruned = false;
  }

  /** The view closed: a later open starts from the default again. */
  forgetLeaf(): void {
    this.fromLeaf = false;
  }

  /** The leaf's state to save: the rows open in it. */
  leafState(): { openRows: string[] } {
    return { openRows: this.rowsOpen.keys() };
  }

  /**
   * The leaf's state from Obsidian: its own rows replace the default; a state without
   * them keeps it. True when the rows changed.
   */
  restoreLeaf(state: unknown): boolean {
    if (typeof state !== 'object' || state === null || !('openRows' in state)) return false;
    this.fromLeaf = true;
    if (!this.rowsOpen.takeKeys(state.openRows)) return false;
    this.pruned = false;
    return true;
  }

  /** Open a closed row, close an open one; saved in the leaf and as the default. */
  flipRow(key: string): void {
    this.rowsOpen.toggle(key);
    this.rowStore.saveLayout();
    this.rowStore.save(this.rowsOpen.keys());
  }

  /** A note moved: a person's open row and expanded list follow their person note. */
  followRename(from: string, to: string): void {
    // The default follows in registerSidebar, also while no sidebar is open.
    if (this.rowsOpen.rename(from, to)) this.rowStore.saveLayout();
    this.listsOpen.rename(from, to);
  }

  /**
   * Forget people not among `people` (a person note deleted), in the leaf's rows and in the
   * default, once after the rows were taken: the list is complete by then.
   */
  pruneGone(people: ReadonlyArray<{ key: string }>): void {
    if (this.pruned) return;
    this.pruned = true;
    const present = people.map((p) => p.key);
    if (this.rowsOpen.prune(present)) this.rowStore.saveLayout();
    const saved = OpenRows.from(this.rowStore.saved());
    if (saved.prune(present)) this.rowStore.save(saved.keys());
  }
}
