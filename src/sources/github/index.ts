/**
 * The GitHub source: a repository on github.com (or GitHub Enterprise Server) -> RepoSnapshot.
 *
 * Exported API (batch mode, issue 6, codes against this; keep it stable):
 *
 *   parseGitHubTarget(input: string, apiUrl?: string): GitHubTarget
 *     URL forms (https/ssh/git, .git, /tree/REF/…) and OWNER/NAME -> { owner, name, ref?, input }.
 *     Throws UsageError (exit 2) for other hosts or malformed input. Does NOT look at the disk:
 *     run() decides "existing local folder wins" before calling it (see classifyTarget in target.ts).
 *
 *   createGitHubClient(options?: GitHubClientOptions): Promise<GitHubClient>
 *     options: { token?, apiUrl? (default https://api.github.com), cacheDir? (string; null = no cache;
 *     undefined = env-paths('dpg-check').cache/github), timeoutMs? (30 000), retries? (3),
 *     retryDelayMs? (base back-off unit, 1000; tests pass 1), maxRateLimitWaitSeconds? (how long the
 *     pacer and the throttling plugin may wait for a rate-limit reset instead of failing; 60 for one
 *     CLI check, batch mode should pass ~3600) }.
 *     Loads octokit lazily. One client can be shared by many readGitHubRepo calls (batch): it holds the
 *     octokit instance, the on-disk cache and the rate-limit pacer (reads x-ratelimit-remaining/-reset of
 *     every response and delays new requests until the reset when the budget runs low).
 *     client.stats: { requests, notModified } counted so far; client.rateLimit: last seen budget or null.
 *
 *   readGitHubRepo(client, target: GitHubTarget | string, { wants, maxFileBytes?, ref?, maxTreeRequests? }): Promise<RepoSnapshot>
 *     ref (e.g. --ref) wins over a /tree/REF in the URL; default branch otherwise. Throws SourceError
 *     (exit 3, one line + hint, never containing the token) when GitHub cannot be read; UsageError for a
 *     string target that is not a GitHub address. Typically 4 requests (2 × 304 when cached).
 *     Batches: GraphQL queries bypass plugin-throttling's one-a-second "write" queue (client.ts), so
 *     concurrent targets really run in parallel; the pacer keeps them inside the rate limits.
 *
 * run() (src/run.ts) accepts RunOptions.github = { client?: GitHubClient, options?: GitHubClientOptions }
 * and RunOptions.ref; with no client it creates one from options.
 */
export { parseGitHubTarget, type GitHubTarget } from './target.js';
export { createGitHubClient, type GitHubClient, type GitHubClientOptions } from './client.js';
export { readGitHubRepo, type GitHubReadOptions } from './repo.js';
