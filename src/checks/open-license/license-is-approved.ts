import { defineCheck } from '../define.js';
import type { Finding } from '../../model/finding.js';
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
};

/** Each identified text is evidence; an altered one is a warning, as reviewers reject edited license texts. */
function textFindings(licenses: LicenseFacts): Finding<keyof typeof messages>[] {
  const texts = licenses.texts.map(({ path, match, spdx }): Finding<keyof typeof messages> => {
    const data = { path, spdx, line: match.line, kind: match.kind, confidence: match.confidence };
    return match.modified
      ? { outcome: 'warn', messageId: 'modified', path, line: match.line, data }
      : { outcome: 'pass', messageId: 'identified', path, line: match.line, data };
  });
  const why = licenses.reasoning.map((sentence): Finding<keyof typeof messages> => ({
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
  run: ({ facts }) => {
    const { expression, judgement, unidentified } = facts.licenses;
    const unknownFiles: Finding<keyof typeof messages>[] = unidentified.map((path) => ({
      outcome: 'warn',
      messageId: 'unidentified',
      path,
      data: { path },
    }));
    if (expression === null || judgement === null) {
      return unknownFiles.length > 0
        ? unknownFiles.map((f) => ({ ...f, outcome: 'fail' }))
        : [{ outcome: 'fail', messageId: 'none' }];
    }
    const data = { expression, reason: judgement.reason };
    const verdict: Finding<keyof typeof messages> =
      judgement.status === 'approved'
        ? { outcome: 'pass', messageId: 'approved', data }
        : judgement.status === 'needs-confirmation'
          ? { outcome: 'warn', messageId: 'confirm', data }
          : judgement.status === 'rejected'
            ? { outcome: 'fail', messageId: 'rejected', data }
            : { outcome: 'fail', messageId: 'unknown', data };
    const evidencePath = facts.licenses.detected[0]?.path;
    return [
      evidencePath ? { ...verdict, path: evidencePath } : verdict,
      ...textFindings(facts.licenses),
      ...unknownFiles,
    ];
  },
});
