/**
 * Error helpers shared by every capability: the text of anything thrown, and the
 * signal that a note changed under a verified write.
 */

/** The message of anything thrown (an Error's message, else its string form). */
export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** Thrown inside a `process` callback when a note changed since it was read or checked. */
export class ChangedSince extends Error {}
