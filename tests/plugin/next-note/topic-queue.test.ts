/**
 * In Obsidian, a back-dated 1:1 (recorded after the fact) takes no queued topics and
 * says so in a Notice; a note dated today takes them (issue 14, item 6).
 */
import { describe, expect, it } from 'vitest';
import { createHarness, EXAMPLE_VAULT, filesFrom, useFakeToday } from '../../helpers/harness';

const PERSON = 'People/Priya Shah.md';
const TOPIC = 'Feedback on my delegation';

describe('the topic queue and the date of a new note', () => {
  useFakeToday();

  it('a back-dated note leaves the queue for the next meeting, and the Notice says so', async () => {
    const h = await createHarness(filesFrom(EXAMPLE_VAULT));
    const back = await h.plugin.service.create({ name: 'Priya Shah' }, 'regular', '2026-11-20');
    expect(back?.topics).toBe(0);
    expect(await h.read(PERSON)).toContain(TOPIC);
    expect(await h.read(back!.path)).not.toContain(TOPIC);
    expect(
      h.notices.some((n) =>
        n.includes(
          `2 queued topic(s) stay in ${PERSON} for the next meeting: this note is dated before today`,
        ),
      ),
    ).toBe(true);
    const today = await h.plugin.service.create({ name: 'Priya Shah' }, 'regular');
    expect(today?.topics).toBe(2);
    expect(await h.read(today!.path)).toContain(TOPIC);
    expect(await h.read(PERSON)).not.toContain(TOPIC);
  });
});
