/**
 * The `#1on1` option: list items anywhere in the vault tagged `#1on1` that link a
 * person are offered as topics when that person's next note is created. Candidates
 * are found from the metadata cache alone (tags, list items, links: no file reads);
 * only the few notes that hold one are read, for the item's text. An item taken into
 * a note gets ` → [[that note]]` appended, so it is never offered twice (an item that
 * links one of the person's 1:1 notes counts as taken) and it shows where it went.
 */
import { Notice, type App, type CachedMetadata, type ListItemCache, type Pos } from 'obsidian';
import { applyLineEdits } from '../../core/notes/line-edits';
import { closedSet } from '../../core/settings/config';
import type { NextNoteOutcome } from '../../core/next-note/request';
import { resolvePerson, type ResolvedPerson } from '../../core/people/resolve-person';
import type { MeetingIndex } from '../../core/meetings/meeting-index';
import { errorMessage } from '../../core/shared/errors';
import { wikilink } from '../../core/shared/links';
import { basename } from '../../core/shared/vault-path';
import { isOpenTask, parseNote } from '../../core/notes/markdown';
import {
  hasTopicTag,
  markTopicTaken,
  taggedTopicText,
  TOPIC_TAG,
  topicLine,
} from '../../core/in-note/topics';
import type { TouchpointsSettings } from '../../core/settings/settings';
import type { MeetingIndexComponent } from '../meetings/meeting-index-component';
import type { ExtraTopicsProvider } from './next-note-service';
import { ObsidianVaultPort } from '../shared/vault-io';

/** An open item tagged `#1on1` elsewhere in the vault, offered as a topic. */
export interface TaggedTopic {
  path: string;
  /** Zero-based line of the item in its note. */
  line: number;
  /** The line as read, to verify before marking it. */
  lineText: string;
  /** The topic line that goes into the agenda. */
  topic: string;
}

function within(line: number, pos: Pos): boolean {
  return line >= pos.start.line && line <= pos.end.line;
}

/** The innermost list item holding a line. */
function itemAt(items: readonly ListItemCache[], line: number): ListItemCache | null {
  let best: ListItemCache | null = null;
  for (const it of items)
    if (within(line, it.position) && (!best || it.position.start.line > best.position.start.line))
      best = it;
  return best;
}

