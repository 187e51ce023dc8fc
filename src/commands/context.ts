/**
 * What a command may use of the outside world. cli.ts builds it from `process`; tests can build their own.
 * Commands never touch `process` directly, so they stay testable and cannot exit early.
 */
import type { ExitCode } from '../errors.js';

export interface Output {
  write(text: string): void;
  readonly isTTY: boolean;
}

export interface CliContext {
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly cwd: string;
  readonly stdout: Output;
  readonly stderr: Output;
  /** All of standard input as text (for --token-stdin and the like). */
  readStdin(): Promise<string>;
  /** The exit code the process ends with; the last command to run sets it. */
  setExitCode(code: ExitCode): void;
  /** --debug anywhere on the command line: show stacks. */
  readonly debug: boolean;
}

/** --color/--no-color win; then NO_COLOR and FORCE_COLOR (https://no-color.org); then "is it a terminal". */
export function wantsColor(ctx: CliContext, flag: boolean | undefined, toTerminal: boolean): boolean {
  const forced = ctx.env['FORCE_COLOR'];
  if (flag !== undefined) return flag;
  if (ctx.env['NO_COLOR']) return false;
  if (forced !== undefined && forced !== '') return forced !== '0' && forced !== 'false';
  return toTerminal;
}
