import { describe, expect, it } from 'vitest';
import {
  taskStatusesFromListItems,
  taskStatusesFromText,
} from '../../../src/core/notes/task-statuses';

describe('taskStatusesFromListItems', () => {
  it('gives the status of every task in order and skips plain bullets', () => {
    expect(
      taskStatusesFromListItems([
        { task: ' ' },
        {},
        { task: 'x' },
        { task: undefined },
        { task: '>' },
        { task: '/' },
      ]),
    ).toBe(' x>/');
  });

  it('is empty for no items, no tasks, or a missing list', () => {
    expect(taskStatusesFromListItems(undefined)).toBe('');
    expect(taskStatusesFromListItems(null)).toBe('');
    expect(taskStatusesFromListItems([])).toBe('');
    expect(taskStatusesFromListItems([{}, {}])).toBe('');
  });

  it('keeps a status that is more than one UTF-16 unit whole, wherever it is', () => {
    expect(taskStatusesFromListItems([{ task: 'x' }, { task: '🔥' }, { task: ' ' }])).toBe('x🔥 ');
    expect(taskStatusesFromListItems([{ task: '🔥' }])).toBe('🔥');
  });

  it('handles a note with more tasks than one call can take as arguments', () => {
    const items = Array.from({ length: 200_000 }, (_, i) => ({ task: i % 2 ? 'x' : ' ' }));
    const out = taskStatusesFromListItems(items);
    expect(out.length).toBe(200_000);
    expect(out.slice(0, 4)).toBe(' x x');
  });

  it('does not carry one call over into the next', () => {
    expect(taskStatusesFromListItems([{ task: 'x' }, { task: 'x' }, { task: 'x' }])).toBe('xxx');
    expect(taskStatusesFromListItems([{ task: '-' }])).toBe('-');
  });

  it('agrees with the statuses read from the text', () => {
    const text = '- [ ] one\n- two\n  - [x] three\n```\n- [ ] in code\n```\n- [>] four\n';
    expect(taskStatusesFromText(text)).toBe(' x>');
    expect(taskStatusesFromListItems([{ task: ' ' }, {}, { task: 'x' }, { task: '>' }])).toBe(
      taskStatusesFromText(text),
    );
  });
});

describe('issue 15.6: a task that a comment hides is not counted', () => {
  it.each<[string, string]>([
    ['a %% block', '- [ ] shown\n%%\n- [ ] hidden\n%%\n- [x] done\n'],
    ['an HTML comment', '- [ ] shown\n<!--\n- [ ] hidden\n-->\n- [x] done\n'],
    ['a one-line %% comment', '- [ ] shown\n%%- [ ] hidden%%\n- [x] done\n'],
    ['an unclosed comment hiding the rest', '- [ ] shown\n- [x] done\n%%\n- [ ] hidden\n'],
  ])('from the text: %s', (_, text) => {
    expect(taskStatusesFromText(text)).toBe(' x');
  });

  it('from the text: a comment inside a task line leaves the task', () => {
    expect(taskStatusesFromText('- [ ] call Bob %%about the offer%%\n')).toBe(' ');
  });

  /** A cached list item on a line, and a section of a type over lines. */
  const item = (line: number, task?: string) => ({
    task,
    position: { start: { line, col: 0, offset: 0 }, end: { line, col: 0, offset: 0 } },
  });
  const sectionOf = (type: string, from: number, to: number) => ({
    type,
    position: { start: { line: from, col: 0, offset: 0 }, end: { line: to, col: 2, offset: 0 } },
  });

  it('from the cache: items inside a "comment" or "html" section are left out', () => {
    const items = [item(0, ' '), item(2, ' '), item(5, ' '), item(7, 'x')];
    const sections = [
      sectionOf('list', 0, 0),
      sectionOf('comment', 1, 3),
      sectionOf('html', 4, 6),
      sectionOf('list', 7, 7),
    ];
    expect(taskStatusesFromListItems(items, sections)).toBe(' x');
    expect(taskStatusesFromListItems(items, [])).toBe('   x');
  });
});
