/**
 * Indicator 9b: if the product collects, stores or distributes content, the owner must declare a content policy
 * (naming child sexual abuse material explicitly) and a process to detect, moderate, report and remove illegal content.
 * Both are declared answers ("Strength: hint; declared"), so a declared process without a policy link, or a "No" the
 * owner explains (curated content, nothing published, moderation left to the deploying institution), only warns.
 */
import { defineCheck } from '../define.js';
import type { Declaration } from '../../model/declaration.js';
import type { Finding } from '../../model/finding.js';
import type { RepoSnapshot } from '../../model/snapshot.js';
import { globsOf, pathsIn } from '../../lib/paths.js';
import { clip } from '../../lib/text.js';
import policy from '../../data/policy-texts.json' with { type: 'json' };
import { existsInRepo, repoLinkOf } from '../../declarations/repo-links.js';
import { boundedLines, explains, firstUrl, hasText, phraseRegex } from '../shared/policy-documents.js';
import { isPrivateDocument } from '../shared/policy-links.js';

const messages = {
  undeclared:
    'Not declared: fill in doNoHarm.inappropriateIllegalContent.collectStoreDistribute in dpg.yml (Yes or No)',
  noContent: 'dpg.yml declares doNoHarm.inappropriateIllegalContent.collectStoreDistribute: No',
  policy: 'dpg.yml links the content policy: {{link}} (declared, not verified offline)',
  policyInRepo: 'dpg.yml links the content policy {{path}}',
  privatePolicy:
    'dpg.yml links the content policy as a Google Docs/Drive document: {{url}} (declared, not verified offline). The DPGA does not take Drive documents as evidence: publish it on the product website or in the repository',
  processOnly:
    'dpg.yml declares how illegal content is detected ({{mechanism}}) but links no content policy in doNoHarm.inappropriateIllegalContent.policyGuidelinesDocumentationLink; reviewers may ask for one that names child sexual abuse material (CSAM) explicitly',
  explainedNoPolicy:
    'dpg.yml links no content policy and answers illegalContentDetection: No, explaining: {{explanation}}; confirm that no user content is published, or that the deploying institution moderates it',
  noPolicy:
    'dpg.yml declares content is collected, stored or distributed but doNoHarm.inappropriateIllegalContent.policyGuidelinesDocumentationLink is empty: a policy must name inappropriate and illegal content, child sexual abuse material (CSAM) explicitly',
  detection: 'dpg.yml declares illegal content is detected: {{mechanism}}',
  detectionExplained:
    'dpg.yml declares doNoHarm.inappropriateIllegalContent.illegalContentDetection: No, explaining: {{explanation}}; confirm that no user content is published, or that the deploying institution moderates it',
  noDetection:
    'dpg.yml declares doNoHarm.inappropriateIllegalContent.illegalContentDetection: {{answer}}; the Standard requires processes to detect, moderate, report and remove illegal content',
  detectionMissing:
    'Not declared: fill in doNoHarm.inappropriateIllegalContent.illegalContentDetection (and illegalContentDetectionMechanism) in dpg.yml',
  repoPolicy: 'Content policy in the repository: {{path}}',
  noCsam: '{{path}} does not mention child sexual abuse material (CSAM); the declared policy must cover it explicitly',
};
type Id = keyof typeof messages;
type Content = NonNullable<NonNullable<Declaration['doNoHarm']>['inappropriateIllegalContent']>;
const CSAM = phraseRegex(policy.csamPhrases);

