/**
 * Writing the files a user named (--output, --out, --out-dir): one clear error when one cannot be
 * written. Every file dpg-check writes goes through src/output, so how it writes is decided in one place.
 */
import { lstatSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { InputError } from '../errors.js';

/** What a failed write says: "cannot write <what> (<the system's code>)", then the hint. */
export interface WriteFailure {
  readonly what: string;
  readonly hint: string;
}

export function cannotWrite(failure: WriteFailure, err: unknown): InputError {
  return new InputError(`cannot write ${failure.what} (${codeOf(err)})`, failure.hint);
}

export function codeOf(err: unknown): string {
  return (err as NodeJS.ErrnoException).code ?? 'error';
}

/** Replaces the file; `flag` is the option that named it, for the hint. */
export async function writeOutputFile(path: string, text: string, flag: string): Promise<void> {
  try {
    await writeFile(path, text);
  } catch (err) {
    throw cannotWrite({ what: path, hint: `choose a writable ${flag} path` }, err);
  }
}

/** Creates a folder and its parents; `what` names it in the error ("--out-dir reports"). */
export async function createFolder(dir: string, failure: WriteFailure): Promise<void> {
  try {
    await mkdir(dir, { recursive: true });
  } catch (err) {
    throw new InputError(`cannot create ${failure.what} (${codeOf(err)})`, failure.hint);
  }
}

export interface NamedText {
  /** A file name inside the folder. */
  readonly name: string;
  readonly text: string;
}

/** --out-dir: each file into `dir` (created if needed), replacing an earlier one, never through a link. */
export async function writeFilesInto(dir: string, files: readonly NamedText[]): Promise<void> {
  await createFolder(dir, { what: `--out-dir ${dir}`, hint: 'choose a folder you can write to' });
  for (const { name, text } of files) {
    const file = join(dir, name);
    refuseLink(file);
    await writeOutputFile(file, text, '--out-dir');
  }
}

/** A report file that is a link could send our output anywhere on the machine. */
function refuseLink(file: string): void {
  let isLink = false;
  try {
    isLink = lstatSync(file).isSymbolicLink();
  } catch {
    return;
  }
  if (isLink)
    throw new InputError(
      `${file} is a symbolic link`,
      'dpg-check does not write through links: remove it or choose another --out-dir',
    );
}
