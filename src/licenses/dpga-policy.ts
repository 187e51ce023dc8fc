/**
 * Judges SPDX license expressions against the DPGA license policy (src/data/dpg-licenses.json).
 * Pure: the data file is imported, not read.
 */
import policy from '../data/dpg-licenses.json' with { type: 'json' };
import type { SolutionType } from '../model/declaration.js';
import { listedId, parseExpression, type ExpressionNode } from './ids.js';

export type LicenseStatus = 'approved' | 'needs-confirmation' | 'unknown' | 'rejected';

export interface LicenseJudgement {
  readonly status: LicenseStatus;
  /** The id the DPGA list uses (deprecated GPL-family ids, for example). */
  readonly listedAs: string | null;
  readonly acceptedFor: readonly string[];
  readonly reason: string;
}

const RANK: Record<LicenseStatus, number> = { approved: 3, 'needs-confirmation': 2, unknown: 1, rejected: 0 };

interface AcceptedEntry {
  spdx: string;
  acceptedFor: string[];
}
interface RejectedEntry {
  spdx: string;
  scope?: string;
  reason: string;
}
interface RejectedPattern {
  pattern: string;
  scope?: string;
  reason: string;
}

const accepted = new Map<string, AcceptedEntry>(policy.accepted.map((a) => [a.spdx.toLowerCase(), a]));
const rejected: readonly RejectedEntry[] = policy.rejected;
const rejectedPatterns = (policy.rejectedPatterns as RejectedPattern[]).map((p) => ({
  ...p,
  regex: new RegExp(p.pattern, 'i'),
}));
const osiNotListed = new Set(policy.osiApprovedNotOnDpgaList.map((l) => l.spdx.toLowerCase()));

/** Solution types a license must fit; with none declared any accepted category counts. */
export type TypeFilter = readonly SolutionType[] | undefined;

function inScope(scope: string | undefined, types: TypeFilter): boolean {
  if (scope === undefined || scope === 'all') return true;
  const scoped = scope.split(',').map((s) => s.trim());
  // Without declared types a scoped rejection (e.g. "NC is content-only") cannot decide alone.
  return types !== undefined && types.some((t) => scoped.includes(t));
}

export function judgeLicenseId(id: string, types?: TypeFilter): LicenseJudgement {
  const listed = listedId(id);
  const reject =
    rejected.find((r) => r.spdx.toLowerCase() === id.toLowerCase() && inScope(r.scope, types)) ??
    rejectedPatterns.find((p) => p.regex.test(id) && inScope(p.scope, types));
  if (reject) return { status: 'rejected', listedAs: null, acceptedFor: [], reason: reject.reason };
  const entry = accepted.get(listed.toLowerCase());
  if (entry) {
    const fits = types === undefined || types.some((t) => entry.acceptedFor.includes(t));
    return fits
      ? {
          status: 'approved',
          listedAs: entry.spdx,
          acceptedFor: entry.acceptedFor,
          reason: `on the DPGA list for ${entry.acceptedFor.join(', ')}`,
        }
      : {
          status: 'rejected',
          listedAs: entry.spdx,
          acceptedFor: entry.acceptedFor,
          reason: `accepted only for ${entry.acceptedFor.join(', ')}, not for ${types?.join(', ')}`,
        };
  }
  if (osiNotListed.has(id.toLowerCase())) {
    return {
      status: 'needs-confirmation',
      listedAs: null,
      acceptedFor: [],
      reason: 'OSI-approved but not on the DPGA list: confirm with the DPGA',
    };
  }
  return { status: 'unknown', listedAs: null, acceptedFor: [], reason: 'not on the DPGA list of approved licenses' };
}

/** OR takes the best branch, AND the worst: both halves of an AND must be open. */
export function judgeExpression(expression: string, types?: TypeFilter): LicenseJudgement {
  const ast = parseExpression(expression);
  if (!ast)
    return {
      status: 'unknown',
      listedAs: null,
      acceptedFor: [],
      reason: `"${expression}" is not a valid SPDX expression`,
    };
  return judgeNode(ast, types);
}

function judgeNode(node: ExpressionNode, types: TypeFilter): LicenseJudgement {
  if ('license' in node) {
    const key = node.exception ? `${node.license} WITH ${node.exception}` : node.license;
    const withPlus = node.plus ? `${key}+` : key;
    const byAlias = judgeLicenseId(withPlus, types);
    return byAlias.status === 'approved' || !node.exception ? byAlias : judgeLicenseId(node.license, types);
  }
  const left = judgeNode(node.left, types);
  const right = judgeNode(node.right, types);
  const pickBest = node.conjunction === 'or';
  const leftWins = pickBest ? RANK[left.status] >= RANK[right.status] : RANK[left.status] <= RANK[right.status];
  return leftWins ? left : right;
}
