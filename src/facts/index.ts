/** Facts derived once from a snapshot and shared by checks. Pure, like the checks. */
import { DEPENDENCY_READS, dependencyFacts, type DependencyFacts } from '../dependencies/index.js';
import { LICENSE_FACT_READS, licenseFacts, type LicenseFacts } from '../licenses/project/index.js';
import type { Declaration } from '../model/declaration.js';
import type { RepoSnapshot } from '../model/snapshot.js';

export interface RepoFacts {
  readonly licenses: LicenseFacts;
  readonly dependencies: DependencyFacts;
}

/** Globs whose text the facts need, added to what the checks ask the source for. */
export const FACT_READS: readonly string[] = [...LICENSE_FACT_READS, ...DEPENDENCY_READS];

export function computeFacts(repo: RepoSnapshot, declaration: Declaration | undefined): RepoFacts {
  return { licenses: licenseFacts(repo, declaration), dependencies: dependencyFacts(repo) };
}
