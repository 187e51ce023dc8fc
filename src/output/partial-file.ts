/**
 * A file written beside its final name (NAME.partial) and renamed once complete, so a reader never
 * sees half of it: batch's summaries.
 */
import { open, rename } from 'node:fs/promises';

export interface PartialFile {
  /** Continues at the end of what was written, until every byte is written. */
  write(text: string): Promise<void>;
  close(): Promise<void>;
  /** After close: gives the finished file its name. */
  publish(): Promise<void>;
}

export async function openPartialFile(path: string): Promise<PartialFile> {
  const partial = `${path}.partial`;
  const handle = await open(partial, 'w');
  return {
    write: (text) => handle.writeFile(text),
    close: () => handle.close(),
    publish: () => rename(partial, path),
  };
}

export async function writeWholeFile(path: string, text: string): Promise<void> {
  const file = await openPartialFile(path);
  try {
    await file.write(text);
  } finally {
    await file.close();
  }
  await file.publish();
}
