/** Case-insensitive glob matching over a snapshot's file list. */
import picomatch from 'picomatch';
import type { RepoFile, RepoSnapshot } from '../model/snapshot.js';
import patterns from '../data/file-patterns.json' with { type: 'json' };

export type PatternGroup = Exclude<keyof typeof patterns, '$comment'>;
export type PathMatcher = (path: string) => boolean;

const compiled = new Map<string, PathMatcher>();

/** Compiled once per distinct glob list: checks call this on every run. */
export function pathMatcher(globs: readonly string[]): PathMatcher {
  const key = globs.join('\n');
  let matcher = compiled.get(key);
  if (!matcher) {
    matcher = globs.length === 0 ? () => false : picomatch([...globs], { nocase: true, dot: true });
    compiled.set(key, matcher);
  }
  return matcher;
}

export function globsOf(group: PatternGroup): readonly string[] {
  return patterns[group];
}

export function filesIn(repo: RepoSnapshot, group: PatternGroup): RepoFile[] {
  const matches = pathMatcher(globsOf(group));
  return repo.files.filter((f) => matches(f.path));
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
