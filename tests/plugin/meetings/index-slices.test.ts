/**
 * The index of a large vault is built in slices on layout ready: not ready until the
 * last slice, events during the build applied, notes deleted during the build left
 * out, the result equal to a build at once, listeners told once it is ready, and an
 * unloaded component stops building.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { App } from 'obsidian-test-mocks/obsidian';
import { MeetingIndexComponent } from '../../../src/plugin/meetings/meeting-index-component';
import type { MeetingRecord } from '../../../src/core/meetings/meeting-record';
import { oneOnOne, personNote } from '../../helpers/builders';

const defaults = (): { cadenceDays: number; careerCadence: [number, number] } => ({
  cadenceDays: 14,
  careerCadence: [28, 42],
});
const tick = (): Promise<void> => new Promise((r) => setTimeout(r, 0));

function vault(meetings: number): Record<string, string> {
  const files: Record<string, string> = {
    'People/Ann.md': personNote({ relationship: 'peer' }),
    'People/Bo.md': personNote(),
  };
  for (let i = 0; i < meetings; i++) {
    const day = String(1 + (i % 28)).padStart(2, '0');
    const month = String(1 + (Math.floor(i / 28) % 12)).padStart(2, '0');
    files[`One/${i}.md`] = oneOnOne(
      { person: i % 2 ? 'Ann' : 'Bo', date: `2026-${month}-${day}` },
      `- [ ] task ${i}`,
      '- [x] done',
    );
    files[`Other/${i}.md`] = `# Note ${i}\n- item\n`;
  }
  return files;
}

function records(c: MeetingIndexComponent): string[] {
  const out: MeetingRecord[] = [];
  for (const key of c.index.personKeys()) out.push(...c.index.meetingsOf(key));
  return out.map((r) => `${r.path}|${r.personKey}|${r.date}|${r.taskStatuses ?? ''}`).sort();
}

async function ready(c: MeetingIndexComponent): Promise<number> {
  let slices = 0;
  while (!c.isReady()) {
    await tick();
    if (++slices > 10_000) throw new Error('the build never finished');
  }
  return slices;
}

let loaded: MeetingIndexComponent[] = [];
afterEach(() => {
  for (const c of loaded) c.unload();
  loaded = [];
});

function start(
  files: Record<string, string>,
  sliceMs: number,
  atOnceFiles = 0,
): { app: App; c: MeetingIndexComponent } {
  const app = App.createConfigured__({ files });
  const c = new MeetingIndexComponent(app.asOriginalType__(), defaults, { sliceMs, atOnceFiles });
  c.load();
  loaded.push(c);
  app.workspace.setLayoutReady__();
  return { app, c };
}

describe('building the index in slices', () => {
  it('is not ready until the last slice, and ends equal to a build at once', async () => {
    const files = vault(300);
    const { c } = start(files, 0);
    expect(c.isReady()).toBe(false);
    expect(c.index.size).toBeLessThan(300);
    let told = 0;
    c.onChange(() => told++);
    expect(await ready(c)).toBeGreaterThan(5);
    const whole = start(files, 1000).c;
    expect(whole.isReady()).toBe(true);
    expect(records(c)).toEqual(records(whole));
    expect(c.index.size).toBe(300);
    await new Promise((r) => setTimeout(r, 150));
    expect(told).toBe(1);
  });

  it('applies changes made during the build and leaves out notes deleted during it', async () => {
    const { app, c } = start(vault(300), 0);
    expect(c.isReady()).toBe(false);
    const changed = app.vault.getFileByPath('One/299.md')!;
    await app.vault.modify(
      changed,
      (await app.vault.read(changed)).replace(/date: .*/, 'date: 2026-12-25'),
    );
    expect(c.index.get('One/299.md')?.date).toBe('2026-12-25');
    await app.vault.delete(app.vault.getFileByPath('One/298.md')!);
    await ready(c);
    expect(c.index.get('One/299.md')?.date).toBe('2026-12-25');
    expect(c.index.get('One/298.md')).toBeUndefined();
    expect(c.index.size).toBe(299);
  });

  it('stops building when unloaded', async () => {
    const { c } = start(vault(300), 0);
    const before = c.index.size;
    c.unload();
    for (let i = 0; i < 20; i++) await tick();
    expect(c.isReady()).toBe(false);
    expect(c.index.size).toBe(before);
  });

  it('builds a small vault at once, before layout ready returns, as before', () => {
    const { c } = start(vault(300), 0, 1000);
    expect(c.isReady()).toBe(true);
    expect(c.index.size).toBe(300);
  });
});
