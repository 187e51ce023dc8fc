/**
 * Works out, once per run, which licenses a repository declares and whether the DPGA accepts them.
 * Several checks and the report's `licenses` block read the result.
 */
import type { Declaration } from '../model/declaration.js';
import type { DetectedLicense, LicenseSummary } from '../model/report.js';
import type { RepoSnapshot } from '../model/snapshot.js';
import { judgeExpression, type LicenseJudgement } from '../policy/licenses.js';
import { globsOf, pathsIn } from '../lib/paths.js';
import { identifyLicenseText } from './license-text.js';
import { MANIFEST_READERS, manifestLicenses, type ManifestLicense } from './license-manifests.js';

export interface LicenseConflict {
  readonly text: DetectedLicense;
  readonly manifest: ManifestLicense;
}

export interface LicenseFacts extends LicenseSummary {
  /** License files found by name (LICENSE, COPYING, LICENSES/…). */
  readonly files: readonly string[];
  /** License files whose text the matcher could not identify. */
  readonly unidentified: readonly string[];
  readonly manifests: readonly ManifestLicense[];
  readonly conflicts: readonly LicenseConflict[];
  /** The policy decision for `expression` (null when nothing was found). */
  readonly judgement: LicenseJudgement | null;
}

export const LICENSE_FACT_READS: readonly string[] = [...globsOf('license'), ...Object.keys(MANIFEST_READERS)];

const HOST_CONFIDENCE = 0.8;
const MANIFEST_CONFIDENCE = 0.85;
const NO_HOST_VALUES = new Set(['NOASSERTION', 'NONE', 'OTHER']);

export function licenseFacts(repo: RepoSnapshot, declaration: Declaration | undefined): LicenseFacts {
  const files = pathsIn(repo, 'license');
  const fromText = files.flatMap((path) => detectInFile(repo, path));
  const unidentified = files.filter((p) => repo.texts.has(p) && !fromText.some((d) => d.path === p));
  const manifests = manifestLicenses(repo.texts);
  const detected = [...fromText, ...manifests.map(asDetected), ...hostClaim(repo)];
  const expression = combine(fromText, files, manifests, detected);
  const judgement = expression === null ? null : judgeExpression(expression, declaration?.type);
  return {
    expression,
    approved: judgement?.status === 'approved',
    detected,
    files,
    unidentified,
    manifests,
    conflicts: findConflicts(fromText, manifests),
    judgement,
  };
}

function detectInFile(repo: RepoSnapshot, path: string): DetectedLicense[] {
  const text = repo.texts.get(path);
  const match = text === undefined ? undefined : identifyLicenseText(text);
  return match ? [{ spdx: match.spdx, path, confidence: match.confidence, method: match.method }] : [];
}

function asDetected(m: ManifestLicense): DetectedLicense {
  return { spdx: m.expression, path: m.path, confidence: MANIFEST_CONFIDENCE, method: 'manifest' };
}

function hostClaim(repo: RepoSnapshot): DetectedLicense[] {
  const claim = repo.meta.licenseSpdx;
  if (!claim || NO_HOST_VALUES.has(claim.toUpperCase())) return [];
  return [{ spdx: claim, path: null, confidence: HOST_CONFIDENCE, method: 'host' }];
}

/**
 * License texts win over manifests; LICENSE-MIT + LICENSE-APACHE style pairs are the
 * usual "choose either" dual license, other combinations are all in force together.
 */
function combine(
  fromText: readonly DetectedLicense[], files: readonly string[],
  manifests: readonly ManifestLicense[], detected: readonly DetectedLicense[],
): string | null {
  const ids = [...new Set(fromText.map((d) => d.spdx))];
  if (ids.length === 1) return ids[0] ?? null;
  if (ids.length > 1) {
    const dualPair = files.every((f) => /^licen[cs]e-/i.test(f));
    return ids.map((id) => (id.includes(' ') ? `(${id})` : id)).join(dualPair ? ' OR ' : ' AND ');
  }
  return manifests[0]?.expression ?? detected[0]?.spdx ?? null;
}

function findConflicts(fromText: readonly DetectedLicense[], manifests: readonly ManifestLicense[]): LicenseConflict[] {
  if (fromText.length === 0) return [];
  const base = (id: string) => id.replace(/-(only|or-later)$|\+$/i, '').toLowerCase();
  const textIds = fromText.map((d) => base(d.spdx));
  return manifests.flatMap((manifest) => {
    const mentioned = manifest.expression.split(/\s+(?:OR|AND|WITH)\s+|[()]/i).map((s) => base(s.trim())).filter(Boolean);
    const agrees = mentioned.some((id) => textIds.includes(id));
    const first = fromText[0];
    return agrees || !first ? [] : [{ text: first, manifest }];
  });
}
