/**
 * Indicator 9c: if users or contributors interact, the owner must declare how they are protected from grief, abuse
 * and harassment and how underage users are kept safe; a code of conduct or reporting process in the repository backs it.
 */
import { defineCheck } from '../define.js';
import type { Declaration, DeclaredAnswers } from '../../model/declaration.js';
import type { Finding } from '../../model/finding.js';
import type { RepoSnapshot } from '../../model/snapshot.js';
import { pathsIn } from '../../lib/paths.js';
import { clip } from '../../lib/text.js';
import { claimAt } from '../../declarations/claims.js';
import { entries, explains } from '../shared/policy-documents.js';

const FIELD = 'doNoHarm.protectionFromHarassment';
const messages = {
  undeclared: `Not declared: fill in ${FIELD}.userInteraction in dpg.yml (Yes or No)`,
  noInteraction: `dpg.yml declares ${FIELD}.userInteraction: No`,
  protected: 'dpg.yml declares protection from grief, abuse and harassment: {{steps}}',
  unprotected: `dpg.yml declares users interact but ${FIELD}.griefAbuseHarassmentProtection: {{answer}}; the Standard requires a way for them to protect themselves from grief, abuse and harassment`,
  unprotectedExplained: `dpg.yml declares users interact and ${FIELD}.griefAbuseHarassmentProtection: No, explaining: {{steps}}; confirm that users are protected another way (a closed user base, the deploying organisation's own policies)`,
  protectionMissing: 'Not declared: fill in {{fields}} in dpg.yml to say how interacting users are protected',
  underage: `dpg.yml answers ${FIELD}.addressSafetySecurityUnderageUsers: {{answer}}`,
  underageMissing: `Not declared: fill in ${FIELD}.addressSafetySecurityUnderageUsers (and stepsAddressRiskPreventSafetyUnderageUsers) in dpg.yml`,
  repoProcess: 'Code of conduct or reporting process in the repository: {{path}}',
  noRepoProcess: `dpg.yml declares ${FIELD}.userInteraction: Yes, but the repository has no code of conduct or reporting process (CODE_OF_CONDUCT*, CONTENT_POLICY*, COMMUNITY_GUIDELINES*)`,
};
type Id = keyof typeof messages;
type Harassment = NonNullable<NonNullable<Declaration['doNoHarm']>['protectionFromHarassment']>;

export default defineCheck({
  meta: {
    id: 'harassment-protection/interaction-protection-declared',
    indicator: '9c',
    level: 'required',
    title: 'Protection from harassment and for underage users is declared, where users interact',
    rationale:
      'If users or contributors interact, the Standard requires a way for them to protect themselves from grief, abuse and harassment and systems addressing the safety of underage users; only the owner can attest the product layer.',
    remediation: `In dpg.yml declare ${FIELD}.userInteraction; if Yes, set griefAbuseHarassmentProtection and list harassmentProtectionSteps (code of conduct, block/report/mute, moderation), answer addressSafetySecurityUnderageUsers with its steps, and publish a CODE_OF_CONDUCT.md with a reporting contact.`,
    reads: [],
    messages,
  },
  run: ({ repo, declaration, declared }) => {
    const harassment = declaration?.doNoHarm?.protectionFromHarassment;
    const answer = harassment?.userInteraction;
    if (harassment === undefined || answer === undefined || answer === 'Unknown')
      return [{ outcome: 'needs-review', messageId: 'undeclared' }];
    if (answer === 'No') return [{ outcome: 'pass', messageId: 'noInteraction' }];
    return [protection(harassment), underage(harassment), repoProcess(repo, declared)];
  },
});

function protection(harassment: Harassment): Finding<Id> {
  const answer = harassment.griefAbuseHarassmentProtection;
  const steps = entries(harassment.harassmentProtectionSteps);
  // The product layer is declared (9c): a No the owner explains is for the reviewer to weigh, not a rejection.
  if (answer === 'No' && explains(steps.join(' '), 'harassmentProtection'))
    return { outcome: 'warn', messageId: 'unprotectedExplained', data: { steps: clip(steps.join('; ')) } };
  if (answer === 'No' || answer === 'Unknown') return { outcome: 'fail', messageId: 'unprotected', data: { answer } };
  const missing = [
    ...(answer === 'Yes' ? [] : ['griefAbuseHarassmentProtection']),
    ...(steps.length > 0 ? [] : ['harassmentProtectionSteps']),
  ].map((f) => `${FIELD}.${f}`);
  if (missing.length > 0)
    return { outcome: 'needs-review', messageId: 'protectionMissing', data: { fields: missing.join(', ') } };
  return { outcome: 'pass', messageId: 'protected', data: { steps: clip(steps.join('; ')) } };
}

function underage(harassment: Harassment): Finding<Id> {
  const answer = harassment.addressSafetySecurityUnderageUsers;
  return answer === 'Yes' || answer === 'No'
    ? { outcome: 'pass', messageId: 'underage', data: { answer } }
    : { outcome: 'needs-review', messageId: 'underageMissing' };
}

/** The claim's own line is cited when nothing in the repository backs it (cross-check: claim vs evidence). */
function repoProcess(repo: RepoSnapshot, declared: DeclaredAnswers | undefined): Finding<Id> {
  const path = [...pathsIn(repo, 'codeOfConduct'), ...pathsIn(repo, 'contentPolicy')][0];
  const claim = claimAt(declared, `${FIELD}.userInteraction`);
  return path === undefined
    ? { outcome: 'warn', messageId: 'noRepoProcess', ...(claim ? { path: claim.path, line: claim.line } : {}) }
    : { outcome: 'pass', messageId: 'repoProcess', path, data: { path } };
}
