/**
 * The web URL and commit of a local checkout, for pinning evidence links: git remote "origin" and HEAD.
 * Credentials in a remote URL (https://user:token@host/…) are dropped: they must never reach an output.
 */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import type { RepoOrigin } from '../../dpga-form/absolute-links.js';

const run = promisify(execFile);
/** As in the local source: a hostile .git/config must not make git run programs. */
const SAFE_GIT = ['--no-optional-locks', '-c', 'core.fsmonitor=false', '-c', 'core.hooksPath=/dev/null'];

export async function gitOrigin(root: string, commit: string | null): Promise<RepoOrigin | undefined> {
  if (!commit) return undefined;
  try {
    const { stdout } = await run('git', [...SAFE_GIT, 'config', '--get', 'remote.origin.url'], {
      cwd: root,
      timeout: 10_000,
    });
    const url = webUrlOf(stdout.trim());
    return url ? { url, commit } : undefined;
  } catch {
    return undefined; // no remote, or not a git checkout
  }
}

/** git@host:owner/name.git, ssh://git@host/owner/name, https://user:pw@host/owner/name.git -> https://host/owner/name */
export function webUrlOf(remote: string): string | undefined {
  const scp = /^[\w.-]+@([\w.-]+):\/?([\w.~-]+(?:\/[\w.~-]+)+)\/?$/.exec(remote);
  if (scp) return `https://${scp[1]}/${(scp[2] ?? '').replace(/\.git$/, '')}`;
  let parsed: URL;
  try {
    parsed = new URL(remote);
  } catch {
    return undefined;
  }
  if (!['https:', 'http:', 'ssh:', 'git:'].includes(parsed.protocol)) return undefined;
  const path = parsed.pathname.replace(/\.git\/?$/, '').replace(/\/+$/, '');
  if (!/^\/[^/]+\/[^/]/.test(path)) return undefined;
  return `https://${parsed.hostname}${path}`;
}
