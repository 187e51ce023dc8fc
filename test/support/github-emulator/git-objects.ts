/** Real git object ids for folders that are not git repositories: blob, tree and commit SHA-1s. */
import { createHash } from 'node:crypto';

export type EntryMode = '100644' | '100755' | '120000' | '160000' | '040000';

export interface TreeNode {
  readonly name: string;
  readonly mode: EntryMode;
  readonly type: 'blob' | 'tree' | 'commit';
  readonly sha: string;
  readonly size?: number;
}

export interface FlatFile {
  readonly path: string;
  readonly mode: Exclude<EntryMode, '040000'>;
  readonly sha: string;
  readonly size: number;
}

export function gitObjectSha(kind: 'blob' | 'tree' | 'commit', body: Buffer): string {
  return createHash('sha1').update(`${kind} ${body.length}\0`).update(body).digest('hex');
}

export function blobSha(content: Buffer): string {
  return gitObjectSha('blob', content);
}

const zeroShas = new Map<number, string>();
/** The SHA of `size` NUL bytes, streamed: corpus files whose text is not held are served as zeros. */
export function zeroBlobSha(size: number): string {
  const known = zeroShas.get(size);
  if (known) return known;
  const hash = createHash('sha1').update(`blob ${size}\0`);
  const chunk = Buffer.alloc(Math.min(size, 1 << 20));
  for (let left = size; left > 0; left -= chunk.length)
    hash.update(left >= chunk.length ? chunk : chunk.subarray(0, left));
  const sha = hash.digest('hex');
  zeroShas.set(size, sha);
  return sha;
}

/** Git orders tree entries by name, comparing a folder's name as if it ended in '/'. */
function gitOrder(a: TreeNode, b: TreeNode): number {
  const ka = Buffer.from(a.type === 'tree' ? `${a.name}/` : a.name);
  const kb = Buffer.from(b.type === 'tree' ? `${b.name}/` : b.name);
  return Buffer.compare(ka, kb);
}

export function treeSha(nodes: readonly TreeNode[]): string {
  const parts = [...nodes]
    .sort(gitOrder)
    .map((n) =>
      Buffer.concat([Buffer.from(`${n.mode === '040000' ? '40000' : n.mode} ${n.name}\0`), Buffer.from(n.sha, 'hex')]),
    );
  return gitObjectSha('tree', Buffer.concat(parts));
}

/** Builds every tree object of a flat file list; returns the root tree SHA and all trees by SHA. */
export function buildTrees(files: readonly FlatFile[]): { root: string; trees: Map<string, TreeNode[]> } {
  const trees = new Map<string, TreeNode[]>();
  const build = (prefix: string, inside: readonly FlatFile[]): string => {
    const nodes: TreeNode[] = [];
    const folders = new Map<string, FlatFile[]>();
    for (const file of inside) {
      const rest = file.path.slice(prefix.length);
      const slash = rest.indexOf('/');
      if (slash < 0)
        nodes.push({
          name: rest,
          mode: file.mode,
          type: file.mode === '160000' ? 'commit' : 'blob',
          sha: file.sha,
          size: file.size,
        });
      else folders.set(rest.slice(0, slash), [...(folders.get(rest.slice(0, slash)) ?? []), file]);
    }
    for (const [name, children] of folders)
      nodes.push({ name, mode: '040000', type: 'tree', sha: build(`${prefix}${name}/`, children) });
    const sha = treeSha(nodes);
    trees.set(sha, nodes.sort(gitOrder)); // listed in git's order, as GitHub lists them
    return sha;
  };
  return { root: build('', files), trees };
}

export function syntheticCommitSha(rootTree: string, message: string): string {
  const body = `tree ${rootTree}\nauthor emulator <emulator@example.invalid> 0 +0000\ncommitter emulator <emulator@example.invalid> 0 +0000\n\n${message}\n`;
  return gitObjectSha('commit', Buffer.from(body));
}
