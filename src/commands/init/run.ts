/** What `dpg-check init` does; loaded only when that command runs, so a plain check starts no slower. */
import { resolve } from 'node:path';
import { checks } from '../../checks/index.js';
import { loadDpgFile } from '../../declarations/load.js';
import { initFacts } from '../../dpga-form/init-facts.js';
import { renderInit } from '../../dpga-form/init-template.js';
import { SCHEMA_URL } from '../../dpga-form/schema-url.js';
import { EXIT } from '../../errors.js';
import { writeAnswersFile } from '../../output/answers-file.js';
import { memoryRepo } from '../../sources/memory.js';
import { readLocalRepo } from '../../sources/local.js';
import { wantedTexts } from '../../sources/select.js';
import type { CliContext } from '../context.js';

export interface InitOptions {
  readonly force?: boolean;
  readonly stdout?: boolean;
}

export async function initCommand(ctx: CliContext, target: string, opts: InitOptions): Promise<typeof EXIT.OK> {
  const root = resolve(ctx.cwd, target);
  const repo = await readLocalRepo(root, { wants: wantedTexts(checks) });
  const text = renderInit(initFacts(repo), SCHEMA_URL);
  // Our own loader must accept what we write: a template it rejects would be a bug, not the user's problem.
  loadDpgFile(memoryRepo({ 'dpg.yml': text }));
  if (opts.stdout) {
    ctx.stdout.write(text);
    return EXIT.OK;
  }
  const result = await writeAnswersFile(root, text, opts.force === true);
  const todo = text.split('\n').filter((line) => line.endsWith('# TODO')).length;
  if (result.backup) ctx.stdout.write(`Kept the old dpg.yml as ${result.backup}\n`);
  ctx.stdout.write(`Wrote ${result.written}: ${todo} questions to answer (marked TODO).\n`);
  for (const name of result.shadowed) ctx.stdout.write(`Note: ${name} is no longer read; dpg.yml comes first.\n`);
  ctx.stdout.write('Next: answer the TODOs, then run dpg-check to see them checked.\n');
  return EXIT.OK;
}
