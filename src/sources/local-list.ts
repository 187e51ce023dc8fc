/**
 * Lists the files of a local checkout: `git ls-files` in a git work tree, a directory walk
 * elsewhere. Never follows a symlink out of the root and never lists FIFOs, sockets or devices.
 */
import { execFile } from 'node:child_process';
import { lstatSync, readdirSync, realpathSync, statSync, type Dirent } from 'node:fs';
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
  /** ISO date (UTC) of HEAD's commit, by its committer: the last activity a checkout shows without a host. */
  readonly lastCommitAt: string | null;
  readonly git: boolean;
}

/**
 * A hostile checkout can carry a .git/config that makes git run programs (core.fsmonitor);
 * these settings switch that off, and --no-optional-locks keeps git from writing the index.
 */
const SAFE_GIT = ['--no-optional-locks', '-c', 'core.fsmonitor=false', '-c', 'core.hooksPath=/dev/null'];

export async function git(root: string, args: string[]): Promise<string> {
  const { stdout } = await run('git', [...SAFE_GIT, ...args], { cwd: root, maxBuffer: GIT_LIST_MAX_BUFFER });
  return stdout;
}

export async function listLocalFiles(root: string): Promise<Listing> {
  const tracked = await gitListing(root);
  if (tracked) {
    const { files, notes } = classify(root, tracked.paths);
    const lastCommitAt = tracked.commit ? await commitDate(root, tracked.commit) : null;
    return { files, notes, commit: tracked.commit, lastCommitAt, git: true };
  }
  const { files, notes } = walk(root);
  return { files, notes, commit: null, lastCommitAt: null, git: false };
}

/**
 * The committer date of a commit, read from the raw object: `git cat-file` is plumbing, so no setting in a
 * hostile checkout (log.showSignature with its gpg.program, a pager, a mailmap) runs anything while reading it.
 */
async function commitDate(root: string, commit: string): Promise<string | null> {
  try {
    const raw = await git(root, ['cat-file', 'commit', commit]);
    // Only the header: the message below it may hold a line that looks like one.
    const end = raw.indexOf('\n\n');
    const header = end < 0 ? raw : raw.slice(0, end);
    const seconds = /^committer .*> (\d{1,12}) [+-]\d{4}$/m.exec(header)?.[1];
    return seconds === undefined ? null : new Date(Number(seconds) * 1000).toISOString();
  } catch {
    return null;
  }
}

async function gitListing(root: string): Promise<{ paths: string[]; commit: string | null } | undefined> {
  try {
    const inside = (await git(root, ['rev-parse', '--is-inside-work-tree'])).trim();
    if (inside !== 'true') return undefined;
    const out = await git(root, ['ls-files', '-z', '--cached', '--others', '--exclude-standard']);
    const paths = [...new Set(out.split('\0').filter(Boolean))];
    const commit = await git(root, ['rev-parse', '--verify', '-q', 'HEAD']).then(
      (s) => s.trim() || null,
      () => null,
    );
    return { paths, commit };
  } catch {
    return undefined; // not a git work tree, or git is not installed: walk instead
  }
}

/**
 * Turns git's path list into files, dropping deleted paths, submodules, specials and escaping links.
 * Synchronous on purpose: 100k lstat calls take about 0.2 s in a loop and three times that through the
 * promise API's thread pool.
 */
function classify(root: string, paths: readonly string[]): { files: ListedFile[]; notes: SourceNote[] } {
  const files: ListedFile[] = [];
  const notes: SourceNote[] = [];
  for (const path of paths) {
    const entry = describe(root, path);
    if (entry && 'reason' in entry) notes.push(entry);
    else if (entry) files.push(entry);
  }
  return { files, notes };
}

function walk(root: string): { files: ListedFile[]; notes: SourceNote[] } {
  const files: ListedFile[] = [];
  const notes: SourceNote[] = [];
  const pending: string[] = [''];
  while (pending.length > 0) {
    const dir = pending.pop() ?? '';
    for (const entry of readFolder(root, dir, notes)) {
      const path = dir ? `${dir}/${entry.name}` : entry.name;
      if (entry.isDirectory()) {
        if (!IGNORED.has(entry.name)) pending.push(path);
        continue;
      }
      const described = describe(root, path);
      if (described && 'reason' in described) notes.push(described);
      else if (described) files.push(described);
    }
  }
  return { files, notes };
}

function readFolder(root: string, dir: string, notes: SourceNote[]): Dirent[] {
  try {
    return readdirSync(join(root, dir), { withFileTypes: true });
  } catch {
    notes.push({ path: dir || '.', reason: 'unreadable' });
    return [];
  }
}

/** One path: a regular file, a note saying why it is left out, or nothing (a folder, a deleted file). */
function describe(root: string, path: string): ListedFile | SourceNote | undefined {
  const absolute = join(root, ...path.split('/'));
  const info = lstatSync(absolute, { throwIfNoEntry: false });
  if (!info || info.isDirectory()) return undefined;
  if (info.isFile()) return { path, size: info.size, absolute };
  if (!info.isSymbolicLink()) return { path, reason: 'special-file' };
  return describeLink(root, path, absolute);
}

function describeLink(root: string, path: string, absolute: string): ListedFile | SourceNote | undefined {
  let target: string;
  try {
    target = realpathSync(absolute);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    return code === 'ELOOP' ? { path, reason: 'symlink-loop' } : undefined; // dangling links are not files
  }
  if (!isInside(root, target)) return { path, reason: 'symlink-outside-root' };
  const info = statSync(target, { throwIfNoEntry: false });
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
