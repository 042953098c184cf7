/**
 * "Prepare next 1:1" and the reminder to prepare, in the plugin on obsidian-test-mocks:
 * the commands per note type, the picker ordered by the next meeting, the proposed and
 * changeable date, the schedule's time, an existing note opened, and the once-a-day
 * Notice with a Prepare button per unprepared 1:1 of today and tomorrow.
 */
import { describe, expect, it } from 'vitest';
import { PersonPickerModal } from '../../../src/plugin/next-note/person-picker';
import { TextPromptModal } from '../../../src/plugin/shared/text-prompt';
import { PrepareReminderNotice } from '../../../src/plugin/overview/prepare-reminder';
import {
  captureModals,
  createHarness,
  EXAMPLE_VAULT,
  filesFrom,
  useFakeToday,
  type Harness,
} from '../../helpers/harness';

const PRIYA_PERSON = 'People/Priya Shah.md';
const JO_NEXT = 'One-on-ones/Jo - Ops-Infra/2026-11-27 Jo - Ops-Infra.md';

/** The example vault, Priya's person note given `meets` when asked. */
function vault(meets?: string): Record<string, string> {
  const files = filesFrom(EXAMPLE_VAULT);
  if (meets) files[PRIYA_PERSON] = files[PRIYA_PERSON]!.replace('---\n', `---\nmeets: ${meets}\n`);
  return files;
}

/** Pick a person by name in a caught picker. */
function choose(picker: PersonPickerModal, name: string): void {
  const s = picker.getSuggestions('').find((x) => x.kind === 'known' && x.item.name === name);
  if (!s) throw new Error(`${name} is not offered`);
  picker.onChooseSuggestion(s);
}

/** Longer than the index's 100 ms debounce, after which the reminder looks. */
const debounced = (): Promise<void> => new Promise((r) => setTimeout(r, 250));

/** The reminder's rows: their text, and their Prepare buttons. */
function reminderRows(h: Harness): { text: string; button: HTMLButtonElement }[] {
  const fragment = h.noticeFragments.at(-1);
  if (!fragment) return [];
  return [...fragment.querySelectorAll<HTMLElement>('.touchpoints-reminder-row')].map((row) => ({
    text: row.querySelector('span')?.textContent ?? '',
    button: row.querySelector('button')!,
  }));
}

