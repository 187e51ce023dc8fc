/**
 * Indicator 9a cross-check: "collects PII: Yes" is a claim that needs a published privacy or security policy behind
 * it. A PRIVACY*, TERMS* or SECURITY* document in the repository, or a policy link in the declared privacy answers,
 * backs it. Without either, protection measures described in the answers only warn: the form asks for the measures,
 * and reviewers have accepted a description where no policy was linked.
 */
import { defineCheck } from '../define.js';
import type { Declaration, DeclaredAnswers } from '../../model/declaration.js';
import type { Finding } from '../../model/finding.js';
import { claimAt } from '../../declarations/claims.js';
import { pathsIn } from '../../lib/paths.js';
import { clip } from '../../lib/text.js';
import { explains } from '../shared/policy-documents.js';
import { declaredPolicyLinks, type PolicyLink } from '../shared/policy-links.js';

const FIELD = 'doNoHarm.dataPrivacySecurity.collectsPII';
const DESCRIPTION = 'doNoHarm.dataPrivacySecurity.privacySecurityDescription';

const messages = {
  policy: '{{claim}} declares personal data is collected; {{path}} says how it is handled',
  linked:
    '{{claim}} declares personal data is collected; {{field}} links a policy: {{url}} (declared, not verified offline)',
  privateDocument:
    '{{claim}} declares personal data is collected; {{field}} links the policy as a Google Docs/Drive document: {{url}} (declared, not verified offline). The DPGA does not take Drive documents as evidence: publish the policy on the product website or in the repository',
  described:
    '{{claim}} declares personal data is collected and {{field}} describes how it is protected, but no published policy is linked; reviewers may ask for one. Described: {{description}}',
  noPolicy: `{{claim}} declares ${FIELD}: Yes, but the repository has no privacy or security policy (PRIVACY*, TERMS*, SECURITY*), and dpg.yml neither links one nor describes how personal data is protected`,
  notClaimed: `dpg.yml does not declare ${FIELD}: Yes; nothing to back`,
};
type Id = keyof typeof messages;

export default defineCheck({
  meta: {
    id: 'data-privacy-security/pii-claim-backed',
    indicator: '9a',
    level: 'required',
    title: 'A product declared to collect personal data publishes a privacy or security policy',
    rationale:
      'A product that collects personally identifiable information must show how it protects it; reviewers look for a privacy policy or security policy they can read, not only the answer in the form.',
    remediation:
      'Publish PRIVACY.md (what personal data is collected, why, how long it is kept, who can see it) and SECURITY.md (how to report a vulnerability), or link the policy published on the product website in dpg.yml privacy.adherenceSteps (not a Google Docs/Drive document).',
    reads: [],
    messages,
  },
  run: ({ repo, declaration, declared }) => {
    if (declaration?.doNoHarm?.dataPrivacySecurity?.collectsPII !== 'Yes')
      return [{ outcome: 'not-applicable', messageId: 'notClaimed' }];
    const at = claimAt(declared, FIELD);
    const claim = at ? `${at.path}:${at.line}` : (declared?.path ?? 'dpg.yml');
    const documents = [
      ...new Set([...pathsIn(repo, 'privacy'), ...pathsIn(repo, 'terms'), ...pathsIn(repo, 'security')]),
    ];
    const found: Finding<Id>[] = documents.map((path) => ({
      outcome: 'pass',
      messageId: 'policy',
      path,
      data: { claim, path },
    }));
    if (found.length > 0) return found;
    const [link] = declaredPolicyLinks(declaration, repo);
    if (link) return [{ ...citing(declared, link.field), ...linked(link, claim) }];
    const described = describedMeasures(declaration);
    if (described)
      return [
        {
          outcome: 'warn',
          messageId: 'described',
          ...citing(declared, described.field),
          data: { claim, ...described },
        },
      ];
    return [
      {
        outcome: 'fail',
        messageId: 'noPolicy',
        ...(at ? { path: at.path, line: at.line } : {}),
        data: { claim: at?.path ?? claim },
      },
    ];
  },
});

/** Where a declared answer is written, so the evidence points at the answer a reviewer reads. */
function citing(declared: DeclaredAnswers | undefined, field: string): { path?: string; line?: number } {
  const at = claimAt(declared, field);
  return at ? { path: at.path, line: at.line } : {};
}

function linked(link: PolicyLink, claim: string): Finding<Id> {
  if (link.path !== undefined)
    return { outcome: 'pass', messageId: 'policy', path: link.path, data: { claim, path: link.path } };
  const data = { claim, field: link.field, url: link.url };
  return link.privateHost
    ? { outcome: 'warn', messageId: 'privateDocument', url: link.url, data }
    : { outcome: 'pass', messageId: 'linked', url: link.url, data };
}

/** Measures described in a sentence or more, where the owner also attests that privacy and security are ensured. */
function describedMeasures(declaration: Declaration | undefined): { field: string; description: string } | undefined {
  const pii = declaration?.doNoHarm?.dataPrivacySecurity;
  if (pii?.ensurePrivacySecurity !== 'Yes') return undefined;
  if (explains(pii.privacySecurityDescription, 'privacyMeasures'))
    return { field: DESCRIPTION, description: clip(pii.privacySecurityDescription.trim()) };
  const index = (declaration?.privacy?.adherenceSteps ?? []).findIndex((step) => explains(step, 'privacyMeasures'));
  const step = declaration?.privacy?.adherenceSteps?.[index];
  return step === undefined ? undefined : { field: `privacy.adherenceSteps[${index}]`, description: clip(step.trim()) };
}
