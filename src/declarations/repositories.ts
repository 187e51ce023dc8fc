/**
 * Whether the repositories an answers file names include the one being checked: a reviewer who checks
 * OWNER/NAME against an applicant's record should hear when the record is about something else. Pure.
 * URLs are compared as host/path, lower case, without scheme, www., .git or a browse path (/tree/…);
 * an owner's page (github.com/OWNER) covers every repository of that owner.
 */
import type { AnswersWarning, DeclaredAnswers } from '../model/declaration.js';
import { printable } from './parse.js';

/** Where a path stops naming the repository and starts naming something inside it. */
const BROWSE_PATHS = new Set(['tree', 'blob', 'raw', 'commit', 'commits', 'releases', 'issues', 'wiki', '-']);
const MAX_NAMED = 3;

/** A warning when the answers name repositories and none of them is `checked` (a URL); undefined when they do, or name none. */
export function repositoryMismatch(declared: DeclaredAnswers, checked: string): AnswersWarning | undefined {
  const target = repositoryPath(checked);
  const named = (declared.answers.repositories ?? []).map((r) => repositoryPath(r.url) ?? r.url);
  if (target === undefined || named.length === 0) return undefined;
  const key = target.toLowerCase();
  const covers = (path: string) => {
    const other = path.toLowerCase();
    return other === key || key.startsWith(`${other}/`) || other.startsWith(`${key}/`);
  };
  if (named.some(covers)) return undefined;
  const whose = declared.kind === 'dpga-record' ? "the record's" : `${declared.path}'s`;
  const shown = named.slice(0, MAX_NAMED).map(display).join(', ') + (named.length > MAX_NAMED ? ', …' : '');
  return {
    field: 'repositories',
    line: declared.locations?.get('repositories')?.line ?? null,
    message: `${whose} repositories do not include ${display(target)} (they name ${shown})`,
  };
}

/** "host/owner/name" for a repository URL (https, ssh or git@host:owner/name), or undefined for a bare host or no URL. */
export function repositoryPath(url: string): string | undefined {
  let text = url.trim();
  const scp = /^git@([^:/\s]+):(.+)$/i.exec(text);
  if (scp) text = `${scp[1]}/${scp[2]}`;
  text = text
    .replace(/^[a-z][a-z0-9+.-]*:\/\//i, '')
    .replace(/^[^@/]*@/, '')
    .replace(/^www\./i, '')
    .replace(/[?#].*$/, '')
    .replace(/\/+$/, '')
    .replace(/\.git$/i, '');
  const parts = text.split('/').filter(Boolean);
  if (parts.length < 2 || !parts[0]?.includes('.')) return undefined;
  const browse = parts.findIndex((part, i) => i >= 3 && BROWSE_PATHS.has(part.toLowerCase()));
  return [parts[0].toLowerCase(), ...(browse > 0 ? parts.slice(1, browse) : parts.slice(1))].join('/');
}

/** OWNER/NAME for GitHub, host/path elsewhere; the record and a checkout's origin are hostile text. */
function display(path: string): string {
  return printable(path.startsWith('github.com/') ? path.slice('github.com/'.length) : path);
}
