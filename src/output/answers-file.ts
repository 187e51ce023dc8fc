/**
 * Writing dpg.yml without ever losing the user's file: refuse when an answers file exists, unless forced;
 * when forced, copy the old file to dpg.yml.bak (or .bak.1, .bak.2 …) first. Never writes through a symlink.
 */
import { randomBytes } from 'node:crypto';
import { lstat, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { DPG_FILES } from '../declarations/load.js';
import { InputError, UsageError } from '../errors.js';
import { copyToNumberedBackup } from './backup.js';
import { cannotWrite } from './write-file.js';

export interface WriteResult {
  readonly written: string;
  readonly backup?: string;
  /** Other answers files that stay on disk but are no longer read (dpg.yml comes first). */
  readonly shadowed: readonly string[];
}

export async function writeAnswersFile(root: string, text: string, force: boolean): Promise<WriteResult> {
  const existing = await existingAnswers(root);
  const target = join(root, 'dpg.yml');
  if (existing.length > 0 && !force) {
    throw new UsageError(
      `${existing.join(', ')} already exists in ${root}`,
      'edit it, or pass --force to replace it; the old dpg.yml is kept as dpg.yml.bak',
    );
  }
  const backup = existing.includes('dpg.yml') ? await copyToNumberedBackup(root, 'dpg.yml') : undefined;
  const temporary = join(root, `.dpg.yml.${randomBytes(6).toString('hex')}.tmp`);
  try {
    await writeFile(temporary, text, { flag: 'wx' });
    await rename(temporary, target); // replaces a link itself, never the file it points to
  } catch (err) {
    await rm(temporary, { force: true });
    throw cannotWrite({ what: target, hint: 'check that the folder is writable, or use --stdout' }, err);
  }
  return { written: target, ...(backup ? { backup } : {}), shadowed: existing.filter((f) => f !== 'dpg.yml') };
}

async function existingAnswers(root: string): Promise<string[]> {
  const found: string[] = [];
  for (const name of DPG_FILES) {
    const info = await lstat(join(root, name)).catch(() => undefined);
    if (!info) continue;
    if (info.isSymbolicLink())
      throw new InputError(
        `${join(root, name)} is a symbolic link`,
        'replace it with a regular file; dpg-check does not write through links',
      );
    found.push(name);
  }
  return found;
}
