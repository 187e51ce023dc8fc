/** `dpg-check export [path] --out application.json`: the DPGA application data, ready to paste. */
import type { Command } from 'commander';
import { addOptions, OPTIONS } from '../check-options.js';
import type { ExportOptions } from './run.js';
import type { CliContext } from '../context.js';

/** The check's source options mean the same here; taken from its table so help and defaults cannot drift. */
const SHARED_FLAGS = [
  '--answers <file>',
  '--ref <ref>',
  '--api-url <url>',
  '--token-stdin',
  '--no-cache',
  '--timeout <seconds>',
  '--retries <count>',
];

const HELP = `
Writes one JSON document holding the DPGA "nominee" and "screening" data (their own field names,
validated against their schemas) built from dpg.yml, publiccode.yml and what the repository shows,
or from the file given with --answers instead of the repository's own answers.
Links into the repository are made absolute and pinned to the checked-out commit, using the git
remote "origin" (a GitHub repository names its own); without one they stay relative and a warning
says so.

Required answers still missing are listed on standard error and under "missingAnswers"; the exit
code is 1 until there are none. --out replaces the file it names.

Examples:
  $ dpg-check export                           print the application to standard output
  $ dpg-check export . --out application.json  write it to a file
  $ dpg-check export path/to/repo -o - | jq .nominee
  $ dpg-check export OWNER/NAME --answers nominees/NAME.json   a DPGA application against its repository

Exit codes:
  0  complete: every required answer is given and the DPGA schemas accept it
  1  written, but answers are missing or the DPGA schemas reject some
  2  bad input (no such folder, invalid dpg.yml, no such --answers file)
  3  a remote source could not be read`;

export function registerExportCommand(program: Command, ctx: CliContext): void {
  const command = program
    .command('export')
    .description('write the DPGA application data (nominee + screening JSON) from dpg.yml and the repository')
    .argument('[path]', 'repository folder, or a GitHub repository (OWNER/NAME or URL)', '.')
    .option('-o, --out <file>', 'write to this file, replacing it ("-" for standard output)', '-');
  addOptions(
    command,
    OPTIONS.filter((o) => SHARED_FLAGS.includes(o.flags)),
  )
    .addHelpText('after', HELP)
    .action(async (target: string, opts: ExportOptions) => {
      const { exportCommand } = await import('./run.js');
      ctx.setExitCode(await exportCommand(ctx, target, opts));
    });
}
