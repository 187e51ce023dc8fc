/**
 * Not a check (no default export): the privacy policy or terms an owner links in the declared answers (Indicators 7
 * and 9a). Applicants write the link inside a sentence ("Privacy policy - https://…", "Privacy Policy:https://…"),
 * so the first link of each answer is taken, not only an answer that is a bare URL.
 */
import type { Declaration } from '../../model/declaration.js';
import type { RepoSnapshot } from '../../model/snapshot.js';
import { declaredLinks } from '../../declarations/claims.js';
import { existsInRepo, repoLinkOf } from '../../declarations/repo-links.js';
import lawData from '../../data/privacy-laws.json' with { type: 'json' };
import policy from '../../data/policy-texts.json' with { type: 'json' };
import sdgs from '../../data/sdgs.json' with { type: 'json' };
import { firstUrl, phraseRegex } from './policy-documents.js';

/**
 * Where a privacy policy link may be written, most specific first: the privacy answers, then the general answer
 * about harm, whose only link is often the code of conduct the community adopted.
 */
const PRIVACY_LINK_FIELDS = [
  'privacy.adherenceSteps[]',
  'doNoHarm.dataPrivacySecurity.privacySecurityDescription',
  'doNoHarm.preventHarm.additionalInfoMechanismProcessesPolicies',
];
const POLICY_WORDING = phraseRegex(lawData.policyLinkPhrases);
const TEMPLATE_URLS = policy.templateUrls.map((u) => u.toLowerCase());
/** The DPGA's guides accept no Google Drive documents or sheets as evidence (STANDARD.md §2); sdgs.json keeps the list. */
const PRIVATE_HOSTS = new Set(sdgs.privateEvidenceHosts);

export interface PolicyLink {
  /** Dotted field path of the answer, e.g. "privacy.adherenceSteps[2]". */
  readonly field: string;
  /** The link as written (a URL, or a path relative to the repository). */
  readonly url: string;
  /** The file it names, when the link points into this repository and the file is there. */
  readonly path?: string;
  /** A private-document host (Google Docs/Drive) that the DPGA does not take as published evidence. */
  readonly privateHost: boolean;
}

/**
 * Every declared link that may be the published privacy policy or terms, best first: a public page before a Drive
 * document, an answer that names a privacy policy or terms before one that does not, then field order. Left out:
 * template attributions (a Contributor Covenant link is a code of conduct, not a privacy policy) and links into this
 * repository to a file that is not there (documentation/declared-paths-exist reports those).
 */
export function declaredPolicyLinks(declaration: Declaration | undefined, repo: RepoSnapshot): PolicyLink[] {
  const ranked = declaredLinks(declaration, PRIVACY_LINK_FIELDS).flatMap(({ field, value }, order) => {
    const link = linkIn(field, value, repo);
    if (link === undefined) return [];
    const rank = (link.privateHost ? 2 : 0) + (POLICY_WORDING.test(value) ? 0 : 1);
    return [{ link, rank, order }];
  });
  return ranked.sort((a, b) => a.rank - b.rank || a.order - b.order).map(({ link }) => link);
}

function linkIn(field: string, value: string, repo: RepoSnapshot): PolicyLink | undefined {
  const url = firstUrl(value) ?? value.trim();
  const inRepo = repoLinkOf(url, repo);
  if (inRepo) return existsInRepo(repo, inRepo) ? { field, url, path: inRepo.path, privateHost: false } : undefined;
  if (!/^https?:\/\//i.test(url)) return undefined;
  const bare = url.toLowerCase().replace(/^https?:\/\/(?:www\.)?/, '');
  if (TEMPLATE_URLS.some((t) => bare.startsWith(t))) return undefined;
  return { field, url, privateHost: isPrivateDocument(url) };
}

/** A link to a private-document host (Google Docs/Drive), which the DPGA does not take as published evidence. */
export function isPrivateDocument(url: string): boolean {
  const host =
    url
      .toLowerCase()
      .replace(/^https?:\/\/(?:www\.)?/, '')
      .split(/[/?#:]/)[0] ?? '';
  return PRIVATE_HOSTS.has(host);
}
