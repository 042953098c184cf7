/**
 * The two kinds of user error the command line reports without a stack trace. Any
 * other exception is an internal error (exit 70).
 */

/** Exit code for success. */
export const EXIT_OK = 0;
/** Exit code for bad input: a missing vault, an invalid date, an unknown type or person. */
export const EXIT_INPUT = 1;
/** Exit code for usage errors: an unknown flag or command, a missing argument. */
export const EXIT_USAGE = 2;
/** Exit code for internal errors (BSD `EX_SOFTWARE`). */
export const EXIT_INTERNAL = 70;

/** Bad input: printed as one line, exit 1. */
export class InputError extends Error {
  override name = 'InputError';
}

/** Wrong use of the command line: printed with the usage text, exit 2. */
export class UsageError extends Error {
  override name = 'UsageError';
  /** The command whose usage to show, or null for the general usage. */
  constructor(
    message: string,
    readonly command: string | null = null,
  ) {
    super(message);
  }
}

/** One line of text from any thrown value, for a message on stderr. */
export function oneLine(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return text.replace(/\s*[\r\n]+\s*/g, ' ').trim();
}
