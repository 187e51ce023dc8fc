/**
 * A small, fixed sample of the project's own source files: those directly under the root, src/, lib/ and
 * app/ (the globs must be static, so the source reads no more than these), at most a few dozen, taken in
 * turn from each folder. The same folders, extensions and limits as the SPDX-header sample of the declared
 * licenses (`declared-license-places.json` `headers`), so both read the same files and a check that
 * samples headers adds no reads. Pure functions.
 */
import type { RepoSnapshot } from '../model/snapshot.js';
import { pathMatcher } from './paths.js';
import places from '../data/declared-license-places.json' with { type: 'json' };

const { folders, extensions, maxFiles, maxLines } = places.headers;

/** Lines of a sampled file worth reading: headers sit at the top. */
export const SAMPLE_HEAD_LINES: number = maxLines;

export const SOURCE_SAMPLE_READS: readonly string[] = folders.map((folder) => `${folder}*.{${extensions.join(',')}}`);

const matches = pathMatcher(SOURCE_SAMPLE_READS);
const MINIFIED = /\.min\.[a-z]+$/i;

/** Round-robin over folders, so root config files do not crowd out src/. Paths in sorted order. */
export function sampleSourceFiles(repo: RepoSnapshot): string[] {
  const byFolder = new Map<string, string[]>();
  for (const path of [...repo.texts.keys()].sort()) {
    if (!matches(path) || MINIFIED.test(path)) continue;
    const folder = path.includes('/') ? path.slice(0, path.indexOf('/')) : '';
    const queue = byFolder.get(folder);
    if (queue) queue.push(path);
    else byFolder.set(folder, [path]);
  }
  const queues = [...byFolder.values()];
  const picked: string[] = [];
  for (let round = 0; picked.length < maxFiles && queues.some((q) => q.length > round); round++) {
    for (const q of queues) {
      const path = q[round];
      if (path !== undefined && picked.length < maxFiles) picked.push(path);
    }
  }
  return picked;
}
