/**
 * `dpg-check batch`: input -> plan -> check each target (in parallel, appending results.jsonl) ->
 * summaries built by streaming results.jsonl. Loaded only when the batch subcommand runs.
 */
import { join, resolve } from 'node:path';
import type { CliContext } from '../context.js';
import { EXIT, InputError, type ExitCode } from '../../errors.js';
import type { GitHubClientOptions } from '../../sources/github/index.js';
import { createChecker } from './checker.js';
import { loadBatchInput, STDIN_INPUT, type BatchInput } from './input/index.js';
import { planBatch, type Plan, type Shard } from './plan.js';
import { createProgress, duration } from './progress.js';
import { openResults } from './results-file.js';
import { runBatch } from './runner.js';
import { prepareOutDir, type OutDir } from './out-dir.js';
import { SUMMARY_FILES, writeSummaries, type SummaryFormat } from './summary/index.js';

export interface BatchSettings {
  readonly input: string;
  readonly column?: string;
  readonly concurrency: number;
  readonly out: string;
  readonly resume: boolean;
  readonly force: boolean;
  readonly shard?: Shard;
  readonly formats: readonly SummaryFormat[];
  readonly quiet: boolean;
  readonly maxFileBytes?: number;
  /** The shared GitHub client's options: token, --api-url, cache folder, timeouts. */
  readonly github: GitHubClientOptions;
}

export async function batchCommand(ctx: CliContext, settings: BatchSettings): Promise<ExitCode> {
  const started = Date.now();
  const input = await loadBatchInput(settings.input, {
    cwd: ctx.cwd,
    readStdin: ctx.readStdin,
    ...pick(settings, 'column'),
    ...pick(settings.github, 'apiUrl'),
  });
  if (input.entries.length === 0)
    throw new InputError(
      `${settings.input === STDIN_INPUT ? 'standard input' : settings.input} lists no targets`,
      'one URL, OWNER/NAME or folder per line; # starts a comment',
    );
  const plan = planBatch(input.entries, settings.shard);
  const out = await prepareOutDir(resolve(ctx.cwd, settings.out), settings.out, settings);
  const say = (text: string) => {
    if (!settings.quiet) ctx.stderr.write(`dpg-check batch: ${text}\n`);
  };
  tellPlan(say, input, plan, out, settings);
  const todo = plan.items.filter((item) => !out.prior.outcomes.has(item.target.key));
  const writer = await openResults(out.resultsPath, out.prior.validBytes);
  const progress = await createProgress({ stderr: ctx.stderr, quiet: settings.quiet, total: todo.length });
  const checker = createChecker({ ...pick(settings, 'maxFileBytes'), github: settings.github });
  let tally;
  try {
    tally = await runBatch({
      items: todo,
      concurrency: settings.concurrency,
      check: checker.check,
      write: writer.append,
      onFinished: progress.finished,
      secrets: settings.github.token ? [settings.github.token] : [],
    });
  } finally {
    progress.stop();
    await writer.close();
  }
  const withDeclared = input.kind === 'registry' || input.kind === 'nominees';
  await writeSummaries({
    resultsPath: out.resultsPath,
    shownAs: join(settings.out, 'results.jsonl'),
    outDir: out.dir,
    formats: settings.formats,
    withDeclared,
    withDpga: input.kind === 'nominees',
  });
  const earlierFailures = plan.items.filter((item) => out.prior.outcomes.get(item.target.key) === true).length;
  const failed = tally.failed + earlierFailures;
  const requests = checker.client()?.stats.requests;
  say(
    `${plan.items.length - failed} of ${plan.items.length} checked, ${failed} could not be read, in ${duration(Date.now() - started)}` +
      `${requests === undefined ? '' : ` (${requests} GitHub requests)`}; results in ${join(settings.out, '')} (${writtenFiles(settings.formats).join(', ')})`,
  );
  return failed > 0 ? EXIT.REMOTE : EXIT.OK;
}

function tellPlan(
  say: (text: string) => void,
  input: BatchInput,
  plan: Plan,
  out: OutDir,
  settings: BatchSettings,
): void {
  for (const note of input.notes) say(note);
  if (plan.duplicates > 0) say(`${plan.duplicates} repeated target(s) will be checked once`);
  if (settings.shard)
    say(`shard ${settings.shard.index}/${settings.shard.count}: ${plan.items.length} of ${plan.distinct} targets`);
  if (out.backedUp.length > 0) say(`kept the earlier ${out.backedUp.join(', ')} as .bak`);
  if (out.prior.droppedPartialLine)
    say('the last line of results.jsonl was cut short by an interrupted run; that target is checked again');
  const skipped = plan.items.filter((item) => out.prior.outcomes.has(item.target.key)).length;
  if (settings.resume) say(`resuming: ${skipped} already done, ${plan.items.length - skipped} to check`);
}

function writtenFiles(formats: readonly SummaryFormat[]): string[] {
  return [
    'results.jsonl',
    ...(formats.includes('csv') ? [SUMMARY_FILES.csv] : []),
    ...(formats.includes('md') ? [SUMMARY_FILES.md] : []),
  ];
}

/** The named settings that are set, for options objects that must not hold `undefined`. */
function pick<T extends object, K extends keyof T>(source: T, ...keys: K[]): Partial<Pick<T, K>> {
  const out: Partial<Pick<T, K>> = {};
  for (const key of keys) if (source[key] !== undefined) out[key] = source[key];
  return out;
}
