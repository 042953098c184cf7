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
