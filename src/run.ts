/**
 * One full check of one repository: source -> snapshot -> declared answers -> facts -> checks -> scoring.
 * No console and no process here: cli.ts does the talking.
 */
import { checks as builtInChecks } from './checks/index.js';
import type { Check, CheckContext } from './checks/define.js';
import { loadDeclaration } from './declarations/load.js';
import { runChecks, type CheckResult } from './engine.js';
import { UsageError } from './errors.js';
import { computeFacts } from './facts/index.js';
import { STANDARD_VERSION } from './model/indicator.js';
import type { Report } from './model/report.js';
import type { RepoSnapshot } from './model/snapshot.js';
import { loadPlugins } from './plugins.js';
import { score } from './scoring.js';
import { readLocalRepo } from './sources/local.js';
import { wantedTexts } from './sources/select.js';
import { TOOL_VERSION } from './version.js';

export interface RunOptions {
  /** A local path (remote forms arrive with the GitHub source). */
  readonly target: string;
  readonly plugins?: readonly string[];
  readonly maxFileBytes?: number;
  readonly now?: Date;
}

export interface RunResult {
  readonly report: Report;
  /** Raw results, for --debug (stacks of checks that threw). */
  readonly results: readonly CheckResult[];
}

const REMOTE_FORM = /^(?:https?:\/\/|git@|ssh:\/\/|git:\/\/)/i;

export async function run(options: RunOptions): Promise<RunResult> {
  if (options.target.trim() === '') throw new UsageError('the repository path is empty', 'pass a folder, or nothing to check the current directory');
  if (REMOTE_FORM.test(options.target)) {
    throw new UsageError(`${options.target}: remote repositories are not supported yet`, 'clone it and pass the folder: git clone URL repo && dpg-check repo');
  }
  const checks = [...builtInChecks, ...(await loadPlugins(options.plugins ?? [], builtInChecks))];
  const maxFileBytes = options.maxFileBytes;
  const repo = await readLocalRepo(options.target, { wants: wantedTexts(checks), ...(maxFileBytes ? { maxFileBytes } : {}) });
  return checkSnapshot(repo, checks, options.now ?? new Date());
}

/** Everything after the I/O: pure, so tests and other sources can call it with any snapshot. */
export function checkSnapshot(repo: RepoSnapshot, checks: readonly Check[] = builtInChecks, now = new Date()): RunResult {
  const declared = loadDeclaration(repo);
  const facts = computeFacts(repo, declared?.answers);
  const ctx: CheckContext = { repo, declaration: declared?.answers, facts, now };
  const results = runChecks(checks, ctx);
  const { expression, approved, detected } = facts.licenses;
  const licenses = { expression, approved, detected };
  const { indicators, summary } = score(results, licenses);
  const report: Report = {
    schemaVersion: 1,
    tool: { name: 'dpg-check', version: TOOL_VERSION },
    standard: { version: STANDARD_VERSION },
    target: repo.target,
    declaredAnswers: { path: declared?.path ?? null },
    indicators,
    licenses,
    summary,
  };
  return { report, results };
}
