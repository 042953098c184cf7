/**
 * "Adopt existing 1:1 notes" on the obsidian-test-mocks harness: the preview built
 * from the metadata cache, a row unticked and a person changed, the notes adopted with
 * their bodies unchanged (and counted by the index), and "Undo adopting 1:1 notes"
 * reverting the whole batch.
 */
import { describe, expect, it } from 'vitest';
import { captureModals, createHarness, useFakeToday } from '../../helpers/harness';
import { note } from '../../helpers/builders';
import { AdoptModal } from '../../../src/plugin/adopt/adopt-modal';

const BODY = note('## Agenda', '- [ ] Ship it', '', '## 🔒 Private Notes', 'secret');

const FILES: Record<string, string> = {
  'People/Alex Rivera.md': note('---', 'relationship: report', '---', '## Goals'),
  '1-1s/alex-rivera/2026-01-05.md': note('---', 'person: Alex Rivera', '---') + BODY,
  '1-1s/2026-01-12 - Alex Rivera.md': BODY,
  'Notes/2026-01-14 Sam.md': BODY,
  'Notes/2026-01-15 Jo.md': BODY,
  'Meetings/2026-01-20 Team.md': note('---', 'people: ["[[A]]", "[[B]]"]', '---') + BODY,
  'Templates/1-1 2026-01-01 Someone.md': BODY,
  '.obsidian/templates.json': JSON.stringify({ folder: 'Templates' }),
};

/**
 * The reminder to prepare is off: once the adopted notes make a person due today its
 * Notice may come (after the sidebar's debounce) in the middle of these assertions.
 */
const QUIET = { data: { prepareReminder: false } };

describe('Adopt existing 1:1 notes', () => {
  useFakeToday();

  it('previews, adopts the ticked rows with the chosen person, and undoes the batch', async () => {
    const h = await createHarness(FILES, QUIET);
    // The core Bases plugin, which new person notes ask about, is not in the mocks.
    (h.app as unknown as { internalPlugins: unknown }).internalPlugins = {
      plugins: { bases: { enabled: false } },
    };
    const modals = captureModals(AdoptModal);
    expect(await h.run('adopt-existing-notes')).toBe(true);
    const modal = modals[0]!;
    modal.onOpen();
    await h.settle();
    const el = modal.contentEl;
    const rows = [...el.querySelectorAll('.touchpoints-adopt-row')];
    expect(rows.map((r) => r.querySelector('.touchpoints-adopt-path')?.textContent)).toEqual([
      '1-1s/2026-01-12 - Alex Rivera.md',
      '1-1s/alex-rivera/2026-01-05.md',
      'Notes/2026-01-14 Sam.md',
      'Notes/2026-01-15 Jo.md',
    ]);
    // Guessed new people (Sam, Jo) are offered unticked; skipped notes say why.
    const boxes = rows.map((r) => r.querySelector<HTMLInputElement>('input[type=checkbox]')!);
    expect(boxes.map((b) => b.checked)).toEqual([true, true, false, false]);
    expect(el.querySelector('.touchpoints-adopt-skipped')?.textContent).toContain(
      'Meetings/2026-01-20 Team.md: a group meeting: "people" lists 2 people',
    );
    // Sam is really Alex (by another name): tick the row and change the person.
    boxes[2]!.checked = true;
    boxes[2]!.dispatchEvent(new Event('change'));
    const person = rows[2]!.querySelector<HTMLInputElement>('.touchpoints-adopt-person')!;
    person.value = 'alex_rivera';
    person.dispatchEvent(new Event('change'));
    // The note that names its person in a property cannot be changed here.
    expect(rows[1]!.querySelector('.touchpoints-adopt-person')).toBeNull();
    const submit = el.querySelector<HTMLButtonElement>('button.mod-cta')!;
    expect(submit.textContent).toBe('Adopt 3 notes');
    submit.click();
    await h.settle();

    expect(await h.read('Notes/2026-01-14 Sam.md')).toBe(
      note(
        '---',
        'type: one-on-one',
        'person: "[[Alex Rivera]]"',
        'date: 2026-01-14',
        'kind: regular',
        '---',
      ) + BODY,
    );
    expect(await h.read('Notes/2026-01-15 Jo.md')).toBe(BODY);
    for (const path of ['1-1s/alex-rivera/2026-01-05.md', '1-1s/2026-01-12 - Alex Rivera.md'])
      expect((await h.read(path)).endsWith(BODY)).toBe(true);
    expect(h.exists('One-on-ones/Jo/Jo.md')).toBe(false);
    const index = h.plugin.meetings.index;
    expect(index.meetingsOf('People/Alex Rivera.md').map((m) => m.path)).toEqual([
      '1-1s/alex-rivera/2026-01-05.md',
      '1-1s/2026-01-12 - Alex Rivera.md',
      'Notes/2026-01-14 Sam.md',
    ]);
    expect(h.notices.at(-1)).toBe(
      'Adopted 3 1:1 note(s). Run "Undo adopting 1:1 notes" to revert.',
    );

    expect(await h.run('undo-adopt')).toBe(true);
    for (const [path, text] of Object.entries(FILES))
      if (!path.startsWith('.')) expect(await h.read(path)).toBe(text);
    expect(h.available('undo-adopt')).toBe(false);
  });

  it('leaves out the templates folder and adopts nothing when every row is unticked', async () => {
    const h = await createHarness(FILES, QUIET);
    const modals = captureModals(AdoptModal);
    await h.run('adopt-existing-notes');
    modals[0]!.onOpen();
    await h.settle();
    const el = modals[0]!.contentEl;
    expect(el.textContent).not.toContain('Templates/');
    expect(el.querySelectorAll('.touchpoints-adopt-row')).toHaveLength(4);
    for (const box of el.querySelectorAll<HTMLInputElement>('input[type=checkbox]')) {
      box.checked = false;
      box.dispatchEvent(new Event('change'));
    }
    const submit = el.querySelector<HTMLButtonElement>('button.mod-cta')!;
    expect(submit.disabled).toBe(true);
    expect(h.available('undo-adopt')).toBe(false);
  });
});
