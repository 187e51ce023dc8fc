/**
 * Request 3: every path of the commit in one recursive git-trees call. GitHub cuts very large trees
 * (`truncated: true`); then the root is listed flat and each subtree recursively, descending further
 * where a subtree is still cut, up to a request cap. What the cap leaves out becomes a SourceNote.
 */
import type { SourceNote } from '../../model/snapshot.js';
import { IMMUTABLE_MAX_AGE_MS } from './cache.js';
import type { GitHubClient } from './client.js';
import { slug } from './rest.js';
import type { GitHubTarget } from './target.js';

export interface TreeFile {
  readonly path: string;
  readonly size: number;
  readonly sha: string;
}

export interface TreeListing {
  readonly files: readonly TreeFile[];
  readonly notes: readonly SourceNote[];
}

interface TreeEntry {
  path: string;
  mode: string;
  type: string;
  sha: string;
  size?: number;
}

interface TreePayload {
  tree: TreeEntry[];
  truncated: boolean;
}

export const DEFAULT_MAX_TREE_REQUESTS = 100;
const SYMLINK_MODE = '120000';

export async function listTree(
  client: GitHubClient,
  target: GitHubTarget,
  commitSha: string,
  maxRequests = DEFAULT_MAX_TREE_REQUESTS,
): Promise<TreeListing> {
  const key = `${client.apiUrl}\ntree\n${slug(target)}\n${commitSha}`;
  const cached = await client.cache?.get<TreeListing>(key, IMMUTABLE_MAX_AGE_MS);
  if (cached) return cached.data;
  const whole = await getTree(client, target, commitSha, true);
  const budget = { left: maxRequests - 1 };
  const notes: SourceNote[] = [];
  const entries = whole.truncated ? await walk(client, target, commitSha, '', budget, notes) : whole.tree;
  const listing = toListing(entries, notes);
  await client.cache?.set(key, listing);
  return listing;
}

/** Lists one folder flat, then each subfolder recursively; a subfolder that is still cut is walked the same way. */
async function walk(
  client: GitHubClient,
  target: GitHubTarget,
  sha: string,
  prefix: string,
  budget: { left: number },
  notes: SourceNote[],
): Promise<TreeEntry[]> {
  if (!take(budget)) return skipped(prefix, notes);
  const flat = await getTree(client, target, sha, false);
  const here = flat.tree.map((e) => ({ ...e, path: prefix + e.path }));
  const parts = await Promise.all(
    here
      .filter((e) => e.type === 'tree')
      .map(async (folder) => {
        if (!take(budget)) return skipped(folder.path, notes);
        const sub = await getTree(client, target, folder.sha, true);
        if (!sub.truncated) return sub.tree.map((e) => ({ ...e, path: `${folder.path}/${e.path}` }));
        budget.left += 1; // the recursive listing was wasted; the walk below pays for its own flat listing
        return walk(client, target, folder.sha, `${folder.path}/`, budget, notes);
      }),
  );
  return [...here, ...parts.flat()];
}

function take(budget: { left: number }): boolean {
  if (budget.left <= 0) return false;
  budget.left -= 1;
  return true;
}

function skipped(folder: string, notes: SourceNote[]): TreeEntry[] {
  notes.push({
    path: folder.replace(/\/$/, '') || '.',
    reason: 'unreadable',
    detail: 'not listed: the tree is too large for the GitHub API (request cap reached)',
  });
  return [];
}

async function getTree(
  client: GitHubClient,
  target: GitHubTarget,
  sha: string,
  recursive: boolean,
): Promise<TreePayload> {
  const response = await client.octokit.request('GET /repos/{owner}/{repo}/git/trees/{tree_sha}', {
    owner: target.owner,
    repo: target.name,
    tree_sha: sha,
    ...(recursive ? { recursive: '1' } : {}),
  });
  const data = response.data as Partial<TreePayload>;
  return { tree: Array.isArray(data.tree) ? data.tree : [], truncated: data.truncated === true };
}

/** Regular files become files; links are never followed (noted); submodules and folders are not files. */
function toListing(entries: readonly TreeEntry[], notes: SourceNote[]): TreeListing {
  const files: TreeFile[] = [];
  for (const entry of entries) {
    if (entry.type !== 'blob') continue;
    if (entry.mode === SYMLINK_MODE)
      notes.push({ path: entry.path, reason: 'special-file', detail: 'symbolic link: not followed' });
    else files.push({ path: entry.path, size: entry.size ?? 0, sha: entry.sha });
  }
  const order = (a: { path: string }, b: { path: string }) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0);
  return { files: files.sort(order), notes: notes.sort(order) };
}
