/**
 * "Copy recap email" and "Copy agenda" on obsidian-test-mocks: offered only for 1:1
 * notes, they open the preview with the note's email in every form, private parts
 * left out, a missing template named in a Notice, and the format remembered.
 */
import { describe, expect, it } from 'vitest';
import { EmailModal } from '../../../src/plugin/email/email-modal';
import {
  captureModals,
  createHarness,
  EXAMPLE_VAULT,
  filesFrom,
  type Harness,
  useFakeToday,
} from '../../helpers/harness';

const PRIYA = 'One-on-ones/Priya Shah/2026-11-10 Priya Shah.md';
const CAREER = 'One-on-ones/Priya Shah/2026-10-13 Priya Shah.md';

/** Run a command and catch the preview it opens. */
async function preview(h: Harness, id: string): Promise<EmailModal> {
  const opened = captureModals(EmailModal);
  expect(await h.run(id)).toBe(true);
  expect(opened).toHaveLength(1);
  return opened[0]!;
}

describe('recap commands on the mocks', () => {
  let h: Harness;
  useFakeToday();

  it('are registered with stable ids and no hotkeys', async () => {
    h = await createHarness({});
    const commands = (
      h.plugin as unknown as { commands__: Map<string, { name: string; hotkeys?: unknown[] }> }
    ).commands__;
    const find = (id: string) => commands.get(id) ?? commands.get(`touchpoints:${id}`);
    expect(find('copy-recap')?.name).toBe('Copy recap email');
    expect(find('copy-agenda')?.name).toBe('Copy agenda');
    expect(find('copy-recap')?.hotkeys ?? []).toEqual([]);
  });

  it.each([
    ['no note is open', null, false],
    ['a person note', 'People/Priya Shah.md', false],
    ['an ordinary note', 'Projects/Atlas migration.md', false],
    ['a broken 1:1 note', 'One-on-ones/Broken/2026-10-01 Untitled.md', false],
    ['a 1:1 note', PRIYA, true],
    ['a career conversation', CAREER, true],
  ])('are available when the active note is %s: %s', async (_what, path, available) => {
    h = await createHarness(filesFrom(EXAMPLE_VAULT));
    if (path) await h.open(path);
    expect(h.available('copy-recap')).toBe(available);
    expect(h.available('copy-agenda')).toBe(available);
  });

  it('"Copy recap email" opens the preview of the recap, private parts left out', async () => {
    h = await createHarness(filesFrom(EXAMPLE_VAULT));
    await h.open(PRIYA);
    const modal = await preview(h, 'copy-recap');
    expect(modal.to).toBe('priya.shah@example.com');
    expect(modal.subject).toMatch(/^1:1 recap: Priya Shah, /);
    expect(modal.format).toBe('rich');
    expect(modal.markdown).toContain(
      "## Priya's action items\n- Get Finance sign-off on on-call compensation (due ",
    );
    expect(modal.markdown).not.toContain('Ask HR');
    expect(modal.markdown).not.toContain('transfer');
    expect(h.notices).toEqual([]);
  });

  it('"Copy agenda" opens the agenda, in the format used last', async () => {
    h = await createHarness(filesFrom(EXAMPLE_VAULT), { data: { recap: { format: 'markdown' } } });
    await h.open(CAREER);
    const modal = await preview(h, 'copy-agenda');
    expect(modal.subject).toMatch(/^1:1 agenda: Priya Shah, /);
    expect(modal.format).toBe('markdown');
    expect(modal.markdown).toContain('## Agenda\n- Calibration packet\n- Stretch project\n');
    expect(modal.markdown).not.toContain('Disappointed');
  });

  it('remembers the format chosen in the preview', async () => {
    h = await createHarness(filesFrom(EXAMPLE_VAULT));
    await h.open(PRIYA);
    const modal = await preview(h, 'copy-recap');
    modal.onOpen();
    const select = modal.contentEl.querySelector<HTMLSelectElement>(
      'select.touchpoints-recap-format',
    )!;
    select.value = 'text';
    select.dispatchEvent(new Event('change'));
    await h.settle();
    expect(h.plugin.settings.recap.format).toBe('text');
    expect(modal.contentEl.querySelector<HTMLTextAreaElement>('textarea')!.value).toMatch(
      /^Hi Priya,\n\nThanks for the 1:1 on /,
    );
  });

  it('names a missing template in a Notice and uses the built-in layout', async () => {
    h = await createHarness(filesFrom(EXAMPLE_VAULT), {
      data: { recap: { recapTemplate: 'Templates/Recap.md' } },
    });
    await h.open(PRIYA);
    const modal = await preview(h, 'copy-recap');
    expect(h.notices).toEqual([
      'Touchpoints: the recap template Templates/Recap.md does not exist: used the built-in layout',
    ]);
    expect(modal.markdown).toMatch(/^Hi Priya,/);
  });

  it('lays the recap out with a template note', async () => {
    const files = {
      ...filesFrom(EXAMPLE_VAULT),
      'Templates/Recap.md':
        '---\ntags: template\n---\nDear {{first-name}},\n\n{{their-actions}}\n\n%% not sent %%\n',
    };
    h = await createHarness(files, { data: { recap: { recapTemplate: 'Templates/Recap' } } });
    await h.open(PRIYA);
    const modal = await preview(h, 'copy-recap');
    expect(modal.markdown).toMatch(
      /^Dear Priya,\n\n- Get Finance sign-off on on-call compensation \(due [^)]+\)\n$/,
    );
  });
});