export default defineCheck({
  meta: {
    id: 'inappropriate-content/content-policy-declared',
    indicator: '9b',
    level: 'required',
    title: 'A content policy and a process for illegal content are declared, where content is handled',
    rationale:
      'Solutions that collect, store or distribute content need policies identifying inappropriate and illegal content (explicitly child sexual abuse material) and processes to detect, moderate, report and remove it; only the owner can attest them.',
    remediation:
      'In dpg.yml declare doNoHarm.inappropriateIllegalContent.collectStoreDistribute; if Yes, publish a content policy (e.g. CONTENT_POLICY.md) that names CSAM explicitly and says how content is detected, moderated, reported and removed and how fast, link it in policyGuidelinesDocumentationLink, and set illegalContentDetection and illegalContentDetectionMechanism.',
    reads: globsOf('contentPolicy'),
    messages,
  },
  run: ({ repo, declaration }) => {
    const content = declaration?.doNoHarm?.inappropriateIllegalContent;
    const answer = content?.collectStoreDistribute;
    if (content === undefined || answer === undefined || answer === 'Unknown')
      return [{ outcome: 'needs-review', messageId: 'undeclared' }];
    if (answer === 'No') return [{ outcome: 'pass', messageId: 'noContent' }];
    const inRepo = repoPolicies(repo);
    // A content policy in the repository is the policy when dpg.yml links none.
    const judgeDeclared = hasText(content.policyGuidelinesDocumentationLink) || inRepo.length === 0;
    return [...(judgeDeclared ? [policyOf(content, repo)] : []), detectionOf(content), ...inRepo];
  },
});

function policyOf(content: Content, repo: RepoSnapshot): Finding<Id> {
  const link = content.policyGuidelinesDocumentationLink;
  if (!hasText(link)) return withoutPolicy(content);
  const url = firstUrl(link);
  const inRepo = repoLinkOf(url ?? link, repo);
  if (inRepo && existsInRepo(repo, inRepo))
    return { outcome: 'pass', messageId: 'policyInRepo', path: inRepo.path, data: { path: inRepo.path } };
  if (url === undefined) return { outcome: 'pass', messageId: 'policy', data: { link: clip(link.trim()) } };
  if (isPrivateDocument(url)) return { outcome: 'warn', messageId: 'privatePolicy', url, data: { url } };
  return { outcome: 'pass', messageId: 'policy', url, data: { link: clip(link.trim()) } };
}

/** No policy linked: a declared process, or an explained "No", is for the reviewer to weigh; nothing at all fails. */
function withoutPolicy(content: Content): Finding<Id> {
  const mechanism = content.illegalContentDetectionMechanism;
  if (content.illegalContentDetection === 'Yes' && explains(mechanism, 'contentHandling'))
    return { outcome: 'warn', messageId: 'processOnly', data: { mechanism: clip(mechanism.trim()) } };
  const explanation = content.illegalContentDetection === 'No' ? explanationOf(content) : undefined;
  if (explanation !== undefined) return { outcome: 'warn', messageId: 'explainedNoPolicy', data: { explanation } };
  return { outcome: 'fail', messageId: 'noPolicy' };
}

function detectionOf(content: Content): Finding<Id> {
  const answer = content.illegalContentDetection;
  if (answer === 'Yes') {
    const mechanism = hasText(content.illegalContentDetectionMechanism)
      ? clip(content.illegalContentDetectionMechanism.trim())
      : 'no mechanism described';
    return { outcome: 'pass', messageId: 'detection', data: { mechanism } };
  }
  const explanation = answer === 'No' ? explanationOf(content) : undefined;
  if (explanation !== undefined) return { outcome: 'warn', messageId: 'detectionExplained', data: { explanation } };
  if (answer === 'No' || answer === 'Unknown') return { outcome: 'fail', messageId: 'noDetection', data: { answer } };
  return { outcome: 'needs-review', messageId: 'detectionMissing' };
}

/** Why there is no detection, in the mechanism answer or in what the content is (`type`), clipped for display. */
function explanationOf(content: Content): string | undefined {
  const type = typeof content.type === 'string' ? content.type : (content.type ?? []).join('; ');
  const text = [content.illegalContentDetectionMechanism, type].find((t) => explains(t, 'contentHandling'));
  return text === undefined ? undefined : clip(text.trim());
}

/** Repository policies back the declaration; one that never names CSAM is flagged. Only their text is read. */
function repoPolicies(repo: RepoSnapshot): Finding<Id>[] {
  return pathsIn(repo, 'contentPolicy').flatMap((path): Finding<Id>[] => {
    const cited: Finding<Id> = { outcome: 'pass', messageId: 'repoPolicy', path, data: { path } };
    const text = repo.texts.get(path);
    if (text === undefined || CSAM.test(boundedLines(text).join('\n'))) return [cited];
    return [cited, { outcome: 'warn', messageId: 'noCsam', path, data: { path } }];
  });
}
