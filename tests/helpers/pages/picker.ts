// The person picker, rendered by the production modal class, with the example vault's
// people on 2026-11-22 in the order pickerEntries gives them (Sam's career
// conversation is 38 days overdue, which puts him before Marcus).
import { setup } from 'obsidian-test-mocks/setup';
import { App } from 'obsidian-test-mocks/obsidian';
import type { PersonRef } from '../../../src/core/people/resolve-person';
import { PersonPickerModal } from '../../../src/plugin/next-note/person-picker';

setup();
const app = App.createConfigured__({ files: {} });
const picked: PersonRef[] = [];
const modal = new PersonPickerModal(
  app.asOriginalType__(),
  [
    {
      key: 'People/Sam Lee.md',
      name: 'Sam Lee',
      personPath: 'People/Sam Lee.md',
      lastMeeting: '2026-11-05',
      overdue: 10,
      careerOverdue: 38,
    },
    {
      key: 'People/Marcus Chen.md',
      name: 'Marcus Chen',
      personPath: 'People/Marcus Chen.md',
      lastMeeting: '2026-09-30',
      overdue: 23,
      careerOverdue: null,
    },
    {
      key: 'People/Priya Shah.md',
      name: 'Priya Shah',
      personPath: 'People/Priya Shah.md',
      lastMeeting: '2026-11-10',
      overdue: -2,
      careerOverdue: null,
    },
  ],
  (p) => picked.push(p),
  'Create next 1:1 with…',
);
// The mocks' SuggestModal does not render results; do what Obsidian's does: one
// .suggestion-item per suggestion, filled by the modal's own renderSuggestion.
const results = document.body.createDiv({ cls: 'prompt' }).createDiv({ cls: 'prompt-results' });
function show(query: string): void {
  results.empty();
  for (const s of modal.getSuggestions(query)) {
    const item = results.createDiv({ cls: 'suggestion-item' });
    modal.renderSuggestion(s, item);
    item.addEventListener('click', () => modal.onChooseSuggestion(s));
  }
}
show('');
Object.assign(window, { picked, show });
