/** Runs a check the way run.ts does: dpg.yml loaded from the literal repository, positions and all. */
import type { Check } from '../../src/checks/define.js';
import { loadDeclaration } from '../../src/declarations/load.js';
import { computeFacts } from '../../src/facts/index.js';
import type { Finding } from '../../src/model/finding.js';
import type { RepoSnapshot } from '../../src/model/snapshot.js';
import { checkOutcome } from '../../src/scoring.js';
import { NOW } from '../helpers.js';

export function runWithAnswers(check: Check, repo: RepoSnapshot): Finding[] {
  const declared = loadDeclaration(repo);
  return check.run({
    repo,
    declaration: declared?.answers,
    declared,
    facts: computeFacts(repo, declared?.answers),
    now: NOW,
  });
}

export function outcomeWithAnswers(check: Check, repo: RepoSnapshot): string {
  return checkOutcome({ check, findings: runWithAnswers(check, repo) });
}
