/**
 * The findings that need attention, shared by the SARIF, Markdown and GitHub annotation reporters,
 * so all three agree on what is a problem and how loud it is.
 */
import type { Evidence, IndicatorResult, Report } from '../model/report.js';

/** SARIF levels; GitHub annotations call the last one "notice". */
export type ProblemLevel = 'error' | 'warning' | 'note';

export interface Problem {
  readonly indicator: IndicatorResult;
  readonly evidence: Evidence;
  readonly level: ProblemLevel;
}

const LEVEL_RANK: Record<ProblemLevel, number> = { error: 0, warning: 1, note: 2 };

/**
 * fail is an error only when it fails its indicator: a failing *recommended* check leaves the
 * indicator at warn, and the evidence carries no level, so the indicator's status decides.
 * A crashed check (outcome error) is a warning: the tool, not the repository, is at fault.
 */
export function levelOf(evidence: Evidence, indicator: IndicatorResult): ProblemLevel | null {
  switch (evidence.outcome) {
    case 'fail':
      return indicator.status === 'fail' ? 'error' : 'warning';
    case 'warn':
    case 'error':
      return 'warning';
    case 'needs-review':
      return 'note';
    default:
      return null;
  }
}

/**
 * What to do about one piece of evidence: the advice of the check that produced it, so an alert or
 * annotation says one thing to fix, not everything its indicator needs. Reports without check ids
 * (or a crashed check, which has no advice) fall back to the indicator's advice.
 */
export function adviceFor(evidence: Evidence, indicator: IndicatorResult): readonly string[] {
  const check = evidence.check === undefined ? undefined : indicator.checks.find((c) => c.id === evidence.check);
  if (check?.advice !== undefined) return [check.advice];
  return check?.error !== undefined ? [] : indicator.advice;
}

/** Every non-passing piece of evidence, once, ordered by indicator (report order), level, path, line, text. */
export function problemsOf(report: Report): Problem[] {
  const seen = new Set<string>();
  const problems: Problem[] = [];
  report.indicators.forEach((indicator) => {
    const mine: Problem[] = [];
    for (const evidence of indicator.evidence) {
      const level = levelOf(evidence, indicator);
      const key = JSON.stringify([indicator.id, evidence.path, evidence.line, evidence.url, evidence.detail]);
      if (level === null || seen.has(key)) continue;
      seen.add(key);
      mine.push({ indicator, evidence, level });
    }
    problems.push(...mine.sort(compareProblems));
  });
  return problems;
}

function compareProblems(a: Problem, b: Problem): number {
  return (
    LEVEL_RANK[a.level] - LEVEL_RANK[b.level] ||
    compareText(a.evidence.path ?? '', b.evidence.path ?? '') ||
    (a.evidence.line ?? 0) - (b.evidence.line ?? 0) ||
    compareText(a.evidence.url ?? '', b.evidence.url ?? '') ||
    compareText(a.evidence.detail, b.evidence.detail)
  );
}

/** Code-unit order, not locale order: the output must not depend on the machine's language. */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** A repository path as reporters may show it: POSIX, relative, no "./" prefix; null when it is not one. */
export function repoRelativePath(path: string | null): string | null {
  if (path === null) return null;
  const clean = path.replace(/\\/g, '/').replace(/^(?:\.\/)+/, '');
  if (clean === '' || clean.startsWith('/') || /^[a-z]:/i.test(clean) || clean.split('/').includes('..')) return null;
  return clean;
}
