/**
 * "Export accomplishments" on obsidian-test-mocks: the command and its dialog, the
 * note it writes (never over an existing one), what it reads, and the function the
 * sidebar calls.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { accomplishmentsDeps } from '../../../src/plugin/accomplishments/commands';
import { exportAccomplishments } from '../../../src/plugin/accomplishments/accomplishments-service';
import { AccomplishmentsModal } from '../../../src/plugin/accomplishments/accomplishments-modal';
import {
  captureModals,
  createHarness,
  EXAMPLE_VAULT,
  filesFrom,
  type Harness,
  useFakeToday,
} from '../../helpers/harness';

const PRIYA = 'People/Priya Shah.md';
const PRIYA_H2 = 'One-on-ones/Accomplishments 2026-H2 - Priya Shah.md';
const APPROVED_PRIYA_H2 = readFileSync(
  join(
    import.meta.dirname,
    '../../core/accomplishments/__snapshots__/export-accomplishments/accomplishments-priya-2026-H2.md',
  ),
  'utf8',
);

function deps(h: Harness): ReturnType<typeof accomplishmentsDeps> {
  const p = h.plugin;
  return accomplishmentsDeps({
    plugin: p,
    meetings: p.meetings,
    nextNote: p.service,
    settings: () => p.settings,
  });
}

/** Run the command, catch the dialog it opens and render it, as Obsidian would. */
async function openDialog(h: Harness): Promise<AccomplishmentsModal> {
  const opened = captureModals(AccomplishmentsModal);
  expect(await h.run('export-accomplishments')).toBe(true);
  expect(opened).toHaveLength(1);
  opened[0]!.onOpen();
  return opened[0]!;
}

function select(modal: AccomplishmentsModal, cls: string, value: string): void {
  const el = modal.contentEl.querySelector<HTMLSelectElement>(`select.${cls}`)!;
  el.value = value;
  el.dispatchEvent(new Event('change'));
}

function type(modal: AccomplishmentsModal, cls: string, value: string): void {
  const el = modal.contentEl.querySelector<HTMLInputElement>(`input.${cls}`)!;
  el.value = value;
  el.dispatchEvent(new Event('input'));
}

function button(modal: AccomplishmentsModal): HTMLButtonElement {
  return modal.contentEl.querySelector<HTMLButtonElement>('button.touchpoints-export-submit')!;
}

