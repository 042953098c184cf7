// The "Export accomplishments" dialog, rendered by the production modal class.
import { App } from 'obsidian-test-mocks/obsidian';
import { AccomplishmentsModal } from '../../../src/plugin/accomplishments/accomplishments-modal';
import type { AccomplishmentsChoice } from '../../../src/plugin/accomplishments/accomplishments-service';
import { openModal, setupPage } from './obsidian-dom';

setupPage();
const app = App.createConfigured__({ files: {} });
const submitted: AccomplishmentsChoice[] = [];
const modal = new AccomplishmentsModal(app.asOriginalType__(), {
  people: [
    { key: 'People/Sam Lee.md', name: 'Sam Lee' },
    { key: 'People/Priya Shah.md', name: 'Priya Shah' },
    { key: 'People/Jo - Ops-Infra.md', name: 'Jo: Ops/Infra' },
  ],
  today: '2026-11-22',
  defaultWhose: (key) => (key === 'People/Priya Shah.md' ? 'mine' : 'theirs'),
  initial: { personKey: 'People/Priya Shah.md' },
  onSubmit: (choice) => submitted.push(choice),
});
// On the page and opened, as Obsidian opens a modal.
openModal(modal);
Object.assign(window, { submitted });
