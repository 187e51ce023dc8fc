import { defineCheck } from '../define.js';
import type { Finding } from '../../model/finding.js';
import type { Declaration } from '../../model/declaration.js';
import type { LicenseJudgement } from '../../licenses/dpga-policy.js';
import {
  contentLicensedElsewhere,
  rejectedClaim,
  type ContentLicensedElsewhere,
} from '../../licenses/project/application.js';
import type { LicenseFacts } from '../../licenses/project/index.js';

const messages = {
  approved: 'License {{expression}} is approved by the DPGA ({{reason}})',
  confirm: 'License {{expression}}: {{reason}}',
  rejected: 'License {{expression}} is not accepted: {{reason}}',
  unknown: 'License {{expression}} is {{reason}}',
  unidentified: 'Could not identify the license in {{path}}: it may be modified or non-standard',
  modified:
    'Differs from the standard {{spdx}} text (similarity {{confidence}}): reviewers reject altered license texts',
  identified: 'Holds {{spdx}} ({{kind}}, confidence {{confidence}})',
  reasoning: '{{sentence}}',
  none: 'No license found in license files, manifests or host metadata',
  declaredRejected:
    '{{source}} declares {{declared}}, which is not accepted ({{reason}}), and no license text shows an approved license beyond doubt',
  contentElsewhere:
    'License {{expression}} covers the code that serves the {{types}}; the application licenses the {{types}} under {{declared}} at {{url}} (declared, not verified offline)',
};
type Id = keyof typeof messages;

/** A declared license on the rejected list stands unless a license text proves an approved one. */
function declaredRejection(licenses: LicenseFacts, declaration: Declaration | undefined): Finding<Id> | undefined {
  const claim = rejectedClaim(licenses, declaration);
  if (!claim) return undefined;
  const at = claim.path === undefined ? {} : { path: claim.path, line: claim.line };
  const data = { source: claim.source, declared: claim.declared, reason: claim.reason };
  return { outcome: 'fail', messageId: 'declaredRejected', ...at, data };
}

/** The policy's judgement; a collection whose code only the repository licenses warns instead of failing. */
function verdictOf(
  expression: string,
  judgement: LicenseJudgement,
  elsewhere: ContentLicensedElsewhere | undefined,
): Finding<Id> {
  const data = { expression, reason: judgement.reason };
  if (judgement.status === 'approved') return { outcome: 'pass', messageId: 'approved', data };
  if (elsewhere) return { outcome: 'warn', messageId: 'contentElsewhere', data: { expression, ...elsewhere } };
  if (judgement.status === 'needs-confirmation') return { outcome: 'warn', messageId: 'confirm', data };
  return judgement.status === 'rejected'
    ? { outcome: 'fail', messageId: 'rejected', data }
    : { outcome: 'fail', messageId: 'unknown', data };
}

/** Each identified text is evidence; an altered one is a warning, as reviewers reject edited license texts. */
function textFindings(licenses: LicenseFacts): Finding<Id>[] {
  const texts = licenses.texts.map(({ path, match, spdx }): Finding<Id> => {
    const data = { path, spdx, line: match.line, kind: match.kind, confidence: match.confidence };
    return match.modified
      ? { outcome: 'warn', messageId: 'modified', path, line: match.line, data }
      : { outcome: 'pass', messageId: 'identified', path, line: match.line, data };
  });
  const why = licenses.reasoning.map((sentence): Finding<Id> => ({
    outcome: 'pass',
    messageId: 'reasoning',
    data: { sentence },
  }));
  return [...texts, ...why];
}

export default defineCheck({
  meta: {
    id: 'open-license/license-is-approved',
    indicator: '2',
    level: 'required',
    title: 'The license is on the DPGA list of approved open licenses',
    rationale:
      'The DPGA accepts only OSI-approved licenses for software, Creative Commons (no ND) for content and Open Definition licenses for data; anything else makes the product ineligible.',
    remediation:
      'License the whole product under an approved open license: OSI-approved for software, CC-BY/CC-BY-SA/CC0 for content, ODbL/ODC-By/PDDL/CC-BY-4.0 for data; use the unmodified license text so it can be identified.',
    reads: [],
    messages,
  },
  run: ({ facts, declaration }) => {
    const { expression, judgement, unidentified } = facts.licenses;
    const unknownFiles: Finding<Id>[] = unidentified.map((path) => ({
      outcome: 'warn',
      messageId: 'unidentified',
      path,
      data: { path },
    }));
    if (expression === null || judgement === null) {
      const missing: Finding<Id>[] =
        unknownFiles.length > 0
          ? unknownFiles.map((f) => ({ ...f, outcome: 'fail' }))
          : [{ outcome: 'fail', messageId: 'none' }];
      return missing;
    }
    const verdict = verdictOf(expression, judgement, contentLicensedElsewhere(expression, declaration));
    const evidencePath = facts.licenses.detected[0]?.path;
    const rejection = verdict.outcome === 'fail' ? undefined : declaredRejection(facts.licenses, declaration);
    return [
      evidencePath ? { ...verdict, path: evidencePath } : verdict,
      ...(rejection ? [rejection] : []),
      ...textFindings(facts.licenses),
      ...unknownFiles,
    ];
  },
});
