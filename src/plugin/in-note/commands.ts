/**
 * The in-note features, registered by one function that main.ts calls once (and tells
 * when the settings change): aging badges, "Insert problem brief"
 * (`insert-problem-brief`), "Reschedule this 1:1" (`reschedule-this-1on1`), "Cancel
 * this 1:1" (`cancel-this-1on1`), "Add topic to next 1:1" (add-topic.ts), and the
 * #1on1 option (tagged topics offered when a next note is created; see
 * next-note/tagged-topics.ts).
 */
import type { Editor, TFile } from 'obsidian';
import { problemBriefInsertion } from '../../core/in-note/problem-brief';
import { defaultRescheduleDate } from '../../core/in-note/reschedule';
import { AgingBadges } from './aging-badges';
import { MeetingStatusService } from './meeting-status';
import { taggedTopicsProvider } from '../next-note/tagged-topics';
import { TopicService } from './topic-service';
import { CancelMeetingModal } from './cancel-modal';
import { RescheduleModal } from './reschedule-modal';
import { chooseTaggedTopics } from '../next-note/tagged-topics-modal';
import { registerAddTopic } from './add-topic';
import type { CommandDeps } from '../command-deps';
import { whenIndexed } from '../meetings/wait-for-index';

/** The in-note services main.ts keeps, and how to tell them the settings changed. */
export interface InNoteFeatures {
  badges: AgingBadges;
  status: MeetingStatusService;
  topics: TopicService;
  /** Apply changed settings (badges on or off, threshold, closed statuses) to open editors. */
  settingsChanged(): void;
}

/** Insert an empty problem brief at the cursor's line, as one undoable editor transaction. */
export function insertProblemBrief(editor: Editor): void {
  const { line } = editor.getCursor();
  const next = line + 1 < editor.lineCount() ? editor.getLine(line + 1) : null;
  const ins = problemBriefInsertion(editor.getLine(line), next);
  const cursor = { line: line + ins.cursor.lineDelta, ch: ins.cursor.ch };
  editor.transaction({
    changes: [{ from: { line, ch: ins.from }, to: { line, ch: ins.to }, text: ins.text }],
    selection: { from: cursor },
  });
}

/** Open "Reschedule this 1:1" for a note, once the index is complete. */
function openReschedule(deps: CommandDeps, status: MeetingStatusService, file: TFile): void {
  whenIndexed(deps.meetings, () => {
    const rec = status.meeting(file);
    if (!rec) return;
    new RescheduleModal(deps.plugin.app, {
      personName: rec.personName,
      date: rec.date,
      proposed: defaultRescheduleDate(deps.nextNote.today(), rec.date),
      onSubmit: (date) => status.reschedule(file, date),
    }).open();
  });
}

/** Register the badges and the in-note commands; call once, from onload. */
export function registerInNoteFeatures(deps: CommandDeps): InNoteFeatures {
  const { plugin, meetings, nextNote: service, settings } = deps;
  const { app } = plugin;
  const badges = new AgingBadges({ plugin, meetings, settings });
  badges.register();
  const status = new MeetingStatusService({ app, meetings, service, settings });
  const topics = new TopicService({ app, meetings, settings, today: () => service.today() });
  service.useExtraTopics(
    taggedTopicsProvider({
      app,
      meetings,
      settings,
      choose: (t, name) => chooseTaggedTopics(app, t, name),
    }),
  );

  plugin.addCommand({
    id: 'insert-problem-brief',
    name: 'Insert problem brief',
    editorCallback: (editor) => insertProblemBrief(editor),
  });

  const activeMeeting = (): TFile | null => {
    const file = app.workspace.getActiveFile();
    return file && status.meeting(file) ? file : null;
  };
  plugin.addCommand({
    id: 'reschedule-this-1on1',
    name: 'Reschedule this 1:1',
    checkCallback: (checking) => {
      const file = activeMeeting();
      if (!file) return false;
      if (!checking) openReschedule(deps, status, file);
      return true;
    },
  });
  plugin.addCommand({
    id: 'cancel-this-1on1',
    name: 'Cancel this 1:1',
    checkCallback: (checking) => {
      const file = activeMeeting();
      const rec = file ? status.meeting(file) : null;
      if (!file || !rec) return false;
      if (!checking) {
        new CancelMeetingModal(app, {
          personName: rec.personName,
          date: rec.date,
          reschedule: () => openReschedule(deps, status, file),
          cancel: () => status.cancel(file),
        }).open();
      }
      return true;
    },
  });
  registerAddTopic(deps, topics);

  return { badges, status, topics, settingsChanged: () => badges.configure() };
}
