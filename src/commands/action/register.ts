/**
 * `dpg-check github-action`, the single command action.yml runs. Hidden from --help: it is the Action's
 * entry point, run exactly this way by the tests.
 */
import type { Command } from 'commander';
import type { CliContext } from '../context.js';
import { runAction } from './run.js';

export function registerActionCommand(program: Command, ctx: CliContext): void {
  program
    .command('github-action', { hidden: true })
    .description('run as the GitHub Action (action.yml): inputs come from INPUT_* variables')
    .action(async () => ctx.setExitCode(await runAction(ctx)));
}
