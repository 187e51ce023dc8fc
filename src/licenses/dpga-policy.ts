/**
 * Judges SPDX license expressions against the DPGA license policy (src/data/dpg-licenses.json).
 * Pure: the data file is imported, not read.
 */
import policy from '../data/dpg-licenses.json' with { type: 'json' };
import categories from '../data/license-categories.json' with { type: 'json' };
import type { SolutionType } from '../model/declaration.js';
import { licenseIdsIn, listedId, parseExpression, type ExpressionNode } from './ids.js';

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

const JUDGED_AS: Readonly<Record<string, string>> = categories.judgedAs;

/** The types whose licence lists apply: a `standard` never had a list and is a document, so it is judged as content. */
function listTypes(types: TypeFilter): readonly string[] | undefined {
  return types === undefined ? undefined : [...new Set(types.map((t) => JUDGED_AS[t] ?? t))];
}

/**
 * Code and content licensed separately ("MIT AND CC-BY-SA-4.0" for [software, content]): a rejection
 * scoped to one type ("NC is content-only") does not hold against a license that fits another declared
 * type, provided an OSI license covers the code.
 */
interface Scoping {
  readonly types: readonly string[] | undefined;
  readonly perPart: boolean;
}

function inScope(scope: string | undefined, scoping: Scoping, fitsAnother: boolean): boolean {
  if (scope === undefined || scope === 'all') return true;
  const { types } = scoping;
  const scoped = scope.split(',').map((s) => s.trim());
  // Without declared types a scoped rejection (e.g. "NC is content-only") cannot decide alone.
  if (types === undefined || !types.some((t) => scoped.includes(t))) return false;
  return !(scoping.perPart && fitsAnother);
}

export function judgeLicenseId(id: string, types?: TypeFilter): LicenseJudgement {
  return judgeId(id, { types: listTypes(types), perPart: false });
}

function judgeId(id: string, scoping: Scoping): LicenseJudgement {
  const { types } = scoping;
  const listed = listedId(id);
  const entry = accepted.get(listed.toLowerCase());
  const fitsAnother = entry !== undefined && (types ?? []).some((t) => entry.acceptedFor.includes(t));
  const reject =
    rejected.find((r) => r.spdx.toLowerCase() === id.toLowerCase() && inScope(r.scope, scoping, fitsAnother)) ??
    rejectedPatterns.find((p) => p.regex.test(id) && inScope(p.scope, scoping, fitsAnother));
  if (reject) return { status: 'rejected', listedAs: null, acceptedFor: [], reason: reject.reason };
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
  return judgeNode(ast, scopingFor(expression, listTypes(types)));
}

/** Each part may fit its own declared type when the product is code plus content or data and an OSI license covers the code. */
function scopingFor(expression: string, types: readonly string[] | undefined): Scoping {
  const mixed = types !== undefined && types.includes('software') && types.some((t) => t !== 'software');
  const codeLicensed =
    mixed &&
    licenseIdsIn(expression).some((id) => accepted.get(listedId(id).toLowerCase())?.acceptedFor.includes('software'));
  return { types, perPart: codeLicensed };
}

function judgeNode(node: ExpressionNode, scoping: Scoping): LicenseJudgement {
  if ('license' in node) {
    const key = node.exception ? `${node.license} WITH ${node.exception}` : node.license;
    const withPlus = node.plus ? `${key}+` : key;
    const byAlias = judgeId(withPlus, scoping);
    return byAlias.status === 'approved' || !node.exception ? byAlias : judgeId(node.license, scoping);
  }
  const left = judgeNode(node.left, scoping);
  const right = judgeNode(node.right, scoping);
  const pickBest = node.conjunction === 'or';
  const leftWins = pickBest ? RANK[left.status] >= RANK[right.status] : RANK[left.status] <= RANK[right.status];
  return leftWins ? left : right;
}
