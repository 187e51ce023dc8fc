/** An in-memory repository, for tests and for adapters that already hold the texts. */
import type { RepoFile, RepoMeta, RepoSnapshot, RepoTarget, SourceNote } from '../model/snapshot.js';
import { normalizeText } from './text.js';

export interface MemoryRepoOptions {
  readonly meta?: Partial<RepoMeta>;
  readonly target?: Partial<RepoTarget>;
  /** Files that exist with this size but whose text is not held (e.g. source code in a corpus). */
  readonly sizes?: Readonly<Record<string, number>>;
  readonly notes?: readonly SourceNote[];
}

export function memoryRepo(texts: Readonly<Record<string, string>>, options: MemoryRepoOptions = {}): RepoSnapshot {
  const sizes = new Map<string, number>(Object.entries(options.sizes ?? {}));
  for (const [path, text] of Object.entries(texts)) sizes.set(path, Buffer.byteLength(text));
  const files: RepoFile[] = [...sizes].map(([path, size]) => ({ path, size })).sort(byPath);
  const textMap = new Map(Object.entries(texts).map(([path, text]) => [path, normalizeText(text)]));
  return freezeSnapshot({
    target: { source: 'memory', ref: 'memory', url: null, commit: null, ...options.target },
    meta: { name: options.meta?.name ?? 'memory', topics: [], ...options.meta },
    files,
    texts: textMap,
    notes: options.notes ?? [],
  });
}

export function byPath(a: { path: string }, b: { path: string }): number {
  return a.path < b.path ? -1 : a.path > b.path ? 1 : 0;
}

/** Checks must not be able to change what they are judging. */
export function freezeSnapshot(snapshot: RepoSnapshot): RepoSnapshot {
  Object.freeze(snapshot.files);
  snapshot.files.forEach((f) => Object.freeze(f));
  Object.freeze(snapshot.notes);
  Object.freeze(snapshot.meta.topics);
  Object.freeze(snapshot.meta);
  Object.freeze(snapshot.target);
  return Object.freeze(snapshot);
}
