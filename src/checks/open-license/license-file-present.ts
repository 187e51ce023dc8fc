/**
 * A license file in the checked tree. Without one, the application's license[].licenseURL may still
 * point at the license: on another branch of this repository or on the project's website (declared, not
 * verified offline), or at a file of this tree the name patterns miss (LICENSE_SOURCE).
 */
import places from '../../data/declared-license-places.json' with { type: 'json' };
import { defineCheck } from '../define.js';
import type { Finding } from '../../model/finding.js';
import type { Declaration } from '../../model/declaration.js';
import type { RepoSnapshot } from '../../model/snapshot.js';
import { claimLabel } from '../../declarations/claims.js';
import { existsInRepo, repoLinkOf } from '../../declarations/repo-links.js';
import { firstUrl } from '../shared/policy-documents.js';

const messages = {
  found: 'License file {{path}}',
  unreadable: 'License file {{path}} could not be read as text ({{reason}})',
  missing: 'No LICENSE, LICENCE, COPYING, UNLICENSE or LICENSES/ file found',
  linkedFile: 'License file {{path}}, linked from {{claim}}',
  declaredAt:
    'No license file in this tree; {{claim}} declares {{spdx}} at {{url}} (declared, not verified offline): make sure the link shows the license of this project',
  declaredMissing: '{{claim}} links the license at {{url}}, but {{path}} does not exist in the checked tree',
};
type Id = keyof typeof messages;

const DEFAULT_BRANCHES = new Set(places.defaultBranchNames);

/** Whether a link's ref is the tree being checked: its commit, its default branch, or (neither known) main/master. */
function isCheckedRef(ref: string | undefined, repo: RepoSnapshot): boolean {
  if (ref === undefined) return true;
  const { commit } = repo.target;
  if (commit && ref.length >= 7 && commit.startsWith(ref)) return true;
  const branch = repo.meta.defaultBranch;
  return branch !== undefined ? ref === branch : !commit && DEFAULT_BRANCHES.has(ref);
}

function declaredLicenseFindings(
  repo: RepoSnapshot,
  declaration: Declaration | undefined,
  claimOf: (i: number) => string,
): Finding<Id>[] {
  return (declaration?.license ?? []).flatMap((license, i): Finding<Id>[] => {
    const written = license.licenseURL?.trim() ?? '';
    const url = firstUrl(written) ?? written;
    if (url === '') return [];
    const claim = claimOf(i);
    const link = repoLinkOf(url, repo);
    if (link === undefined)
      return [{ outcome: 'warn', messageId: 'declaredAt', data: { claim, spdx: license.spdx, url } }];
    if (link.path !== '' && existsInRepo(repo, link))
      return [{ outcome: 'pass', messageId: 'linkedFile', path: link.path, data: { path: link.path, claim } }];
    if (isCheckedRef(link.ref, repo))
      return [{ outcome: 'fail', messageId: 'declaredMissing', data: { claim, url, path: link.path || url } }];
    return [{ outcome: 'warn', messageId: 'declaredAt', data: { claim, spdx: license.spdx, url } }];
  });
}

/** A file found or linked passes; then a link elsewhere warns; a link to a missing file of this tree fails. */
function best(findings: Finding<Id>[]): Finding<Id>[] {
  for (const outcome of ['pass', 'warn', 'fail'] as const) {
    const some = findings.filter((f) => f.outcome === outcome);
    if (some.length > 0) return some;
  }
  return [{ outcome: 'fail', messageId: 'missing' }];
}

export default defineCheck({
  meta: {
    id: 'open-license/license-file-present',
    indicator: '2',
    level: 'required',
    title: 'A license file is published in the repository',
    rationale:
      'Reviewers want a link that lands on the license of this project; a LICENSE file in the repository is the evidence they accept most readily.',
    remediation:
      'Add a LICENSE file at the repository root with the full text of an approved open license (for software, an OSI-approved one such as Apache-2.0, MIT or GPL-3.0); see https://choosealicense.com and https://www.digitalpublicgoods.net/submission-guide.',
    reads: [],
    messages,
  },
  run: ({ repo, facts, declaration, declared }) => {
    if (facts.licenses.files.length === 0)
      return best(declaredLicenseFindings(repo, declaration, (i) => claimLabel(declared, `license[${i}].licenseURL`)));
    return facts.licenses.files.map((path) => {
      const note = repo.notes.find((n) => n.path === path && n.reason !== 'truncated');
      return note
        ? { outcome: 'warn', messageId: 'unreadable', path, data: { path, reason: note.reason } }
        : { outcome: 'pass', messageId: 'found', path, data: { path } };
    });
  },
});
