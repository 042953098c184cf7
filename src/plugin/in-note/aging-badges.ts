/**
 * Aging badges in Obsidian: the editor extension (switched on and off from the
 * settings without reloading, the Templater way: a mutable extension array given to
 * registerEditorExtension, then workspace.updateOptions), which file an editor shows
 * (editorInfoField), meeting dates pushed on index changes, the warning menu, and
 * the same badges in reading view through a Markdown post processor.
 */
import {
  editorInfoField,
  MarkdownRenderChild,
  Notice,
  type App,
  type MarkdownPostProcessorContext,
  type Plugin,
} from 'obsidian';
import type { EditorState, Extension } from '@codemirror/state';
import type { EditorView } from '@codemirror/view';
import {
  agedTasks,
  applyLineChange,
  delegateChange,
  dropChange,
  isAgingWarning,
  type AgedTask,
  type AgingContext,
  type LineChange,
} from '../../core/in-note/aging';
import { applyLineEdits } from '../../core/notes/line-edits';
import { closedSet } from '../../core/settings/config';
import { errorMessage } from '../../core/shared/errors';
import { parseNote } from '../../core/notes/markdown';
import { createAgeBadge } from '../../editor/age-badge';
import { agingExtension, agingField } from '../../editor/aging';
import { delegateTaskSpec, dropTaskSpec } from '../../editor/aging-actions';
import type { TouchpointsSettings } from '../../core/settings/settings';
import { showAgingMenu, type AgingActions } from './aging-menu';
import type { MeetingIndexComponent } from '../meetings/meeting-index-component';

export interface AgingDeps {
  plugin: Plugin;
  meetings: MeetingIndexComponent;
  settings: () => TouchpointsSettings;
}

const CHANGED = 'This item changed in the meantime; nothing was done.';

/** The aging badges in the editor: the CodeMirror extension, its settings and its actions. */
export class AgingBadges {
  /** The array given to registerEditorExtension: emptied and refilled on settings changes. */
  readonly extensions: Extension[] = [];
  private readonly listeners = new Set<() => void>();
  private memo: { text: string; key: string; tasks: AgedTask[] } | null = null;
  /** Rendered reading-view sections whose task items are watched (keepReadingBadges). */
  private readonly watched = new WeakSet<HTMLElement>();
  /** The editor settings the extension was last built from. */
  private configuredFor: string | null = null;

  constructor(private readonly deps: AgingDeps) {}

  private get app(): App {
    return this.deps.plugin.app;
  }

  register(): void {
    const { plugin, meetings } = this.deps;
    this.configure(false);
    plugin.registerEditorExtension(this.extensions);
    plugin.register(meetings.onChange(() => this.notify()));
    plugin.registerEvent(this.app.workspace.on('file-open', () => this.notify()));
    plugin.registerEvent(this.app.workspace.on('layout-change', () => this.notify()));
    plugin.registerMarkdownPostProcessor((el, ctx) => this.decorateReadingView(el, ctx));
  }

  /**
   * Rebuild the extension from the settings and apply it to open editors, without
   * reloading; only when a setting the extension reads has changed (every keystroke in
   * the settings tab saves, and reconfiguring reaches every open editor).
   */
  configure(update = true): void {
    const s = this.deps.settings();
    const key = JSON.stringify([s.agingBadges, s.agingThreshold, [...closedSet(s)].sort()]);
    if (key === this.configuredFor) return;
    this.configuredFor = key;
    this.extensions.length = 0;
    if (s.agingBadges) {
      this.extensions.push(
        agingExtension({
          enabled: true,
          threshold: s.agingThreshold,
          closed: closedSet(s),
          context: (state) => this.contextOfState(state),
          subscribe: (listener) => {
            this.listeners.add(listener);
            return () => this.listeners.delete(listener);
          },
          onWarning: (view, task, badge, event) => this.onEditorWarning(view, task, badge, event),
        }),
      );
    }
    if (update) this.app.workspace.updateOptions();
  }

  /** The meeting context of a note: its date and every meeting of its person; null for other notes. */
  contextFor(path: string | null | undefined): AgingContext | null {
    if (!path) return null;
    const { index } = this.deps.meetings;
    const rec = index.get(path);
    if (!rec) return null;
    const meetings = index
      .meetingsOf(rec.personKey)
      .map((m) => ({ path: m.path, date: m.date, status: m.status }));
    return { path, date: rec.date, meetings };
  }

  private contextOfState(state: EditorState): AgingContext | null {
    return this.contextFor(state.field(editorInfoField, false)?.file?.path);
  }

  private notify(): void {
    for (const listener of [...this.listeners]) listener();
  }

  private onEditorWarning(
    view: EditorView,
    task: AgedTask,
    badge: HTMLElement,
    event: MouseEvent | KeyboardEvent,
  ): void {
    // Find the task again when acting: the document may change while the menu is open.
    const current = (): AgedTask | null => {
      const tasks = view.state.field(agingField, false)?.tasks ?? [];
      return (
        tasks.find((t) => t.line === task.line && t.lineText === task.lineText) ??
        tasks.find((t) => t.lineText === task.lineText) ??
        null
      );
    };
    const actions: AgingActions = {
      drop: () => {
        const t = current();
        const spec = t ? dropTaskSpec(view.state, t) : null;
        if (spec) view.dispatch(spec);
        else new Notice(CHANGED);
      },
      delegate: (name) => {
        const t = current();
        const spec = t ? delegateTaskSpec(view.state, t, name) : null;
        if (!spec) return CHANGED;
        view.dispatch(spec);
        return null;
      },
    };
    showAgingMenu(this.app, actions, badge, event);
  }

