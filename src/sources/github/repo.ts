/**
 * readGitHubRepo: repository -> commit -> tree -> wanted texts, four requests for a typical repository
 * (fewer when the cache answers), giving the same RepoSnapshot shape as the local source.
 */
import type { PathMatcher } from '../../lib/paths.js';
import type { RepoMeta, RepoSnapshot } from '../../model/snapshot.js';
import { freezeSnapshot } from '../memory.js';
import { DEFAULT_MAX_FILE_BYTES } from '../text.js';
import type { GitHubClient } from './client.js';
import { step } from './failures.js';
import { fetchCommitSha, fetchRepository, type RepositoryInfo } from './rest.js';
import { SourceError } from '../../errors.js';
import { isRemoteForm, parseGitHubTarget, webUrlOf, type GitHubTarget } from './target.js';
import { fetchTexts } from './texts.js';
import { listTree } from './tree.js';

export interface GitHubReadOptions {
  readonly wants: PathMatcher;
  readonly maxFileBytes?: number;
  /** Branch, tag or commit; wins over a /tree/REF in the URL. Default: the default branch. */
  readonly ref?: string;
  /** Cap on git-trees requests when GitHub truncates a very large tree. */
  readonly maxTreeRequests?: number;
}

function unresolvable(client: GitHubClient, repo: GitHubTarget): SourceError {
  const host = new URL(client.apiUrl).hostname;
  const local = isRemoteForm(repo.input) ? '' : `; if you meant a local folder, ${repo.input} does not exist`;
  return new SourceError(
    `cannot reach GitHub to read ${repo.owner}/${repo.name}: the name ${host} does not resolve`,
    `check the network connection or --api-url${local}`,
  );
}

export async function readGitHubRepo(
  client: GitHubClient,
  target: GitHubTarget | string,
  options: GitHubReadOptions,
): Promise<RepoSnapshot> {
  const repo = typeof target === 'string' ? parseGitHubTarget(target, client.apiUrl) : target;
  if (!(await client.hostResolves())) throw unresolvable(client, repo);
  const info = await step(client, repo, 'repository', undefined, () => fetchRepository(client, repo));
  const ref = options.ref ?? repo.ref ?? info.defaultBranch;
  const commit = await step(client, repo, 'commit', options.ref ?? repo.ref, () => fetchCommitSha(client, repo, ref));
  const listing = await step(client, repo, 'tree', ref, async () => {
    const listed = await listTree(client, repo, commit, options.maxTreeRequests);
    // A commit without files is as empty as a repository without commits: same wording (409).
    if (listed.files.length === 0) throw Object.assign(new Error('Git Repository is empty.'), { status: 409 });
    return listed;
  });
  const wanted = listing.files.filter((f) => options.wants(f.path));
  const maxBytes = options.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES;
  const read = await step(client, repo, 'texts', ref, () => fetchTexts(client, repo, commit, wanted, maxBytes));
  const byPath = (a: { path: string }, b: { path: string }) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0);
  return freezeSnapshot({
    target: { source: 'github', ref: repo.input, url: webUrlOf(repo, client.apiUrl), commit },
    meta: metaOf(info),
    files: listing.files.map(({ path, size }) => ({ path, size })),
    texts: new Map([...read.texts].sort(([a], [b]) => (a < b ? -1 : 1))),
    notes: [...listing.notes, ...read.notes].sort(byPath),
  });
}

function metaOf(info: RepositoryInfo): RepoMeta {
  return {
    name: info.name,
    topics: [...info.topics],
    ...(info.description ? { description: info.description } : {}),
    ...(info.homepage ? { homepage: info.homepage } : {}),
    ...(info.licenseSpdx ? { licenseSpdx: info.licenseSpdx } : {}),
    archived: info.archived,
    disabled: info.disabled,
    defaultBranch: info.defaultBranch,
    ...(info.pushedAt ? { pushedAt: info.pushedAt } : {}),
    ...(info.visibility ? { visibility: info.visibility } : {}),
  };
}
