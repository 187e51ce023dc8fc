/**
 * Reads a file given with --answers. It comes from outside the repository, but may still be hostile (a
 * record from a checkout of someone else's): a regular file only, not a symlink (a link in a checkout could
 * point anywhere), never more than `maxBytes`, UTF-8. Every problem is one line naming the file, exit 2.
 */
import { constants } from 'node:fs';
import { open, type FileHandle } from 'node:fs/promises';
import { InputError } from '../errors.js';
import { decodeText } from './text.js';

const HINT = 'pass the path of a dpg.yml, a dpg.json or a DPGA application record (JSON)';

export async function readAnswersFile(path: string, maxBytes: number): Promise<string> {
  let handle: FileHandle | undefined;
  try {
    handle = await open(path, constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK).catch(
      (err: unknown) => {
        throw cannotOpen(path, err);
      },
    );
    const info = await handle.stat();
    if (info.isDirectory()) throw new InputError(`${path} is a folder, not an answers file`, HINT);
    if (!info.isFile()) throw new InputError(`${path} is not a regular file`, HINT);
    if (info.size > maxBytes) throw tooLarge(path, maxBytes);
    // One byte past the cap: a file that grew after stat is refused rather than read in part.
    const buffer = Buffer.alloc(maxBytes + 1);
    const { bytesRead } = await handle.read(buffer, 0, buffer.length, 0);
    if (bytesRead > maxBytes) throw tooLarge(path, maxBytes);
    const { text, problems } = decodeText(buffer.subarray(0, bytesRead), false);
    if (text === undefined || problems.includes('binary')) throw new InputError(`${path} is not a text file`, HINT);
    if (problems.includes('invalid-utf8')) throw new InputError(`${path} is not UTF-8 text`, 'save it as UTF-8');
    return text;
  } finally {
    await handle?.close();
  }
}

function tooLarge(path: string, maxBytes: number): InputError {
  return new InputError(
    `${path} is larger than ${maxBytes / 1024} KiB, the most an answers file may be`,
    'an application record is a few KB: check that this is the right file',
  );
}

function cannotOpen(path: string, err: unknown): InputError {
  const code = (err as NodeJS.ErrnoException).code;
  if (code === 'ENOENT' || code === 'ENOTDIR') return new InputError(`${path}: no such file`, HINT);
  if (code === 'ELOOP')
    return new InputError(
      `${path} is a symbolic link; answers are read only from the file itself`,
      'pass the path of the file it points to',
    );
  if (code === 'EACCES' || code === 'EPERM') return new InputError(`${path} cannot be read (permission denied)`, HINT);
  return new InputError(`${path} cannot be read (${code ?? 'unknown error'})`, HINT);
}
