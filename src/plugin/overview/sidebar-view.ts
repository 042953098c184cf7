/**
 * The 1:1 sidebar: a summary line that filters the list, a compact list of one row per
 * person (most urgent first) where a row opens into the person's full card, the
 * problems list, or an empty state that explains how to start. It renders the core
 * model only while it is visible and only when the sidebar data's revision, the rows
 * open or the filter changed, and keeps keyboard focus and scroll position across
 * renders. The rows left open are the leaf's own state, saved with the workspace; the
 * rows changed last are the default a new sidebar starts from (open-state.ts).
 */
import { ItemView, Keymap, type ViewStateResult, type WorkspaceLeaf } from 'obsidian';
import type { SidebarData } from './sidebar-data';
import { INDEXING_NOTICE } from '../meetings/wait-for-index';
import { CardList } from './card-list';
import type { CardActions } from './card-actions';
import { renderEmpty, renderProblems } from './sidebar-states';
import { activeFilter, matchesFilter, type ListFilter } from '../../core/overview/compact-list';
import { OpenState } from './open-state';
import { renderSummary, summaryKey } from './summary-filter';

export const VIEW_TYPE_SIDEBAR = 'touchpoints-sidebar';

/** What the view is given: the sidebar data, and the commands its buttons and links run. */
export interface SidebarViewDeps {
  sidebarData: SidebarData;
  /** Run "Create next <type>" for a person. */
  create: (key: string, typeId: string) => void;
  /** Run "Prepare next 1:1" for a person. */
  prepare: (key: string) => void;
  /** Run "Create next 1:1" with the person picker. */
  createFirst: () => void;
  /** Export a person's accomplishments for last quarter. */
  exportAccomplishments: (key: string) => void;
  /** The rows a new sidebar starts with (person keys, as saved), and saving them. */
  openRows: { saved: () => unknown; save: (keys: string[]) => void };
  /** Open a note, at a line when given; `newLeaf` from a modifier click. */
  open: (path: string, line: number | null, newLeaf: ReturnType<typeof Keymap.isModEvent>) => void;
}

/** The sidebar view: renders the model from SidebarData while visible. */
export class SidebarView extends ItemView {
  override navigation = false;
  private renderedKey: string | null = null;
  /** The rows open into cards, and the cards with their open items expanded. */
  private readonly keptOpen: OpenState;
  /** The group the list is narrowed to by the summary, or null for everyone. */
  private filter: ListFilter | null = null;
  /** The summary, the list and the problems while there are people; kept between renders. */
  private shown: {
    summary: HTMLElement;
    summaryKey: string;
    cards: CardList;
    problems: HTMLElement | null;
    /** What the problems list was drawn from (it is drawn anew only when that changes). */
    problemsKey: string;
  } | null = null;
  /** How many times the view rendered (for tests and diagnostics). */
  renders = 0;

  constructor(
    leaf: WorkspaceLeaf,
    private readonly deps: SidebarViewDeps,
  ) {
    super(leaf);
    this.keptOpen = new OpenState({
      ...deps.openRows,
      saveLayout: () => this.app.workspace.requestSaveLayout(),
    });
  }

  getViewType(): string {
    return VIEW_TYPE_SIDEBAR;
  }

  getDisplayText(): string {
    return '1:1s';
  }

  override getIcon(): string {
    return 'users';
  }

  override async onOpen(): Promise<void> {
    this.contentEl.addClass('touchpoints-sidebar');
    this.keptOpen.takeDefault();
    this.registerEvent(
      this.app.vault.on('rename', (file, oldPath) =>
        this.keptOpen.followRename(oldPath, file.path),
      ),
    );
    this.register(this.deps.sidebarData.onChange(() => this.refresh()));
    this.registerEvent(this.app.workspace.on('layout-change', () => this.refresh()));
    this.registerEvent(this.app.workspace.on('active-leaf-change', () => this.refresh()));
    // Read the person notes before the first render, so goals do not flicker in.
    if (this.deps.sidebarData.isReady()) {
      this.deps.sidebarData.model();
      await this.deps.sidebarData.settled();
    }
    this.refresh(true);
  }

  override async onClose(): Promise<void> {
    this.clear();
    this.renderedKey = null;
    this.keptOpen.forgetLeaf();
    await Promise.resolve();
  }

  /** The leaf's state, which Obsidian saves in workspace.json: the rows open here. */
  override getState(): Record<string, unknown> {
    return { ...super.getState(), ...this.keptOpen.leafState() };
  }

  /** A restored leaf's state, given after `onOpen`: its own open rows (see open-state.ts). */
  override async setState(state: unknown, result: ViewStateResult): Promise<void> {
    await super.setState(state, result);
    if (this.keptOpen.restoreLeaf(state)) this.refresh();
  }

  /** Obsidian calls this when the leaf is resized or shown again. */
  override onResize(): void {
    this.refresh();
  }

