/**
 * The browser's figures on the page thread's own clock (issue 18, as `workNow` does in
 * Node). A page has no clock of its thread's time, so the page marks every timed
 * interval (measure.ts `setIntervalMarks`: `tp<id><` and `tp<id>>`), Chromium traces
 * the marks with the thread's CPU time stamp of each (`tts`, microseconds), and the
 * samples and runs of B are timed again here from those: the time the renderer's main
 * thread ran, without the time it waited for a CPU while other jobs ran. The samples are
 * synchronous work (or awaits that resolve at once), so the thread never sleeps inside
 * one: its own time is its work.
 */
import { median, type Timing } from './measure';

export interface IntervalTimes {
  /** Interval id to its time on the thread's clock (ms). */
  cpu: Map<number, number>;
  /** The wall time less the thread's time, summed over the intervals (ms). */
  waited: number;
}

interface TraceEvent {
  name?: string;
  ts?: number;
  tts?: number;
}

const MARK = /^tp(\d+)([<>])$/;

/** The intervals marked in a trace (Chromium's JSON trace format), with their times. */
export function intervalTimes(trace: string): IntervalTimes {
  const parsed = JSON.parse(trace) as { traceEvents?: TraceEvent[] } | TraceEvent[];
  const events = Array.isArray(parsed) ? parsed : (parsed.traceEvents ?? []);
  const starts = new Map<number, TraceEvent>();
  const cpu = new Map<number, number>();
  let waited = 0;
  for (const e of events) {
    const m = MARK.exec(e.name ?? '');
    if (!m || e.tts === undefined || e.ts === undefined) continue;
    const id = Number(m[1]);
    if (m[2] === '<') {
      starts.set(id, e);
      continue;
    }
    const start = starts.get(id);
    if (start?.tts === undefined || start.ts === undefined) continue;
    const ms = (e.tts - start.tts) / 1000;
    cpu.set(id, ms);
    waited += Math.max(0, (e.ts - start.ts) / 1000 - ms);
  }
  return { cpu, waited };
}

/**
 * A timing taken in the page, timed again on the thread's clock: each sample and each
 * run of B from its interval. Unchanged (and false) when any interval is missing from
 * the trace: then the page's wall times stand.
 */
export function rethread(t: Timing, times: IntervalTimes): boolean {
  const { ids, bIds } = t;
  if (!ids?.length) return false;
  const all = [...ids, ...(bIds ?? [])];
  if (!all.every((id) => times.cpu.has(id))) return false;
  t.samples = ids.map((id) => times.cpu.get(id)! / t.reps);
  t.ms = median(t.samples);
  if (bIds?.length) {
    t.b = median(bIds.map((id) => times.cpu.get(id)!));
    t.ratio = t.ms / t.b;
  }
  return true;
}
