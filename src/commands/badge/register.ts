/** `dpg-check badge [path]`: check a repository and write a shields.io endpoint badge of its score and verdict. */
import type { Command } from 'commander';
import { addOptions, OPTIONS } from '../check-options.js';
import type { CliContext } from '../context.js';
import { badgeCommand, type BadgeOptions } from './run.js';

/** The check's source options mean the same here; taken from its table so help and defaults cannot drift. */
const SHARED_FLAGS = [
  '--answers <file>',
  '--plugin <module...>',
  '--max-file-bytes <bytes>',
  '--ref <ref>',
  '--api-url <url>',
  '--token-stdin',
  '--no-cache',
  '--timeout <seconds>',
  '--retries <count>',
];

const HELP_AFTER = `
The badge JSON is a shields.io endpoint (https://shields.io/badges/endpoint-badge):
  {"schemaVersion":1,"label":"DPG Standard","message":"61/100 · gaps","color":"orange"}
Colour: ready brightgreen; gaps yellow (score 75 or more) or orange; not-eligible red.
Publish the file at a stable URL and show it with
  https://img.shields.io/endpoint?url=<URL-encoded address of the JSON>

Examples:
  $ dpg-check badge                         print the badge JSON for the current directory
  $ dpg-check badge . --out dpg-badge.json  write it (replaces an earlier badge, never another file)
  $ dpg-check badge ../app --plugin ./my-check.js --out badge.json
  $ GITHUB_TOKEN=… dpg-check badge OWNER/NAME --out badge.json   a GitHub repository, no clone
  $ dpg-check badge OWNER/NAME --answers application.json       judged on the DPGA application

Exit codes:
  0  the badge was written (whatever the verdict: the badge shows it)
  2  bad invocation or bad input (missing path or --answers file, --out is another file without --force)
  3  a remote source could not be read`;

export function registerBadgeCommand(program: Command, ctx: CliContext): void {
  const command = program
    .command('badge')
    .description('Check a repository and write a shields.io endpoint badge with its score and verdict.')
    .argument('[path]', 'repository to check', '.')
    .option('--out <file>', 'write the badge JSON to this file instead of standard output')
    .option('--force', 'replace --out even when it is not a dpg-check badge (keeping a .bak copy)');
  addOptions(
    command,
    OPTIONS.filter((o) => SHARED_FLAGS.includes(o.flags)),
  )
    .addHelpText('after', HELP_AFTER)
    .action(async (target: string, opts: BadgeOptions) => ctx.setExitCode(await badgeCommand(ctx, target, opts)));
}
