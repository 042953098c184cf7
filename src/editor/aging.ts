/**
 * Aging badges in the editor (live preview and source mode). CodeMirror style:
 * configuration through a Facet, the badges' data in a StateField recomputed when the
 * document, the configuration or the meeting context changes, decorations provided
 * from the field, and a StateEffect through which the plugin pushes new meeting
 * dates when its index changes. Imports CodeMirror and core only: which file an
 * editor shows, and what to do on a click, come in through the configuration.
 */
import {
  Facet,
  StateEffect,
  StateField,
  type EditorState,
  type Extension,
  type Range,
} from '@codemirror/state';
import {
  Decoration,
  EditorView,
  ViewPlugin,
  WidgetType,
  type DecorationSet,
} from '@codemirror/view';
import {
  agedTasks,
  DEFAULT_AGING_THRESHOLD,
  isAgingWarning,
  type AgedTask,
  type AgingContext,
} from '../core/in-note/aging';
import { createAgeBadge } from './age-badge';

/** What a click on a warning badge gets: the editor, the task as it is now, the badge. */
export type AgingWarningHandler = (
  view: EditorView,
  task: AgedTask,
  badge: HTMLElement,
  event: MouseEvent | KeyboardEvent,
) => void;

export interface AgingConfig {
  enabled: boolean;
  /** Age (in meetings) from which a badge is a warning. */
  threshold: number;
  closed: ReadonlySet<string>;
  /** The meeting context of the note an editor state shows, or null when it is not a 1:1 note. */
  context: (state: EditorState) => AgingContext | null;
  /** Subscribe to changes of the meeting index; returns the unsubscribe. */
  subscribe: (listener: () => void) => () => void;
  onWarning: AgingWarningHandler | null;
}

const DEFAULTS: AgingConfig = {
  enabled: true,
  threshold: DEFAULT_AGING_THRESHOLD,
  closed: new Set(['x', 'X', '-', '>']),
  context: () => null,
  subscribe: () => () => undefined,
  onWarning: null,
};

/** The configuration: the last value given wins, over the defaults. */
export const agingConfig = Facet.define<Partial<AgingConfig>, AgingConfig>({
  combine: (values) => Object.assign({}, DEFAULTS, ...values) as AgingConfig,
});

/** Push a new meeting context (the note's date and its person's meetings), or null. */
export const setAgingContext = StateEffect.define<AgingContext | null>();

export interface AgingState {
  context: AgingContext | null;
  tasks: AgedTask[];
  decorations: DecorationSet;
}

class AgeBadge extends WidgetType {
  constructor(
    readonly task: AgedTask,
    readonly warning: boolean,
  ) {
    super();
  }

  override eq(other: AgeBadge): boolean {
    return (
      other.task.age === this.task.age &&
      other.task.created === this.task.created &&
      other.warning === this.warning
    );
  }

  toDOM(view: EditorView): HTMLElement {
    return createAgeBadge(this.task, this.warning, (badge, event) => {
      const handler = view.state.facet(agingConfig).onWarning;
      const task = taskAtBadge(view, badge);
      if (handler && task) handler(view, task, badge, event);
    });
  }

  override ignoreEvent(): boolean {
    return true;
  }
}

/** The current aged task on the badge's line (the document may have changed since it was drawn). */
function taskAtBadge(view: EditorView, badge: HTMLElement): AgedTask | null {
  const line = view.state.doc.lineAt(view.posAtDOM(badge)).number - 1;
  return view.state.field(agingField, false)?.tasks.find((t) => t.line === line) ?? null;
}

function compute(state: EditorState, context: AgingContext | null): AgingState {
  const config = state.facet(agingConfig);
  if (!config.enabled || !context) return { context, tasks: [], decorations: Decoration.none };
  const tasks = agedTasks(state.doc.toString(), context, config.closed);
  const ranges: Array<Range<Decoration>> = tasks.map((task) =>
    Decoration.widget({
      widget: new AgeBadge(task, isAgingWarning(task.age, config.threshold)),
      side: 1,
    }).range(state.doc.line(task.line + 1).to),
  );
  return { context, tasks, decorations: Decoration.set(ranges) };
}

/** The badges' data and decorations for the current document. */
export const agingField = StateField.define<AgingState>({
  create: (state) => compute(state, state.facet(agingConfig).context(state)),
  update(value, tr) {
    let context = value.context;
    let pushed = false;
    for (const e of tr.effects) {
      if (e.is(setAgingContext)) {
        context = e.value;
        pushed = true;
      }
    }
    if (
      pushed ||
      tr.docChanged ||
      tr.startState.facet(agingConfig) !== tr.state.facet(agingConfig)
    ) {
      return compute(tr.state, context);
    }
    return value;
  },
  provide: (field) => EditorView.decorations.from(field, (v) => v.decorations),
});

/** A stable key of a context, to skip pushing one that did not change. */
export function contextKey(ctx: AgingContext | null): string {
  if (!ctx) return '';
  const meetings = ctx.meetings.map((m) => `${m.path}|${m.date}|${m.status}`).sort();
  return `${ctx.path}|${ctx.date}|${meetings.join(';')}`;
}

/** Pushes the context again whenever the plugin says the index changed. */
const agingRefresher = ViewPlugin.fromClass(
  class {
    private readonly unsubscribe: () => void;
    constructor(readonly view: EditorView) {
      this.unsubscribe = view.state.facet(agingConfig).subscribe(() => this.refresh());
    }

    refresh(): void {
      const { state } = this.view;
      const next = state.facet(agingConfig).context(state);
      if (contextKey(next) !== contextKey(state.field(agingField, false)?.context ?? null)) {
        this.view.dispatch({ effects: setAgingContext.of(next) });
      }
    }

    destroy(): void {
      this.unsubscribe();
    }
  },
);

/** The whole extension, configured. */
export function agingExtension(config: Partial<AgingConfig>): Extension {
  return [agingConfig.of(config), agingField, agingRefresher];
}
