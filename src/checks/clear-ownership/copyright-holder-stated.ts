import { defineCheck } from '../define.js';
import type { Declaration } from '../../model/declaration.js';
import type { Finding } from '../../model/finding.js';
import type { RepoSnapshot } from '../../model/snapshot.js';
import { existsInRepo, repoLinkOf } from '../../declarations/repo-links.js';
import { COPYRIGHT_READS, HEADER_COPYRIGHT_READS, scanCopyright, scanSourceHeaders } from '../../lib/copyright.js';
import { firstUrl } from '../shared/policy-documents.js';
import { OWNER_STATEMENT_READS, ownerStatements } from '../shared/owner-statements.js';

const messages = {
  holder: 'Names the copyright holder: {{holder}}',
  header: 'Source headers name the copyright holder: {{holder}} ({{files}} of {{sampled}} sampled files)',
  template: 'License template never names the copyright holder: "{{text}}"',
  declared:
    'No copyright line found; dpg.yml declares ownership explicit with evidence at {{url}} (declared, not verified offline)',
  declaredInRepo:
    'dpg.yml gives {{path}} in this repository as ownership evidence, but no copyright line there names a holder: confirm that it says who owns the product',
  declaredNoUrl:
    'dpg.yml declares ownership explicit but gives no clearOwnership.copyrightURL, and no copyright line names a holder',
  declaredMissing:
    'dpg.yml gives {{path}} as ownership evidence, but it is not in the repository, and no copyright line names a holder',
  namedElsewhere: 'Owner named in {{field}}, but no copyright line names a holder: "{{owner}}"',
  declaredOwner:
    'dpg.yml names {{owner}} as owner, with its page {{url}} (declared, not verified offline), but no copyright line names a holder',
  missing:
    'No copyright line naming a holder in the license, NOTICE/COPYRIGHT/AUTHORS files, README or sampled source headers, and no statement of who owns the product',
};
type Id = keyof typeof messages;

const MAX_HOLDERS = 5;

/** Copyright lines in the license, NOTICE and README first; source headers only when those name nobody. */
function holderFindings(repo: RepoSnapshot, holders: ReturnType<typeof scanCopyright>['holders']): Finding<Id>[] {
  if (holders.length > 0)
    return holders.slice(0, MAX_HOLDERS).map(({ path, line, holder }) => ({
      outcome: 'pass',
      messageId: 'holder',
      path,
      line,
      data: { holder },
    }));
  const { holders: headed, sampled } = scanSourceHeaders(repo);
  return headed.slice(0, MAX_HOLDERS).map(({ path, line, holder, files }) => ({
    outcome: 'pass',
    messageId: 'header',
    path,
    line,
    data: { holder, files: String(files), sampled: String(sampled) },
  }));
}

/**
 * The declared copyrightURL. A page outside the repository counts as evidence, though it cannot be read
 * offline; a file inside it is what the scan above already read, so pointing at it proves no more than the
 * file does (a bare license file is no ownership evidence, Standard Indicator 3): a warn to confirm.
 */
function declaredEvidence(
  repo: RepoSnapshot,
  declaration: Declaration | undefined,
): { found: Finding<Id> | undefined; missing: string | undefined } {
  const declared = declaration?.clearOwnership;
  const value = declared?.copyrightURL?.trim() ?? '';
  if (declared?.isOwnershipExplicit !== 'Yes' || value === '') return { found: undefined, missing: undefined };
  const url = firstUrl(value);
  const link = repoLinkOf(url ?? value, repo);
  if (link) {
    const at = link.path === '' ? {} : { path: link.path };
    const path = link.path === '' ? 'the repository root' : link.path;
    return existsInRepo(repo, link)
      ? { found: { outcome: 'warn', messageId: 'declaredInRepo', ...at, data: { path } }, missing: undefined }
      : { found: undefined, missing: path };
  }
  return url
    ? { found: { outcome: 'pass', messageId: 'declared', url, data: { url } }, missing: undefined }
    : { found: undefined, missing: undefined };
}

/** Weaker evidence (Standard Indicator 3: "supporting"): a README statement, a manifest, the declared owner. */
function namedOwner(repo: RepoSnapshot, declaration: Declaration | undefined): Finding<Id> | undefined {
  const [statement] = ownerStatements(repo);
  if (statement)
    return {
      outcome: 'warn',
      messageId: 'namedElsewhere',
      path: statement.path,
      line: statement.line,
      data: { field: statement.field ?? statement.path, owner: statement.owner },
    };
  // A declared owner with its website is a page naming the owner, the evidence the form asks for; a bare
  // name is a claim with no evidence.
  const owner = declaration?.organizations?.find(
    (o) => o.org_type === 'owner' && o.name.trim() !== '' && firstUrl(o.website ?? '') !== undefined,
  );
  const url = firstUrl(owner?.website ?? '');
  return owner && url
    ? { outcome: 'warn', messageId: 'declaredOwner', url, data: { owner: owner.name.trim(), url } }
    : undefined;
}

export default defineCheck({
  meta: {
    id: 'clear-ownership/copyright-holder-stated',
    indicator: '3',
    level: 'required',
    title: 'A copyright line names who owns the product',
    rationale:
      'Ownership must be publicly documented; reviewers reject a bare license file or a license template that never names the copyright holder as ownership evidence. A copyright line in the license, NOTICE, README or source headers, or a declared page naming the owner, passes; a README, manifest or declared owner without a copyright line is weaker evidence (warn); nothing at all fails.',
    remediation:
      'Name the owner in a copyright line such as "Copyright (c) 2024 Example Foundation" at the top of LICENSE (for Apache-2.0 or GPL texts, in a NOTICE or COPYRIGHT file or the README), replacing any template placeholders; or set clearOwnership.isOwnershipExplicit: Yes and clearOwnership.copyrightURL to a public page naming the owner in dpg.yml.',
    reads: [...new Set([...COPYRIGHT_READS, ...OWNER_STATEMENT_READS, ...HEADER_COPYRIGHT_READS])],
    messages,
  },
  run: ({ repo, declaration }) => {
    const { holders, templates } = scanCopyright(repo);
    const unfilled: Finding<Id>[] = templates.map(({ path, line, text }) => ({
      outcome: 'warn',
      messageId: 'template',
      path,
      line,
      data: { text },
    }));
    const named = holderFindings(repo, holders);
    if (named.length > 0) return [...named, ...unfilled];
    const { found, missing } = declaredEvidence(repo, declaration);
    const verdict: Finding<Id> =
      found ??
      namedOwner(repo, declaration) ??
      (missing !== undefined
        ? { outcome: 'fail', messageId: 'declaredMissing', data: { path: missing } }
        : declaration?.clearOwnership?.isOwnershipExplicit === 'Yes'
          ? { outcome: 'fail', messageId: 'declaredNoUrl' }
          : { outcome: 'fail', messageId: 'missing' });
    return [verdict, ...unfilled];
  },
});
