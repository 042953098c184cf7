/**
 * The person picker: known people, most urgent first (as the sidebar orders them),
 * with their last 1:1; typing a name that is not there offers to create that person.
 */
import { SuggestModal, prepareFuzzySearch, type App } from 'obsidian';
import { displayDate, overdueText } from '../../core/shared/display';
import type { PickerEntry } from '../../core/overview/picker-order';
import type { PersonRef } from '../../core/people/resolve-person';

type Suggestion = { kind: 'known'; item: PickerEntry } | { kind: 'new'; name: string };

/** The line under a person's name: its text, and whether it reads as late. */
export type PickerDetail = (item: PickerEntry) => { text: string; late: boolean };

/** The default detail: the last 1:1 and how overdue the clocks are. */
function lastMeetingDetail(item: PickerEntry): { text: string; late: boolean } {
  const parts = [
    item.lastMeeting === null
      ? 'No 1:1 held yet'
      : `Last 1:1 ${displayDate(item.lastMeeting)} · ${overdueText(item.overdue ?? 0)}`,
  ];
  if (item.careerOverdue !== null)
    parts.push(`career conversation ${overdueText(item.careerOverdue)}`);
  const late = (item.overdue !== null && item.overdue > 0) || item.careerOverdue !== null;
  return { text: parts.join(' · '), late };
}

/** Choose a known person from pickerEntries, or name a new one; reports a PersonRef. */
export class PersonPickerModal extends SuggestModal<Suggestion> {
  constructor(
    app: App,
    private readonly people: PickerEntry[],
    private readonly onPick: (person: PersonRef) => void,
    placeholder: string,
    private readonly detail: PickerDetail = lastMeetingDetail,
  ) {
    super(app);
    this.setPlaceholder(placeholder);
    this.emptyStateText = 'Type a name to add a person.';
    this.setInstructions([
      { command: '↑↓', purpose: 'to navigate' },
      { command: '↵', purpose: 'to choose' },
      { command: 'esc', purpose: 'to dismiss' },
    ]);
  }

  getSuggestions(query: string): Suggestion[] {
    const q = query.trim();
    if (!q) return this.people.map((item) => ({ kind: 'known', item }));
    const match = prepareFuzzySearch(q);
    const scored = this.people
      .map((item) => ({ item, score: match(item.name)?.score }))
      .filter((s): s is { item: PickerEntry; score: number } => s.score !== undefined)
      .sort((a, b) => b.score - a.score)
      .map(({ item }): Suggestion => ({ kind: 'known', item }));
    const exact = this.people.some((p) => p.name.toLowerCase() === q.toLowerCase());
    return exact ? scored : [...scored, { kind: 'new', name: q }];
  }

  renderSuggestion(s: Suggestion, el: HTMLElement): void {
    el.addClass('touchpoints-picker-item');
    if (s.kind === 'new') {
      el.createDiv({ text: s.name, cls: 'touchpoints-picker-name' });
      el.createDiv({ text: 'New person: creates a person note', cls: 'touchpoints-picker-detail' });
      return;
    }
    const { item } = s;
    el.createDiv({ text: item.name, cls: 'touchpoints-picker-name' });
    const { text, late } = this.detail(item);
    el.createDiv({ text, cls: `touchpoints-picker-detail${late ? ' is-overdue' : ''}` });
  }

  onChooseSuggestion(s: Suggestion): void {
    this.onPick(s.kind === 'new' ? { name: s.name } : { key: s.item.key });
  }
}
