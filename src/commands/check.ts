/** The main job, `dpg-check [path]`: check one repository and print the report. */
import { Option, type Command } from 'commander';
import { EXIT, UsageError, type ExitCode } from '../errors.js';
import { reporters } from '../reporters/index.js';
import { run } from '../run.js';
import { OPTIONS, type CheckOptions } from './check-options.js';
import { wantsColor, type CliContext } from './context.js';
import { writeOutputFile } from './write-file.js';

/** The check is the root command: its options and argument live on the program itself. */
export function defineCheck(program: Command, ctx: CliContext): void {
  program.argument('[path]', 'repository to check', '.');
  for (const spec of OPTIONS) {
    const option = new Option(spec.flags, spec.description);
    if (spec.choices) option.choices(spec.choices);
    if (spec.defaultValue !== undefined) option.default(spec.defaultValue, spec.defaultText);
    program.addOption(option);
  }
  program.action(async (target: string, opts: CheckOptions) => ctx.setExitCode(await checkCommand(ctx, target, opts)));
}

async function checkCommand(ctx: CliContext, target: string, opts: CheckOptions): Promise<ExitCode> {
  const { report, results } = await run({
    target,
    plugins: opts.plugin ?? [],
    maxFileBytes: parseBytes(opts.maxFileBytes),
  });
  if (ctx.debug) for (const r of results) if (r.stack) ctx.stderr.write(`${r.check.meta.id}: ${r.stack}\n`);
  const color = wantsColor(ctx, opts.color, !opts.output && ctx.stdout.isTTY);
  const text = reporters[opts.format](report, { color });
  if (opts.output) await writeOutputFile(opts.output, text, '--output');
  else ctx.stdout.write(text);
  return report.summary.verdict === 'ready' ? EXIT.OK : EXIT.GAPS;
}

function parseBytes(value: number | string): number {
  const bytes = Number(value);
  if (!Number.isInteger(bytes) || bytes < 1) throw new UsageError(`--max-file-bytes ${value} is not a positive whole number`, 'e.g. --max-file-bytes 1048576');
  return bytes;
}