/** Where each link of a note's cache (on the given lines) resolves, null for unresolved ones. */
function linkTargets(
  app: App,
  cache: CachedMetadata,
  sourcePath: string,
  pos: Pos,
): Array<{ link: string; path: string | null }> {
  return (cache.links ?? [])
    .filter((l) => within(l.position.start.line, pos))
    .map((l) => {
      const link = l.link.replace(/[#^|].*$/, '');
      return { link, path: app.metadataCache.getFirstLinkpathDest(link, sourcePath)?.path ?? null };
    });
}

/**
 * Open items tagged `#1on1` that link the person and no 1:1 note of theirs, from the
 * metadata cache only. The person's own notes (person note, 1:1 notes) are skipped:
 * their topics already move by carry-over and the topics queue.
 */
export function findTaggedItems(
  app: App,
  index: MeetingIndex,
  person: ResolvedPerson,
  closed: ReadonlySet<string>,
): Array<{ path: string; line: number }> {
  const out: Array<{ path: string; line: number }> = [];
  const personPath = person.exists ? person.path : null;
  for (const file of app.vault.getMarkdownFiles()) {
    const cache = app.metadataCache.getFileCache(file);
    const tags = cache?.tags?.filter((t) => t.tag.toLowerCase() === TOPIC_TAG);
    if (!cache || !tags?.length || !cache.listItems) continue;
    if (file.path === personPath || index.get(file.path)?.personKey === person.key) continue;
    const seen = new Set<number>();
    for (const tag of tags) {
      const item = itemAt(cache.listItems, tag.position.start.line);
      if (!item || seen.has(item.position.start.line)) continue;
      if (item.task !== undefined && closed.has(item.task)) continue;
      const targets = linkTargets(app, cache, file.path, item.position);
      const linksPerson = targets.some((t) =>
        t.path !== null
          ? t.path === personPath
          : personPath === null && basename(t.link).toLowerCase() === person.name.toLowerCase(),
      );
      const taken = targets.some(
        (t) => t.path !== null && index.get(t.path)?.personKey === person.key,
      );
      if (!linksPerson || taken) continue;
      seen.add(item.position.start.line);
      out.push({ path: file.path, line: item.position.start.line });
    }
  }
  return out;
}

/** Read the notes holding candidates (once each) and make their topic lines. */
export async function readTaggedTopics(
  app: App,
  items: ReadonlyArray<{ path: string; line: number }>,
  closed: ReadonlySet<string>,
): Promise<TaggedTopic[]> {
  const out: TaggedTopic[] = [];
  const byPath = new Map<string, number[]>();
  for (const it of items) byPath.set(it.path, [...(byPath.get(it.path) ?? []), it.line]);
  for (const [path, lines] of byPath) {
    const file = app.vault.getFileByPath(path);
    if (!file) continue;
    const note = parseNote(await app.vault.cachedRead(file));
    const link = wikilink(app.metadataCache.fileToLinktext(file, '', true));
    for (const line of lines) {
      // The cache may be behind the file: keep only what the text confirms.
      const item = note.items.find((it) => it.line === line);
      if (!item || !hasTopicTag(item.text) || (item.status !== null && !isOpenTask(item, closed)))
        continue;
      const text = taggedTopicText(item.text);
      if (text) out.push({ path, line, lineText: note.lines[line]!, topic: topicLine(text, link) });
    }
  }
  return out;
}

/** Mark the taken items in their notes (one atomic, verified write per note) and journal it for undo. */
export async function markTaken(
  app: App,
  taken: readonly TaggedTopic[],
  outcome: NextNoteOutcome,
): Promise<string[]> {
  const warnings: string[] = [];
  const created = app.vault.getFileByPath(outcome.path);
  const byPath = new Map<string, TaggedTopic[]>();
  for (const t of taken) byPath.set(t.path, [...(byPath.get(t.path) ?? []), t]);
  for (const [path, topics] of byPath) {
    const file = app.vault.getFileByPath(path);
    if (!file || !created) continue;
    const link = wikilink(app.metadataCache.fileToLinktext(created, path, true));
    const edits = topics.map((t) => ({
      line: t.line,
      expected: t.lineText,
      replacement: markTopicTaken(t.lineText, link),
    }));
    let before = '';
    let skipped = 0;
    try {
      const after = await app.vault.process(file, (text) => {
        before = text;
        const r = applyLineEdits(text, edits);
        skipped = r.skipped.length;
        return r.text;
      });
      if (after !== before)
        outcome.journal?.entries.push({ kind: 'modified', path, before, after });
      if (skipped)
        warnings.push(
          `${skipped} #1on1 item(s) in ${path} changed meanwhile and were not marked as taken`,
        );
    } catch (error) {
      warnings.push(`Could not mark the #1on1 items in ${path} as taken: ${errorMessage(error)}`);
    }
  }
  return warnings;
}

/** What the `#1on1` provider works with. */
export interface TaggedTopicsDeps {
  app: App;
  meetings: MeetingIndexComponent;
  settings: () => TouchpointsSettings;
  /** Let the user choose which topics to take; null or [] takes none. */
  choose: (topics: TaggedTopic[], personName: string) => Promise<TaggedTopic[] | null>;
}

/** The provider the next-note service asks before each creation. */
export function taggedTopicsProvider(deps: TaggedTopicsDeps): ExtraTopicsProvider {
  const port = new ObsidianVaultPort(deps.app);
  return async (request) => {
    const settings = deps.settings();
    if (!settings.tagTopics) return null;
    const index = deps.meetings.index;
    try {
      const person = resolvePerson({ port, index, folder: settings.folder }, request.person);
      if (!person.ok || index.find(person.value.key, request.typeId, request.date)) return null;
      const closed = closedSet(settings);
      const items = findTaggedItems(deps.app, index, person.value, closed);
      const topics = items.length ? await readTaggedTopics(deps.app, items, closed) : [];
      const chosen = topics.length ? await deps.choose(topics, person.value.name) : null;
      if (!chosen?.length) return null;
      return {
        topics: chosen.map((t) => [t.topic]),
        after: (outcome) => markTaken(deps.app, chosen, outcome),
      };
    } catch (error) {
      new Notice(`Touchpoints: could not collect the #1on1 topics: ${errorMessage(error)}`, 10000);
      return null;
    }
  };
}
