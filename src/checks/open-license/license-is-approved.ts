import { defineCheck } from '../define.js';
import type { Finding } from '../../model/finding.js';
import type { Declaration } from '../../model/declaration.js';
import { judgeExpression } from '../../licenses/dpga-policy.js';
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
};
type Id = keyof typeof messages;

/** Reviewers believe an identified, unaltered text over a declaration; anything less does not outweigh a rejected one. */
const TEXT_BEYOND_DOUBT = 0.9;

interface RejectedClaim {
  readonly source: string;
  readonly declared: string;
  readonly reason: string;
  readonly path?: string;
  readonly line?: number;
}

/** The application's license[].spdx and the manifests' license fields that name a license the DPGA rejects. */
function rejectedClaims(licenses: LicenseFacts, declaration: Declaration | undefined): RejectedClaim[] {
  const types = declaration?.type;
  // The application lists a license per part (code, content): together they are the product's license.
  const ids = (declaration?.license ?? []).map((l) => l.spdx.trim()).filter(Boolean);
  const together = ids.map((id) => (/\s/.test(id) ? `(${id})` : id)).join(' AND ');
  const fromAnswers = together === '' ? [] : [{ source: 'The application', declared: together }];
  const fromManifests = licenses.declared
    .filter((d) => d.method === 'manifest' && d.problem === undefined && d.expression !== null)
    .map((d) => ({ source: d.source, declared: d.expression ?? '', path: d.path, line: d.line }));
  return [...fromAnswers, ...fromManifests].flatMap((claim) => {
    if (claim.declared === '') return [];
    const judged = judgeExpression(claim.declared, types);
    return judged.status === 'rejected' ? [{ ...claim, reason: judged.reason }] : [];
  });
}

function approvedBeyondDoubt(licenses: LicenseFacts, declaration: Declaration | undefined): boolean {
  return licenses.texts.some(
    ({ match, spdx }) =>
      !match.modified &&
      match.confidence >= TEXT_BEYOND_DOUBT &&
      judgeExpression(spdx, declaration?.type).status === 'approved',
  );
}

/** A declared license on the rejected list stands unless a license text proves an approved one. */
function declaredRejection(licenses: LicenseFacts, declaration: Declaration | undefined): Finding<Id> | undefined {
  const [claim] = rejectedClaims(licenses, declaration);
  if (!claim || approvedBeyondDoubt(licenses, declaration)) return undefined;
  const at = claim.path === undefined ? {} : { path: claim.path, line: claim.line };
  const data = { source: claim.source, declared: claim.declared, reason: claim.reason };
  return { outcome: 'fail', messageId: 'declaredRejected', ...at, data };
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
    const data = { expression, reason: judgement.reason };
    const verdict: Finding<Id> =
      judgement.status === 'approved'
        ? { outcome: 'pass', messageId: 'approved', data }
        : judgement.status === 'needs-confirmation'
          ? { outcome: 'warn', messageId: 'confirm', data }
          : judgement.status === 'rejected'
            ? { outcome: 'fail', messageId: 'rejected', data }
            : { outcome: 'fail', messageId: 'unknown', data };
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
