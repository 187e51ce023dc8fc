/** Which file texts a source must read: the union of every check's `meta.reads`, plus the facts'. */
import type { Check } from '../checks/define.js';
import { DECLARATION_FILES } from '../declarations/load.js';
import { FACT_READS } from '../facts/index.js';
import { pathMatcher, type PathMatcher } from '../lib/paths.js';

export function wantedTexts(checks: readonly Check[]): PathMatcher {
  const globs = new Set<string>([...FACT_READS, ...DECLARATION_FILES]);
  for (const check of checks) for (const glob of check.meta.reads) globs.add(glob);
  return pathMatcher([...globs].sort());
}
