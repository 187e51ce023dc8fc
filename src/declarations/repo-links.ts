/**
 * Which declared links point into this very repository, and which file they name. Pure: checks use it
 * to find claims whose evidence is missing, export uses it to pin links to a commit.
 * Shapes: relative paths ("PRIVACY.md", "./docs/"), and host URLs of this repository
 * (…/blob/<ref>/<path>, …/tree/<ref>/<path>, GitLab's /-/blob/, raw.githubusercontent.com/<o>/<n>/<ref>/<path>).
 */
import type { RepoSnapshot } from '../model/snapshot.js';

export interface RepoLink {
  /** POSIX path inside the repository ("" for the root). */
  readonly path: string;
  /** The ref written in a host URL (branch, tag or commit), absent for a relative path. */
  readonly ref?: string;
  /** Set when the path climbs out of the repository ("../x"). */
  readonly outside?: boolean;
}

const SCHEME = /^[a-z][a-z0-9+.-]*:/i;
const HOST_PATH =
  /^https?:\/\/(?:www\.)?([^/]+)\/([^/]+)\/([^/#?]+?)(?:\.git)?\/(?:-\/)?(?:blob|tree|raw)\/([^/#?]+)\/?([^#?]*)/i;
const RAW_PATH = /^https?:\/\/raw\.githubusercontent\.com\/([^/]+)\/([^/]+)\/([^/#?]+)\/([^#?]*)/i;
// "n/a" and "N/A" are how applications say a field does not apply; they are answers, not paths.
const NOT_APPLICABLE = /^n\/a\.?$/i;
/** A relative link is one word that looks like a path: free text ("see our policy") never is. */
const PATHLIKE = /^(?:\.{1,2}\/)*\/?[\w@~+%-][\w@~+%./-]*\/?(?:#[^\s]*)?$/;

export function repoLinkOf(value: string, repo: RepoSnapshot): RepoLink | undefined {
  const text = value.trim();
  if (text === '' || text.length > 2000) return undefined;
  if (!SCHEME.test(text) && !text.startsWith('//')) return relativeLink(text, repo);
  const raw = RAW_PATH.exec(text);
  if (raw && isThisRepo(repo, 'github.com', raw[1] ?? '', raw[2] ?? ''))
    return { ...cleanPath(raw[4] ?? ''), ref: raw[3] ?? '' };
  const host = HOST_PATH.exec(text);
  if (host && isThisRepo(repo, host[1] ?? '', host[2] ?? '', host[3] ?? ''))
    return { ...cleanPath(host[5] ?? ''), ref: host[4] ?? '' };
  return undefined;
}

/** A bare word ("LICENSE", but also "GDPR") counts only when a file of that name is at the root. */
function relativeLink(text: string, repo: RepoSnapshot): RepoLink | undefined {
  if (!PATHLIKE.test(text) || NOT_APPLICABLE.test(text)) return undefined;
  if (!/[./]/.test(text.replace(/#.*$/, '')))
    return repo.files.some((f) => f.path === text) ? { path: text } : undefined;
  if (/^\d+(?:\.\d+)+$/.test(text)) return undefined; // a version number, not a file
  return cleanPath(text.replace(/#.*$/, ''));
}

/** The repository's own URL when the source knows it; otherwise OWNER/NAME where NAME is the folder name. */
function isThisRepo(repo: RepoSnapshot, host: string, owner: string, name: string): boolean {
  const known = repo.target.url;
  if (known) {
    const own = /^https?:\/\/(?:www\.)?([^/]+)\/([^/]+)\/([^/#?]+?)(?:\.git)?\/?$/i.exec(known);
    return !!own && [own[1], own[2], own[3]].join('/').toLowerCase() === [host, owner, name].join('/').toLowerCase();
  }
  return name.toLowerCase() === repo.meta.name.toLowerCase();
}

function cleanPath(raw: string): RepoLink {
  let decoded = raw;
  try {
    decoded = decodeURIComponent(raw);
  } catch {
    // a stray % stays as written
  }
  const parts: string[] = [];
  for (const part of decoded.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') {
      if (parts.pop() === undefined) return { path: decoded, outside: true };
      continue;
    }
    parts.push(part);
  }
  return { path: parts.join('/') };
}

/** A file, or a folder holding at least one file. */
export function existsInRepo(repo: RepoSnapshot, link: RepoLink): boolean {
  if (link.outside) return false;
  if (link.path === '') return true;
  const folder = `${link.path}/`;
  return repo.files.some((f) => f.path === link.path || f.path.startsWith(folder));
}