describe('Export accomplishments on the mocks', () => {
  let h: Harness;
  useFakeToday();

  it('the dialog offers everyone and each person, the presets and a custom range', async () => {
    h = await createHarness(filesFrom(EXAMPLE_VAULT));
    const modal = await openDialog(h);
    const options = (cls: string): string[] =>
      [...modal.contentEl.querySelectorAll<HTMLOptionElement>(`select.${cls} option`)].map(
        (o) => o.text,
      );
    expect(options('touchpoints-export-person')).toEqual([
      'Everyone',
      'Dana Okafor',
      'Jo: Ops/Infra',
      'Marcus Chen',
      'Priya Shah',
      'Sam Lee',
    ]);
    expect(options('touchpoints-export-period')).toEqual([
      'This quarter',
      'Last quarter',
      'This half',
      'This year',
      'Custom range',
    ]);
    expect(
      modal.contentEl.querySelector<HTMLSelectElement>('select.touchpoints-export-period')!.value,
    ).toBe('last-quarter');
    expect(modal.contentEl.querySelector('input[type="date"]')).toBeNull();
    select(modal, 'touchpoints-export-period', 'custom');
    // The custom range starts as the period chosen before: last quarter.
    expect(
      modal.contentEl.querySelector<HTMLInputElement>('input.touchpoints-export-from')!.value,
    ).toBe('2026-07-01');
    expect(
      modal.contentEl.querySelector<HTMLInputElement>('input.touchpoints-export-to')!.value,
    ).toBe('2026-09-30');
  });

  it('a custom range for one person writes the note, opens it, and says so', async () => {
    h = await createHarness(filesFrom(EXAMPLE_VAULT));
    const before = new Map(h.paths().map((p) => [p, '']));
    for (const p of before.keys()) before.set(p, await h.read(p));
    const modal = await openDialog(h);
    select(modal, 'touchpoints-export-person', PRIYA);
    select(modal, 'touchpoints-export-period', 'custom');
    type(modal, 'touchpoints-export-from', '2026-07-01');
    type(modal, 'touchpoints-export-to', '2026-12-31');
    expect(button(modal).disabled).toBe(false);
    button(modal).click();
    await h.settle();
    expect(await h.read(PRIYA_H2)).toBe(APPROVED_PRIYA_H2);
    expect(h.app.workspace.getActiveFile()?.path).toBe(PRIYA_H2);
    expect(h.notices).toContain(`Exported 30 item(s) to ${PRIYA_H2}.`);
    // Nothing else changed.
    for (const [p, text] of before) expect(await h.read(p)).toBe(text);
    expect(h.paths().filter((p) => !before.has(p))).toEqual([PRIYA_H2]);
  });

  it('refuses a custom range that ends before it starts, or lacks a date', async () => {
    h = await createHarness(filesFrom(EXAMPLE_VAULT));
    const modal = await openDialog(h);
    select(modal, 'touchpoints-export-period', 'custom');
    type(modal, 'touchpoints-export-from', '2026-12-01');
    type(modal, 'touchpoints-export-to', '2026-11-01');
    expect(button(modal).disabled).toBe(true);
    expect(modal.contentEl.querySelector('.touchpoints-export-error')!.textContent).toBe(
      'The start date 2026-12-01 is after the end date 2026-11-01.',
    );
    expect(modal.submit()).toBe(false);
    type(modal, 'touchpoints-export-to', '');
    expect(modal.contentEl.querySelector('.touchpoints-export-error')!.textContent).toBe(
      'Choose an end date.',
    );
    type(modal, 'touchpoints-export-to', '2026-12-01');
    expect(button(modal).disabled).toBe(false);
    expect(modal.contentEl.querySelector('.touchpoints-export-error')!.textContent).toBe('');
    await h.settle();
    expect(h.paths().some((p) => p.includes('Accomplishments'))).toBe(false);
  });

  it('never overwrites a note of the same name: it takes the next free name', async () => {
    const files = filesFrom(EXAMPLE_VAULT);
    files[PRIYA_H2] = 'My own notes.\n';
    h = await createHarness(files);
    const path = await exportAccomplishments(deps(h), {
      personKey: PRIYA,
      period: { from: '2026-07-01', to: '2026-12-31' },
    });
    expect(path).toBe('One-on-ones/Accomplishments 2026-H2 - Priya Shah 2.md');
    expect(await h.read(PRIYA_H2)).toBe('My own notes.\n');
    expect(await h.read(path!)).toContain('# Accomplishments 2026-H2 - Priya Shah 2\n');
  });

  it('the dialog switches whose work: each person’s default, mine or theirs', async () => {
    h = await createHarness(filesFrom(EXAMPLE_VAULT));
    const modal = await openDialog(h);
    const whose = (): HTMLSelectElement =>
      modal.contentEl.querySelector<HTMLSelectElement>('select.touchpoints-export-whose')!;
    const texts = (): string[] => [...whose().querySelectorAll('option')].map((o) => o.text);
    expect(texts()).toEqual(["Each person's default", 'Mine', 'Theirs']);
    expect(whose().value).toBe('default');
    // Priya is my manager: mine by default; Jo is a report: theirs.
    select(modal, 'touchpoints-export-person', PRIYA);
    expect(texts()).toEqual(['Mine', 'Theirs']);
    expect(whose().value).toBe('mine');
    select(modal, 'touchpoints-export-person', 'People/Jo - Ops-Infra.md');
    expect(whose().value).toBe('theirs');
    select(modal, 'touchpoints-export-person', PRIYA);
    select(modal, 'touchpoints-export-whose', 'theirs');
    select(modal, 'touchpoints-export-period', 'custom');
    type(modal, 'touchpoints-export-from', '2026-07-01');
    type(modal, 'touchpoints-export-to', '2026-12-31');
    expect(whose().value).toBe('theirs');
    button(modal).click();
    await h.settle();
    const text = await h.read(PRIYA_H2);
    expect(text).toContain('whose: theirs\n');
    expect(text).toContain('- @Priya socialise the pilot cutover plan with Marcus');
    expect(text).not.toContain('- Send the pilot metrics to Marcus');
  });

  it('exportAccomplishments (the sidebar button): last quarter for one person, reading only the notes around it', async () => {
    h = await createHarness(filesFrom(EXAMPLE_VAULT));
    const reads: string[] = [];
    const original = h.app.vault.cachedRead.bind(h.app.vault);
    vi.spyOn(h.app.vault, 'cachedRead').mockImplementation((file) => {
      reads.push(file.path);
      return original(file);
    });
    const path = await exportAccomplishments(deps(h), {
      personKey: 'People/Sam Lee.md',
      period: 'last-quarter',
    });
    expect(path).toBe('One-on-ones/Accomplishments 2026-Q3 - Sam Lee.md');
    const text = await h.read(path!);
    expect(text).toMatch(
      /^---\ntype: accomplishments\nfrom: 2026-07-01\nto: 2026-09-30\nperson: "\[\[Sam Lee\]\]"\nwhose: theirs\n---\n/,
    );
    // Sam is a report: the log is Sam's work. That item was mine (no owner), so the
    // milestone it ticked shows from the person note's goal instead.
    expect(text).toContain('- Agree on the promotion criteria gap list (2026-08-20, [[Sam Lee]])');
    expect(text).not.toContain('Sam asked directly whether promotion is realistic');
    expect(
      reads.every((p) => p.startsWith('One-on-ones/Sam Lee/') || p === 'People/Sam Lee.md'),
    ).toBe(true);
    expect(reads).toContain('One-on-ones/Sam Lee/2026-10-01 Sam Lee.md');
    expect(reads).not.toContain('One-on-ones/Sam Lee/2026-10-08 Sam Lee.md');
  });

  it('a person with no notes in the period: no note, a Notice', async () => {
    h = await createHarness(filesFrom(EXAMPLE_VAULT));
    const path = await exportAccomplishments(deps(h), {
      personKey: 'People/Marcus Chen.md',
      period: 'this-quarter',
    });
    expect(path).toBeNull();
    expect(h.paths().some((p) => p.includes('Accomplishments'))).toBe(false);
    expect(h.notices).toContain(
      'No wins, completed items, goal progress or feedback in the 1:1 notes with Marcus Chen from 2026-10-01 to 2026-12-31.',
    );
  });

  it('uses the wins and feedback sections and the name pattern from the settings', async () => {
    h = await createHarness(filesFrom(EXAMPLE_VAULT), {
      data: {
        winHeadings: ['Agenda'],
        feedbackHeadings: ['Notes'],
        accomplishmentsFileName: 'Review {{person}} {{period}}',
      },
    });
    const path = await exportAccomplishments(deps(h), {
      personKey: PRIYA,
      period: { from: '2026-11-10', to: '2026-11-10' },
    });
    expect(path).toBe('One-on-ones/Review Priya Shah 2026-11-10 to 2026-11-10.md');
    const text = await h.read(path!);
    expect(text).toContain('### Wins\n- Discuss the on-call compensation proposal (2026-11-10');
    expect(text).not.toContain('EU pilot: 5 tenants');
  });
});
