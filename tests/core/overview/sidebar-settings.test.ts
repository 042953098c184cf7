import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, migrateSettings } from '../../../src/core/settings/settings';

describe('the status bar setting', () => {
  it.each<[string, unknown, boolean]>([
    ['nothing stored', null, true],
    ['an older data.json without it', { folder: 'Meetings' }, true],
    ['turned off', { showStatusBar: false }, false],
    ['turned on', { showStatusBar: true }, true],
    ['garbage', { showStatusBar: 'no' }, true],
  ])('%s', (_, raw, expected) => {
    expect(migrateSettings(raw).showStatusBar).toBe(expected);
  });

  it('is on by default', () => {
    expect(DEFAULT_SETTINGS.showStatusBar).toBe(true);
  });
});
