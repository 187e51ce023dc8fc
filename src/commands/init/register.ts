/** `dpg-check init [path]`: write a dpg.yml pre-filled from the repository, with every open question marked TODO. */
import type { Command } from 'commander';
import type { InitOptions } from './run.js';
import type { CliContext } from '../context.js';

const HELP = `
Fills in what the repository already shows (license, owners from copyright lines, NOTICE or
publiccode.yml, documentation and policy files) and leaves every question only the owner can answer
as "~  # TODO", with the question in a comment above it. Run dpg-check afterwards: unanswered
questions are reported as needs-review.

Never replaces an existing dpg.yml, .dpg.yml or dpg.json unless --force is given; then the old
dpg.yml is kept as dpg.yml.bak (or dpg.yml.bak.1, .bak.2 …).

Examples:
  $ dpg-check init                    write ./dpg.yml
  $ dpg-check init path/to/repo       write path/to/repo/dpg.yml
  $ dpg-check init --stdout | less    look first, write nothing
  $ dpg-check init --force            start over (backs up the old dpg.yml)`;

export function registerInitCommand(program: Command, ctx: CliContext): void {
  program
    .command('init')
    .description('write a dpg.yml answers file pre-filled from the repository')
    .argument('[path]', 'repository folder to write dpg.yml into', '.')
    .option('--force', 'replace an existing answers file, keeping a .bak copy')
    .option('--stdout', 'print the file instead of writing it')
    .addHelpText('after', HELP)
    .action(async (target: string, opts: InitOptions) => {
      const { initCommand } = await import('./run.js');
      ctx.setExitCode(await initCommand(ctx, target, opts));
    });
}