  /** Aged tasks of a note's text, remembered for the sections of one rendering. */
  private tasksOf(text: string, context: AgingContext): AgedTask[] {
    const key = `${context.path}|${context.date}|${context.meetings.length}`;
    if (this.memo?.text !== text || this.memo.key !== key) {
      this.memo = { text, key, tasks: agedTasks(text, context, closedSet(this.deps.settings())) };
    }
    return this.memo.tasks;
  }

  /**
   * Reading view: the same badges on rendered task items (`li[data-task]`) of 1:1 notes,
   * kept there when another plugin re-renders an item later (see keepReadingBadges).
   */
  decorateReadingView(el: HTMLElement, ctx: MarkdownPostProcessorContext): void {
    if (!this.deps.settings().agingBadges || !el.querySelector('li[data-task]')) return;
    if (!this.contextFor(ctx.sourcePath)) return;
    this.placeReadingBadges(el, ctx);
    this.keepReadingBadges(el, ctx);
  }

  /**
   * The Tasks plugin replaces each task's `<li>` with its own, copying only the `div`,
   * `ul` and `ol` children, so the badge is dropped; and it does so asynchronously
   * (after awaiting its own rendering), so no post-processor order runs after it. A
   * MutationObserver on this rendered section puts the badges back whenever task items
   * are added, whoever adds them, and stops with the section (its render child).
   */
  private keepReadingBadges(el: HTMLElement, ctx: MarkdownPostProcessorContext): void {
    if (this.watched.has(el)) return;
    this.watched.add(el);
    const isTaskItem = (node: Node): boolean =>
      node.nodeType === Node.ELEMENT_NODE &&
      ((node as Element).matches('li[data-task]') ||
        (node as Element).querySelector('li[data-task]') !== null);
    const observer = new MutationObserver((records) => {
      if (records.some((r) => Array.from(r.addedNodes).some(isTaskItem)))
        this.placeReadingBadges(el, ctx);
    });
    observer.observe(el, { childList: true, subtree: true });
    const child = new MarkdownRenderChild(el);
    child.register(() => observer.disconnect());
    ctx.addChild(child);
  }

  /** Put a badge on each aged task item of a rendered section that has none. */
  private placeReadingBadges(el: HTMLElement, ctx: MarkdownPostProcessorContext): void {
    const s = this.deps.settings();
    if (!s.agingBadges) return;
    const rendered = Array.from(el.querySelectorAll<HTMLElement>('li[data-task]'));
    if (!rendered.length) return;
    const context = this.contextFor(ctx.sourcePath);
    const info = context ? ctx.getSectionInfo(el) : null;
    if (!context || !info) return;
    // Rendered task items and the section's task lines correspond in order; when the
    // counts differ (the file is ahead of the rendering, or another plugin is halfway
    // through re-rendering) no badge is placed at all.
    const taskLines = parseNote(info.text)
      .items.filter(
        (it) => it.status !== null && it.line >= info.lineStart && it.line <= info.lineEnd,
      )
      .map((it) => it.line);
    if (taskLines.length !== rendered.length) return;
    const aged = new Map(this.tasksOf(info.text, context).map((t) => [t.line, t]));
    rendered.forEach((li, i) => {
      const task = aged.get(taskLines[i]!);
      if (!task || li.querySelector(':scope > .touchpoints-age')) return;
      const warning = isAgingWarning(task.age, s.agingThreshold);
      const badge = createAgeBadge(task, warning, (b, event) =>
        this.onReadingWarning(ctx.sourcePath, task, b, event),
      );
      const nested = li.querySelector(':scope > ul, :scope > ol');
      li.insertBefore(badge, nested);
    });
  }

  private onReadingWarning(
    path: string,
    task: AgedTask,
    badge: HTMLElement,
    event: MouseEvent | KeyboardEvent,
  ): void {
    const actions: AgingActions = {
      drop: () => void this.writeLine(path, task, dropChange(task)),
      delegate: (name) => {
        const change = delegateChange(task, name);
        if (!change) return 'Enter a name.';
        void this.writeLine(path, task, change);
        return null;
      },
    };
    showAgingMenu(this.app, actions, badge, event);
  }

  /** Change one line of a note atomically, only if it still reads what was rendered. */
  async writeLine(path: string, task: AgedTask, change: LineChange): Promise<boolean> {
    const file = this.app.vault.getFileByPath(path);
    if (!file) {
      new Notice(`Touchpoints: ${path} no longer exists.`);
      return false;
    }
    try {
      await this.app.vault.process(file, (text) => {
        const r = applyLineEdits(text, [
          {
            line: task.line,
            expected: task.lineText,
            replacement: applyLineChange(task.lineText, change),
          },
        ]);
        if (r.skipped.length) throw new Error('the item changed in the meantime');
        return r.text;
      });
      return true;
    } catch (error) {
      new Notice(
        `Touchpoints: could not change ${path}: ${errorMessage(error)}. Nothing was changed.`,
        10000,
      );
      return false;
    }
  }
}
