/**
 * The age badge element, shared by the editor widget and the reading view: "2nd
 * meeting", with the raised date on hover; at the threshold a warning with the prompt
 * "Do it, delegate it, or drop it" that opens its menu on click, Enter or Space.
 */
import { ageLabel, AGING_PROMPT, type AgedTask } from '../core/in-note/aging';
import { displayDate } from '../core/shared/display';

export function createAgeBadge(
  task: Pick<AgedTask, 'age' | 'created'>,
  warning: boolean,
  onActivate: ((badge: HTMLElement, event: MouseEvent | KeyboardEvent) => void) | null,
): HTMLElement {
  const label = ageLabel(task.age);
  const badge = createSpan({ cls: `touchpoints-age${warning ? ' is-warning' : ''}` });
  badge.createSpan({ cls: 'touchpoints-age-count', text: label });
  const tip = `Raised ${displayDate(task.created)} · ${label}`;
  badge.dataset.created = task.created;
  if (!warning) {
    badge.setAttribute('aria-label', tip);
    return badge;
  }
  badge.createSpan({ cls: 'touchpoints-age-prompt', text: AGING_PROMPT });
  badge.setAttribute('aria-label', `${tip}. ${AGING_PROMPT}.`);
  if (!onActivate) return badge;
  badge.setAttribute('role', 'button');
  badge.tabIndex = 0;
  badge.addEventListener('click', (event) => {
    event.preventDefault();
    event.stopPropagation();
    onActivate(badge, event);
  });
  badge.addEventListener('keydown', (event) => {
    if (event.key !== 'Enter' && event.key !== ' ') return;
    event.preventDefault();
    onActivate(badge, event);
  });
  return badge;
}
