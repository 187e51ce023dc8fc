/** The whole command line: the check as the root command, and the other jobs as subcommands. */
import { Command, CommanderError } from 'commander';
import { EXIT } from '../errors.js';
import { TOOL_VERSION } from '../version.js';
import { registerActionCommand } from './action/register.js';
import { registerBadgeCommand } from './badge/register.js';
import { registerBatchCommand } from './batch/register.js';
import { registerCheckCommand } from './check/register.js';
import { EXAMPLES_HELP, EXIT_CODES_HELP } from './check-options.js';
import type { CliContext } from './context.js';
import { registerInitCommand } from './init/register.js';
import { registerExportCommand } from './export/register.js';

/** Subcommands, each `(program, ctx) => void` adding itself with program.command(): settings are inherited that way. */
const SUBCOMMANDS: readonly ((program: Command, ctx: CliContext) => void)[] = [
  registerBadgeCommand,
  registerBatchCommand,
  registerActionCommand,
  registerInitCommand,
  registerExportCommand,
];

export function buildProgram(ctx: CliContext): Command {
  const program = new Command('dpg-check')
    .description(
      'Check how well a repository meets the Digital Public Goods Standard, and what to fix before applying.',
    )
    .version(TOOL_VERSION, '-V, --version')
    .addHelpText('after', `\n${EXAMPLES_HELP}\n\n${EXIT_CODES_HELP}\n`)
    // Root options before a subcommand belong to the root; after it, to the subcommand.
    .enablePositionalOptions()
    .exitOverride()
    .configureOutput({
      writeOut: (text) => ctx.stdout.write(text),
      writeErr: (text) => ctx.stderr.write(text),
      // Commander's own errors (unknown option, bad choice) get the same one-line shape as ours.
      outputError: (text, write) => write(`dpg-check: ${text.trim().replace(/^error: /, '')} (see dpg-check --help)\n`),
    });
  registerCheckCommand(program, ctx);
  for (const define of SUBCOMMANDS) define(program, ctx);
  return program;
}

/** Parses and runs; commander's own exits (help, version, usage errors) become exit codes. */
export async function runProgram(argv: readonly string[], ctx: CliContext): Promise<void> {
  try {
    await buildProgram(ctx).parseAsync([...argv]);
  } catch (err) {
    if (!(err instanceof CommanderError)) throw err;
    ctx.setExitCode(err.exitCode === 0 ? EXIT.OK : EXIT.BAD_INPUT);
  }
}
