/**
 * Issue 15.3: a person note with a `relationship` and no 1:1 yet (a new report, a new
 * mentor) is on the sidebar as "Not met yet", most urgent first, and leaves it again
 * when the note stops being a person note; its first 1:1 makes it an ordinary card.
 */
import { describe, expect, it } from 'vitest';
import { MeetingIndex } from '../../../src/core/meetings/meeting-index';
import { indexNote, type NoteMetadata } from '../../../src/core/meetings/index-build';
import { PersonStatsCache, type StatsContext } from '../../../src/core/overview/person-stats';
import { buildSidebarModel } from '../../../src/core/overview/sidebar-model';
import { profileFromFrontmatter } from '../../../src/core/people/person-profile';
import { DEFAULT_SETTINGS } from '../../../src/core/settings/settings';
import { basename } from '../../../src/core/shared/vault-path';

const NEW_REPORT = 'People/Nia Brooks.md';
const MET = 'People/Sam Lee.md';

/** A small vault of frontmatter, indexed note by note as the plugin does. */
function world(): {
  notes: Map<string, NoteMetadata>;
  index: MeetingIndex;
  put: (p: string, fm?: Record<string, unknown>) => void;
} {
  const notes = new Map<string, NoteMetadata>();
  const index = new MeetingIndex();
  const resolve = (link: string): string | null =>
    [...notes.keys()].find((p) => basename(p) === link) ?? null;
  const put = (path: string, fm?: Record<string, unknown>): void => {
    notes.set(path, { frontmatter: fm });
    indexNote(index, path, basename(path), notes.get(path), resolve);
  };
  put(MET, { relationship: 'report' });
  put('1-1/2026-11-01 Sam.md', { type: 'one-on-one', person: '[[Sam Lee]]', date: '2026-11-01' });
  put(NEW_REPORT, { relationship: 'report', cadence: 7 });
  put('Projects/Atlas.md', { status: 'active' });
  return { notes, index, put };
}

function ctx(notes: Map<string, NoteMetadata>): StatsContext {
  return {
    today: '2026-11-22',
    config: DEFAULT_SETTINGS,
    profile: (p) =>
      profileFromFrontmatter(p ? notes.get(p)?.frontmatter : undefined, {
        cadenceDays: 14,
        careerCadence: [28, 42],
      }),
  };
}

function cards(w: ReturnType<typeof world>, cache: PersonStatsCache) {
  cache.refresh(ctx(w.notes));
  return buildSidebarModel({
    today: '2026-11-22',
    people: cache.all(),
    meetingsOf: (k) => w.index.meetingsOf(k),
    careerTypeIds: new Set(['career']),
    details: () => ({ goals: [], topics: 0 }),
    problems: [],
  });
}

describe('issue 15.3: everyone you meet is on the sidebar', () => {
  it('shows a person note with a relationship and no 1:1 as "Not met yet", first', () => {
    const w = world();
    const model = cards(w, new PersonStatsCache(w.index));
    expect(model.cards.map((c) => [c.name, c.chip.text])).toEqual([
      ['Nia Brooks', 'Not met yet'],
      ['Sam Lee', expect.stringMatching(/overdue/)],
    ]);
    expect(model.cards[0]).toMatchObject({
      personPath: NEW_REPORT,
      relationship: 'report',
      cadenceDays: 7,
    });
    expect(model.summary).toContain('1 not met yet');
    expect(w.index.findPeopleByName('nia brooks')).toEqual([NEW_REPORT]);
  });

  it('follows the note: its first 1:1, a lost relationship, a rename, a delete', () => {
    const w = world();
    const cache = new PersonStatsCache(w.index);
    cards(w, cache);
    w.put('1-1/2026-11-20 Nia.md', {
      type: 'one-on-one',
      person: '[[Nia Brooks]]',
      date: '2026-11-20',
    });
    expect(cards(w, cache).cards.find((c) => c.name === 'Nia Brooks')?.chip.text).toBe(
      'Due in 5 days',
    );
    w.index.remove('1-1/2026-11-20 Nia.md');
    expect(cards(w, cache).cards.find((c) => c.name === 'Nia Brooks')?.chip.text).toBe(
      'Not met yet',
    );
    w.index.rename(NEW_REPORT, 'People/Nia B.md');
    expect(cards(w, cache).cards.map((c) => c.personPath)).toContain('People/Nia B.md');
    w.put('People/Nia B.md', {});
    expect(cards(w, cache).cards.map((c) => c.name)).toEqual(['Sam Lee']);
    w.put(NEW_REPORT, { relationship: 'mentor' });
    w.index.remove(NEW_REPORT);
    expect(cards(w, cache).cards.map((c) => c.name)).toEqual(['Sam Lee']);
  });

  it('leaves out notes without a relationship', () => {
    const w = world();
    expect(w.index.personKeys().sort()).toEqual([MET, NEW_REPORT].sort());
  });
});
