/**
 * Writing the badge file without destroying a user's file: a badge written by us before is replaced;
 * anything else needs --force, and is kept as FILE.bak first.
 */
import { copyFile, lstat, open, writeFile } from 'node:fs/promises';
import { InputError } from '../errors.js';
import { isOurBadge } from './endpoint.js';

/** An earlier badge is a few dozen bytes; reading more of an unknown file is never needed. */
const MAX_EXISTING_BYTES = 64 * 1024;

export interface BadgeWriteResult {
  /** Where the replaced file was kept, when --force replaced a file that was not a badge. */
  readonly backup: string | null;
}

/** `path` is what is written; `shown` is how the user named it, for messages. */
export async function writeBadgeFile(path: string, text: string, force: boolean, shown = path): Promise<BadgeWriteResult> {
  const existing = await lstat(path).catch(() => null);
  let backup: string | null = null;
  if (existing !== null) {
    if (existing.isSymbolicLink() || !existing.isFile()) {
      throw new InputError(`--out ${shown} exists and is not a regular file`, 'choose another --out path');
    }
    const head = await readHead(path).catch((err: unknown) => { throw cannotWrite(shown, err); });
    if (!isOurBadge(head)) {
      if (!force) throw new InputError(`--out ${shown} exists and is not a dpg-check badge`, `choose another path, or pass --force to replace it and keep a copy as ${shown}.bak`);
      backup = `${path}.bak`;
      await copyFile(path, backup).catch((err: unknown) => { throw cannotWrite(`${shown}.bak`, err); });
    }
  }
  await writeFile(path, text).catch((err: unknown) => { throw cannotWrite(shown, err); });
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

function cannotWrite(path: string, err: unknown): InputError {
  const code = (err as NodeJS.ErrnoException).code ?? 'error';
  return new InputError(`cannot write ${path} (${code})`, 'choose a writable --out path');
}
