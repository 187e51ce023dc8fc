/** Resolving refs and paths inside an emulated repository, as GitHub does for REST and GraphQL. */
import type { TreeNode } from './git-objects.js';
import type { EmulatedRepo } from './repos.js';

/** A branch, a tag, a full commit SHA or an unambiguous prefix of at least 7 hex digits. */
export function resolveRev(repo: EmulatedRepo, rev: string): string | undefined {
  const named = repo.refs.get(rev) ?? repo.refs.get(rev.replace(/^refs\/(heads|tags)\//, ''));
  if (named) return named;
  if (!/^[0-9a-f]{7,40}$/i.test(rev)) return undefined;
  const lower = rev.toLowerCase();
  if (lower.length === 40 && repo.commit(lower)) return lower;
  const matches = [...new Set(repo.refs.values())].filter((sha) => sha.startsWith(lower));
  return matches.length === 1 ? matches[0] : undefined;
}

export interface FoundEntry {
  readonly node: TreeNode;
  readonly path: string;
}

/** The entry at `path` in a commit, or undefined. */
export function findEntry(repo: EmulatedRepo, commitSha: string, path: string): FoundEntry | undefined {
  const commit = repo.commit(commitSha);
  if (!commit) return undefined;
  const parts = path.split('/').filter(Boolean);
  let nodes = commit.trees.get(commit.root);
  let found: TreeNode | undefined;
  for (const [i, part] of parts.entries()) {
    found = nodes?.find((n) => n.name === part);
    if (!found) return undefined;
    if (i < parts.length - 1) {
      if (found.type !== 'tree') return undefined;
      nodes = commit.trees.get(found.sha);
    }
  }
  return found ? { node: found, path: parts.join('/') } : undefined;
}

/** Finds a tree object by SHA in any loaded commit of the repository. */
export function findTree(repo: EmulatedRepo, sha: string): TreeNode[] | undefined {
  for (const commitSha of new Set(repo.refs.values())) {
    const trees = repo.commit(commitSha)?.trees.get(sha);
    if (trees) return trees;
  }
  return undefined;
}
