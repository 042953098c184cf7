// The editor extension's state, without a browser: EditorState.create in Node.
import { Compartment, EditorState, type Extension } from '@codemirror/state';
import { EditorView } from '@codemirror/view';
import { describe, expect, it } from 'vitest';
import type { AgingContext } from '../../src/core/in-note/aging';
import {
  agingConfig,
  agingExtension,
  agingField,
  contextKey,
  setAgingContext,
  type AgingConfig,
} from '../../src/editor/aging';
import { delegateTaskSpec, dropTaskSpec } from '../../src/editor/aging-actions';
import { oneOnOne } from '../helpers/builders';

const PATH = 'One-on-ones/Priya/2026-11-10 Priya.md';
const CTX: AgingContext = {
  path: PATH,
  date: '2026-11-10',
  meetings: [
    { path: 'a.md', date: '2026-10-13', status: 'held' },
    { path: 'b.md', date: '2026-10-27', status: 'cancelled' },
    { path: PATH, date: '2026-11-10', status: 'held' },
  ],
};

const DOC = oneOnOne(
  { date: '2026-11-10' },
  '## Action items',
  '- [ ] Headcount ➕ 2026-10-27',
  '- [/] Roadmap ➕ 2026-10-13',
  '- [x] Done ➕ 2026-10-13',
  '- [ ] New today',
);

function state(config: Partial<AgingConfig> = {}, doc = DOC, extra: Extension = []): EditorState {
  return EditorState.create({
    doc,
    extensions: [agingExtension({ context: () => CTX, ...config }), extra],
  });
}

interface Badge {
  pos: number;
  line: number;
  age: number;
  warning: boolean;
}

/** The decorations the field provides, as plain data. */
function badges(s: EditorState): Badge[] {
  const out: Badge[] = [];
  const decorations = s
    .facet(EditorView.decorations)
    .map((d) => (typeof d === 'function' ? null : d));
  for (const set of decorations) {
    set?.between(0, s.doc.length, (from, _to, deco) => {
      const { widget } = deco.spec as { widget: { task: { age: number }; warning: boolean } };
      out.push({
        pos: from,
        line: s.doc.lineAt(from).number - 1,
        age: widget.task.age,
        warning: widget.warning,
      });
    });
  }
  return out;
}

