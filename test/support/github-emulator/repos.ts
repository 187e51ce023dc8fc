/**
 * The repositories the emulator serves, from folders named OWNER__NAME: a real git repository (its
 * commits, refs and object ids), a developer-corpus folder (files.txt + files/; files whose text the
 * corpus does not hold are served as NUL bytes of their listed size) or a plain folder.
 */
import { existsSync, lstatSync, readdirSync, readFileSync, readlinkSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { blobSha, buildTrees, syntheticCommitSha, zeroBlobSha, type FlatFile, type TreeNode } from './git-objects.js';
import { loadGit } from './git-repo.js';

export interface RepoMetaOverrides {
  description?: string | null;
  homepage?: string | null;
  topics?: string[];
  license?: string | null;
  archived?: boolean;
  disabled?: boolean;
  pushedAt?: string | null;
  visibility?: 'public' | 'private' | 'internal';
}

export interface CommitTrees {
  readonly root: string;
  readonly trees: Map<string, TreeNode[]>;
}

export interface EmulatedRepo {
  readonly owner: string;
  readonly name: string;
  readonly kind: 'git' | 'corpus' | 'folder';
  readonly defaultBranch: string;
  /** Branch and tag names -> commit SHA. Empty for an empty repository. */
  readonly refs: Map<string, string>;
  readonly size: number;
  meta: RepoMetaOverrides;
  commit(sha: string): CommitTrees | undefined;
  blob(sha: string): Buffer | undefined;
}

export function loadRepo(dir: string, owner: string, name: string): EmulatedRepo {
  if (existsSync(join(dir, '.git'))) return loadGit(dir, owner, name);
  if (existsSync(join(dir, 'files.txt')) && existsSync(join(dir, 'expected.json'))) return loadCorpus(dir, owner, name);
  return loadFolder(dir, owner, name);
}

function single(
  owner: string,
  name: string,
  kind: EmulatedRepo['kind'],
  commitSha: string,
  files: FlatFile[],
  blobs: Map<string, () => Buffer>,
): EmulatedRepo {
  const built = files.length > 0 ? buildTrees(files) : undefined;
  const size = Math.ceil(files.reduce((sum, f) => sum + f.size, 0) / 1024);
  return {
    owner,
    name,
    kind,
    defaultBranch: 'main',
    size,
    meta: {},
    refs: built ? new Map([['main', commitSha]]) : new Map(),
    commit: (sha) => (built && sha === commitSha ? built : undefined),
    blob: (sha) => blobs.get(sha)?.(),
  };
}

function loadFolder(dir: string, owner: string, name: string): EmulatedRepo {
  const files: FlatFile[] = [];
  const blobs = new Map<string, () => Buffer>();
  const walk = (sub: string) => {
    for (const entry of readdirSync(join(dir, sub), { withFileTypes: true })) {
      const path = sub ? `${sub}/${entry.name}` : entry.name;
      const absolute = join(dir, path);
      if (entry.isDirectory()) {
        if (entry.name !== '.git') walk(path);
        continue;
      }
      const info = lstatSync(absolute);
      const content = info.isSymbolicLink()
        ? Buffer.from(readlinkSync(absolute))
        : info.isFile()
          ? readFileSync(absolute)
          : undefined;
      if (!content) continue;
      const sha = blobSha(content);
      blobs.set(sha, () => content);
      const mode = info.isSymbolicLink() ? '120000' : info.mode & 0o111 ? '100755' : '100644';
      files.push({ path, mode, sha, size: content.length });
    }
  };
  walk('');
  const root = files.length > 0 ? buildTrees(files).root : '';
  return single(owner, name, 'folder', syntheticCommitSha(root, `${owner}/${name}`), files, blobs);
}

function loadCorpus(dir: string, owner: string, name: string): EmulatedRepo {
  const expected = JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8')) as {
    commit?: string;
    symlinks?: string[];
  };
  const links = new Set(expected.symlinks ?? []);
  const files: FlatFile[] = [];
  const blobs = new Map<string, () => Buffer>();
  for (const line of readFileSync(join(dir, 'files.txt'), 'utf8').split('\n')) {
    const tab = line.lastIndexOf('\t');
    if (tab <= 0) continue;
    const path = line.slice(0, tab);
    const size = Number(line.slice(tab + 1));
    const copy = join(dir, 'files', ...path.split('/'));
    const text = existsSync(copy) && lstatSync(copy).isFile() ? readFileSync(copy) : undefined;
    const sha = text ? blobSha(text) : zeroBlobSha(size);
    blobs.set(sha, () => text ?? Buffer.alloc(size));
    files.push({ path, mode: links.has(path) ? '120000' : '100644', sha, size: text ? text.length : size });
  }
  const root = files.length > 0 ? buildTrees(files).root : '';
  return single(owner, name, 'corpus', expected.commit ?? syntheticCommitSha(root, `${owner}/${name}`), files, blobs);
}

/** OWNER__NAME folders of DIR (lazily loaded by the server). */
export function listRepoFolders(reposDir: string): Map<string, string> {
  const folders = new Map<string, string>();
  for (const entry of readdirSync(reposDir, { withFileTypes: true })) {
    const split = entry.name.indexOf('__');
    const isFolder =
      entry.isDirectory() ||
      (entry.isSymbolicLink() && statSync(join(reposDir, entry.name), { throwIfNoEntry: false })?.isDirectory());
    if (!isFolder || split <= 0) continue;
    folders.set(
      `${entry.name.slice(0, split)}/${entry.name.slice(split + 2)}`.toLowerCase(),
      join(reposDir, entry.name),
    );
  }
  return folders;
}
