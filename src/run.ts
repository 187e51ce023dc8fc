/**
 * One full check of one repository: source -> snapshot -> declared answers -> facts -> checks -> scoring.
 * No console and no process here: cli.ts does the talking.
 */
import { lstat, realpath } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { checks as builtInChecks } from './checks/index.js';
import type { Check, CheckContext } from './checks/define.js';
import { loadAnswersFile } from './declarations/answers-file.js';
import { loadDeclaration } from './declarations/load.js';
import { mergeScreening, screeningPathOf } from './declarations/screening.js';
import { declarationNotes } from './declarations/notes.js';
import { ANSWERS_MAX_BYTES } from './declarations/parse.js';
import { repositoryMismatch } from './declarations/repositories.js';
import { runChecks, type CheckResult } from './engine.js';
import { UsageError } from './errors.js';
import { computeFacts } from './facts/index.js';
import { STANDARD_VERSION } from './model/indicator.js';
import type { DeclaredAnswers } from './model/declaration.js';
import type { Report } from './model/report.js';
import type { RepoSnapshot } from './model/snapshot.js';
import { loadPlugins } from './plugins.js';
import { score } from './scoring.js';
import { readAnswersFile } from './sources/answers-file.js';
import { readGitOrigin } from './sources/git-origin.js';
import { readLocalRepo } from './sources/local.js';
import type { PathMatcher } from './lib/paths.js';
import type { GitHubClient, GitHubClientOptions } from './sources/github/client.js';
import type { GitHubReadOptions } from './sources/github/repo.js';
import { classifyTarget, type GitHubTarget } from './sources/github/target.js';
import { wantedTexts } from './sources/select.js';
import { TOOL_VERSION } from './version.js';

export interface RunOptions {
  /** A local path, a GitHub URL or OWNER/NAME (an existing local folder wins over OWNER/NAME). */
  readonly target: string;
  /** Branch, tag or commit of a remote target. */
  readonly ref?: string;
  /** GitHub access: a shared client (batch mode), or the options to make one. */
  readonly github?: { readonly client?: GitHubClient; readonly options?: GitHubClientOptions };
  readonly plugins?: readonly string[];
  readonly maxFileBytes?: number;
  readonly now?: Date;
  /**
   * Answers from this file (a dpg.yml, a dpg.json or a DPGA application record) instead of the
   * repository's own dpg.yml / publiccode.yml: a reviewer checks a repository against the submission.
   */
  readonly answersFile?: string;
}

/** Answers that did not come from the snapshot, and what to compare them with. */
export interface GivenAnswers {
  readonly declared: DeclaredAnswers;
  /** The checked repository's URL (a local checkout's origin), for the record's `repositories`; absent: not compared. */
  readonly repositoryUrl?: string;
}

export interface RunResult {
  readonly report: Report;
  /** Raw results, for --debug (stacks of checks that threw). */
  readonly results: readonly CheckResult[];
}

export async function run(options: RunOptions): Promise<RunResult> {
  const resolved = await resolveTarget(options);
  const checks = [...builtInChecks, ...(await loadPlugins(options.plugins ?? [], builtInChecks))];
  const { repo, given } = await readResolved(resolved, options, wantedTexts(checks));
  return checkSnapshot(repo, checks, options.now ?? new Date(), given);
}

/** Where and how to read a target, without the checks: for commands that use the snapshot otherwise (export). */
export type SourceOptions = Pick<RunOptions, 'target' | 'ref' | 'github' | 'maxFileBytes' | 'answersFile'>;

export interface TargetRead {
  readonly repo: RepoSnapshot;
  /** The answers of --answers, and the URL to compare their repositories with. */
  readonly given: GivenAnswers | undefined;
}

/** The snapshot of a local or GitHub target with the texts `wants` names, and the answers of --answers. */
export async function readTarget(options: SourceOptions, wants: PathMatcher): Promise<TargetRead> {
  return readResolved(await resolveTarget(options), options, wants);
}

interface ResolvedTarget {
  readonly remote: GitHubTarget | 'local';
  readonly answers: DeclaredAnswers | undefined;
}

/** Everything that can be refused before any download: an empty target, --ref on a folder, the answers file. */
async function resolveTarget(options: SourceOptions): Promise<ResolvedTarget> {
  if (options.target.trim() === '')
    throw new UsageError('the repository path is empty', 'pass a folder, or nothing to check the current directory');
  const github = options.github?.client ?? options.github?.options;
  const remote = await classifyTarget(options.target, github?.apiUrl);
  if (remote === 'local' && options.ref !== undefined)
    throw new UsageError(
      `--ref ${options.ref} applies to GitHub repositories only`,
      `check out ${options.ref} in ${options.target} instead`,
    );
  // Read before the repository, so that a wrong path fails at once rather than after a download.
  const answers = options.answersFile === undefined ? undefined : await readGivenAnswers(options.answersFile);
  return { remote, answers };
}

