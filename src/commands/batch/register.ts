/** `dpg-check batch <input>`: check many repositories in one run. The work itself loads only when it runs. */
import { Option, type Command } from 'commander';
import { UsageError } from '../../errors.js';
import { DEFAULT_MAX_FILE_BYTES } from '../../sources/text.js';
import type { SummaryFormat } from './summary/index.js';
import type { CliContext } from '../context.js';

const FORMATS: readonly SummaryFormat[] = ['csv', 'md', 'jsonl'];

export interface BatchOptions {
  readonly column?: string;
  readonly concurrency: string | number;
  readonly out: string;
  readonly resume?: boolean;
  readonly force?: boolean;
  readonly shard?: string;
  readonly format: string;
  readonly quiet?: boolean;
  readonly maxFileBytes: string | number;
  readonly apiUrl?: string;
  readonly tokenStdin?: boolean;
  readonly cache: boolean;
  readonly timeout: string | number;
  readonly retries: string | number;
}

const HELP_AFTER = `
Input (the file's shape is recognised):
  a text file     one target per line: https://github.com/OWNER/NAME, OWNER/NAME or a folder
                  (relative to the file); # starts a comment; blank lines are skipped
  a CSV file      the targets in the column named by --column (default: repository, repo or url)
  registry.json   the DPG registry ({ "records": [...] }); the summaries then compare each
                  product's declared license with the one found
  nominee files   a DPGA nominee record, a folder of them, or a publicgoods-candidates checkout
                  (its nominees/, excluded-nominees/ and archive/): each product's repositories are
                  checked against its own record (as with --answers; the screening answers in
                  digitalpublicgoods/, same file name, are read with it); the summaries add the
                  record's stage and, for an excluded one, the DPGA's reason, and summary.md lists
                  where the verdict and the DPGA's decision part

Output (in --out): results.jsonl (one record per target: its full JSON report or its error),
summary.csv and summary.md. A repeated target is checked once. A target that cannot be read
becomes a row with its error; the other targets are still checked.

Examples:
  $ dpg-check batch repos.txt
  $ dpg-check batch registry.json --concurrency 8 --out results/
  $ dpg-check batch publicgoods-candidates/ --out dpga/     every record against its repositories
  $ dpg-check batch repos.csv --column repository --format csv
  $ dpg-check batch repos.txt --out results/ --resume       continue an interrupted run
  $ dpg-check batch repos.txt --shard 2/5 --out shard-2/    one of five CI machines
  $ gh repo list ORG --json url -q '.[].url' | dpg-check batch -   the list on standard input

Exit codes:
  0  every target was checked (whatever their verdicts)
  2  bad invocation, or an input file that cannot be read (its line is named)
  3  some targets could not be read (see the error column)`;

export function registerBatchCommand(program: Command, ctx: CliContext): void {
  program
    .command('batch')
    .description('check many repositories in one run: resumable, shardable, with summaries reviewers can sort')
    .argument(
      '<input>',
      'a list of targets, a CSV file, registry.json, nominee JSON files or a publicgoods-candidates checkout; - for standard input',
    )
    .option('--column <name>', 'the CSV column holding the repositories')
    .addOption(new Option('-j, --concurrency <n>', 'targets checked at the same time').default(4))
    .option('-o, --out <dir>', 'folder for results.jsonl and the summaries', 'dpg-check-results')
    .option('--resume', "skip the targets already in the folder's results.jsonl")
    .option('--force', 'start over in a folder that holds results (the old files are kept as .bak)')
    .option('--shard <i/n>', 'check only slice i of n (deterministic; the n slices cover the input once)')
    .addOption(
      new Option(
        '--format <list>',
        'summaries to write, comma-separated: csv, md, jsonl (results.jsonl is always written)',
      ).default('csv,md'),
    )
    .option('-q, --quiet', 'no progress or notes on standard error')
    .addOption(
      new Option('--max-file-bytes <bytes>', 'read at most this many bytes of any one file').default(
        DEFAULT_MAX_FILE_BYTES,
      ),
    )
    .option(
      '--api-url <url>',
      'GitHub API to use (GitHub Enterprise Server: https://HOST/api/v3)',
      'https://api.github.com',
    )
    .option('--token-stdin', 'read the GitHub token from standard input (default: GITHUB_TOKEN or GH_TOKEN)')
    .option(
      '--no-cache',
      'neither read nor write the GitHub response cache (kept in the user cache folder, or DPG_CHECK_CACHE_DIR)',
    )
    .addOption(new Option('--timeout <seconds>', 'give up on a GitHub request after this many seconds').default(30))
    .addOption(
      new Option('--retries <count>', 'retry a failed GitHub request (5xx, reset, timeout) this many times').default(3),
    )
    .option('--debug', 'show stack traces of unexpected errors')
    .addHelpText('after', HELP_AFTER)
    .action(async (input: string, opts: BatchOptions) => {
      const [{ batchCommand }, { parseShard }, { githubOptions }] = await Promise.all([
        import('./run.js'),
        import('./plan.js'),
        import('../github-options.js'),
      ]);
      if (opts.resume && opts.force)
        throw new UsageError(
          '--resume and --force contradict each other',
          'continue with --resume, or start over with --force',
        );
      if (input === '-' && opts.tokenStdin)
        throw new UsageError(
          'the list (-) and --token-stdin cannot both come from standard input',
          'set GITHUB_TOKEN (or GH_TOKEN) instead of --token-stdin',
        );
      ctx.setExitCode(
        await batchCommand(ctx, {
          input,
          out: opts.out,
          resume: opts.resume === true,
          force: opts.force === true,
          quiet: opts.quiet === true,
          concurrency: wholeNumber(String(opts.concurrency), '--concurrency', 1, 256),
          maxFileBytes: wholeNumber(String(opts.maxFileBytes), '--max-file-bytes', 1, Number.MAX_SAFE_INTEGER),
          formats: parseFormats(opts.format),
          // The same flags, environment and checks as a single remote check (token, --api-url, cache, timeouts).
          github: await githubOptions(ctx, opts),
          ...(opts.shard !== undefined ? { shard: parseShard(opts.shard) } : {}),
          ...(opts.column !== undefined ? { column: opts.column } : {}),
        }),
      );
    });
}

function wholeNumber(text: string, flag: string, min: number, max: number): number {
  const value = Number(text);
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new UsageError(
      `${flag} ${text} is not a whole number from ${min} to ${max}`,
      `e.g. ${flag} ${min === 1 && max === 256 ? 8 : 1048576}`,
    );
  }
  return value;
}

function parseFormats(text: string): SummaryFormat[] {
  const names = text
    .split(',')
    .map((name) => name.trim().toLowerCase())
    .filter((name) => name !== '');
  const unknown = names.filter((name) => !(FORMATS as readonly string[]).includes(name));
  if (unknown.length > 0 || names.length === 0) {
    throw new UsageError(
      `--format ${text}: ${unknown.length > 0 ? `unknown ${unknown.join(', ')}` : 'names no format'}`,
      `choose from ${FORMATS.join(', ')}, comma-separated`,
    );
  }
  return [...new Set(names)] as SummaryFormat[];
}
