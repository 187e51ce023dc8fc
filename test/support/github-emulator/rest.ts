/** The REST endpoints the source calls, with GitHub's response shapes (typed from @octokit/openapi-types). */
import type { components } from '@octokit/openapi-types';
import { findTree, resolveRev } from './lookup.js';
import type { EmulatedRepo } from './repos.js';

type FullRepository = components['schemas']['full-repository'];
type GitTree = components['schemas']['git-tree'];
type License = NonNullable<FullRepository['license']>;
/** The fields of full-repository the emulator fills; the rest of GitHub's ~90 fields are left out. */
export type RepositoryPayload = Pick<
  FullRepository,
  | 'id'
  | 'node_id'
  | 'name'
  | 'full_name'
  | 'private'
  | 'html_url'
  | 'description'
  | 'fork'
  | 'url'
  | 'homepage'
  | 'size'
  | 'default_branch'
  | 'topics'
  | 'archived'
  | 'disabled'
  | 'visibility'
  | 'pushed_at'
> & { owner: { login: string }; license: Pick<License, 'key' | 'name' | 'spdx_id' | 'url' | 'node_id'> | null };

export interface Answer {
  readonly status: number;
  readonly body: unknown;
  /** Defaults to application/json. */
  readonly contentType?: string;
}

const NOT_FOUND: Answer = {
  status: 404,
  body: { message: 'Not Found', documentation_url: 'https://docs.github.com/rest', status: '404' },
};
const EMPTY: Answer = {
  status: 409,
  body: { message: 'Git Repository is empty.', documentation_url: 'https://docs.github.com/rest', status: '409' },
};

export function repository(repo: EmulatedRepo, webBase: string): Answer {
  const m = repo.meta;
  const body: RepositoryPayload = {
    id: 1,
    node_id: 'R_emulated',
    name: repo.name,
    full_name: `${repo.owner}/${repo.name}`,
    owner: { login: repo.owner },
    private: m.visibility === 'private',
    visibility: m.visibility ?? 'public',
    html_url: `${webBase}/${repo.owner}/${repo.name}`,
    url: `${webBase}/repos/${repo.owner}/${repo.name}`,
    fork: false,
    description: m.description ?? null,
    homepage: m.homepage ?? null,
    size: repo.refs.size === 0 ? 0 : repo.size,
    default_branch: repo.defaultBranch,
    topics: m.topics ?? [],
    archived: m.archived ?? false,
    disabled: m.disabled ?? false,
    pushed_at: m.pushedAt ?? '2026-01-01T00:00:00Z',
    license: m.license
      ? { key: m.license.toLowerCase(), name: m.license, spdx_id: m.license, url: null, node_id: 'L_emulated' }
      : null,
  };
  return { status: 200, body };
}

/** GET /repos/{o}/{r}/commits/{ref}: the SHA as text for `application/vnd.github.sha`, a small commit object otherwise. */
export function commit(repo: EmulatedRepo, ref: string, accept: string): Answer {
  if (repo.refs.size === 0) return EMPTY;
  const sha = resolveRev(repo, ref);
  if (!sha)
    return {
      status: 422,
      body: {
        message: `No commit found for SHA: ${ref}`,
        documentation_url: 'https://docs.github.com/rest/commits/commits#get-a-commit',
        status: '422',
      },
    };
  if (accept.includes('application/vnd.github.sha') || accept.includes('application/vnd.github.v3.sha')) {
    return { status: 200, body: sha, contentType: 'application/vnd.github.sha; charset=utf-8' };
  }
  const tree = repo.commit(sha)?.root ?? '';
  return { status: 200, body: { sha, commit: { tree: { sha: tree } } } };
}

/** GET /repos/{o}/{r}/git/trees/{sha}[?recursive=1]: a commit SHA means its root tree, as on GitHub. */
export function tree(repo: EmulatedRepo, sha: string, recursive: boolean, entryLimit: number, apiBase: string): Answer {
  if (repo.refs.size === 0) return EMPTY;
  const commitSha = resolveRev(repo, sha);
  const rootSha = commitSha ? repo.commit(commitSha)?.root : undefined;
  const treeSha = rootSha ?? sha;
  if (!findTree(repo, treeSha)) return NOT_FOUND;
  const entries: GitTree['tree'] = [];
  const visit = (current: string, prefix: string) => {
    for (const node of findTree(repo, current) ?? []) {
      const path = prefix + node.name;
      entries.push({
        path,
        mode: node.mode,
        type: node.type,
        sha: node.sha,
        ...(node.type === 'blob'
          ? { size: node.size ?? 0, url: `${apiBase}/git/blobs/${node.sha}` }
          : { url: `${apiBase}/git/trees/${node.sha}` }),
      });
      if (recursive && node.type === 'tree') visit(node.sha, `${path}/`);
    }
  };
  visit(treeSha, '');
  // GitHub cuts recursive listings only (at 100,000 entries or 7 MB); one folder's flat listing comes whole.
  const truncated = recursive && entries.length > entryLimit;
  const body: GitTree = {
    sha: treeSha,
    url: `${apiBase}/git/trees/${treeSha}`,
    tree: truncated ? entries.slice(0, entryLimit) : entries,
    truncated,
  };
  return { status: 200, body };
}

export function notFound(): Answer {
  return NOT_FOUND;
}
