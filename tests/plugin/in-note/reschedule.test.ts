import type { Editor, MarkdownView as ObsidianMarkdownView } from 'obsidian';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { CancelMeetingModal } from '../../../src/plugin/in-note/cancel-modal';
import { RescheduleModal } from '../../../src/plugin/in-note/reschedule-modal';
import {
  captureModals as capture,
  createHarness,
  EXAMPLE_VAULT,
  filesFrom,
  mockEditor,
  type Harness,
  useFakeToday,
} from '../../helpers/harness';

const PRIYA_LAST = 'One-on-ones/Priya Shah/2026-11-10 Priya Shah.md';
const JO_NEXT = 'One-on-ones/Jo - Ops-Infra/2026-11-27 Jo - Ops-Infra.md';
const DAILY = 'Daily/2026-11-20.md';

async function snapshot(h: Harness): Promise<Array<readonly [string, string]>> {
  return Promise.all(h.paths().map(async (p) => [p, await h.read(p)] as const));
}

describe('inside a 1:1 note: commands', () => {
  let h: Harness;
  useFakeToday();
  beforeEach(async () => {
    h = await createHarness(filesFrom(EXAMPLE_VAULT));
  });

  it('registers its commands with stable ids and no hotkeys', () => {
    const commands = (
      h.plugin as unknown as { commands__: Map<string, { id: string; hotkeys?: unknown }> }
    ).commands__;
    for (const id of [
      'insert-problem-brief',
      'reschedule-this-1on1',
      'cancel-this-1on1',
      'add-topic-to-next-1on1',
    ]) {
      const cmd = commands.get(id) ?? commands.get(`touchpoints:${id}`);
      expect(cmd, id).toBeDefined();
      expect(cmd!.hotkeys).toBeUndefined();
    }
  });

  describe('Insert problem brief', () => {
    function run(editor: Editor): void {
      const commands = (
        h.plugin as unknown as {
          commands__: Map<
            string,
            { editorCallback?: (e: Editor, v: ObsidianMarkdownView) => void }
          >;
        }
      ).commands__;
      const cmd =
        commands.get('insert-problem-brief') ?? commands.get('touchpoints:insert-problem-brief');
      cmd!.editorCallback!(editor, {} as ObsidianMarkdownView);
    }

    it('inserts the brief at the cursor in one transaction, and puts the cursor after "Problem: "', () => {
      const editor = mockEditor('## Problems and options\n\n## Feedback\n');
      editor.setCursor({ line: 1, ch: 0 });
      run(editor);
      expect(editor.getValue()).toBe(
        '## Problems and options\n### Problem: \n- Option A:  — pros: ; cons: \n- Option B:  — pros: ; cons: \n- Option C:  — pros: ; cons: \n- Recommendation: \n- Decision: \n\n## Feedback\n',
      );
      expect(editor.getCursor()).toEqual({ line: 1, ch: '### Problem: '.length });
      editor.undo();
      expect(editor.getValue()).toBe('## Problems and options\n\n## Feedback\n');
    });

    it('starts on a new line when the cursor is in a line of text, in any note', () => {
      const editor = mockEditor('Some thoughts');
      editor.setCursor({ line: 0, ch: 4 });
      run(editor);
      expect(editor.getValue().split('\n').slice(0, 3)).toEqual([
        'Some thoughts',
        '',
        '### Problem: ',
      ]);
      expect(editor.getCursor()).toEqual({ line: 2, ch: 13 });
    });
  });

  describe('Reschedule this 1:1', () => {
    it('is offered only in 1:1 notes', async () => {
      await h.open(DAILY);
      expect(h.available('reschedule-this-1on1')).toBe(false);
      await h.open('People/Priya Shah.md');
      expect(h.available('reschedule-this-1on1')).toBe(false);
      await h.open(PRIYA_LAST);
      expect(h.available('reschedule-this-1on1')).toBe(true);
    });

    it('proposes the next working day, marks the note rescheduled and creates the new note with everything carried', async () => {
      const opened = capture(RescheduleModal);
      await h.open(PRIYA_LAST);
      await h.run('reschedule-this-1on1');
      expect(opened).toHaveLength(1);
      const modal = opened[0]!;
      expect(modal.value).toBe('2026-11-23'); // today is Sunday 2026-11-22
      modal.value = '2026-11-24';
      expect(await modal.submit()).toBe(true);
      await h.settle();
      const old = await h.read(PRIYA_LAST);
      expect(old).toMatch(/^status: rescheduled$/m);
      expect(old).toContain('- [>] Q1 headcount: backfill for the contractor ➕ 2026-10-27');
      const created = await h.read('One-on-ones/Priya Shah/2026-11-24 Priya Shah.md');
      expect(created).toContain('date: 2026-11-24');
      expect(created).toContain('previous: "[[2026-11-10 Priya Shah]]"');
      expect(created).toContain('- [ ] Q1 headcount: backfill for the contractor ➕ 2026-10-27');
      expect(created).toContain('- Feedback on my delegation since calibration');
      expect(h.plugin.meetings.index.get(PRIYA_LAST)?.status).toBe('rescheduled');
      expect(
        h.notices.some((n) => n.startsWith('Rescheduled the 1:1 of Nov 10, 2026 to Nov 24, 2026')),
      ).toBe(true);
    });

    it('rejects a date in the past with a clear message and changes nothing', async () => {
      const opened = capture(RescheduleModal);
      const before = await snapshot(h);
      await h.open(PRIYA_LAST);
      await h.run('reschedule-this-1on1');
      const modal = opened[0]!;
      modal.onOpen();
      modal.value = '2026-11-20';
      expect(await modal.submit()).toBe(false);
      expect(modal.contentEl.querySelector('.touchpoints-form-error')?.textContent).toBe(
        'Nov 20, 2026 is in the past. Pick today or a later date.',
      );
      expect(await snapshot(h)).toEqual(before);
    });

    it('for a future note, proposes a day after its date and rejects an earlier one', async () => {
      const opened = capture(RescheduleModal);
      await h.open(JO_NEXT);
      await h.run('reschedule-this-1on1');
      const modal = opened[0]!;
      expect(modal.value).toBe('2026-11-30'); // the 27th is a Friday
      modal.onOpen();
      modal.value = '2026-11-25';
      expect(await modal.submit()).toBe(false);
      expect(modal.contentEl.textContent).toContain('Pick a date after Nov 27, 2026');
      expect(await h.read(JO_NEXT)).not.toMatch(/status: rescheduled/);
    });

    it('puts the status back when the new note cannot be created', async () => {
      const opened = capture(RescheduleModal);
      await h.open(PRIYA_LAST);
      await h.run('reschedule-this-1on1');
      vi.spyOn(h.app.vault, 'create').mockRejectedValueOnce(new Error('disk full'));
      await opened[0]!.submit();
      await h.settle();
      expect(await h.read(PRIYA_LAST)).toMatch(/^status: held$/m);
      expect(h.exists('One-on-ones/Priya Shah/2026-11-23 Priya Shah.md')).toBe(false);
      expect(h.notices.some((n) => /disk full/.test(n))).toBe(true);
    });

    it('puts back the exact original bytes (YAML comments, flow lists) when the new note cannot be created', async () => {
      const path = 'One-on-ones/Priya Shah/2026-11-20 Priya Shah.md';
      const original = [
        '---',
        'type: one-on-one # set by Touchpoints',
        'person: "[[Priya Shah]]"',
        'date: 2026-11-20',
        'tags: [one-on-one, platform]',
        '# the status line below is edited by Touchpoints',
        'status: held',
        '---',
        '## Agenda',
        '- [ ] Review the launch plan',
        '',
      ].join('\n');
      await h.app.vault.create(path, original);
      await h.settle();
      const opened = capture(RescheduleModal);
      await h.open(path);
      await h.run('reschedule-this-1on1');
      vi.spyOn(h.app.vault, 'create').mockRejectedValueOnce(new Error('disk full'));
      await opened[0]!.submit();
      await h.settle();
      expect(await h.read(path)).toBe(original);
      expect(h.notices.some((n) => /disk full/.test(n))).toBe(true);
    });

    it('"Undo last carry-over" after a reschedule also puts the status back', async () => {
      const opened = capture(RescheduleModal);
      const before = await snapshot(h);
      await h.open(PRIYA_LAST);
      await h.run('reschedule-this-1on1');
      await opened[0]!.submit();
      await h.settle();
      expect(await h.read(PRIYA_LAST)).toMatch(/^status: rescheduled$/m);
      expect(await h.run('undo-last-carry-over')).toBe(true);
      expect(await snapshot(h)).toEqual(before);
    });

    it('onto a date that already has a note: opens it and leaves this 1:1 as it was', async () => {
      const opened = capture(RescheduleModal);
      const before = await snapshot(h);
      await h.open('One-on-ones/Jo - Ops-Infra/2026-11-13 Jo - Ops-Infra.md');
      await h.run('reschedule-this-1on1');
      opened[0]!.value = '2026-11-27';
      await opened[0]!.submit();
      await h.settle();
      expect(await snapshot(h)).toEqual(before);
      expect(
        h.notices.some((n) => n.includes('already exists') && n.includes('not rescheduled')),
      ).toBe(true);
    });

    it('refuses a note already rescheduled', async () => {
      const opened = capture(RescheduleModal);
      await h.open(PRIYA_LAST);
      await h.run('reschedule-this-1on1');
      await opened[0]!.submit();
      await h.settle();
      await h.open(PRIYA_LAST);
      await h.run('reschedule-this-1on1');
      opened[1]!.onOpen();
      opened[1]!.value = '2026-11-26';
      expect(await opened[1]!.submit()).toBe(false);
      expect(opened[1]!.contentEl.textContent).toContain('already rescheduled');
      expect(h.exists('One-on-ones/Priya Shah/2026-11-26 Priya Shah.md')).toBe(false);
    });
  });

  describe('Cancel this 1:1', () => {
    it('is offered only in 1:1 notes', async () => {
      await h.open(DAILY);
      expect(h.available('cancel-this-1on1')).toBe(false);
      await h.open(JO_NEXT);
      expect(h.available('cancel-this-1on1')).toBe(true);
    });

    it('offers to reschedule first; rescheduling instead opens the date dialog and cancels nothing', async () => {
      const cancels = capture(CancelMeetingModal);
      const reschedules = capture(RescheduleModal);
      await h.open(JO_NEXT);
      await h.run('cancel-this-1on1');
      const modal = cancels[0]!;
      modal.onOpen();
      const buttons = [...modal.contentEl.querySelectorAll('button')].map((b) => b.textContent);
      expect(buttons).toEqual(['Keep it', 'Cancel the 1:1', 'Reschedule instead']);
      modal.rescheduleInstead();
      expect(reschedules).toHaveLength(1);
      expect(await h.read(JO_NEXT)).not.toMatch(/status:/);
    });

    it('sets status: cancelled when the user still cancels; the index follows', async () => {
      const cancels = capture(CancelMeetingModal);
      await h.open(JO_NEXT);
      await h.run('cancel-this-1on1');
      await cancels[0]!.cancelMeeting();
      await h.settle();
      const text = await h.read(JO_NEXT);
      expect(text).toMatch(/^status: cancelled$/m);
      expect(text).toContain('type: one-on-one');
      expect(h.plugin.meetings.index.get(JO_NEXT)?.status).toBe('cancelled');
      expect(h.notices).toContain(
        'Cancelled the 1:1 of Nov 27, 2026. Its open items carry to the next one.',
      );
    });
  });
});
