/** Facts derived once from a snapshot and shared by checks. Pure, like the checks. */
import type { Declaration } from '../model/declaration.js';
import type { RepoSnapshot } from '../model/snapshot.js';
import { LICENSE_FACT_READS, licenseFacts, type LicenseFacts } from '../licenses/project/index.js';

export interface RepoFacts {
  readonly licenses: LicenseFacts;
}

/** Globs whose text the facts need, added to what the checks ask the source for. */
export const FACT_READS: readonly string[] = LICENSE_FACT_READS;

export function computeFacts(repo: RepoSnapshot, declaration: Declaration | undefined): RepoFacts {
  return { licenses: licenseFacts(repo, declaration) };
}
