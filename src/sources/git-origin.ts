/** The URL of a local checkout's `origin` remote, to compare with the repositories an answers file names. */
import { resolve } from 'node:path';
import { git } from './local-list.js';

/** Undefined when the folder is not a git checkout, has no origin, or git is missing: the comparison is then skipped. */
export async function readGitOrigin(folder: string): Promise<string | undefined> {
  try {
    const url = (await git(resolve(folder), ['config', '--get', 'remote.origin.url'])).trim();
    return url === '' ? undefined : url;
  } catch {
    return undefined;
  }
}
