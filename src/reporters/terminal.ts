/** The human report: one line per indicator, then evidence and advice for each one that is not passing. */
import { Chalk, type ChalkInstance } from 'chalk';
import type { Outcome } from '../model/finding.js';
import type { IndicatorResult, IndicatorStatus, Report, Verdict } from '../model/report.js';
import { declarationLines } from './declaration-lines.js';
import { policyLines, type PolicyLine } from './policy-lines.js';
import type { Reporter } from './types.js';

const MAX_EVIDENCE_LINES = 8;

const SYMBOL: Record<IndicatorStatus, string> = {
  pass: '✔',
  warn: '⚠',
  fail: '✖',
  manual: '?',
  'n/a': '–',
  error: '!',
};
const STATUS_OF: Record<Outcome, IndicatorStatus> = {
  pass: 'pass',
  warn: 'warn',
  fail: 'fail',
  'needs-review': 'manual',
  'not-applicable': 'n/a',
  error: 'error',
};

const TONE: Record<PolicyLine['tone'], (c: ChalkInstance, text: string) => string> = {
  ok: (c, t) => c.green(t),
  bad: (c, t) => c.red(t),
  warn: (c, t) => c.yellow(t),
  plain: (_c, t) => t,
};

const VERDICT_TEXT: Record<Verdict, string> = {
  ready: 'ready: no gaps found',
  gaps: 'gaps: fix the items above before applying',
  'not-eligible': 'not eligible: the repository has no approved open license',
};

export const terminal: Reporter = (report, { color }) => {
  const c = new Chalk({ level: color ? 1 : 0 });
  const lines = [
    ...header(report, c),
    ...declarationLines(report.declaration).map(({ text, tone }) => TONE[tone](c, text)),
    '',
    ...report.indicators.map((ind) => indicatorLine(ind, c)),
    ...report.indicators
      .filter((ind) => ind.status !== 'pass' && ind.status !== 'n/a')
      .flatMap((ind) => details(ind, c)),
    '',
    ...footer(report, c),
  ];
  return `${lines.join('\n')}\n`;
};

function paint(c: ChalkInstance, status: IndicatorStatus | Verdict, text: string): string {
  switch (status) {
    case 'pass':
    case 'ready':
      return c.green(text);
    case 'warn':
    case 'manual':
    case 'gaps':
      return c.yellow(text);
    case 'fail':
    case 'error':
    case 'not-eligible':
      return c.red(text);
    default:
      return c.dim(text);
  }
}

function header(report: Report, c: ChalkInstance): string[] {
  const { target } = report;
  const commit = target.commit ? ` @ ${target.commit.slice(0, 12)}` : '';
  const answers = report.declaredAnswers.path ?? 'none found (add dpg.yml: see the README)';
  return [
    c.bold(`dpg-check ${report.tool.version}`) + c.dim(` · DPG Standard ${report.standard.version}`),
    `Repository:       ${target.url ?? target.ref}${commit}`,
    `Declared answers: ${answers}`,
  ];
}

function indicatorLine(ind: IndicatorResult, c: ChalkInstance): string {
  const status = paint(c, ind.status, `${SYMBOL[ind.status]} ${ind.status.padEnd(6)}`);
  return `  ${status} ${String(ind.score).padStart(2)}/10  ${ind.id.padEnd(3)} ${ind.title}`;
}

function details(ind: IndicatorResult, c: ChalkInstance): string[] {
  const shown = ind.evidence.slice(0, MAX_EVIDENCE_LINES).map((e) => {
    const where = e.path ? `${e.path}${e.line ? `:${e.line}` : ''} ` : e.url ? `${e.url} ` : '';
    const status = STATUS_OF[e.outcome];
    return `      ${paint(c, status, SYMBOL[status])} ${c.cyan(where)}${where ? '— ' : ''}${e.detail}`;
  });
  const more = ind.evidence.length - shown.length;
  return [
    '',
    paint(c, ind.status, `${SYMBOL[ind.status]} ${ind.id} ${ind.title}: ${ind.status}`),
    ...(shown.length > 0 ? [c.dim('    Looked at:'), ...shown] : []),
    ...(more > 0 ? [c.dim(`      … and ${more} more (see --format json)`)] : []),
    ...(ind.advice.length > 0 ? [c.dim('    To do:'), ...ind.advice.map((a) => `      → ${a}`)] : []),
  ];
}

function footer(report: Report, c: ChalkInstance): string[] {
  const { licenses, summary } = report;
  const license = licenses.expression
    ? `${licenses.expression} (${licenses.approved ? 'approved' : 'not approved'})`
    : 'none found';
  const counts = Object.entries(summary.counts)
    .filter(([, n]) => n > 0)
    .map(([s, n]) => `${n} ${s}`)
    .join(', ');
  return [
    `License:  ${license}`,
    `Status:   ${counts}`,
    c.bold(`Score:    ${summary.score}/100`),
    c.bold(`Verdict:  ${paint(c, summary.verdict, VERDICT_TEXT[summary.verdict])}`),
    ...policyLines(report.policy).map(({ text, tone }) => TONE[tone](c, text)),
  ];
}
