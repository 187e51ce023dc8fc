/** Reads an input file the user named: capped, text only, one clear error naming the file otherwise. */
import { open } from 'node:fs/promises';
import { InputError } from '../../../errors.js';
import { lineAtOffset } from '../../../lib/line-numbers.js';

/** The whole DPG registry is under 2 MB; a list far beyond this is a mistake (or hostile). */
export const MAX_INPUT_BYTES = 64 * 1024 * 1024;

export async function readInputFile(path: string, shownAs: string): Promise<string> {
  let handle;
  try {
    handle = await open(path, 'r');
  } catch (err) {
    throw unreadable(shownAs, err);
  }
  try {
    const info = await handle.stat();
    if (!info.isFile()) throw new InputError(`${shownAs} is not a file`, 'pass a list, a CSV or a registry JSON file');
    if (info.size > MAX_INPUT_BYTES)
      throw new InputError(
        `${shownAs} is larger than ${MAX_INPUT_BYTES / 1024 / 1024} MiB`,
        'split it, or use --shard',
      );
    const bytes = await handle.readFile();
    return decode(bytes, shownAs);
  } catch (err) {
    if (err instanceof InputError) throw err;
    throw unreadable(shownAs, err);
  } finally {
    await handle.close();
  }
}

function decode(bytes: Buffer, shownAs: string): string {
  const nul = bytes.indexOf(0);
  if (nul >= 0) {
    const line = lineAtOffset(bytes.toString('latin1', 0, nul), nul);
    throw new InputError(
      `${shownAs}:${line}: binary content (a NUL byte)`,
      'pass a text file: one target per line, CSV or JSON',
    );
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new InputError(`${shownAs} is not valid UTF-8`, 'save it as UTF-8 text');
  }
  return text.replace(/^\uFEFF/, '');
}

function unreadable(shownAs: string, err: unknown): InputError {
  const code = (err as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return new InputError(`${shownAs}: no such file`, 'check the path of the batch input');
  if (code === 'EISDIR')
    return new InputError(`${shownAs} is a folder`, 'pass a file, or a folder of nominee JSON files');
  return new InputError(`cannot read ${shownAs} (${code ?? 'error'})`, 'check the path and its permissions');
}
