/**
 * One GitHub client: octokit (core + throttling + retry, loaded only when a remote target is checked),
 * the on-disk cache and the rate-limit pacer. Batch mode shares one client across repositories.
 */
import type { Octokit } from '@octokit/core';
import type { ThrottlingOptions } from '@octokit/plugin-throttling';
import envPaths from 'env-paths';
import { lookup } from 'node:dns/promises';
import { join } from 'node:path';
import { TOOL_VERSION } from '../../version.js';
import { ResponseCache } from './cache.js';
import { RateLimitPacer, resourceOf, type RateLimitState } from './pacer.js';
import { DEFAULT_API_URL, graphqlUrlOf } from './target.js';

export interface GitHubClientOptions {
  readonly token?: string;
  readonly apiUrl?: string;
  /** Folder of the response cache; null: no cache; undefined: the user cache folder. */
  readonly cacheDir?: string | null;
  readonly timeoutMs?: number;
  readonly retries?: number;
  /** The back-off unit in ms (retry n waits n² units; rate-limit waits are seconds × unit / 1000). */
  readonly retryDelayMs?: number;
  /** How long to wait for a rate-limit reset before failing with a clear message. */
  readonly maxRateLimitWaitSeconds?: number;
}

export interface GitHubClient {
  readonly apiUrl: string;
  readonly graphqlUrl: string;
  readonly hasToken: boolean;
  readonly cache: ResponseCache | null;
  readonly octokit: Octokit;
  readonly stats: { requests: number; notModified: number };
  readonly rateLimit: RateLimitState | null;
  /** Replaces the token, should a message ever echo it. */
  redact(text: string): string;
  /** False when the API host's name does not resolve at all (offline, or a mistyped --api-url). */
  hostResolves(): Promise<boolean>;
}

const DEFAULT_TIMEOUT_MS = 30_000;
type ThrottlingWriteGroup = NonNullable<Extract<ThrottlingOptions, { write?: unknown }>['write']>;

/** A plugin-throttling queue group that lets every job through at once. */
const UNQUEUED = {
  key: () => ({
    schedule: <T>(_options: unknown, job: (...args: unknown[]) => Promise<T>, ...args: unknown[]) => job(...args),
  }),
};
const QUIET_LOG = { debug: () => {}, info: () => {}, warn: () => {}, error: () => {} };

export async function createGitHubClient(options: GitHubClientOptions = {}): Promise<GitHubClient> {
  const [{ Octokit: Core }, { throttling }, { retry }] = await Promise.all([
    import('@octokit/core'),
    import('@octokit/plugin-throttling'),
    import('@octokit/plugin-retry'),
  ]);
  const apiUrl = (options.apiUrl ?? DEFAULT_API_URL).replace(/\/+$/, '');
  const unit = options.retryDelayMs ?? 1000;
  const maxWait = options.maxRateLimitWaitSeconds ?? 60;
  const mayRetry = (limit: number) => (retryAfter: number, _req: unknown, _o: unknown, retryCount: number) =>
    retryCount < limit && retryAfter <= maxWait;
  const Octokit = Core.plugin(throttling, retry);
  const octokit = new Octokit({
    baseUrl: apiUrl,
    ...(options.token ? { auth: options.token } : {}),
    userAgent: `dpg-check/${TOOL_VERSION}`,
    log: QUIET_LOG,
    request: { fetch: fetchWithTimeout(options.timeoutMs ?? DEFAULT_TIMEOUT_MS) },
    // 429 joins plugin-retry's do-not-retry list: rate limits are the throttling plugin's to wait out, with retry-after.
    retry: {
      retries: options.retries ?? 3,
      retryAfterBaseValue: unit,
      doNotRetry: [400, 401, 403, 404, 410, 422, 429, 451],
    },
    throttle: {
      id: 'dpg-check',
      retryAfterBaseValue: unit,
      onRateLimit: mayRetry(1),
      onSecondaryRateLimit: mayRetry(2),
      // plugin-throttling sends every GraphQL POST through its "write" queue (one a second, for mutations);
      // ours are read-only queries, and that queue held batch mode to one repository a second.
      // Primary limits are the pacer's job; in-flight requests stay capped by the plugin's global queue.
      // The plugin duck-types its queue groups (key().schedule()); its type names bottleneck's full class.
      write: UNQUEUED as unknown as ThrottlingWriteGroup,
    },
  });
  const pacer = new RateLimitPacer({ reserve: 2, maxWaitMs: maxWait * 1000 });
  const stats = { requests: 0, notModified: 0 };
  octokit.hook.before('request', async (request) => {
    await pacer.wait(resourceOf(request.url));
    stats.requests += 1;
  });
  octokit.hook.after('request', (response, request) => pacer.update(response.headers, resourceOf(request.url)));
  octokit.hook.error('request', (error, request) => {
    pacer.update(
      (error as { response?: { headers?: Record<string, string> } }).response?.headers,
      resourceOf(request.url),
    );
    throw error;
  });
  const cache = makeCache(options.cacheDir);
  await cache?.prune();
  const token = options.token;
  return {
    apiUrl,
    graphqlUrl: graphqlUrlOf(apiUrl),
    hasToken: Boolean(token),
    cache,
    octokit,
    stats,
    get rateLimit() {
      return pacer.current;
    },
    redact: (text) => (token ? text.split(token).join('***') : text),
    hostResolves: once(() => nameResolves(new URL(apiUrl).hostname)),
  };
}

/**
 * Asked once per client. A name that does not resolve is final: fetch would fail the same way on every
 * retry, and back-off made a user who mistyped a local folder as `a/b` wait 14 s offline. A temporary
 * failure (EAI_AGAIN) is left to the retries.
 */
async function nameResolves(hostname: string): Promise<boolean> {
  try {
    await lookup(hostname);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code !== 'ENOTFOUND';
  }
}

function once<T>(work: () => Promise<T>): () => Promise<T> {
  let result: Promise<T> | undefined;
  return () => (result ??= work());
}

function makeCache(dir: string | null | undefined): ResponseCache | null {
  if (dir === null) return null;
  return new ResponseCache(dir ?? join(envPaths('dpg-check', { suffix: '' }).cache, 'github'));
}

/**
 * Node's fetch has no overall timeout. A timed-out request becomes a network error (not an AbortError)
 * so that plugin-retry retries it like a connection reset.
 */
function fetchWithTimeout(timeoutMs: number): typeof fetch {
  return async (input, init) => {
    const signal = AbortSignal.timeout(timeoutMs);
    try {
      return await fetch(input, { ...init, signal });
    } catch (err) {
      if (signal.aborted)
        throw new TypeError('fetch failed', { cause: new Error(`no answer within ${timeoutMs / 1000} s`) });
      throw err;
    }
  };
}
