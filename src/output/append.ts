/** Files that grow: batch's results.jsonl (a line as each target finishes) and the GitHub Actions step files. */
import { appendFileSync } from 'node:fs';
import { open, truncate, type FileHandle } from 'node:fs/promises';
import { cannotWrite, type WriteFailure } from './write-file.js';

/** Appends in one go, creating the file if needed. */
export function appendToFile(file: string, text: string, failure: WriteFailure): void {
  try {
    appendFileSync(file, text);
  } catch (err) {
    throw cannotWrite(failure, err);
  }
}

export interface AppendFile {
  /** Queued behind the earlier appends: concurrent writers never interleave their texts. */
  append(text: string): Promise<void>;
  close(): Promise<void>;
}

/**
 * Opens for appending, each text handed to the kernel as it comes, so a process killed at any moment
 * keeps every text appended before. `keepBytes` first cuts the file to that length (a half-written last line).
 */
export async function openAppendFile(path: string, keepBytes?: number): Promise<AppendFile> {
  // A fresh file does not exist yet; a continued one loses only what lies after keepBytes.
  if (keepBytes !== undefined)
    await truncate(path, keepBytes).catch((err: NodeJS.ErrnoException) => {
      if (err.code !== 'ENOENT') throw err;
    });
  const handle: FileHandle = await open(path, 'a', 0o644);
  let queue: Promise<void> = Promise.resolve();
  return {
    append: (text) => {
      queue = queue.then(() => handle.appendFile(text));
      return queue;
    },
    close: async () => {
      await queue.catch(() => undefined);
      await handle.close();
    },
  };
}
