/**
 * The licenses an application declares (license[].spdx, licenseURL), weighed against what the
 * repository shows. Pure: license-is-approved turns the answers into findings.
 */
import type { Declaration } from '../../model/declaration.js';
import { judgeExpression } from '../dpga-policy.js';
import type { LicenseFacts } from './index.js';

const URL_IN_TEXT = /\bhttps?:\/\/[^\s)<>\]"']+/i;

/** Reviewers believe an identified, unaltered text over a declaration; anything less does not outweigh a rejected one. */
const TEXT_BEYOND_DOUBT = 0.9;

export interface RejectedClaim {
  readonly source: string;
  readonly declared: string;
  readonly reason: string;
  readonly path?: string;
  readonly line?: number;
}

/** The application lists a license per part (code, content): together they are the product's license. */
function declaredTogether(declaration: Declaration | undefined): string {
  const ids = (declaration?.license ?? []).map((l) => l.spdx.trim()).filter(Boolean);
  return ids.map((id) => (/\s/.test(id) ? `(${id})` : id)).join(' AND ');
}

function approvedBeyondDoubt(licenses: LicenseFacts, declaration: Declaration | undefined): boolean {
  return licenses.texts.some(
    ({ match, spdx }) =>
      !match.modified &&
      match.confidence >= TEXT_BEYOND_DOUBT &&
      judgeExpression(spdx, declaration?.type).status === 'approved',
  );
}

/**
 * The first declaration (the application's license[].spdx, then the manifests' license fields) naming a
 * license the DPGA rejects, unless a license text shows an approved license beyond doubt.
 */
export function rejectedClaim(licenses: LicenseFacts, declaration: Declaration | undefined): RejectedClaim | undefined {
  const together = declaredTogether(declaration);
  const fromAnswers = together === '' ? [] : [{ source: 'The application', declared: together }];
  const fromManifests = licenses.declared
    .filter((d) => d.method === 'manifest' && d.problem === undefined && d.expression !== null)
    .map((d) => ({ source: d.source, declared: d.expression ?? '', path: d.path, line: d.line }));
  const rejected = [...fromAnswers, ...fromManifests].flatMap((claim) => {
    const judged = claim.declared === '' ? undefined : judgeExpression(claim.declared, declaration?.type);
    return judged?.status === 'rejected' ? [{ ...claim, reason: judged.reason }] : [];
  });
  return rejected[0] && !approvedBeyondDoubt(licenses, declaration) ? rejected[0] : undefined;
}

export interface ContentLicensedElsewhere {
  readonly declared: string;
  readonly types: string;
  readonly url: string;
}

/**
 * A content or data collection checked on the repository of the code that serves it: the repository's
 * OSI license is the code's, and the licenses the application declares at a URL are the collection's.
 */
export function contentLicensedElsewhere(
  expression: string | null,
  declaration: Declaration | undefined,
): ContentLicensedElsewhere | undefined {
  const types = declaration?.type ?? [];
  if (types.length === 0 || types.includes('software') || expression === null) return undefined;
  if (judgeExpression(expression, ['software']).status !== 'approved') return undefined;
  const declared = declaredTogether(declaration);
  if (declared === '' || judgeExpression(declared, types).status !== 'approved') return undefined;
  const url = (declaration?.license ?? []).map((l) => URL_IN_TEXT.exec(l.licenseURL ?? '')?.[0]).find(Boolean);
  return url === undefined ? undefined : { declared, types: types.join(', '), url };
}
