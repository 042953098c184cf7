/**
 * The text workloads of the benchmark: planning the next note from a source with 200
 * tasks (and a person note with queued topics), and the recap email of a real 1:1
 * note of the example vault (with its person note), both through the core as the
 * create flow and the recap flow call it.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { closedSet } from '../../src/core/settings/config';
import type { MeetingRecord } from '../../src/core/meetings/meeting-record';
import { planNextNote } from '../../src/core/next-note/plan-next-note';
import { BUILT_IN_TYPES, REGULAR_TEMPLATE } from '../../src/core/settings/note-types';
import { renderRecap } from '../../src/core/email/render-email';
import { migrateSettings } from '../../src/core/settings/settings';
import { measure, type Timing } from './measure';
import { prng } from './vault-gen';

const STATUSES = [' ', ' ', ' ', '/', 'x', 'x', '-', '>'];

/** A 1:1 note with 200 tasks over several sections, some nested, some private, some with an inline comment, a comment block and a code block. */
export function sourceWithTasks(count = 200): string {
  const rand = prng(7);
  const lines = [
    '---',
    'type: one-on-one',
    'person: "[[Priya Shah]]"',
    'date: 2026-11-10',
    'kind: regular',
    '---',
    '## Agenda',
    // A comment block, as notes to self often are: the task in it stays (not carried).
    '%% notes to self',
    '- [ ] ask about the reorg',
    '%%',
    '```sh',
    'npm run deploy -- --dry-run',
    '```',
  ];
  const sections = ['## Notes', '## Action items', '## Problems and options', '## Private'];
  for (let i = 0; i < count; i++) {
    if (i % 50 === 0) lines.push('', sections[(i / 50) % sections.length]!);
    const status = STATUSES[Math.floor(rand() * STATUSES.length)]!;
    const nested = i % 5 === 4;
    const stamp = i % 3 === 0 ? ' ➕ 2026-10-27' : '';
    const aside = i % 10 === 0 ? ' %%an aside%%' : '';
    const due = i % 4 === 0 ? ' 📅 2026-12-01' : '';
    lines.push(
      `${nested ? '    ' : ''}- [${status}] Follow up on item ${i} with the team${aside}${due}${stamp}`,
    );
    if (i % 7 === 0) lines.push(`${nested ? '        ' : '    '}- context for item ${i}`);
  }
  return `${lines.join('\n')}\n`;
}

const PERSON_NOTE = `---
cadence: 14
---
## Goals
- [ ] Ship the migration 📅 2027-03-31

## Topics for next time
- Feedback on delegation
- Q1 headcount
    - the contractor backfill
`;

export function measurePlan(baseline?: () => number): Timing {
  const settings = migrateSettings({});
  const text = sourceWithTasks();
  const options = {
    carry: {
      closed: closedSet(settings),
      stamp: settings.addCreatedStamp,
      markForwarded: settings.markForwarded,
      privateHeadings: settings.privateHeadings,
    },
    topicsHeading: settings.topicsHeading,
  };
  let blocks = 0;
  const t = measure(
    () => {
      const plan = planNextNote({
        path: 'One-on-ones/Priya Shah/2026-11-24 Priya Shah.md',
        type: BUILT_IN_TYPES[0]!,
        date: '2026-11-24',
        person: { name: 'Priya Shah', linkText: 'Priya Shah' },
        template: REGULAR_TEMPLATE,
        source: {
          path: 'One-on-ones/Priya Shah/2026-11-10 Priya Shah.md',
          date: '2026-11-10',
          text,
          linkText: '2026-11-10 Priya Shah',
        },
        personNote: { path: 'People/Priya Shah.md', text: PERSON_NOTE },
        options,
      });
      blocks += plan.blocks.length;
    },
    { baseline },
  );
  if (blocks === 0) throw new Error('nothing was carried');
  return t;
}

/** The recap of Priya Shah's 1:1 of 2026-11-10 in the example vault. */
export function measureRecap(root: string, baseline?: () => number): Timing {
  const vault = join(root, 'examples', 'vault');
  const text = readFileSync(join(vault, 'One-on-ones/Priya Shah/2026-11-10 Priya Shah.md'), 'utf8');
  const personText = readFileSync(join(vault, 'People/Priya Shah.md'), 'utf8');
  const settings = migrateSettings({});
  const record: MeetingRecord = {
    path: 'One-on-ones/Priya Shah/2026-11-10 Priya Shah.md',
    personKey: 'People/Priya Shah.md',
    personName: 'Priya Shah',
    personPath: 'People/Priya Shah.md',
    personLink: 'Priya Shah',
    date: '2026-11-10',
    typeId: 'regular',
    status: 'held',
  };
  let length = 0;
  const t = measure(
    () => {
      const email = renderRecap(
        {
          text,
          record,
          type: BUILT_IN_TYPES[0]!,
          personText,
          email: 'priya.shah@example.com',
          next: { date: '2026-11-24', planned: false },
          latest: true,
          template: null,
        },
        { today: '2026-11-22', locale: 'en-US', config: settings },
      );
      length += email.html.length;
    },
    { baseline },
  );
  if (length === 0) throw new Error('empty recap');
  return t;
}
