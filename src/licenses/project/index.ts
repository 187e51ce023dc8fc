/**
 * Works out, once per run, which licenses a repository declares and whether the DPGA accepts them:
 * license texts (src/licenses/text), declarations in manifests, README, headers and REUSE files
 * (src/licenses/declared), and the host's claim. Several checks and the report's `licenses` block read it.
 */
import { DECLARED_LICENSE_READS, declaredLicenses, type DeclaredLicense } from '../declared/index.js';
import { SITE_PAGE_READS, sitePageDeclarations } from '../declared/site-pages.js';
import { judgeExpression, type LicenseJudgement } from '../dpga-policy.js';
import { familiesIn, familyOf } from '../ids.js';
import { identifyLicenseTexts } from '../text/index.js';
import type { Declaration } from '../../model/declaration.js';
import type { DetectedLicense, LicenseMethod, LicenseSummary } from '../../model/report.js';
import type { RepoSnapshot } from '../../model/snapshot.js';
import { globsOf, pathsIn } from '../../lib/paths.js';
import { contentLicensedElsewhere } from './application.js';
import { decideExpression, type TextEvidence } from './expression.js';
import { settleVersionChoice } from './gnu-version.js';
import { splitBundled } from './bundled-parts.js';

export type { TextEvidence } from './expression.js';

export interface LicenseConflict {
  readonly text: TextEvidence;
  readonly declared: DeclaredLicense;
}

export interface LicenseFacts extends LicenseSummary {
  /** License files found by name (LICENSE, COPYING, LICENSES/…). */
  readonly files: readonly string[];
  /** License files whose text could not be identified. */
  readonly unidentified: readonly string[];
  readonly texts: readonly TextEvidence[];
  readonly declared: readonly DeclaredLicense[];
  /** Declarations (manifest, README) naming no license family that the license texts hold. */
  readonly conflicts: readonly LicenseConflict[];
  /** How the expression was decided, one sentence per step. */
  readonly reasoning: readonly string[];
  /** The policy decision for `expression` (null when nothing was found). */
  readonly judgement: LicenseJudgement | null;
}

export const LICENSE_FACT_READS: readonly string[] = [
  ...new Set([...globsOf('license'), ...DECLARED_LICENSE_READS, ...SITE_PAGE_READS]),
];

const NO_HOST_VALUES = new Set(['NOASSERTION', 'NONE', 'OTHER']);
const HOST_CONFIDENCE = 0.8;
const DECLARED_CONFIDENCE: Record<DeclaredLicense['method'], number> = {
  manifest: 0.85,
  readme: 0.7,
  reuse: 0.9,
  header: 0.75,
};

export function licenseFacts(repo: RepoSnapshot, declaration: Declaration | undefined): LicenseFacts {
  const files = pathsIn(repo, 'license');
  const named = declaredLicenses(repo);
  const { texts, reasoning: versionReasoning } = settleVersionChoice(identifyAll(repo, files), named);
  const declared = withSitePages(repo, named, texts);
  const unidentified = files.filter((p) => repo.texts.has(p) && !texts.some((t) => t.path === p));
  const host = hostClaim(repo);
  const { own, bundled } = splitBundled(texts, (path) => repo.texts.get(path));
  const decision = decideExpression(own, declared, host);
  const bundledReasoning = bundled.map(
    (t) => `${t.path}:${t.match.line} holds ${t.spdx} for bundled third-party code: not part of the project's license`,
  );
  const judgement = decision.expression === null ? null : judgeExpression(decision.expression, declaration?.type);
  return {
    expression: decision.expression,
    // A collection served by OSI-licensed code, its own licenses declared at a URL, is not rejected outright.
    approved:
      judgement?.status === 'approved' || contentLicensedElsewhere(decision.expression, declaration) !== undefined,
    detected: [
      ...texts.map(asDetectedText),
      ...declared.flatMap(asDetectedDeclared),
      ...(host ? [hostDetected(host)] : []),
    ],
    files,
    unidentified,
    texts,
    declared,
    conflicts: findConflicts(texts, declared),
    reasoning: [...versionReasoning, ...bundledReasoning, ...decision.reasoning],
    judgement,
  };
}

/**
 * A documentation site's "licensed under <CC deed link>" speaks for a content collection that has no
 * license file and no other declaration; beside a license text it would only be a second opinion.
 */
function withSitePages(
  repo: RepoSnapshot,
  named: DeclaredLicense[],
  texts: readonly TextEvidence[],
): DeclaredLicense[] {
  if (texts.length > 0 || named.some((d) => d.expression !== null && d.problem === undefined)) return named;
  return [...named, ...sitePageDeclarations(repo)];
}

function identifyAll(
  repo: RepoSnapshot,
  files: readonly string[],
): { path: string; match: ReturnType<typeof identifyLicenseTexts>[number] }[] {
  return files.flatMap((path) => {
    const text = repo.texts.get(path);
    return text === undefined ? [] : identifyLicenseTexts(text).map((match) => ({ path, match }));
  });
}

function hostClaim(repo: RepoSnapshot): string | undefined {
  const claim = repo.meta.licenseSpdx;
  return claim && !NO_HOST_VALUES.has(claim.toUpperCase()) ? claim : undefined;
}

function asDetectedText(t: TextEvidence): DetectedLicense {
  const method: LicenseMethod = t.match.kind === 'tag' ? 'header' : 'text';
  return { spdx: t.spdx, path: t.path, confidence: t.match.confidence, method };
}

function asDetectedDeclared(d: DeclaredLicense): DetectedLicense[] {
  if (d.expression === null) return [];
  const method: LicenseMethod = d.method === 'reuse' ? 'header' : d.method;
  return [{ spdx: d.expression, path: d.path, confidence: DECLARED_CONFIDENCE[d.method], method }];
}

function hostDetected(spdx: string): DetectedLicense {
  return { spdx, path: null, confidence: HOST_CONFIDENCE, method: 'host' };
}

/** A manifest or README that names none of the families the license texts hold contradicts them. */
function findConflicts(texts: readonly TextEvidence[], declared: readonly DeclaredLicense[]): LicenseConflict[] {
  const first = texts[0];
  if (!first) return [];
  const textFamilies = new Set(texts.map((t) => familyOf(t.spdx)));
  return declared
    .filter((d) => (d.method === 'manifest' || d.method === 'readme') && d.expression !== null)
    .filter((d) => ![...familiesIn(d.expression ?? '')].some((f) => textFamilies.has(f)))
    .map((d) => ({ text: first, declared: d }));
}
