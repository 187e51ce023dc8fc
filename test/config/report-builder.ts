/** Reports with chosen indicator statuses, for gate tests: every indicator passes unless told otherwise. */
import { INDICATORS, type IndicatorId } from '../../src/model/indicator.js';
import type { IndicatorStatus, Report, StatusCounts } from '../../src/model/report.js';
import type { GateSettings, Waiver } from '../../src/config/types.js';

const SCORE: Record<IndicatorStatus, number> = { pass: 10, 'n/a': 10, warn: 5, manual: 0, fail: 0, error: 0 };

export function reportWith(statuses: Partial<Record<IndicatorId, IndicatorStatus>>, approved = true): Report {
  const indicators = INDICATORS.map((info) => {
    const status = statuses[info.id] ?? 'pass';
    return {
      id: info.id,
      slug: info.slug,
      title: info.title,
      status,
      score: SCORE[status],
      evidence: [],
      advice: [],
      checks: [],
    };
  });
  const counts: StatusCounts = { pass: 0, warn: 0, fail: 0, manual: 0, 'n/a': 0, error: 0 };
  for (const i of indicators) counts[i.status] += 1;
  const open = indicators.some((i) => ['fail', 'manual', 'error'].includes(i.status));
  return {
    schemaVersion: 1,
    tool: { name: 'dpg-check', version: '0.0.0' },
    standard: { version: 'test' },
    target: { source: 'memory', ref: 'test', url: null, commit: null },
    declaredAnswers: { path: null },
    indicators,
    licenses: { expression: approved ? 'MIT' : null, approved, detected: [] },
    summary: { score: 0, verdict: !approved ? 'not-eligible' : open ? 'gaps' : 'ready', counts },
  };
}

export function settings(overrides: Partial<GateSettings> = {}): GateSettings {
  return { config: null, failOn: 'manual', minScore: null, skip: [], require: [], waivers: [], ...overrides };
}

export function waiver(indicator: IndicatorId, expires: string | null = null): Waiver {
  return { indicator, reason: `accepted gap in ${indicator}`, expires, at: `.dpg-check.yml:1:1` };
}
