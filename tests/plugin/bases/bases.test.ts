/**
 * "Create 1:1 base" on obsidian-test-mocks: the base goes into the folder for new
 * notes and opens, an existing one is never overwritten, and a person note that
 * "Create next 1:1" makes embeds the person view only when Bases is on and the base
 * exists. The core Bases plugin is not in the mocks: `internalPlugins` is set by hand,
 * in the shape the app has (`plugins.bases.enabled`).
 */
import { describe, expect, it } from 'vitest';
import { oneOnOnesBase } from '../../../src/core/bases/one-on-ones-base';
import { createHarness, type Harness, useFakeToday } from '../../helpers/harness';

const BASE = 'One-on-ones/1-1s.base';
const ANA = 'One-on-ones/Ana Lima/Ana Lima.md';

/** Bases on or off; null: no core plugin registry; 'throws': reading it throws (the mocks do). */
function setBases(h: Harness, enabled: boolean | null | 'throws'): void {
  if (enabled === 'throws') {
    // As obsidian-test-mocks does for a property it does not mock.
    Object.defineProperty(h.app, 'internalPlugins', {
      configurable: true,
      get: () => {
        throw new Error('Property "internalPlugins" is not mocked');
      },
    });
    return;
  }
  (h.app as unknown as { internalPlugins: unknown }).internalPlugins =
    enabled === null ? undefined : { plugins: { bases: { enabled } } };
}

describe('Create 1:1 base', () => {
  useFakeToday();

  it('writes the base into the folder for new notes and opens it', async () => {
    const h = await createHarness({});
    setBases(h, true);
    expect(await h.run('create-base')).toBe(true);
    expect(await h.read(BASE)).toBe(oneOnOnesBase());
    expect(h.app.workspace.getActiveFile()?.path).toBe(BASE);
    expect(h.notices.join('\n')).toContain('Created One-on-ones/1-1s.base');
  });

  it('never overwrites an existing base', async () => {
    const mine = 'views:\n  - type: table\n    name: Mine\n';
    const h = await createHarness({ [BASE]: mine });
    setBases(h, true);
    await h.run('create-base');
    expect(await h.read(BASE)).toBe(mine);
    expect(h.notices.join('\n')).toContain('already exists');
  });

  it('says to turn on Bases when it is off, and still writes the file', async () => {
    const h = await createHarness({}, { data: { folder: 'Work/1on1' } });
    setBases(h, false);
    await h.run('create-base');
    expect(h.exists('Work/1on1/1-1s.base')).toBe(true);
    expect(h.notices.join('\n')).toContain('Turn on the Bases core plugin');
  });

  it.each([
    ['Bases on and the base there', true, true, true],
    ['Bases off', false, true, false],
    ['no base yet', true, false, false],
    ['an app without core plugins', null, true, false],
    ['a registry that throws when read', 'throws' as const, true, false],
  ])('a new person note embeds the person view: %s', async (_what, bases, hasBase, embeds) => {
    const h = await createHarness(hasBase ? { [BASE]: oneOnOnesBase() } : {});
    setBases(h, bases);
    const outcome = await h.plugin.service.create({ name: 'Ana Lima' }, 'regular', '2026-11-22');
    expect(outcome?.personCreated).toBe(ANA);
    const note = await h.read(ANA);
    expect(note.includes('![[One-on-ones/1-1s.base#With this person]]')).toBe(embeds);
  });

  it('the embed stays in the person note when the next 1:1 takes the queued topics', async () => {
    const h = await createHarness({ [BASE]: oneOnOnesBase() });
    setBases(h, true);
    await h.plugin.service.create({ name: 'Ana Lima' }, 'regular', '2026-11-22');
    const person = await h.read(ANA);
    await h.write(
      ANA,
      person.replace('## Topics for next time\n', '## Topics for next time\n- Offsite\n'),
    );
    const next = await h.plugin.service.create({ name: 'Ana Lima' }, 'regular', '2026-12-06');
    expect(next?.topics).toBe(1);
    expect(await h.read(ANA)).toBe(person);
    expect(next?.text).not.toContain('1-1s.base');
  });
});