async function readResolved(
  { remote, answers }: ResolvedTarget,
  options: SourceOptions,
  wants: PathMatcher,
): Promise<TargetRead> {
  const maxFileBytes = options.maxFileBytes;
  const read = { wants, ...(maxFileBytes ? { maxFileBytes } : {}) };
  const repo = remote === 'local' ? await readLocalRepo(options.target, read) : await readRemote(remote, options, read);
  const repositoryUrl =
    answers && (repo.target.url ?? (remote === 'local' ? await readGitOrigin(options.target) : undefined));
  return { repo, given: answers && { declared: answers, ...(repositoryUrl ? { repositoryUrl } : {}) } };
}

/**
 * The answers in a file given with --answers: a dpg.yml, a dpg.json or a DPGA application record, read
 * (capped, regular file only) and parsed, locations and notes in that file. A nominee record in a
 * publicgoods-candidates checkout is read with its screening answers beside it, as the DPGA holds an
 * application. For commands that need the answers without a whole check.
 */
export async function readGivenAnswers(path: string): Promise<DeclaredAnswers> {
  const text = await readAnswersFile(path, ANSWERS_MAX_BYTES);
  const screeningPath = screeningPathOf(path);
  const screeningFile = screeningPath === undefined ? undefined : await screeningFileAt(screeningPath);
  if (screeningFile === undefined) return loadAnswersFile(path, text);
  const screening = await readAnswersFile(screeningFile, ANSWERS_MAX_BYTES);
  return mergeScreening(loadAnswersFile(path, text, true), loadAnswersFile(screeningFile, screening, true));
}

/**
 * The screening file to read for `path`, or undefined when there is none. publicgoods-candidates shares
 * one screening between products by symbolic links inside digitalpublicgoods/ (commcare-cloud.json ->
 * commcare.json): such a link is followed to the file it names there. A link leading anywhere else is
 * returned as it is, and readAnswersFile refuses it.
 */
async function screeningFileAt(path: string): Promise<string | undefined> {
  const info = await lstat(path).catch(() => undefined);
  if (!info?.isSymbolicLink()) return info ? path : undefined;
  const [target, folder] = await Promise.all([realpath(path).catch(() => path), realpath(dirname(path))]);
  return dirname(target) === folder ? join(dirname(path), basename(target)) : path;
}

/** octokit and the GitHub source load only here: a local check never pays for them. */
async function readRemote(
  target: GitHubTarget,
  options: SourceOptions,
  read: Omit<GitHubReadOptions, 'ref'>,
): Promise<RepoSnapshot> {
  const source = await import('./sources/github/index.js');
  const client = options.github?.client ?? (await source.createGitHubClient(options.github?.options));
  return source.readGitHubRepo(client, target, { ...read, ...(options.ref !== undefined ? { ref: options.ref } : {}) });
}

/** Everything after the I/O: pure, so tests and other sources can call it with any snapshot. */
export function checkSnapshot(
  repo: RepoSnapshot,
  checks: readonly Check[] = builtInChecks,
  now = new Date(),
  given?: GivenAnswers,
): RunResult {
  const declared = given ? given.declared : loadDeclaration(repo);
  const mismatch =
    given?.repositoryUrl === undefined ? undefined : repositoryMismatch(given.declared, given.repositoryUrl);
  const notes = declarationNotes(declared, given ? 'file' : 'repository', mismatch ? [mismatch] : []);
  const facts = computeFacts(repo, declared?.answers);
  const ctx: CheckContext = { repo, declaration: declared?.answers, declared, facts, now };
  const results = runChecks(checks, ctx);
  const { expression, approved, detected } = facts.licenses;
  const licenses = { expression, approved, detected };
  const { indicators, summary } = score(results, licenses);
  const report: Report = {
    schemaVersion: 1,
    tool: { name: 'dpg-check', version: TOOL_VERSION },
    standard: { version: STANDARD_VERSION },
    target: repo.target,
    declaredAnswers: { path: declared?.path ?? null, ...(declared?.origins ? { origins: declared.origins } : {}) },
    ...(notes ? { declaration: notes } : {}),
    indicators,
    licenses,
    summary,
  };
  return { report, results };
}
