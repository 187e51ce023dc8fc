/**
 * Indicator 9b: if the product collects, stores or distributes content, the owner must declare a content policy
 * (naming child sexual abuse material explicitly) and a process to detect, moderate, report and remove illegal content.
 */
import { defineCheck } from '../define.js';
import type { Declaration } from '../../model/declaration.js';
import type { Finding } from '../../model/finding.js';
import type { RepoSnapshot } from '../../model/snapshot.js';
import { globsOf, pathsIn } from '../../lib/paths.js';
import { clip } from '../../lib/text.js';
import policy from '../../data/policy-texts.json' with { type: 'json' };
import { boundedLines, firstUrl, hasText, phraseRegex } from '../shared/policy-documents.js';

const messages = {
  undeclared:
    'Not declared: fill in doNoHarm.inappropriateIllegalContent.collectStoreDistribute in dpg.yml (Yes or No)',
  noContent: 'dpg.yml declares doNoHarm.inappropriateIllegalContent.collectStoreDistribute: No',
  policy: 'dpg.yml links the content policy: {{link}}',
  noPolicy:
    'dpg.yml declares content is collected, stored or distributed but doNoHarm.inappropriateIllegalContent.policyGuidelinesDocumentationLink is empty: a policy must name inappropriate and illegal content, child sexual abuse material (CSAM) explicitly',
  detection: 'dpg.yml declares illegal content is detected: {{mechanism}}',
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
    return [policyOf(content), detectionOf(content), ...repoPolicies(repo)];
  },
});

function policyOf(content: Content): Finding<Id> {
  const link = content.policyGuidelinesDocumentationLink;
  if (!hasText(link)) return { outcome: 'fail', messageId: 'noPolicy' };
  const url = firstUrl(link);
  const finding: Finding<Id> = { outcome: 'pass', messageId: 'policy', data: { link: clip(link.trim()) } };
  return url === undefined ? finding : { ...finding, url };
}

function detectionOf(content: Content): Finding<Id> {
  const answer = content.illegalContentDetection;
  if (answer === 'Yes') {
    const mechanism = hasText(content.illegalContentDetectionMechanism)
      ? clip(content.illegalContentDetectionMechanism.trim())
      : 'no mechanism described';
    return { outcome: 'pass', messageId: 'detection', data: { mechanism } };
  }
  if (answer === 'No' || answer === 'Unknown') return { outcome: 'fail', messageId: 'noDetection', data: { answer } };
  return { outcome: 'needs-review', messageId: 'detectionMissing' };
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
