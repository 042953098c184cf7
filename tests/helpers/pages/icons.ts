// Stand-ins for the Lucide icons our views ask setIcon for: the mocks' icon registry is
// empty, so without these an icon button is an empty square in Chromium. Simple shapes
// drawn here (not Lucide's artwork), the size and stroke Obsidian gives its icons.
import { addIcon } from 'obsidian-test-mocks/obsidian';

const svg = (body: string): string =>
  `<svg xmlns="http://www.w3.org/2000/svg" class="svg-icon" width="18" height="18" viewBox="0 0 24 24" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round">${body}</svg>`;

const ICONS: Record<string, string> = {
  'more-horizontal': svg(
    '<circle cx="5" cy="12" r="1"/><circle cx="12" cy="12" r="1"/><circle cx="19" cy="12" r="1"/>',
  ),
  'graduation-cap': svg('<path d="M2 9l10-5 10 5-10 5z"/><path d="M6 11v5c3 2 9 2 12 0v-5"/>'),
  award: svg('<circle cx="12" cy="9" r="6"/><path d="M8.5 14L7 22l5-3 5 3-1.5-8"/>'),
};

for (const [name, content] of Object.entries(ICONS)) addIcon(name, content);
