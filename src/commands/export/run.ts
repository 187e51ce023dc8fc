/** What `dpg-check export` does; loaded only when that command runs, so a plain check starts no slower. */
import { resolve } from 'node:path';
import { checks } from '../../checks/index.js';
import { loadDeclaration } from '../../declarations/load.js';
import { buildApplication } from '../../dpga-form/export-build.js';
import type { RepoOrigin } from '../../dpga-form/absolute-links.js';
import { EXIT, type ExitCode } from '../../errors.js';
import { computeFacts } from '../../facts/index.js';
import type { RepoSnapshot } from '../../model/snapshot.js';
import { writeOutputFile } from '../../output/write-file.js';
import { readTarget } from '../../run.js';
import { wantedTexts } from '../../sources/select.js';
import { TOOL_VERSION } from '../../version.js';
import type { CheckOptions } from '../check-options.js';
import type { CliContext } from '../context.js';
import { githubOptions } from '../github-options.js';
import { gitOrigin } from './git-origin.js';

export type ExportOptions = Pick<
  CheckOptions,
  'answers' | 'ref' | 'apiUrl' | 'tokenStdin' | 'cache' | 'timeout' | 'retries'
> & {
  readonly out?: string;
};

export async function exportCommand(ctx: CliContext, target: string, opts: ExportOptions): Promise<ExitCode> {
  const { repo, given } = await readTarget(
    {
      target,
      github: { options: await githubOptions(ctx, opts) },
      ...(opts.ref !== undefined ? { ref: opts.ref } : {}),
      ...(opts.answers !== undefined ? { answersFile: opts.answers } : {}),
    },
    wantedTexts(checks),
  );
  const declared = given ? given.declared : loadDeclaration(repo);
  const { application, problems, warnings } = buildApplication({
    declared,
    repo,
    licenses: computeFacts(repo, declared?.answers).licenses,
    origin: await originOf(ctx, target, repo),
    generator: `dpg-check ${TOOL_VERSION}`,
  });
  const text = `${JSON.stringify(application, null, 2)}\n`;
  if (!opts.out || opts.out === '-') ctx.stdout.write(text);
  else await writeOutputFile(opts.out, text, '--out');
  for (const warning of warnings) ctx.stderr.write(`dpg-check: warning: ${warning}\n`);
  for (const problem of problems) ctx.stderr.write(`dpg-check: the DPGA schema rejects ${problem}\n`);
  const missing = application.missingAnswers;
  if (missing.length > 0) {
    const where = opts.answers ?? 'dpg.yml';
    const hint = opts.answers === undefined ? ' (dpg-check init writes every question)' : '';
    ctx.stderr.write(
      `dpg-check: ${missing.length} required answer${missing.length === 1 ? ' is' : 's are'} missing; add them to ${where}${hint}:\n`,
    );
    for (const field of missing) ctx.stderr.write(`  - ${field}\n`);
  }
  return missing.length === 0 && problems.length === 0 ? EXIT.OK : EXIT.GAPS;
}

/** A GitHub repository names its own URL and commit; a local checkout has them from git. */
async function originOf(ctx: CliContext, target: string, repo: RepoSnapshot): Promise<RepoOrigin | undefined> {
  const { url, commit } = repo.target;
  if (repo.target.source !== 'local') return url && commit ? { url, commit } : undefined;
  return gitOrigin(resolve(ctx.cwd, target), commit);
}
