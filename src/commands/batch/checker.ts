/**
 * How a batch checks one target: local folders through run(), GitHub repositories through ONE shared
 * client (created on the first remote target), so every concurrent check draws on the same rate-limit
 * pacer, throttling queue and response cache.
 */
import { checks as builtInChecks } from '../../checks/index.js';
import type { Report } from '../../model/report.js';
import { checkSnapshot, readGivenAnswers, run } from '../../run.js';
import type { GitHubClient, GitHubClientOptions } from '../../sources/github/index.js';
import { wantedTexts } from '../../sources/select.js';
import type { CheckOne } from './runner.js';

export interface CheckerOptions {
  readonly maxFileBytes?: number;
  /** Options of the shared GitHub client (token, --api-url, cache). */
  readonly github: GitHubClientOptions;
  /** Fixed check time (tests); the real time otherwise. */
  readonly now?: () => Date;
}

export interface Checker {
  readonly check: CheckOne;
  /** The shared client once a remote target was checked (its request counts, for the closing line). */
  client(): GitHubClient | undefined;
}

/** A batch may wait for a rate-limit reset (GitHub's window is an hour) instead of failing its targets. */
export const BATCH_RATE_LIMIT_WAIT_SECONDS = 3600;

export function createChecker(options: CheckerOptions): Checker {
  const wants = wantedTexts(builtInChecks);
  const now = options.now ?? (() => new Date());
  let shared: Promise<GitHubClient> | undefined;
  let created: GitHubClient | undefined;
  const githubClient = async (): Promise<GitHubClient> => {
    shared ??= import('../../sources/github/index.js').then(async ({ createGitHubClient }) => {
      created = await createGitHubClient({ maxRateLimitWaitSeconds: BATCH_RATE_LIMIT_WAIT_SECONDS, ...options.github });
      return created;
    });
    return shared;
  };
  const maxFileBytes = options.maxFileBytes;
  const check: CheckOne = async (target, answersFile): Promise<Report> => {
    const answers = answersFile === undefined ? {} : { answersFile };
    if (target.kind === 'local') {
      return (await run({ target: target.path, now: now(), ...answers, ...(maxFileBytes ? { maxFileBytes } : {}) }))
        .report;
    }
    // Read first, as a single check does: a record that cannot be read costs no download.
    const declared = answersFile === undefined ? undefined : await readGivenAnswers(answersFile);
    const client = await githubClient();
    const { readGitHubRepo } = await import('../../sources/github/index.js');
    const repo = await readGitHubRepo(client, target.address, { wants, ...(maxFileBytes ? { maxFileBytes } : {}) });
    const url = repo.target.url;
    const given = declared && { declared, ...(url ? { repositoryUrl: url } : {}) };
    return checkSnapshot(repo, builtInChecks, now(), given).report;
  };
  return { check, client: () => created };
}
