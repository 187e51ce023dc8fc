/**
 * Folds check results into indicator statuses, scores and the overall verdict.
 * Every weight lives here, so the policy can be read (and argued about) in one place.
 */
import type { CheckResult } from './engine.js';
import type { Outcome } from './model/finding.js';
import { INDICATORS, type IndicatorInfo } from './model/indicator.js';
import type {
  CheckSummary,
  Evidence,
  IndicatorResult,
  IndicatorStatus,
  LicenseSummary,
  StatusCounts,
  Verdict,
} from './model/report.js';
import { formatMessage } from './lib/format.js';

/** Worst first: a check's outcome is the worst of its findings. */
const SEVERITY: Record<Outcome, number> = {
  error: 5,
  fail: 4,
  'needs-review': 3,
  warn: 2,
  pass: 1,
  'not-applicable': 0,
};
const POINTS: Partial<Record<Outcome, number>> = { pass: 1, warn: 0.5, fail: 0, 'needs-review': 0 };
const LEVEL_WEIGHT = { required: 2, recommended: 1 } as const;
/** Indicators 1–3 are the DPGA's gate (review SOP 2022): they count double in the overall score. */
const BLOCKING_WEIGHT = 2;

export interface ScoredReport {
  readonly indicators: IndicatorResult[];
  readonly summary: { score: number; verdict: Verdict; counts: StatusCounts };
}

export function score(results: readonly CheckResult[], licenses: LicenseSummary): ScoredReport {
  const indicators = INDICATORS.map((info) =>
    scoreIndicator(
      info,
      results.filter((r) => r.check.meta.indicator === info.id),
    ),
  );
  const counts = countStatuses(indicators);
  return { indicators, summary: { score: overallScore(indicators), verdict: verdictOf(indicators, licenses), counts } };
}

export function checkOutcome(result: CheckResult): Outcome {
  return result.findings.reduce<Outcome>(
    (worst, f) => (SEVERITY[f.outcome] > SEVERITY[worst] ? f.outcome : worst),
    'not-applicable',
  );
}

function scoreIndicator(info: IndicatorInfo, results: readonly CheckResult[]): IndicatorResult {
  const checks = results.map(summarise);
  const status = statusOf(checks);
  return {
    id: info.id,
    slug: info.slug,
    title: info.title,
    status,
    score: indicatorScore(checks, status),
    evidence: worstFirst(results.flatMap(evidenceOf)),
    advice: adviceOf(results),
    checks,
  };
}

function summarise(result: CheckResult): CheckSummary {
  const { id, title, level } = result.check.meta;
  const outcome = checkOutcome(result);
  const base = { id, title, level, outcome };
  if (result.error !== undefined) return { ...base, error: result.error };
  return needsAdvice(outcome) ? { ...base, advice: result.check.meta.remediation } : base;
}

function statusOf(checks: readonly CheckSummary[]): IndicatorStatus {
  const has = (outcome: Outcome, level?: 'required' | 'recommended') =>
    checks.some((c) => c.outcome === outcome && (level === undefined || c.level === level));
  if (has('fail', 'required')) return 'fail';
  if (has('error')) return 'error';
  if (has('needs-review')) return 'manual';
  if (has('warn') || has('fail', 'recommended')) return 'warn';
  if (has('pass')) return 'pass';
  return 'n/a';
}

function indicatorScore(checks: readonly CheckSummary[], status: IndicatorStatus): number {
  if (status === 'n/a') return 10;
  let earned = 0;
  let possible = 0;
  for (const c of checks) {
    const points = POINTS[c.outcome];
    if (points === undefined) continue;
    earned += points * LEVEL_WEIGHT[c.level];
    possible += LEVEL_WEIGHT[c.level];
  }
  return possible === 0 ? 0 : Math.round((10 * earned) / possible);
}

function evidenceOf(result: CheckResult): Evidence[] {
  const { meta } = result.check;
  if (result.error !== undefined) {
    return [
      {
        check: meta.id,
        outcome: 'error',
        path: null,
        line: null,
        url: null,
        detail: `check ${meta.id} failed to run: ${result.error}`,
      },
    ];
  }
  return result.findings.map((f) => ({
    check: meta.id,
    outcome: f.outcome,
    path: f.path ?? null,
    line: f.line ?? null,
    url: f.url ?? null,
    detail: formatMessage((meta.messages as Record<string, string>)[f.messageId] ?? f.messageId, f.data),
  }));
}

/** Problems first, so a capped list still shows what to fix; stable within one outcome. */
function worstFirst(evidence: Evidence[]): Evidence[] {
  return evidence
    .map((e, index) => ({ e, index }))
    .sort((a, b) => SEVERITY[b.e.outcome] - SEVERITY[a.e.outcome] || a.index - b.index)
    .map(({ e }) => e);
}

function adviceOf(results: readonly CheckResult[]): string[] {
  const advice = results
    .filter((r) => r.error === undefined && needsAdvice(checkOutcome(r)))
    .map((r) => r.check.meta.remediation);
  return [...new Set(advice)];
}

function needsAdvice(outcome: Outcome): boolean {
  return outcome !== 'pass' && outcome !== 'not-applicable';
}

function countStatuses(indicators: readonly IndicatorResult[]): StatusCounts {
  const counts: StatusCounts = { pass: 0, warn: 0, fail: 0, manual: 0, 'n/a': 0, error: 0 };
  for (const i of indicators) counts[i.status] += 1;
  return counts;
}

/** Exported for the build policy, which scores only the indicators it does not skip. */
export function overallScore(indicators: readonly IndicatorResult[]): number {
  let earned = 0;
  let possible = 0;
  for (const ind of indicators) {
    if (ind.status === 'n/a') continue;
    const weight = INDICATORS.find((i) => i.id === ind.id)?.blocking ? BLOCKING_WEIGHT : 1;
    earned += ind.score * weight;
    possible += 10 * weight;
  }
  return possible === 0 ? 0 : Math.round((100 * earned) / possible);
}

function verdictOf(indicators: readonly IndicatorResult[], licenses: LicenseSummary): Verdict {
  // The DPGA rejects outright a product with no approved open license.
  if (!licenses.approved) return 'not-eligible';
  const open = indicators.some((i) => i.status === 'fail' || i.status === 'manual' || i.status === 'error');
  return open ? 'gaps' : 'ready';
}
