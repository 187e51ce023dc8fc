/** The command line: the only module that reads argv and env, writes to stdout/stderr and sets the exit code. */
import { writeFile } from 'node:fs/promises';
import { Command, CommanderError, Option } from 'commander';
import { EXIT, InputError, KnownError, UsageError } from './errors.js';
import { EXAMPLES_HELP, EXIT_CODES_HELP, OPTIONS, type CliOptions } from './options.js';
import { reporters } from './reporters/index.js';
import { run } from './run.js';
import { TOOL_VERSION } from './version.js';

function buildProgram(): Command {
  const program = new Command('dpg-check')
    .description('Check how well a repository meets the Digital Public Goods Standard, and what to fix before applying.')
    .version(TOOL_VERSION, '-V, --version')
    .argument('[path]', 'repository to check', '.')
    .addHelpText('after', `\n${EXAMPLES_HELP}\n\n${EXIT_CODES_HELP}\n`)
    .exitOverride()
    // Commander's own errors (unknown option, bad choice) get the same one-line shape as ours.
    .configureOutput({ outputError: (text, write) => write(`dpg-check: ${text.trim().replace(/^error: /, '')} (see dpg-check --help)\n`) });
  for (const spec of OPTIONS) {
    const option = new Option(spec.flags, spec.description);
    if (spec.choices) option.choices(spec.choices);
    if (spec.defaultValue !== undefined) option.default(spec.defaultValue, spec.defaultText);
    program.addOption(option);
  }
  return program;
}

function parseBytes(value: number | string): number {
  const bytes = Number(value);
  if (!Number.isInteger(bytes) || bytes < 1) throw new UsageError(`--max-file-bytes ${value} is not a positive whole number`, 'e.g. --max-file-bytes 1048576');
  return bytes;
}

/** --color/--no-color win; then NO_COLOR and FORCE_COLOR (https://no-color.org); then "is it a terminal". */
function wantsColor(flag: boolean | undefined, toTerminal: boolean): boolean {
  const forced = process.env['FORCE_COLOR'];
  if (flag !== undefined) return flag;
  if (process.env['NO_COLOR']) return false;
  if (forced !== undefined && forced !== '') return forced !== '0' && forced !== 'false';
  return toTerminal;
}

async function main(argv: readonly string[]): Promise<number> {
  const program = buildProgram();
  try {
    program.parse([...argv]);
  } catch (err) {
    if (err instanceof CommanderError) return err.exitCode === 0 ? EXIT.OK : EXIT.BAD_INPUT;
    throw err;
  }
  const opts = program.opts<CliOptions>();
  const target = program.processedArgs[0] as string;
  const { report, results } = await run({
    target,
    plugins: opts.plugin ?? [],
    maxFileBytes: parseBytes(opts.maxFileBytes),
  });
  if (opts.debug) for (const r of results) if (r.stack) process.stderr.write(`${r.check.meta.id}: ${r.stack}\n`);
  const color = wantsColor(opts.color, !opts.output && process.stdout.isTTY === true);
  const text = reporters[opts.format](report, { color });
  if (opts.output) await writeReport(opts.output, text);
  else process.stdout.write(text);
  return report.summary.verdict === 'ready' ? EXIT.OK : EXIT.GAPS;
}

async function writeReport(path: string, text: string): Promise<void> {
  try {
    await writeFile(path, text);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code ?? 'error';
    throw new InputError(`cannot write the report to ${path} (${code})`, 'choose a writable --output path');
  }
}

function explain(err: unknown, debug: boolean): number {
  if (err instanceof KnownError) {
    process.stderr.write(`dpg-check: ${err.message}${err.hint ? ` (${err.hint})` : ''}\n`);
    return err.exitCode;
  }
  const error = err instanceof Error ? err : new Error(String(err));
  process.stderr.write(`dpg-check: unexpected error: ${error.message.split('\n')[0]} (rerun with --debug and report it at the project's issue tracker)\n`);
  if (debug) process.stderr.write(`${error.stack ?? ''}\n`);
  return EXIT.BAD_INPUT;
}

// Exit by exitCode, never process.exit(): a large report piped to another program must not be cut off.
main(process.argv).then(
  (code) => { process.exitCode = code; },
  (err: unknown) => { process.exitCode = explain(err, process.argv.includes('--debug')); },
);
