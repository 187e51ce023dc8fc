/** A real git repository served as it is: its refs, commits and git's own object ids and contents. */
import { execFileSync } from 'node:child_process';
import { buildTrees, type FlatFile } from './git-objects.js';
import type { CommitTrees, EmulatedRepo } from './repos.js';

function git(dir: string, args: string[]): Buffer {
  return execFileSync('git', ['-c', 'core.hooksPath=/dev/null', ...args], {
    cwd: dir,
    maxBuffer: 1 << 30,
    stdio: ['ignore', 'pipe', 'ignore'],
  });
}

export function loadGit(dir: string, owner: string, name: string): EmulatedRepo {
  const refs = new Map<string, string>();
  const listed = git(dir, [
    'for-each-ref',
    '--format=%(refname:short)%09%(objectname)%09%(*objectname)',
    'refs/heads',
    'refs/tags',
  ]).toString();
  for (const line of listed.split('\n').filter(Boolean)) {
    const [ref = '', object = '', peeled = ''] = line.split('\t');
    refs.set(ref, peeled || object);
  }
  let defaultBranch = 'main';
  try {
    defaultBranch = git(dir, ['symbolic-ref', '--short', 'HEAD']).toString().trim();
  } catch {
    // detached HEAD: keep main
  }
  const commits = new Map<string, CommitTrees>();
  const commit = (sha: string): CommitTrees | undefined => {
    if (!/^[0-9a-f]{40}$/.test(sha)) return undefined;
    if (!commits.has(sha)) {
      try {
        commits.set(sha, buildTrees(gitFiles(dir, sha)));
      } catch {
        return undefined;
      }
    }
    return commits.get(sha);
  };
  return {
    owner,
    name,
    kind: 'git',
    defaultBranch,
    refs,
    meta: {},
    size: 1,
    commit,
    blob: (sha) => (/^[0-9a-f]{40}$/.test(sha) ? gitBlob(dir, sha) : undefined),
  };
}

function gitFiles(dir: string, commitSha: string): FlatFile[] {
  const out = git(dir, ['ls-tree', '-r', '-l', '-z', commitSha]).toString('utf8');
  return out
    .split('\0')
    .filter(Boolean)
    .map((line) => {
      const [head = '', path = ''] = line.split('\t');
      const [mode = '', , sha = '', size = ''] = head.split(/\s+/);
      return { path, mode: mode as FlatFile['mode'], sha, size: Number(size) || 0 };
    });
}

function gitBlob(dir: string, sha: string): Buffer | undefined {
  try {
    return git(dir, ['cat-file', 'blob', sha]);
  } catch {
    return undefined;
  }
}
