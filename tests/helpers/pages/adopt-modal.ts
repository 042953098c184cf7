// The preview of "Adopt existing 1:1 notes", rendered by the production modal class over
// a search of fixed candidates (the core rules run in the page as in the plugin).
import { App } from 'obsidian-test-mocks/obsidian';
import { AdoptModal } from '../../../src/plugin/adopt/adopt-modal';
import { findAdoptable } from '../../../src/core/adopt/find-adoptable';
import { PersonMatcher } from '../../../src/core/people/match-person';
import type { FoundNote } from '../../../src/core/adopt/adopt-types';
import { openModal, setupPage } from './obsidian-dom';

setupPage();
const app = App.createConfigured__({ files: {} });
const people = [
  { path: 'People/Alex Rivera.md', aliases: ['Alex R'] },
  { path: 'People/Priya Shah.md', aliases: [] },
];
const notes = [
  { path: '1-1s/alex-rivera/2026-01-05.md', frontmatter: { person: 'Alex Rivera' } },
  { path: '1-1s/2026-01-12 - Alex Rivera.md', frontmatter: null },
  {
    path: 'Meetings/2026-01-19 Weekly.md',
    frontmatter: { type: [], date: '2026-01-19', people: ['[[Priya Shah]]'] },
  },
  { path: 'Meetings/2026-02-02 Career chat - Jo Park.md', frontmatter: { tags: ['career'] } },
  { path: 'Daily/2026-01-05.md', frontmatter: null },
  { path: 'Meetings/2026-01-20 Team.md', frontmatter: { people: ['[[A]]', '[[B]]'] } },
  { path: 'Ideas.md', frontmatter: null },
];
const submitted: FoundNote[][] = [];
const modal = new AdoptModal(app.asOriginalType__(), {
  folders: ['1-1s', 'Daily', 'Meetings'],
  personFolder: 'One-on-ones',
  search: async (folder) => ({
    scan: findAdoptable({
      notes,
      people,
      skipFolders: [],
      folder,
      personFolder: 'One-on-ones',
      typeIds: ['regular', 'career'],
      propertyTypes: {},
      resolveLink: (link) => people.find((p) => p.path === `People/${link}.md`)?.path ?? null,
    }),
    matcher: new PersonMatcher(people),
    types: {},
  }),
  onSubmit: (chosen) => submitted.push(chosen),
});
// On the page and opened, as Obsidian opens a modal.
openModal(modal);
Object.assign(window, { submitted });
