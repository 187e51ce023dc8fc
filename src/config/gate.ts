/**
 * The CI gate (fail-on, min-score, skipped and required indicators, waivers) applied to a scored report.
 * Pure: the report's scores stay the Standard's; the gate only decides pass/fail (the exit code) and
 * records which waivers applied. The report carries its judgement under the key "policy".
 */
import type { IndicatorId } from '../model/indicator.js';
import type { FailOn, IndicatorResult, IndicatorStatus, PolicyResult, Report, WaiverResult } from '../model/report.js';
import { overallScore } from '../scoring.js';
import type { GateSettings, Waiver } from './types.js';

/** How bad a status is; fail-on names the mildest one that fails. A crashed check (error) always fails. */
const RANK: Record<IndicatorStatus, number> = { pass: 0, 'n/a': 0, warn: 1, manual: 2, fail: 3, error: 3 };
const THRESHOLD: Record<FailOn, number> = { warn: 1, manual: 2, fail: 3 };

/** `today` is YYYY-MM-DD (UTC): a waiver applies through its `expires` day. */
export function evaluateGate(report: Report, settings: GateSettings, today: string): PolicyResult {
  const skipped = new Set(settings.skip);
  const required = new Set(settings.require);
  const active = new Map(settings.waivers.filter((w) => !isExpired(w, today)).map((w) => [w.indicator, w]));
  const counted = report.indicators.filter((ind) => !skipped.has(ind.id));
  const failures: string[] = [];
  const excused = new Set<IndicatorId>();
  for (const ind of counted) {
    const why = gapOf(ind, settings.failOn, required.has(ind.id));
    if (why === undefined) continue;
    if (active.has(ind.id)) excused.add(ind.id);
    else failures.push(why);
  }
  if (
    report.summary.verdict === 'not-eligible' &&
    !skipped.has('2') &&
    !active.has('2') &&
    !failures.some((f) => f.startsWith('indicator 2 '))
  ) {
    failures.push('not eligible: no approved open license was found');
  }
  const score = overallScore(counted);
  if (settings.minScore !== null && score < settings.minScore)
    failures.push(`score ${score} is below min-score ${settings.minScore}`);
  return {
    config: settings.config,
    failOn: settings.failOn,
    minScore: settings.minScore,
    score,
    skipped: [...settings.skip],
    required: [...settings.require],
    waivers: settings.waivers.map((w) => waiverResult(w, today, excused)),
    failures,
    passed: failures.length === 0,
  };
}

/** Why this indicator fails the build, or undefined when it does not. */
function gapOf(ind: IndicatorResult, failOn: FailOn, isRequired: boolean): string | undefined {
  const name = `indicator ${ind.id} (${ind.slug})`;
  if (isRequired && RANK[ind.status] > 0) return `${name} is required to pass and is ${ind.status}`;
  if (RANK[ind.status] >= THRESHOLD[failOn]) return `${name} is ${ind.status} (fail-on: ${failOn})`;
  return undefined;
}

export function isExpired(waiver: Waiver, today: string): boolean {
  return waiver.expires !== null && today > waiver.expires;
}

function waiverResult(waiver: Waiver, today: string, excused: ReadonlySet<IndicatorId>): WaiverResult {
  const state = isExpired(waiver, today) ? 'expired' : excused.has(waiver.indicator) ? 'applied' : 'unused';
  return { indicator: waiver.indicator, reason: waiver.reason, expires: waiver.expires, state };
}
