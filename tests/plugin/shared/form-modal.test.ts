/** The dialogs with one value and a submit button (text prompt, reschedule). */
import { describe, expect, it, vi } from 'vitest';
import { RescheduleModal } from '../../../src/plugin/in-note/reschedule-modal';
import { TextPromptModal } from '../../../src/plugin/shared/text-prompt';
import { createHarness } from '../../helpers/harness';

describe('form dialogs', () => {
  it('submit twice while the first is still running: the work is done once', async () => {
    const h = await createHarness({});
    let release: (v: string | null) => void = () => undefined;
    const onSubmit = vi.fn(() => new Promise<string | null>((r) => (release = r)));
    const modal = new TextPromptModal(h.app as never, {
      title: 'Topic',
      submitLabel: 'Add',
      onSubmit,
    });
    modal.value = 'Q1 headcount';
    const first = modal.submit();
    expect(await modal.submit()).toBe(false);
    release(null);
    expect(await first).toBe(true);
    expect(onSubmit).toHaveBeenCalledTimes(1);
    expect(onSubmit).toHaveBeenCalledWith('Q1 headcount');
  });

  it('shows the error and stays open; the next submit runs again', async () => {
    const h = await createHarness({});
    const onSubmit = vi.fn(async (date: string) =>
      date < '2026-11-22' ? 'That day is past.' : null,
    );
    const modal = new RescheduleModal(h.app as never, {
      personName: 'Priya Shah',
      date: '2026-11-10',
      proposed: '2026-11-01',
      onSubmit,
    });
    modal.onOpen();
    const close = vi.spyOn(modal, 'close');
    expect(await modal.submit()).toBe(false);
    expect(modal.contentEl.querySelector('.touchpoints-form-error')?.textContent).toBe(
      'That day is past.',
    );
    expect(close).not.toHaveBeenCalled();
    modal.value = '2026-11-24';
    expect(await modal.submit()).toBe(true);
    expect(close).toHaveBeenCalled();
    expect(onSubmit).toHaveBeenCalledTimes(2);
  });
});
