/**
 * Makes every link-valued answer that points into this repository absolute and pinned to a commit:
 * "docs/" or …/blob/main/PRIVACY.md become <repository URL>/tree|blob/<commit>/<path>. Pure.
 */
import { declaredLinks } from '../declarations/claims.js';
import { existsInRepo, repoLinkOf } from '../declarations/repo-links.js';
import type { Declaration } from '../model/declaration.js';
import type { RepoSnapshot } from '../model/snapshot.js';

export interface RepoOrigin {
  /** https://host/owner/name, without .git or credentials. */
  readonly url: string;
  readonly commit: string;
}

export interface PinnedAnswers {
  readonly answers: Declaration;
  /** Links left as they were, and why. */
  readonly warnings: readonly string[];
}

export function pinLinks(answers: Declaration, repo: RepoSnapshot, origin: RepoOrigin | undefined): PinnedAnswers {
  const copy = structuredClone(answers) as Record<string, unknown>;
  const warnings: string[] = [];
  const known = origin ? { ...repo, target: { ...repo.target, url: origin.url } } : repo;
  for (const { field, value } of declaredLinks(answers)) {
    const link = repoLinkOf(value, known);
    if (!link || link.outside) continue;
    if (!origin) {
      warnings.push(
        `${field}: "${value}" is left as written: the repository URL and commit are unknown (no git remote "origin")`,
      );
      continue;
    }
    const isFile = repo.files.some((f) => f.path === link.path);
    if (!existsInRepo(repo, link))
      warnings.push(`${field}: ${link.path} is not in the repository; the link will not resolve`);
    setAt(copy, field, fileUrl(origin, link.path, isFile || !existsInRepo(repo, link)));
  }
  return { answers: copy as Declaration, warnings };
}

export function fileUrl(origin: RepoOrigin, path: string, isFile: boolean): string {
  const gitlab = /^https?:\/\/(?:www\.)?gitlab\./i.test(origin.url) ? '/-' : '';
  const encoded = path.split('/').map(encodeURIComponent).join('/');
  return `${origin.url}${gitlab}/${isFile ? 'blob' : 'tree'}/${origin.commit}${encoded ? `/${encoded}` : ''}`;
}

/** Sets "a.b[1].c" in a plain JSON tree that is known to have that path (it came from declaredLinks). */
function setAt(tree: Record<string, unknown>, field: string, value: string): void {
  const keys = field.split(/\.|\[(\d+)\]/).filter((k) => k !== undefined && k !== '');
  let node: unknown = tree;
  for (const key of keys.slice(0, -1)) node = (node as Record<string, unknown>)[key];
  const last = keys[keys.length - 1];
  if (last !== undefined && typeof node === 'object' && node !== null) (node as Record<string, unknown>)[last] = value;
}
