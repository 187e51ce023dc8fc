/**
 * Indicator 9a cross-check: "collects PII: Yes" is a claim that needs a published privacy or security
 * policy behind it. A PRIVACY*, TERMS* or SECURITY* document in the repository, or a policy link in the
 * declared privacy answers, backs it.
 */
import { defineCheck } from '../define.js';
import type { Finding } from '../../model/finding.js';
import { claimAt, declaredLinks } from '../../declarations/claims.js';
import { pathsIn } from '../../lib/paths.js';

const FIELD = 'doNoHarm.dataPrivacySecurity.collectsPII';
const POLICY_LINK_FIELDS = [
  'privacy.adherenceSteps[]',
  'doNoHarm.preventHarm.additionalInfoMechanismProcessesPolicies',
  'doNoHarm.dataPrivacySecurity.privacySecurityDescription',
];
const WEB_LINK = /^https?:\/\/\S+$/i;

const messages = {
  policy: '{{claim}} declares personal data is collected; {{path}} says how it is handled',
  linked: '{{claim}} declares personal data is collected; {{field}} links a policy: {{url}}',
  noPolicy: `{{claim}} declares ${FIELD}: Yes, but the repository has no privacy or security policy (PRIVACY*, TERMS*, SECURITY*) and dpg.yml links none`,
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
      'Publish PRIVACY.md (what personal data is collected, why, how long it is kept, who can see it) and SECURITY.md (how to report a vulnerability), or link the published policy in dpg.yml privacy.adherenceSteps.',
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
    const link = declaredLinks(declaration, POLICY_LINK_FIELDS).find((l) => WEB_LINK.test(l.value.trim()));
    if (link)
      return [
        {
          outcome: 'pass',
          messageId: 'linked',
          url: link.value.trim(),
          data: { claim, field: link.field, url: link.value.trim() },
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
