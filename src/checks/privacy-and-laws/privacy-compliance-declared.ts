import { defineCheck } from '../define.js';
import type { Declaration } from '../../model/declaration.js';
import type { Finding } from '../../model/finding.js';
import type { RepoSnapshot } from '../../model/snapshot.js';
import { pathsIn } from '../../lib/paths.js';
import { clip } from '../../lib/text.js';
import { entries, firstUrl } from '../shared/policy-documents.js';
import { declaredPolicyLinks } from '../shared/policy-links.js';

const messages = {
  missing: 'Not declared: fill in {{fields}} in dpg.yml (only the owner can attest compliance with privacy law)',
  law: 'dpg.yml declares compliance with {{law}}',
  step: 'dpg.yml adherence step: {{step}}',
  noLaws:
    'dpg.yml declares privacy.isPrivacyCompliant: Yes but names no law: list them in privacy.privacyComplianceList',
  notCompliant:
    'dpg.yml declares privacy.isPrivacyCompliant: No; the Standard requires compliance with applicable privacy and other laws',
  piiNoPolicy:
    'dpg.yml declares doNoHarm.dataPrivacySecurity.collectsPII: Yes, but no privacy policy is in sight: no PRIVACY* file in the repository, and no policy link in privacy.adherenceSteps or the privacy and security description',
  selfHosted:
    'For self-hosted software the implementer who deploys it carries much of the legal obligation; the owner attests the design',
};
type Id = keyof typeof messages;
const FIELDS = ['isPrivacyCompliant', 'privacyComplianceList', 'adherenceSteps'] as const;

export default defineCheck({
  meta: {
    id: 'privacy-and-laws/privacy-compliance-declared',
    indicator: '7',
    level: 'required',
    title: 'Compliance with privacy and applicable laws is declared, with the laws and evidence',
    rationale:
      'Indicator 7 can only be attested by someone who speaks for the project: the DPGA asks which privacy and other laws apply and for links (privacy policy, terms) showing adherence.',
    remediation:
      'In dpg.yml set privacy.isPrivacyCompliant, list the applicable laws in privacy.privacyComplianceList (e.g. GDPR, a national data protection act) and link the privacy policy or terms of service in privacy.adherenceSteps; see https://unctad.org/page/data-protection-and-privacy-legislation-worldwide.',
    reads: [],
    messages,
  },
  run: ({ repo, declaration }) => {
    const privacy = declaration?.privacy;
    const answer = privacy?.isPrivacyCompliant;
    if (answer === undefined || answer === 'Unknown') {
      const fields = FIELDS.filter((f) => f === 'isPrivacyCompliant' || privacy?.[f] === undefined);
      return [
        {
          outcome: 'needs-review',
          messageId: 'missing',
          data: { fields: fields.map((f) => `privacy.${f}`).join(', ') },
        },
      ];
    }
    const note: Finding<Id> = { outcome: 'not-applicable', messageId: 'selfHosted' };
    if (answer === 'No') return [{ outcome: 'fail', messageId: 'notCompliant' }, note];
    return [...declared(privacy), ...piiPolicy(repo, declaration), note];
  },
});

function declared(privacy: Declaration['privacy']): Finding<Id>[] {
  const laws = entries(privacy?.privacyComplianceList);
  const steps = entries(privacy?.adherenceSteps).map((step): Finding<Id> => {
    const finding: Finding<Id> = { outcome: 'pass', messageId: 'step', data: { step: clip(step) } };
    const url = firstUrl(step);
    return url === undefined ? finding : { ...finding, url };
  });
  if (laws.length === 0) return [{ outcome: 'warn', messageId: 'noLaws' }, ...steps];
  return [
    ...laws.map((law): Finding<Id> => ({ outcome: 'pass', messageId: 'law', data: { law: clip(law) } })),
    ...steps,
  ];
}

function piiPolicy(repo: RepoSnapshot, declaration: Declaration | undefined): Finding<Id>[] {
  if (declaration?.doNoHarm?.dataPrivacySecurity?.collectsPII !== 'Yes') return [];
  if (pathsIn(repo, 'privacy').length > 0) return [];
  // The same links 9a takes as the policy (pii-claim-backed): one inside a sentence counts, a template's does not.
  if (declaredPolicyLinks(declaration, repo).length > 0) return [];
  return [{ outcome: 'warn', messageId: 'piiNoPolicy' }];
}
