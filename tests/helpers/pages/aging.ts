// A real CodeMirror EditorView with the production aging extension, built by the
// production AgingBadges from a meeting index over a small vault (the mocks'
// App and metadata cache). The badge's Menu is drawn as Obsidian draws one
// (obsidian-dom.ts): at the click, an icon and a title per item.
import { App, Plugin, editorInfoField } from 'obsidian-test-mocks/obsidian';
import { EditorState } from '@codemirror/state';
import { EditorView } from '@codemirror/view';
import type { MarkdownFileInfo } from 'obsidian';
import { AgingBadges } from '../../../src/plugin/in-note/aging-badges';
import { MeetingIndexComponent } from '../../../src/plugin/meetings/meeting-index-component';
import { DEFAULT_SETTINGS } from '../../../src/core/settings/settings';
import { oneOnOne, personNote } from '../builders';
import { setupPage } from './obsidian-dom';

setupPage();

const meeting = (date: string, status: string, ...body: string[]): string =>
  oneOnOne({ person: 'Priya Shah', date, kind: 'regular', status }, ...body);
const NOTE = 'One-on-ones/Priya Shah/2026-11-10 Priya Shah.md';
const TEXT = meeting(
  '2026-11-10',
  'held',
  '## Agenda',
  '- [ ] Q1 headcount: backfill for the contractor ➕ 2026-10-27',
  '',
  '## Action items',
  '- [/] Draft the Q1 roadmap 📅 2026-12-05 ➕ 2026-10-13',
  '    - [ ] Size the full EU cutover 📅 2026-11-27',
  '- [ ] Send the pilot metrics to Marcus',
);
const app = App.createConfigured__({
  files: {
    'People/Priya Shah.md': personNote({}, '## Topics for next time'),
    'One-on-ones/Priya Shah/2026-10-13 Priya Shah.md': meeting('2026-10-13', 'held'),
    'One-on-ones/Priya Shah/2026-10-27 Priya Shah.md': meeting('2026-10-27', 'cancelled'),
    [NOTE]: TEXT,
  },
});
const original = app.asOriginalType__();
const plugin = new (class extends Plugin {})(app, {
  id: 'touchpoints',
  name: 'Touchpoints',
  version: '0',
  minAppVersion: '0',
  author: '',
  description: '',
});
const meetings = new MeetingIndexComponent(original, () => ({
  cadenceDays: 14,
  careerCadence: [28, 42],
}));
meetings.rebuild();
const badges = new AgingBadges({
  plugin: plugin.asOriginalType2__(),
  meetings,
  settings: () => DEFAULT_SETTINGS,
});
badges.configure(false);

const file = original.vault.getFileByPath(NOTE)!;
const view = new EditorView({
  parent: document.body.createDiv({ cls: 'markdown-source-view' }),
  state: EditorState.create({
    doc: TEXT,
    extensions: [
      editorInfoField.init(() => ({ file }) as unknown as MarkdownFileInfo),
      badges.extensions,
    ],
  }),
});
Object.assign(window, { doc: () => view.state.doc.toString() });