describe('the aging field', () => {
  it('holds the aged tasks of a 1:1 note and provides one widget at the end of each line', () => {
    const s = state();
    expect(s.field(agingField).tasks.map((t) => [t.line, t.age])).toEqual([
      [5, 2],
      [6, 3],
    ]);
    const b = badges(s);
    expect(b.map((x) => [x.line, x.age, x.warning])).toEqual([
      [5, 2, false],
      [6, 3, true],
    ]);
    for (const x of b) expect(x.pos).toBe(s.doc.line(x.line + 1).to);
  });

  it.each([
    ['not a 1:1 note (no context)', { context: () => null }],
    ['switched off', { enabled: false }],
  ])('shows nothing when %s', (_label, config) => {
    const s = state(config);
    expect(s.field(agingField).tasks).toEqual([]);
    expect(badges(s)).toEqual([]);
  });

  it('follows the threshold from the facet', () => {
    expect(badges(state({ threshold: 2 })).map((x) => x.warning)).toEqual([true, true]);
    expect(badges(state({ threshold: 4 })).map((x) => x.warning)).toEqual([false, false]);
  });

  it('recomputes when the document changes: a closed task loses its badge, a new one gets one', () => {
    let s = state();
    const roadmap = s.doc.line(7);
    s = s.update({ changes: { from: roadmap.from + 3, to: roadmap.from + 4, insert: 'x' } }).state;
    expect(badges(s).map((x) => x.line)).toEqual([5]);
    s = s.update({ changes: { from: s.doc.length, insert: '- [ ] Added ➕ 2026-10-13\n' } }).state;
    expect(badges(s).map((x) => [x.line, x.age])).toEqual([
      [5, 2],
      [9, 3],
    ]);
  });

  it('maps nothing stale: inserting lines above moves the badges with their tasks', () => {
    let s = state();
    s = s.update({ changes: { from: s.doc.line(5).from, insert: 'Intro\n\n' } }).state;
    expect(badges(s).map((x) => x.line)).toEqual([7, 8]);
  });

  it('takes new meeting dates pushed with the effect', () => {
    let s = state();
    const more: AgingContext = {
      ...CTX,
      meetings: [...CTX.meetings, { path: 'c.md', date: '2026-11-03', status: 'held' }],
    };
    s = s.update({ effects: setAgingContext.of(more) }).state;
    expect(s.field(agingField).tasks.map((t) => t.age)).toEqual([3, 4]);
    s = s.update({ effects: setAgingContext.of(null) }).state;
    expect(badges(s)).toEqual([]);
  });

  it('keeps the same value for transactions that change nothing it depends on', () => {
    const s = state();
    const next = s.update({ selection: { anchor: 3 } }).state;
    expect(next.field(agingField)).toBe(s.field(agingField));
  });

  it('recomputes when the configuration is replaced (settings changed, no reload)', () => {
    const compartment = new Compartment();
    let s = EditorState.create({
      doc: DOC,
      extensions: [compartment.of(agingExtension({ context: () => CTX, threshold: 3 }))],
    });
    expect(badges(s).map((x) => x.warning)).toEqual([false, true]);
    s = s.update({
      effects: compartment.reconfigure(agingExtension({ context: () => CTX, threshold: 2 })),
    }).state;
    expect(badges(s).map((x) => x.warning)).toEqual([true, true]);
    s = s.update({ effects: compartment.reconfigure([]) }).state;
    expect(s.field(agingField, false)).toBeUndefined();
  });

  it('merges the facet over defaults (the last value wins)', () => {
    const s = EditorState.create({
      extensions: [agingConfig.of({ threshold: 5 }), agingConfig.of({ enabled: false })],
    });
    expect(s.facet(agingConfig).threshold).toBe(5);
    expect(s.facet(agingConfig).enabled).toBe(false);
    expect([...s.facet(agingConfig).closed].sort()).toEqual(['-', '>', 'X', 'x']);
  });

  it('gives contexts a stable key whatever the order of the meetings', () => {
    const reversed = { ...CTX, meetings: [...CTX.meetings].reverse() };
    expect(contextKey(reversed)).toBe(contextKey(CTX));
    expect(contextKey({ ...CTX, date: '2026-11-11' })).not.toBe(contextKey(CTX));
    expect(contextKey(null)).toBe('');
  });
});

describe('acting on a task through a transaction', () => {
  it('drops a task: status "-" in one change, and its badge goes', () => {
    const s = state();
    const task = s.field(agingField).tasks[1]!;
    const spec = dropTaskSpec(s, task)!;
    const tr = s.update(spec);
    expect(tr.isUserEvent('input')).toBe(true);
    expect(tr.state.doc.line(7).text).toBe('- [-] Roadmap ➕ 2026-10-13');
    expect(tr.state.doc.toString().replace('[-] Roadmap', '[/] Roadmap')).toBe(DOC);
    expect(badges(tr.state).map((x) => x.line)).toEqual([5]);
  });

  it('delegates a task: the owner goes at the start of its text', () => {
    const s = state();
    const task = s.field(agingField).tasks[0]!;
    const next = s.update(delegateTaskSpec(s, task, 'Priya')!).state;
    expect(next.doc.line(6).text).toBe('- [ ] @Priya Headcount ➕ 2026-10-27');
    expect(badges(next).map((x) => x.line)).toEqual([5, 6]);
  });

  it('does nothing when the line changed since the badge was read', () => {
    const s = state();
    const task = s.field(agingField).tasks[0]!;
    const changed = s.update({ changes: { from: s.doc.line(6).to, insert: ' more' } }).state;
    expect(dropTaskSpec(changed, task)).toBeNull();
    expect(delegateTaskSpec(changed, task, 'Jo')).toBeNull();
    expect(delegateTaskSpec(s, task, '  ')).toBeNull();
  });
});
