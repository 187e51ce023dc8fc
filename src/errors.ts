/** Errors the user can act on. cli.ts prints their message on one line (explainError) and exits with `exitCode`. */

export const EXIT = { OK: 0, GAPS: 1, BAD_INPUT: 2, REMOTE: 3 } as const;
export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

export abstract class KnownError extends Error {
  abstract readonly exitCode: ExitCode;
  /** What the user can do about it; printed after the message. */
  readonly hint: string | undefined;

  constructor(message: string, hint?: string) {
    super(message);
    this.name = new.target.name;
    this.hint = hint;
  }
}

/** Bad flags or arguments. */
export class UsageError extends KnownError {
  readonly exitCode = EXIT.BAD_INPUT;
}

/** Bad input: a missing path, an unreadable file, an invalid answers file. */
export class InputError extends KnownError {
  readonly exitCode = EXIT.BAD_INPUT;
}

/** A remote source could not be read (network, rate limit, no such repository). */
export class SourceError extends KnownError {
  readonly exitCode = EXIT.REMOTE;
}

/**
 * What the user is told when a command throws, and the exit code to end with: one line for a known error,
 * a pointer to the issue tracker (and with --debug the stack) for anything else. A function of its own so
 * that the tests running commands in process say exactly what cli.ts says.
 */
export function explainError(err: unknown, debug: boolean): { readonly text: string; readonly exitCode: ExitCode } {
  if (err instanceof KnownError) {
    return { text: `dpg-check: ${err.message}${err.hint ? ` (${err.hint})` : ''}\n`, exitCode: err.exitCode };
  }
  const error = err instanceof Error ? err : new Error(String(err));
  const line = `dpg-check: unexpected error: ${error.message.split('\n')[0]} (rerun with --debug and report it at the project's issue tracker)\n`;
  return { text: debug ? `${line}${error.stack ?? ''}\n` : line, exitCode: EXIT.BAD_INPUT };
}
