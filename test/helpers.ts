/** Builders for table-driven check tests: literal repositories in, findings out. No disk, no network. */
import { createRequire } from 'node:module';
import type { Check } from '../src/checks/define.js';
import { computeFacts } from '../src/facts/index.js';
import type { Declaration } from '../src/model/declaration.js';
import type { Finding, Outcome } from '../src/model/finding.js';
import { memoryRepo, type MemoryRepoOptions } from '../src/sources/memory.js';
import type { RepoSnapshot } from '../src/model/snapshot.js';
import { checkOutcome } from '../src/scoring.js';

export { memoryRepo as repo };

export const NOW = new Date('2026-11-29T00:00:00Z');

export function runCheck(check: Check, repo: RepoSnapshot, declaration?: Declaration): Finding[] {
  return check.run({ repo, declaration, facts: computeFacts(repo, declaration), now: NOW });
}

/** The check's overall outcome (worst finding), as scoring sees it. */
export function outcomeOf(check: Check, repo: RepoSnapshot, declaration?: Declaration): Outcome {
  return checkOutcome({ check, findings: runCheck(check, repo, declaration) });
}

export function repoWith(files: Record<string, string>, options?: MemoryRepoOptions): RepoSnapshot {
  return memoryRepo(files, options);
}

/** Real license texts from spdx-license-list (CC0), with a holder filled in where the template has one. */
const spdxTexts = createRequire(import.meta.url)('spdx-license-list/full') as Record<string, { licenseText: string }>;

export function licenseText(id: string): string {
  const entry = spdxTexts[id];
  if (!entry) throw new Error(`spdx-license-list has no ${id}`);
  return entry.licenseText;
}

export const MIT_TEXT = licenseText('MIT').replace('<year> <copyright holders>', '2024 Example Foundation');

export const APACHE_TEXT = licenseText('Apache-2.0');
