/** Errors the user can act on. cli.ts prints their message on one line and exits with `exitCode`. */

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
