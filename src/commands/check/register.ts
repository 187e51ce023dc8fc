/** The main job, `dpg-check [path]`: check one repository and print the report. */
import type { Command } from 'commander';
import { addOptions, OPTIONS, type CheckOptions } from '../check-options.js';
import type { CliContext } from '../context.js';
import { checkRepository } from './run.js';

/** The check is the root command: its options and argument live on the program itself. */
export function registerCheckCommand(program: Command, ctx: CliContext): void {
  program.argument('[path]', 'repository to check', '.');
  addOptions(program, OPTIONS);
  program.action(async (target: string, opts: CheckOptions) =>
    ctx.setExitCode((await checkRepository(ctx, target, opts)).code),
  );
}
