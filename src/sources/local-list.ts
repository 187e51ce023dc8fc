/**
 * Lists the files of a local checkout: `git ls-files` in a git work tree, a directory walk
 * elsewhere. Never follows a symlink out of the root and never lists FIFOs, sockets or devices.
 */
import { execFile } from 'node:child_process';
import { lstat, readdir, realpath, stat } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { promisify } from 'node:util';
import ignore from '../data/walk-ignore.json' with { type: 'json' };
import type { RepoFile, SourceNote } from '../model/snapshot.js';

const run = promisify(execFile);
const IGNORED = new Set(ignore.folders);
const GIT_LIST_MAX_BUFFER = 512 * 1024 * 1024;

export interface ListedFile extends RepoFile {
  /** Where to read it: the real path (a symlink inside the root resolves here). */
  readonly absolute: string;
}

export interface Listing {
  readonly files: ListedFile[];
  readonly notes: SourceNote[];
  readonly commit: string | null;
  readonly git: boolean;
}

/**
 * A hostile checkout can carry a .git/config that makes git run programs (core.fsmonitor);
 * these settings switch that off, and --no-optional-locks keeps git from writing the index.
 */
const SAFE_GIT = ['--no-optional-locks', '-c', 'core.fsmonitor=false', '-c', 'core.hooksPath=/dev/null'];

async function git(root: string, args: string[]): Promise<string> {
  const { stdout } = await run('git', [...SAFE_GIT, ...args], { cwd: root, maxBuffer: GIT_LIST_MAX_BUFFER });
  return stdout;
}

export async function listLocalFiles(root: string): Promise<Listing> {
  const tracked = await gitListing(root);
  if (tracked) {
    const { files, notes } = await classify(root, tracked.paths);
    return { files, notes, commit: tracked.commit, git: true };
  }
  const { files, notes } = await walk(root);
  return { files, notes, commit: null, git: false };
}

async function gitListing(root: string): Promise<{ paths: string[]; commit: string | null } | undefined> {
  try {
    const inside = (await git(root, ['rev-parse', '--is-inside-work-tree'])).trim();
    if (inside !== 'true') return undefined;
    const out = await git(root, ['ls-files', '-z', '--cached', '--others', '--exclude-standard']);
    const paths = [...new Set(out.split('\0').filter(Boolean))];
    const commit = await git(root, ['rev-parse', '--verify', '-q', 'HEAD']).then((s) => s.trim() || null, () => null);
    return { paths, commit };
  } catch {
    return undefined; // not a git work tree, or git is not installed: walk instead
  }
}

/** Turns git's path list into files, dropping deleted paths, submodules, specials and escaping links. */
async function classify(root: string, paths: readonly string[]): Promise<{ files: ListedFile[]; notes: SourceNote[] }> {
  const files: ListedFile[] = [];
  const notes: SourceNote[] = [];
  await inBatches(paths, async (path) => {
    const entry = await describe(root, path);
    if (entry && 'reason' in entry) notes.push(entry);
    else if (entry) files.push(entry);
  });
  return { files, notes };
}

async function walk(root: string): Promise<{ files: ListedFile[]; notes: SourceNote[] }> {
  const files: ListedFile[] = [];
  const notes: SourceNote[] = [];
  const pending: string[] = [''];
  while (pending.length > 0) {
    const dir = pending.pop() ?? '';
    const entries = await readdir(join(root, dir), { withFileTypes: true }).catch(() => {
      notes.push({ path: dir || '.', reason: 'unreadable' });
      return [];
    });
    await Promise.all(entries.map(async (entry) => {
      const path = dir ? `${dir}/${entry.name}` : entry.name;
      if (entry.isDirectory()) {
        if (!IGNORED.has(entry.name)) pending.push(path);
        return;
      }
      const described = await describe(root, path);
      if (described && 'reason' in described) notes.push(described);
      else if (described) files.push(described);
    }));
  }
  return { files, notes };
}

/** One path: a regular file, a note saying why it is left out, or nothing (a folder, a deleted file). */
async function describe(root: string, path: string): Promise<ListedFile | SourceNote | undefined> {
  const absolute = join(root, ...path.split('/'));
  const info = await lstat(absolute).catch(() => undefined);
  if (!info || info.isDirectory()) return undefined;
  if (info.isFile()) return { path, size: info.size, absolute };
  if (!info.isSymbolicLink()) return { path, reason: 'special-file' };
  return describeLink(root, path, absolute);
}

async function describeLink(root: string, path: string, absolute: string): Promise<ListedFile | SourceNote | undefined> {
  let target: string;
  try {
    target = await realpath(absolute);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    return code === 'ELOOP' ? { path, reason: 'symlink-loop' } : undefined; // dangling links are not files
  }
  if (!isInside(root, target)) return { path, reason: 'symlink-outside-root' };
  const info = await stat(target).catch(() => undefined);
  if (!info || info.isDirectory()) return undefined; // the folder itself is listed where it really is
  return info.isFile() ? { path, size: info.size, absolute: target } : { path, reason: 'special-file' };
}

export function isInside(root: string, target: string): boolean {
  const rel = relative(root, target);
  return rel === '' || (!rel.startsWith('..') && !rel.startsWith(sep) && rel.split(sep)[0] !== '..');
}

const BATCH = 64;

async function inBatches<T>(items: readonly T[], work: (item: T) => Promise<void>): Promise<void> {
  for (let i = 0; i < items.length; i += BATCH) await Promise.all(items.slice(i, i + BATCH).map(work));
}

export { inBatches };
