/**
 * Writing a file that a user's own file may stand in the place of (badge --out): a file written by us
 * before is replaced; anything else needs --force, and is kept as FILE.bak first.
 */
import { lstat, open, writeFile } from 'node:fs/promises';
import { InputError } from '../errors.js';
import { copyToBackup } from './backup.js';
import { cannotWrite } from './write-file.js';

/** An earlier file of ours is a few dozen bytes; reading more of an unknown file is never needed. */
const MAX_EXISTING_BYTES = 64 * 1024;

export interface OwnFile {
  /** How the user named the file, for messages. */
  readonly shown: string;
  /** The option that named it (--out). */
  readonly flag: string;
  /** What ours is, for "exists and is not …" (a dpg-check badge). */
  readonly kind: string;
  /** True when the start of an existing file shows that we wrote it. */
  readonly isOurs: (head: string) => boolean;
  /** Replace a file that is not ours (keeping a .bak copy). */
  readonly force: boolean;
}

export interface OwnFileWrite {
  /** Where the replaced file was kept, when force replaced a file that was not ours. */
  readonly backup: string | null;
}

/** `path` is what is written; `file.shown` is how the user named it. */
export async function writeOwnFile(path: string, text: string, file: OwnFile): Promise<OwnFileWrite> {
  const { shown, flag } = file;
  const failure = (what: string) => ({ what, hint: `choose a writable ${flag} path` });
  const existing = await lstat(path).catch(() => null);
  let backup: string | null = null;
  if (existing !== null) {
    if (existing.isSymbolicLink() || !existing.isFile()) {
      throw new InputError(`${flag} ${shown} exists and is not a regular file`, `choose another ${flag} path`);
    }
    const head = await readHead(path).catch((err: unknown) => {
      throw cannotWrite(failure(shown), err);
    });
    if (!file.isOurs(head)) {
      if (!file.force)
        throw new InputError(
          `${flag} ${shown} exists and is not ${file.kind}`,
          `choose another path, or pass --force to replace it and keep a copy as ${shown}.bak`,
        );
      backup = await copyToBackup(path).catch((err: unknown) => {
        throw cannotWrite(failure(`${shown}.bak`), err);
      });
    }
  }
  await writeFile(path, text).catch((err: unknown) => {
    throw cannotWrite(failure(shown), err);
  });
  return { backup };
}

async function readHead(path: string): Promise<string> {
  const handle = await open(path, 'r');
  try {
    const buffer = Buffer.alloc(MAX_EXISTING_BYTES);
    const { bytesRead } = await handle.read(buffer, 0, MAX_EXISTING_BYTES, 0);
    return buffer.subarray(0, bytesRead).toString('utf8');
  } finally {
    await handle.close();
  }
}
