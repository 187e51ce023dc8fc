/** Requests 1 and 2 of the plan: the repository's metadata and the commit SHA of the ref, both revalidated with ETags. */
import { CONDITIONAL_MAX_AGE_MS } from './cache.js';
import type { GitHubClient } from './client.js';
import { statusOf } from './failures.js';
import type { GitHubTarget } from './target.js';

export interface RepositoryInfo {
  readonly name: string;
  readonly description: string | null;
  readonly homepage: string | null;
  readonly topics: readonly string[];
  readonly licenseSpdx: string | null;
  readonly defaultBranch: string;
  readonly archived: boolean;
  readonly disabled: boolean;
  readonly pushedAt: string | null;
  readonly visibility: string | null;
  readonly size: number;
}

/** The fields of GitHub's full-repository we read (its other fields are ignored). */
interface RepositoryPayload {
  name?: string;
  description?: string | null;
  homepage?: string | null;
  topics?: string[];
  license?: { spdx_id?: string | null } | null;
  default_branch?: string;
  archived?: boolean;
  disabled?: boolean;
  pushed_at?: string | null;
  visibility?: string;
  size?: number;
}

const SHA = /^[0-9a-f]{40}(?:[0-9a-f]{24})?$/;

export function fetchRepository(client: GitHubClient, target: GitHubTarget): Promise<RepositoryInfo> {
  const key = `${client.apiUrl}\nrepo\n${slug(target)}`;
  return conditionalGet(
    client,
    key,
    'GET /repos/{owner}/{repo}',
    { owner: target.owner, repo: target.name },
    {},
    (data) => {
      const p = data as RepositoryPayload;
      return {
        name: p.name ?? target.name,
        description: p.description ?? null,
        homepage: p.homepage || null,
        topics: Array.isArray(p.topics) ? p.topics.filter((t) => typeof t === 'string') : [],
        licenseSpdx: p.license?.spdx_id ?? null,
        defaultBranch: p.default_branch ?? 'main',
        archived: p.archived === true,
        disabled: p.disabled === true,
        pushedAt: p.pushed_at ?? null,
        visibility: p.visibility ?? null,
        size: typeof p.size === 'number' ? p.size : -1,
      };
    },
  );
}

/** The commit a branch, tag or SHA names; `application/vnd.github.sha` makes the answer 40 bytes, not a whole commit. */
export function fetchCommitSha(client: GitHubClient, target: GitHubTarget, ref: string): Promise<string> {
  const key = `${client.apiUrl}\ncommit\n${slug(target)}\n${ref}`;
  const params = { owner: target.owner, repo: target.name, ref };
  return conditionalGet(
    client,
    key,
    'GET /repos/{owner}/{repo}/commits/{ref}',
    params,
    { accept: 'application/vnd.github.sha' },
    (data) => {
      const text = (typeof data === 'string' ? data : new TextDecoder().decode(data as ArrayBuffer)).trim();
      if (!SHA.test(text))
        throw Object.assign(new Error(`unexpected answer for the commit of ${ref}`), { status: 502 });
      return text;
    },
  );
}

/** GET with If-None-Match when the cache holds an answer: a 304 costs no rate limit and no transfer. */
async function conditionalGet<T>(
  client: GitHubClient,
  key: string,
  route: string,
  params: Record<string, string>,
  headers: Record<string, string>,
  parse: (data: unknown) => T,
): Promise<T> {
  const cached = await client.cache?.get<T>(key, CONDITIONAL_MAX_AGE_MS);
  const conditional = cached?.etag ? { 'if-none-match': cached.etag } : {};
  try {
    const response = await client.octokit.request(route, { ...params, headers: { ...headers, ...conditional } });
    const data = parse(response.data);
    const etag = response.headers.etag;
    if (etag) await client.cache?.set(key, data, etag);
    return data;
  } catch (err) {
    if (!cached || statusOf(err) !== 304) throw err;
    client.stats.notModified += 1;
    await client.cache?.set(key, cached.data, cached.etag); // still fresh: keep it for another day
    return cached.data;
  }
}

export function slug(target: Pick<GitHubTarget, 'owner' | 'name'>): string {
  return `${target.owner}/${target.name}`.toLowerCase();
}
