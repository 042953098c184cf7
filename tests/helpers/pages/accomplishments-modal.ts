// The "Export accomplishments" dialog, rendered by the production modal class.
import { setup } from 'obsidian-test-mocks/setup';
import { App } from 'obsidian-test-mocks/obsidian';
import { AccomplishmentsModal } from '../../../src/plugin/accomplishments/accomplishments-modal';
import type { AccomplishmentsChoice } from '../../../src/plugin/accomplishments/accomplishments-service';

setup();
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
// The mocks' Modal is not attached to the page: attach it, then open it as Obsidian does.
modal.containerEl.addClass('modal-container');
modal.modalEl.addClass('modal');
document.body.appendChild(modal.containerEl);
modal.onOpen();
Object.assign(window, { submitted });