  /** Whether the view is on screen (not in a background tab or a collapsed sidebar). */
  isVisible(): boolean {
    return this.containerEl.isShown();
  }

  /** Render when visible and something changed (or when forced); true when it rendered. */
  refresh(force = false): boolean {
    if (!this.isVisible()) return false;
    const key = [
      this.deps.sidebarData.revisionKey(),
      this.keptOpen.openVersion(),
      this.filter ?? '',
    ].join('|');
    if (!force && key === this.renderedKey) return false;
    this.renderedKey = key;
    this.render();
    return true;
  }

  /** Open a closed row, close an open one, and remember it. */
  toggleRow(key: string): void {
    this.keptOpen.flipRow(key);
    this.refresh();
  }

  /** Narrow the list to a group of the summary, or show everyone (null). */
  setFilter(filter: ListFilter | null): void {
    this.filter = filter;
    this.refresh();
  }

  private actions(): CardActions {
    return {
      open: (path, line, evt) => this.deps.open(path, line, Keymap.isModEvent(evt)),
      hover: (evt, target, path) =>
        this.app.workspace.trigger('hover-link', {
          event: evt,
          source: VIEW_TYPE_SIDEBAR,
          hoverParent: this,
          targetEl: target,
          linktext: path,
        }),
      create: (key, typeId) => this.deps.create(key, typeId),
      prepare: (key) => this.deps.prepare(key),
      exportAccomplishments: (key) => this.deps.exportAccomplishments(key),
      toggleOpenItems: (key) => {
        this.keptOpen.listsOpen.toggle(key);
        this.refresh();
      },
      isExpanded: (key) => this.keptOpen.listsOpen.has(key),
      openItems: (key) => this.deps.sidebarData.openItemsOf(key),
    };
  }

  /** Empty the view, forgetting the cards. */
  private clear(): void {
    this.shown?.cards.destroy();
    this.shown = null;
    this.contentEl.empty();
  }

  /**
   * Render the model. While there are cards, the summary and the list stay and only
   * the cards that changed are rebuilt (see CardList); other states are drawn anew.
   */
  private render(): void {
    const el = this.contentEl;
    // The view's own document: in a popout window it is not the main window's.
    const doc = el.doc;
    const focused =
      (doc.activeElement as HTMLElement | null)
        ?.closest('[data-focus]')
        ?.getAttribute('data-focus') ?? null;
    const scroll = el.scrollTop;
    this.renders++;
    if (!this.deps.sidebarData.isReady()) {
      this.clear();
      el.createDiv({
        cls: 'touchpoints-muted touchpoints-sidebar-loading',
        text: INDEXING_NOTICE,
      });
      return;
    }
    const model = this.deps.sidebarData.model();
    // Whether the content was drawn anew (its scroll position then has to be put back);
    // an update in place keeps it, and setting it would make the page lay out at once.
    let redrawn = !this.shown;
    if (model.cards.length) {
      // People gone since the rows were saved (a person note deleted) are forgotten.
      this.keptOpen.pruneGone(model.cards);
      if (!this.shown) {
        this.clear();
        const summary = el.createDiv({
          cls: 'touchpoints-summary',
          attr: { 'aria-live': 'polite' },
        });
        const rows = {
          isOpen: (key: string) => this.keptOpen.rowsOpen.has(key),
          toggle: (key: string) => this.toggleRow(key),
        };
        this.shown = {
          summary,
          summaryKey: '',
          cards: new CardList(el.createEl('ul', { cls: 'touchpoints-rows' }), this.actions(), rows),
          problems: null,
          problemsKey: '',
        };
      }
      this.filter = activeFilter(this.filter, model.parts);
      const filter = this.filter;
      const summary = { summary: model.summary, parts: model.parts, filter };
      if (this.shown.summaryKey !== summaryKey(summary)) {
        this.shown.summaryKey = summaryKey(summary);
        renderSummary(this.shown.summary, summary, (f) => this.setFilter(f));
      }
      this.shown.cards.update(model.cards, (c) => filter === null || matchesFilter(c, filter));
      const problemsKey = JSON.stringify(model.problems);
      if (problemsKey !== this.shown.problemsKey) {
        this.shown.problemsKey = problemsKey;
        this.shown.problems?.remove();
        this.shown.problems = model.problems.length
          ? renderProblems(el, model.problems, this.actions())
          : null;
      }
    } else {
      this.clear();
      redrawn = true;
      renderEmpty(el, model.summary, () => this.deps.createFirst());
      if (model.problems.length) renderProblems(el, model.problems, this.actions());
    }
    if (redrawn) el.scrollTop = scroll;
    if (focused !== null && !el.contains(doc.activeElement)) {
      const again = [...el.querySelectorAll<HTMLElement>('[data-focus]')].find(
        (e) => e.getAttribute('data-focus') === focused,
      );
      (
        again ??
        (focused.startsWith('filter\n')
          ? el.querySelector<HTMLElement>('.touchpoints-filter')
          : null)
      )?.focus();
    }
  }
}
