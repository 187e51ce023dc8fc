/**
 * The .bak copies kept when a command replaces or starts over on a file. Three behaviours, as each
 * command has always had them: init never replaces a backup (dpg.yml.bak, then .bak.1, .bak.2 …);
 * badge --force copies over FILE.bak; batch --force moves its earlier files to *.bak.
 */
import { constants } from 'node:fs';
import { copyFile, rename } from 'node:fs/promises';
import { join } from 'node:path';
import { InputError } from '../errors.js';

const MAX_BACKUPS = 100;

/** COPYFILE_EXCL: an existing backup is never overwritten; the next free number is used instead. */
export async function copyToNumberedBackup(folder: string, name: string): Promise<string> {
  for (let n = 0; n < MAX_BACKUPS; n += 1) {
    const backup = join(folder, n === 0 ? `${name}.bak` : `${name}.bak.${n}`);
    try {
      await copyFile(join(folder, name), backup, constants.COPYFILE_EXCL);
      return backup;
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST')
        throw new InputError(`cannot back up ${name} to ${backup}`, 'check that the folder is writable');
    }
  }
  throw new InputError(`${MAX_BACKUPS} backups of ${name} already exist in ${folder}`, `delete old ${name}.bak* files`);
}

/** Copies the file to FILE.bak, replacing an earlier copy; returns the backup's path. */
export async function copyToBackup(path: string): Promise<string> {
  const backup = `${path}.bak`;
  await copyFile(path, backup);
  return backup;
}

/** Moves the file to FILE.bak, replacing an earlier one. */
export async function moveToBackup(path: string): Promise<void> {
  await rename(path, `${path}.bak`);
}
