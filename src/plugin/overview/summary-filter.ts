/**
 * The summary line at the top of the sidebar as a filter of the compact list: each part
 * ("2 overdue", "1 due soon", "1 career conversation due", ...) is a toggle button that
 * shows only those people (`aria-pressed` says which is on), and "Show all" brings
 * everyone back. With nothing due it is plain text ("All caught up").
 */
import type { ListFilter, SummaryPart } from '../../core/overview/compact-list';
import { setTextInPlace } from './dom-patch';

/** What the summary draws: the model's line and parts, and the filter in force. */
export interface SummaryState {
  summary: string;
  parts: readonly SummaryPart[];
  filter: ListFilter | null;
}

/** A key that changes whenever the summary would be drawn differently. */
export function summaryKey(s: SummaryState): string {
  return `${s.summary}|${s.filter ?? ''}`;
}

/**
 * Draw the summary into `el`; `choose` sets the filter (null: everyone). When `el` shows
 * the same groups with the same one pressed, only the counts' texts change (the buttons,
 * and the focus on one, stay: an update that moves a person between groups redrew every
 * button, about half of the sidebar's update of one person); otherwise it is drawn anew.
 */
export function renderSummary(
  el: HTMLElement,
  s: SummaryState,
  choose: (filter: ListFilter | null) => void,
): void {
  if (patchSummary(el, s)) return;
  el.empty();
  // A group of toggle buttons while there is anything to filter; plain text otherwise.
  el.setAttr('role', s.parts.length ? 'group' : null);
  el.setAttr('aria-label', s.parts.length ? 'Show only' : null);
  if (!s.parts.length) {
    el.setText(s.summary);
    return;
  }
  s.parts.forEach((part, i) => {
    if (i)
      el.createSpan({
        cls: 'touchpoints-filter-sep',
        text: ' · ',
        attr: { 'aria-hidden': 'true' },
      });
    const on = s.filter === part.filter;
    const button = el.createEl('button', {
      cls: `touchpoints-filter${on ? ' is-active' : ''}`,
      text: part.text,
      attr: {
        'aria-pressed': String(on),
        'data-focus': `filter\n${part.filter}`,
        'data-filter': part.filter,
      },
    });
    button.addEventListener('click', () => choose(on ? null : part.filter));
  });
  if (s.filter === null) return;
  const all = el.createEl('button', {
    cls: 'touchpoints-filter-all',
    text: 'Show all',
    attr: { 'data-focus': 'filter\nall' },
  });
  all.addEventListener('click', () => choose(null));
}

/** Bring the counts of a summary drawn with the same groups and filter up to `s`. */
function patchSummary(el: HTMLElement, s: SummaryState): boolean {
  const buttons = el.querySelectorAll<HTMLElement>('.touchpoints-filter');
  if (s.parts.length === 0 || buttons.length !== s.parts.length) return false;
  if ((el.querySelector('.touchpoints-filter-all') !== null) !== (s.filter !== null)) return false;
  const same = s.parts.every(
    (part, i) =>
      buttons[i]!.getAttribute('data-filter') === part.filter &&
      buttons[i]!.getAttribute('aria-pressed') === String(s.filter === part.filter),
  );
  if (!same) return false;
  s.parts.forEach((part, i) => setTextInPlace(buttons[i]!, part.text));
  return true;
}
