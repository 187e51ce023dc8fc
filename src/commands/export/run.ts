/** What `dpg-check export` does; loaded only when that command runs, so a plain check starts no slower. */
import { resolve } from 'node:path';
import { checks } from '../../checks/index.js';
import { loadDeclaration } from '../../declarations/load.js';
import { buildApplication } from '../../dpga-form/export-build.js';
import { EXIT, type ExitCode } from '../../errors.js';
import { computeFacts } from '../../facts/index.js';
import { writeOutputFile } from '../../output/write-file.js';
import { readLocalRepo } from '../../sources/local.js';
import { wantedTexts } from '../../sources/select.js';
import { TOOL_VERSION } from '../../version.js';
import type { CliContext } from '../context.js';
import { gitOrigin } from './git-origin.js';

export interface ExportOptions {
  readonly out?: string;
}

export async function exportCommand(ctx: CliContext, target: string, opts: ExportOptions): Promise<ExitCode> {
  const root = resolve(ctx.cwd, target);
  const repo = await readLocalRepo(root, { wants: wantedTexts(checks) });
  const declared = loadDeclaration(repo);
  const { application, problems, warnings } = buildApplication({
    declared,
    repo,
    licenses: computeFacts(repo, declared?.answers).licenses,
    origin: await gitOrigin(root, repo.target.commit),
    generator: `dpg-check ${TOOL_VERSION}`,
  });
  const text = `${JSON.stringify(application, null, 2)}\n`;
  if (!opts.out || opts.out === '-') ctx.stdout.write(text);
  else await writeOutputFile(opts.out, text, '--out');
  for (const warning of warnings) ctx.stderr.write(`dpg-check: warning: ${warning}\n`);
  for (const problem of problems) ctx.stderr.write(`dpg-check: the DPGA schema rejects ${problem}\n`);
  const missing = application.missingAnswers;
  if (missing.length > 0) {
    ctx.stderr.write(
      `dpg-check: ${missing.length} required answer${missing.length === 1 ? ' is' : 's are'} missing; add them to dpg.yml (dpg-check init writes every question):\n`,
    );
    for (const field of missing) ctx.stderr.write(`  - ${field}\n`);
  }
  return missing.length === 0 && problems.length === 0 ? EXIT.OK : EXIT.GAPS;
}
