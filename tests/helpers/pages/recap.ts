// The recap preview, rendered by the production modal class with a real recap.
import { App, Notice } from 'obsidian-test-mocks/obsidian';
import { markdownToHtml, markdownToText } from '../../../src/core/email/email-doc';
import { BUILT_IN_TYPES } from '../../../src/core/settings/note-types';
import { renderRecap } from '../../../src/core/email/render-email';
import {
  DEFAULT_RECAP_SETTINGS,
  type RecapFormat,
} from '../../../src/core/settings/recap-settings';
import { EmailModal } from '../../../src/plugin/email/email-modal';
import { meetingRecord, oneOnOne } from '../builders';
import { openModal, setupPage } from './obsidian-dom';

setupPage();
const notices: string[] = [];
// The mocks' Notice shows nothing: record what it would say.
(Notice.prototype as unknown as { constructor__: (m: string) => void }).constructor__ = (
  m: string,
) => {
  notices.push(m);
};
const note = oneOnOne(
  {},
  '## Wins since last time',
  '- EU pilot: **5 tenants** live, see [the dashboard](https://example.com/d?a=1&b=2)',
  '## Action items',
  '- [ ] Draft the Q1 roadmap 📅 2026-12-05',
  '    - [x] Collect asks ✅ 2026-11-06',
  '- [ ] @José get sign-off from R&D',
  '## Private',
  '- [ ] Ask HR confidentially',
);
const email = renderRecap(
  {
    text: note,
    record: meetingRecord({
      path: 'One-on-ones/José Müller/2026-11-10 José Müller.md',
      personKey: 'People/José Müller.md',
      personName: 'José Müller',
      personPath: 'People/José Müller.md',
      personLink: 'José Müller',
      date: '2026-11-10',
    }),
    type: BUILT_IN_TYPES[0]!,
    personText: null,
    email: 'josé.müller@example.com',
    next: { date: '2026-11-24', planned: true },
    latest: true,
    template: null,
  },
  {
    today: '2026-11-22',
    locale: 'en-US',
    config: {
      privateHeadings: ['Private'],
      closedStatuses: 'xX->',
      goalsHeading: 'Goals',
      developmentPlanHeading: 'Development plan',
      topicsHeading: 'Topics for next time',
      recap: { ...DEFAULT_RECAP_SETTINGS },
    },
  },
);
const app = App.createConfigured__({ files: {} });
const opened: string[] = [];
const formats: RecapFormat[] = [];
const modal = new EmailModal(app.asOriginalType__(), {
  title: 'Recap email',
  noun: 'recap',
  email,
  format: 'rich',
  onFormat: (f) => formats.push(f),
  openUrl: (url) => opened.push(url),
});
// On the page and opened, as Obsidian opens a modal.
openModal(modal);
Object.assign(window, {
  email,
  notices,
  opened,
  formats,
  modal,
  toHtml: markdownToHtml,
  toText: markdownToText,
});