describe('Prepare next 1:1', () => {
  useFakeToday();

  it('is registered per note type, with a "with this person" variant', async () => {
    const h = await createHarness(vault(), { data: { prepareReminder: false } });
    expect(h.available('prepare-next-regular')).toBe(true);
    expect(h.available('prepare-next-career')).toBe(true);
    expect(h.available('prepare-next-regular-with-this-person')).toBe(false);
    await h.open(JO_NEXT);
    expect(h.available('prepare-next-regular-with-this-person')).toBe(true);
  });

  it('proposes the next due date, takes a changed date, and opens the note at its agenda', async () => {
    const h = await createHarness(vault(), { data: { prepareReminder: false } });
    const pickers = captureModals(PersonPickerModal);
    const prompts = captureModals(TextPromptModal);
    expect(await h.run('prepare-next-regular')).toBe(true);
    // Soonest next meeting first: Sam and Marcus are overdue (today), then Priya's due date.
    const offered = pickers[0]!
      .getSuggestions('')
      .map((s) => (s.kind === 'known' ? s.item.name : ''));
    expect(offered.slice(0, 3).sort()).toEqual(
      ['Marcus Chen', 'Sam Lee'].concat('Priya Shah').sort(),
    );
    expect(offered.indexOf('Priya Shah')).toBe(2);
    choose(pickers[0]!, 'Priya Shah');
    const prompt = prompts[0]!;
    expect(prompt.value).toBe('2026-11-24');
    expect(prompt.options.title).toBe('Prepare next 1:1 with Priya Shah');
    expect(prompt.options.description).toBe(
      'Next meeting: Tue, Nov 24 (from the cadence). Change the date if it moved.',
    );
    prompt.value = '24 Nov';
    expect(await prompt.submit()).toBe(false);
    prompt.value = '2026-11-25';
    expect(await prompt.submit()).toBe(true);
    await h.settle();
    const path = 'One-on-ones/Priya Shah/2026-11-25 Priya Shah.md';
    expect(h.exists(path)).toBe(true);
    const text = await h.read(path);
    expect(text).toContain('date: 2026-11-25\n');
    expect(text).not.toContain('time:');
    expect(h.app.workspace.getActiveFile()?.path).toBe(path);
  });

  it('follows the meets schedule and writes its time', async () => {
    const h = await createHarness(vault('every 2 weeks on Thursday at 09:30'), {
      data: { prepareReminder: false },
    });
    const pickers = captureModals(PersonPickerModal);
    const prompts = captureModals(TextPromptModal);
    await h.run('prepare-next-regular');
    choose(pickers[0]!, 'Priya Shah');
    expect(prompts[0]!.value).toBe('2026-11-26');
    expect(prompts[0]!.options.description).toContain('Thu, Nov 26, 09:30 (from the schedule');
    expect(await prompts[0]!.submit()).toBe(true);
    await h.settle();
    expect(await h.read('One-on-ones/Priya Shah/2026-11-26 Priya Shah.md')).toContain(
      '\ntime: "09:30"\n',
    );
  });

  it('opens the note the next meeting already has, changing nothing', async () => {
    const h = await createHarness(vault(), { data: { prepareReminder: false } });
    const prompts = captureModals(TextPromptModal);
    const before = await h.read(JO_NEXT);
    const paths = h.paths();
    await h.open(JO_NEXT);
    expect(await h.run('prepare-next-regular-with-this-person')).toBe(true);
    expect(prompts).toHaveLength(0);
    expect(h.paths()).toEqual(paths);
    expect(await h.read(JO_NEXT)).toBe(before);
    expect(h.notices.at(-1)).toBe('This 1:1 already exists; opened it.');
  });
});

describe('the reminder to prepare', () => {
  useFakeToday();

  it('names the unprepared 1:1s of today and tomorrow once a day, each with Prepare', async () => {
    const h = await createHarness(vault(), { reminder: true });
    await debounced();
    const rows = reminderRows(h);
    expect(h.notices.filter((n) => n.startsWith('1:1s to prepare'))).toHaveLength(1);
    expect(rows.map((r) => r.text)).toEqual([
      'Marcus Chen: today, Sun, Nov 22 · not prepared yet',
      'Sam Lee: today, Sun, Nov 22 · not prepared yet',
    ]);
    // Once a day: asked again the same day, it stays quiet.
    const reminder = new PrepareReminderNotice({
      app: h.app as never,
      sidebarData: {
        isReady: () => true,
        today: () => '2026-11-22',
        people: () => [],
        onChange: () => () => {},
      },
      settings: () => h.plugin.settings,
      prepare: () => {},
    });
    expect(reminder.check()).toBeNull();
    const prompts = captureModals(TextPromptModal);
    rows[1]!.button.click();
    expect(prompts[0]!.options.title).toBe('Prepare next 1:1 with Sam Lee');
    expect(prompts[0]!.value).toBe('2026-11-22');
  });

  it('leaves out prepared ones and includes tomorrow, by the schedule', async () => {
    const files = vault('weekly on Monday at 10:00');
    const h = await createHarness(files, { reminder: true });
    await debounced();
    expect(reminderRows(h).map((r) => r.text)).toContain(
      'Priya Shah: tomorrow, Mon, Nov 23, 10:00 · not prepared yet',
    );
  });

  it('is off with its setting', async () => {
    const h = await createHarness(vault(), { data: { prepareReminder: false }, reminder: true });
    await debounced();
    expect(h.notices.filter((n) => n.startsWith('1:1s to prepare'))).toEqual([]);
  });
});
