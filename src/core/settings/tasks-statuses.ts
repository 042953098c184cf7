/**
 * The Tasks plugin's status settings, as Tasks saves them in its data.json
 * (`statusSettings.coreStatuses` then `customStatuses`; the first status with a symbol
 * wins), and the hint Touchpoints shows when forwarded items (`[>]`) would still count
 * as "not done" in Tasks queries. Pure: the adapter reads the file.
 */

/** One status as Tasks stores it (only what we read). */
export interface TasksStatus {
  symbol: string;
  name: string;
  type: string;
}

/** The status types whose tasks Tasks counts as done (`not done` leaves them out). */
const DONE_TYPES = new Set(['DONE', 'CANCELLED', 'NON_TASK']);

const WHERE = "In Tasks' settings, under Task Statuses › Custom Statuses,";

function asStatus(value: unknown): TasksStatus | null {
  if (typeof value !== 'object' || value === null) return null;
  const { symbol, name, type } = value as Record<string, unknown>;
  if (typeof symbol !== 'string') return null;
  return {
    symbol,
    name: typeof name === 'string' ? name : '',
    // Saves older than status types: Tasks reads them as TODO.
    type: typeof type === 'string' ? type : 'TODO',
  };
}

/**
 * The statuses Tasks uses, in its order, from its saved data; null when the data has a
 * shape we do not know. Tasks that never saved its settings (null data) has its
 * defaults, none of which is `>`.
 */
export function tasksStatuses(data: unknown): TasksStatus[] | null {
  if (data === null || data === undefined) return [];
  if (typeof data !== 'object') return null;
  const settings = (data as { statusSettings?: unknown }).statusSettings;
  if (settings === undefined) return [];
  if (typeof settings !== 'object' || settings === null) return null;
  const { coreStatuses, customStatuses } = settings as Record<string, unknown>;
  if (!Array.isArray(coreStatuses) || !Array.isArray(customStatuses)) return null;
  const all: unknown[] = [...(coreStatuses as unknown[]), ...(customStatuses as unknown[])];
  return all.map(asStatus).filter((s) => s !== null);
}

/**
 * What to change in Tasks so that forwarded items drop out of "not done" queries, or
 * null when nothing needs changing (or the data is not understood).
 */
export function tasksForwardedHint(data: unknown): string | null {
  const statuses = tasksStatuses(data);
  if (!statuses) return null;
  const forwarded = statuses.find((s) => s.symbol === '>');
  if (!forwarded) {
    return `The Tasks plugin has no status for [>], so forwarded items count as "not done" in its queries. ${WHERE} choose "Add New Task Status" with symbol ">", name "Forwarded", next symbol "x" and Task Status Type NON_TASK.`;
  }
  if (DONE_TYPES.has(forwarded.type)) return null;
  const named = forwarded.name ? ` "${forwarded.name}"` : '';
  // Tasks' one-click preset for the Minimal theme adds `>` "forwarded" as TODO.
  const minimal =
    forwarded.name === 'forwarded' ? " (Tasks' preset for the Minimal theme adds it so)" : '';
  return `The Tasks plugin's status [>]${named} has the type ${forwarded.type}${minimal}, so forwarded items count as "not done" in its queries. ${WHERE} edit the status with symbol ">" and set its Task Status Type to NON_TASK.`;
}
