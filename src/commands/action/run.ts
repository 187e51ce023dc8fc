/**
 * What `dpg-check github-action` does: reads the inputs from INPUT_* variables, checks with every
 * requested format into the out-dir, prints the terminal report to the log, sets the step outputs
 * (sarif-file …) and appends the Markdown report to the job summary.
 */
import { isAbsolute, relative, resolve } from 'node:path';
import { Command } from 'commander';
import type { ExitCode } from '../../errors.js';
import { reporters } from '../../reporters/index.js';
import { addOptions, OPTIONS, type CheckOptions } from '../check-options.js';
import { checkRepository } from '../check/run.js';
import { wantsColor, type CliContext } from '../context.js';
import { appendToSummary, writeStepOutputs } from './github-files.js';
import { readInputs } from './inputs.js';

export async function runAction(ctx: CliContext): Promise<ExitCode> {
  const inputs = readInputs(ctx.env);
  const defaults = addOptions(new Command(), OPTIONS).parse([], { from: 'user' }).opts<CheckOptions>();
  const outcome = await checkRepository(
    ctx,
    inputs.path,
    {
      ...defaults,
      format: inputs.formats,
      outDir: inputs.outDir,
      ...(inputs.config !== undefined ? { config: inputs.config } : {}),
      ...(inputs.failOn !== undefined ? { failOn: inputs.failOn } : {}),
      ...(inputs.minScore !== undefined ? { minScore: inputs.minScore } : {}),
    },
    { discoveredConfigPlugins: true },
  ); // the workflow's own repository: its config's plugins are its own code
  // The log shows the readable report; the runner renders ANSI colours, NO_COLOR still wins.
  ctx.stdout.write(reporters.terminal(outcome.report, { color: wantsColor(ctx, undefined, true) }));
  const shown = (file: string | undefined) => (file === undefined ? '' : workspacePath(ctx.cwd, file));
  const outputFile = ctx.env['GITHUB_OUTPUT'];
  if (outputFile) {
    writeStepOutputs(outputFile, {
      'sarif-file': shown(outcome.files.get('sarif')),
      'markdown-file': shown(outcome.files.get('markdown')),
      'json-file': shown(outcome.files.get('json')),
      score: String(outcome.report.summary.score),
      verdict: outcome.report.summary.verdict,
      'exit-code': String(outcome.code),
    });
  }
  const summaryFile = ctx.env['GITHUB_STEP_SUMMARY'];
  const markdownFile = outcome.files.get('markdown');
  if (summaryFile && markdownFile) appendToSummary(summaryFile, markdownFile);
  return outcome.code;
}

/** Relative to the workspace when inside it, the form other actions (upload-sarif) expect. */
function workspacePath(cwd: string, file: string): string {
  const rel = relative(cwd, resolve(cwd, file));
  return rel.startsWith('..') || isAbsolute(rel) ? file : rel;
}
