/** Case-insensitive glob matching over a snapshot's file list. */
import picomatch from 'picomatch';
import type { RepoFile, RepoSnapshot } from '../model/snapshot.js';
import patterns from '../data/file-patterns.json' with { type: 'json' };

export type PatternGroup = Exclude<keyof typeof patterns, '$comment'>;
export type PathMatcher = (path: string) => boolean;

const compiled = new Map<string, PathMatcher>();

/**
 * Compiled once per distinct glob list. The globs become one regular expression: on 100k paths
 * that is 2-4 times faster than asking picomatch's matcher about each glob in turn.
 */
export function pathMatcher(globs: readonly string[]): PathMatcher {
  const key = globs.join('\n');
  let matcher = compiled.get(key);
  if (!matcher) {
    const sources = globs.map((glob) => picomatch.makeRe(glob, { nocase: true, dot: true }).source);
    const re = sources.length === 0 ? undefined : new RegExp(sources.join('|'), 'i');
    matcher = re ? (path) => re.test(path) : () => false;
    compiled.set(key, matcher);
  }
  return matcher;
}

export function globsOf(group: PatternGroup): readonly string[] {
  return patterns[group];
}

/** Several checks ask for the same groups: each snapshot is scanned once per group. */
const groupCache = new WeakMap<RepoSnapshot, Map<PatternGroup, readonly RepoFile[]>>();

export function filesIn(repo: RepoSnapshot, group: PatternGroup): readonly RepoFile[] {
  let cache = groupCache.get(repo);
  if (!cache) groupCache.set(repo, (cache = new Map()));
  let files = cache.get(group);
  if (!files) {
    const matches = pathMatcher(globsOf(group));
    files = Object.freeze(repo.files.filter((f) => matches(f.path)));
    cache.set(group, files);
  }
  return files;
}

export function pathsIn(repo: RepoSnapshot, group: PatternGroup): string[] {
  return filesIn(repo, group).map((f) => f.path);
}

/** The texts the source read for a pattern group, in path order. */
export function textsIn(repo: RepoSnapshot, group: PatternGroup): { path: string; text: string }[] {
  return pathsIn(repo, group).flatMap((path) => {
    const text = repo.texts.get(path);
    return text === undefined ? [] : [{ path, text }];
  });
}

export function isAtRoot(path: string): boolean {
  return !path.includes('/');
}

/** The path to cite for a group of files: the shallowest, non-hidden, shortest (mkdocs.yml before docs/img/x.png). */
export function shallowestPath(paths: readonly string[]): string | undefined {
  const depth = (p: string) => p.split('/').length;
  const hidden = (p: string) => (/(^|\/)\./.test(p) ? 1 : 0);
  return [...paths].sort((a, b) => depth(a) - depth(b) || hidden(a) - hidden(b) || a.length - b.length)[0];
}
