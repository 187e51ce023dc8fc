/** Writing an output file the user named: one clear error when it cannot be written. */
import { writeFile } from 'node:fs/promises';
import { InputError } from '../errors.js';

export async function writeOutputFile(path: string, text: string, flag: string): Promise<void> {
  try {
    await writeFile(path, text);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code ?? 'error';
    throw new InputError(`cannot write ${path} (${code})`, `choose a writable ${flag} path`);
  }
}
