/** Builders for table-driven check tests: literal repositories in, findings out. No disk, no network. */
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

/** Short but real license texts, enough for the first matcher. */
export const MIT_TEXT = `MIT License

Copyright (c) 2024 Example Foundation

Permission is hereby granted, free of charge, to any person obtaining a copy
of this software and associated documentation files (the "Software"), to deal
in the Software without restriction, including without limitation the rights
to use, copy, modify, merge, publish, distribute, sublicense, and/or sell
copies of the Software, and to permit persons to whom the Software is
furnished to do so, subject to the following conditions:

The above copyright notice and this permission notice shall be included in all
copies or substantial portions of the Software.
`;

export const APACHE_HEAD = `
                                 Apache License
                           Version 2.0, January 2004
                        http://www.apache.org/licenses/

   TERMS AND CONDITIONS FOR USE, REPRODUCTION, AND DISTRIBUTION
`;
