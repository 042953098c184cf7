/**
 * Icons for the pages in Chromium. Obsidian draws Lucide icons with `setIcon`; the mocks'
 * `setIcon` draws only what was registered with `addIcon` (the whole <svg>), so without
 * this every icon button in a picture is empty. These are simple line drawings made here
 * for the ids our views use (24 × 24, stroked in the text colour like Obsidian's), not
 * Lucide's own paths: they only have to read as "a cross", "a tick", "more".
 */
import { addIcon } from 'obsidian-test-mocks/obsidian';

const SHAPES: Record<string, string> = {
  x: '<path d="M6 6l12 12M18 6L6 18"/>',
  'x-circle': '<circle cx="12" cy="12" r="9"/><path d="M9 9l6 6M15 9l-6 6"/>',
  check: '<path d="M5 12.5l4.5 4.5L19 7"/>',
  plus: '<path d="M12 5v14M5 12h14"/>',
  'user-plus':
    '<circle cx="9" cy="8" r="3.5"/><path d="M3 20c0-3.3 2.7-6 6-6s6 2.7 6 6M19 8v6M16 11h6"/>',
  'message-square-plus': '<path d="M4 5h16v11H9l-5 4z"/><path d="M12 8v5M9.5 10.5h5"/>',
  trash: '<path d="M4 7h16M9 7V4h6v3M6 7l1 13h10l1-13"/>',
  'more-horizontal':
    '<circle cx="6" cy="12" r="1"/><circle cx="12" cy="12" r="1"/><circle cx="18" cy="12" r="1"/>',
  'more-vertical':
    '<circle cx="12" cy="6" r="1"/><circle cx="12" cy="12" r="1"/><circle cx="12" cy="18" r="1"/>',
  'chevron-right': '<path d="M9 6l6 6-6 6"/>',
  'chevron-down': '<path d="M6 9l6 6 6-6"/>',
  calendar: '<rect x="4" y="5" width="16" height="15" rx="2"/><path d="M4 10h16M8 3v4M16 3v4"/>',
  'calendar-plus':
    '<rect x="4" y="5" width="16" height="15" rx="2"/><path d="M4 10h16M8 3v4M16 3v4M12 12.5v5M9.5 15h5"/>',
  'file-plus': '<path d="M6 3h8l4 4v14H6z"/><path d="M14 3v4h4M12 11v6M9 14h6"/>',
  mail: '<rect x="3" y="5" width="18" height="14" rx="2"/><path d="M3 7l9 6 9-6"/>',
  download: '<path d="M12 4v11M7 10l5 5 5-5M5 20h14"/>',
  filter: '<path d="M4 5h16l-6 7v6l-4 2v-8z"/>',
  search: '<circle cx="11" cy="11" r="6"/><path d="M20 20l-4.5-4.5"/>',
  clock: '<circle cx="12" cy="12" r="9"/><path d="M12 7v5l3 2"/>',
  copy: '<rect x="8" y="8" width="12" height="12" rx="2"/><path d="M16 8V4H4v12h4"/>',
  'external-link': '<path d="M14 4h6v6M20 4l-9 9M18 14v6H4V6h6"/>',
};
SHAPES['graduation-cap'] = '<path d="M2 9l10-5 10 5-10 5z"/><path d="M6 11v5c3 2 9 2 12 0v-5"/>';
SHAPES['award'] = '<circle cx="12" cy="9" r="6"/><path d="M8.5 14L7 22l5-3 5 3-1.5-8"/>';
SHAPES['ellipsis'] = SHAPES['more-horizontal']!;
SHAPES['ellipsis-vertical'] = SHAPES['more-vertical']!;

/** Register the drawings, each as Obsidian's `setIcon` would draw it (an svg-icon). */
export function registerIcons(): void {
  for (const [id, shape] of Object.entries(SHAPES)) {
    addIcon(
      id,
      `<svg xmlns="http://www.w3.org/2000/svg" class="svg-icon lucide-${id}" width="24" height="24" viewBox="0 0 24 24" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round">${shape}</svg>`,
    );
  }
}
