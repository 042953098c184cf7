// The person picker, rendered by the production modal class, with the example vault's
// people on 2026-11-22 in the order pickerEntries gives them (Sam's career
// conversation is 38 days overdue, which puts him before Marcus).
import { App } from 'obsidian-test-mocks/obsidian';
import type { PersonRef } from '../../../src/core/people/resolve-person';
import { PersonPickerModal } from '../../../src/plugin/next-note/person-picker';
import { openModal, setupPage } from './obsidian-dom';

setupPage();
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
// On the page, listing as Obsidian's SuggestModal lists (obsidian-dom.ts): the input on
// top, the results below it with the first selected. `show` types a query.
openModal(modal);
function show(query: string): void {
  modal.inputEl.value = query;
  modal.inputEl.dispatchEvent(new Event('input'));
}
Object.assign(window, { picked, show });
