/** The local source: a checkout or plain folder on disk -> RepoSnapshot. The only place that reads it. */
import { constants } from 'node:fs';
import { open, realpath, stat } from 'node:fs/promises';
import { basename, resolve } from 'node:path';
import { InputError } from '../errors.js';
import type { PathMatcher } from '../lib/paths.js';
import type { RepoSnapshot, SourceNote } from '../model/snapshot.js';
import { inBatches, listLocalFiles, type ListedFile } from './local-list.js';
import { byPath, freezeSnapshot } from './memory.js';
import { decodeText, DEFAULT_MAX_FILE_BYTES } from './text.js';

export interface LocalOptions {
  readonly wants: PathMatcher;
  readonly maxFileBytes?: number;
}

export async function readLocalRepo(target: string, options: LocalOptions): Promise<RepoSnapshot> {
  const root = await resolveRoot(target);
  const listing = await listLocalFiles(root);
  const files = listing.files.sort(byPath);
  if (files.length === 0) {
    throw new InputError(`${target} has no files to check`, 'point dpg-check at the root of a repository checkout');
  }
  const texts = new Map<string, string>();
  const notes: SourceNote[] = [...listing.notes];
  const maxBytes = options.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES;
  await inBatches(
    files.filter((f) => options.wants(f.path)),
    async (file) => {
      const { text, problems } = await readText(file, maxBytes);
      if (text !== undefined) texts.set(file.path, text);
      for (const reason of problems) notes.push({ path: file.path, reason });
    },
  );
  return freezeSnapshot({
    target: { source: 'local', ref: target, url: null, commit: listing.commit },
    meta: { name: basename(root), topics: [], ...(listing.lastCommitAt ? { lastCommitAt: listing.lastCommitAt } : {}) },
    files: files.map(({ path, size }) => ({ path, size })),
    texts: new Map([...texts].sort(([a], [b]) => (a < b ? -1 : 1))),
    notes: notes.sort(byPath),
  });
}

async function resolveRoot(target: string): Promise<string> {
  const absolute = resolve(target);
  const info = await stat(absolute).catch(() => undefined);
  if (!info) throw new InputError(`${target}: no such file or directory`, 'pass the path of a repository checkout');
  if (!info.isDirectory())
    throw new InputError(`${target} is not a folder`, 'pass the folder that holds the repository');
  return realpath(absolute);
}

/** O_NOFOLLOW and O_NONBLOCK: a file swapped for a link or a FIFO after listing cannot trap us. */
async function readText(file: ListedFile, maxBytes: number): Promise<ReturnType<typeof decodeText>> {
  let handle;
  try {
    handle = await open(file.absolute, constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK);
    const info = await handle.stat();
    if (!info.isFile()) return { text: undefined, problems: ['special-file'] };
    const length = Math.min(info.size, maxBytes);
    const buffer = Buffer.alloc(length);
    const { bytesRead } = await handle.read(buffer, 0, length, 0);
    return decodeText(buffer.subarray(0, bytesRead), info.size > maxBytes);
  } catch {
    return { text: undefined, problems: ['unreadable'] };
  } finally {
    await handle?.close();
  }
}
