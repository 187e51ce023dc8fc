/**
 * Runs the command line inside the test process: the program, context and error explanation of
 * bin/dpg-check.js, without the node start-up and module loading a spawned process pays on every run.
 * For tests about what a command says, writes and exits with. What only a real process shows (the
 * built dist/, closed pipes, signals, colour taken from a terminal) stays with runCli in the slow loop.
 */
import type { CliContext } from '../../src/commands/context.js';
import { runProgram } from '../../src/commands/program.js';
import { EXIT, explainError, type ExitCode } from '../../src/errors.js';
import { BIN, cliEnv, PROJECT_ROOT, type CliOptions, type CliRun } from './cli.js';

export async function runCliInProcess(args: readonly string[], options: CliOptions = {}): Promise<CliRun> {
  const cwd = options.cwd ?? PROJECT_ROOT;
  let stdout = '';
  let stderr = '';
  let code: ExitCode = EXIT.OK;
  const ctx: CliContext = {
    env: cliEnv(options.env),
    cwd,
    stdout: {
      write: (text) => {
        stdout += text;
      },
      isTTY: false,
    },
    stderr: {
      write: (text) => {
        stderr += text;
      },
      isTTY: false,
    },
    readStdin: () => Promise.resolve(options.input ?? ''),
    setExitCode: (exitCode) => {
      code = exitCode;
    },
    debug: args.includes('--debug'),
  };
  // A relative target is resolved against the process's working directory, as in a real run; vitest's
  // forked workers may change it, and each test awaits its run, so no two runs share it at once.
  const previous = process.cwd();
  process.chdir(cwd);
  try {
    await runProgram([process.execPath, BIN, ...args], ctx);
  } catch (err) {
    const explained = explainError(err, ctx.debug);
    stderr += explained.text;
    code = explained.exitCode;
  } finally {
    process.chdir(previous);
  }
  return { code, stdout, stderr };
}
