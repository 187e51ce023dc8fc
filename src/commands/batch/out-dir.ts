/**
 * The results folder. A previous run's files are never overwritten silently: --resume continues
 * results.jsonl (the summaries are rebuilt from it), --force moves the old files aside as *.bak first.
 */
import { stat } from 'node:fs/promises';
import { join } from 'node:path';
import { InputError, UsageError } from '../../errors.js';
import { moveToBackup } from '../../output/backup.js';
import { createFolder } from '../../output/write-file.js';
import { RESULTS_FILE, scanResults, type PriorResults } from './results-file.js';
import { SUMMARY_FILES } from './summary/index.js';

export interface OutDir {
  readonly dir: string;
  readonly resultsPath: string;
  /** What an earlier run already wrote (empty when starting fresh). */
  readonly prior: PriorResults;
  /** Files moved aside by --force. */
  readonly backedUp: readonly string[];
}

const OUR_FILES = [RESULTS_FILE, SUMMARY_FILES.csv, SUMMARY_FILES.md];
const NOTHING: PriorResults = { outcomes: new Map(), validBytes: 0, droppedPartialLine: false };

export async function prepareOutDir(
  dir: string,
  shownAs: string,
  mode: { resume: boolean; force: boolean },
): Promise<OutDir> {
  await makeFolder(dir, shownAs);
  const resultsPath = join(dir, RESULTS_FILE);
  const existing = (
    await Promise.all(OUR_FILES.map(async (name) => ((await isFile(join(dir, name))) ? name : undefined)))
  ).filter((name): name is string => name !== undefined);
  if (mode.force) {
    for (const name of existing) await moveToBackup(join(dir, name));
    return { dir, resultsPath, prior: NOTHING, backedUp: existing };
  }
  if (mode.resume) {
    const prior = existing.includes(RESULTS_FILE)
      ? await scanResults(resultsPath, join(shownAs, RESULTS_FILE))
      : NOTHING;
    return { dir, resultsPath, prior, backedUp: [] };
  }
  if (existing.length > 0) {
    throw new UsageError(
      `${shownAs} already holds ${existing.join(', ')} from an earlier run`,
      'add --resume to continue it; --force starts over and keeps the old files as *.bak; or choose another --out',
    );
  }
  return { dir, resultsPath, prior: NOTHING, backedUp: [] };
}

async function makeFolder(dir: string, shownAs: string): Promise<void> {
  await createFolder(dir, { what: `the results folder ${shownAs}`, hint: 'choose a writable --out folder' });
  if (!(await stat(dir)).isDirectory()) throw new InputError(`${shownAs} is not a folder`, 'choose a folder for --out');
}

async function isFile(path: string): Promise<boolean> {
  return stat(path).then(
    (info) => info.isFile(),
    () => false,
  );
}
