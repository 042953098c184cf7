import { describe, expect, it } from 'vitest';
import { pickerEntries } from '../../../src/core/overview/picker-order';
import type { PersonRef } from '../../../src/core/people/resolve-person';
import { PersonPickerModal } from '../../../src/plugin/next-note/person-picker';
import { createHarness, EXAMPLE_VAULT, filesFrom, useFakeToday } from '../../helpers/harness';

describe('person picker', () => {
  useFakeToday();

  it("lists known people in the sidebar's order, and offers a new person for an unknown name", async () => {
    const h = await createHarness(filesFrom(EXAMPLE_VAULT));
    const m = h.plugin.meetings;
    const people = pickerEntries(m.index, {
      today: '2026-11-22',
      config: h.plugin.settings,
      profile: (p) => m.profile(p),
    });
    // Sam: 1:1 10 days over (11-05, cadence 7) and his career conversation 38 days over
    // its window; Marcus: 23 days over (09-30, cadence 30); then by the next due date:
    // Priya 2 days left, Jo 5, Dana 9.
    expect(people.map((p) => [p.name, p.overdue, p.careerOverdue])).toEqual([
      ['Sam Lee', 10, 38],
      ['Marcus Chen', 23, null],
      ['Priya Shah', -2, null],
      ['Jo: Ops/Infra', -5, null],
      ['Dana Okafor', -9, null],
    ]);
    // The sidebar shows the cards in this order too (tests/plugin/overview/sidebar.test.ts).
    const picked: PersonRef[] = [];
    const modal = new PersonPickerModal(
      h.app as never,
      people,
      (p) => picked.push(p),
      'Create next 1:1 with…',
    );
    expect(modal.getSuggestions('').length).toBe(5);
    const sam = modal.getSuggestions('sam');
    expect(sam[0]).toMatchObject({ kind: 'known', item: { name: 'Sam Lee' } });
    expect(sam[sam.length - 1]).toEqual({ kind: 'new', name: 'sam' });
    expect(modal.getSuggestions('Sam Lee').some((s) => s.kind === 'new')).toBe(false);
    const el = document.createElement('div');
    modal.renderSuggestion(modal.getSuggestions('Marcus')[0]!, el);
    expect(el.textContent).toContain('Marcus Chen');
    expect(el.textContent).toContain('23 days overdue');
    modal.onChooseSuggestion({ kind: 'new', name: 'Riley Park' });
    expect(picked).toEqual([{ name: 'Riley Park' }]);
  });

  it('creating for a new person creates the person note and the first 1:1', async () => {
    const h = await createHarness(filesFrom(EXAMPLE_VAULT));
    const outcome = await h.plugin.service.create({ name: 'Riley Park' }, 'regular');
    expect(outcome?.path).toBe('One-on-ones/Riley Park/2026-11-22 Riley Park.md');
    expect(h.exists('One-on-ones/Riley Park/Riley Park.md')).toBe(true);
    const person = await h.read('One-on-ones/Riley Park/Riley Park.md');
    expect(person).toContain('## Topics for next time');
    expect(await h.read(outcome!.path)).toContain('person: "[[Riley Park]]"');
    expect(outcome?.previous).toBeNull();
  });

  it('a display name with unsafe characters gets a safe path and keeps its name as the alias', async () => {
    const h = await createHarness({});
    const outcome = await h.plugin.service.create({ name: 'Jo: Ops/Infra' }, 'career');
    expect(outcome?.path).toBe('One-on-ones/Jo - Ops-Infra/2026-11-22 Jo - Ops-Infra.md');
    const text = await h.read(outcome!.path);
    expect(text).toContain('person: "[[Jo - Ops-Infra|Jo: Ops/Infra]]"');
    expect(text).toContain('kind: career');
    expect(text).toContain('![[Jo - Ops-Infra#Goals]]');
  });
});
