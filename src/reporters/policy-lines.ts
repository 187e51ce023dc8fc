/** The build policy's judgement as plain lines, for the human reports (terminal; markdown may reuse it). */
import type { PolicyResult, WaiverResult } from '../model/report.js';

export interface PolicyLine {
  readonly text: string;
  /** How a colour reporter should paint it. */
  readonly tone: 'ok' | 'bad' | 'warn' | 'plain';
}

export function policyLines(policy: PolicyResult | undefined): PolicyLine[] {
  if (!policy) return [];
  const settings = [
    policy.config ? `config ${policy.config}` : 'flags only',
    `fail-on ${policy.failOn}`,
    ...(policy.minScore !== null ? [`min-score ${policy.minScore}`] : []),
    `policy score ${policy.score}/100`,
  ].join(' · ');
  return [
    { text: `Policy:   ${policy.passed ? 'passed' : 'failed'} (${settings})`, tone: policy.passed ? 'ok' : 'bad' },
    ...(policy.skipped.length > 0
      ? [{ text: `Skipped:  indicators ${policy.skipped.join(', ')}`, tone: 'plain' as const }]
      : []),
    ...(policy.required.length > 0
      ? [{ text: `Required: indicators ${policy.required.join(', ')}`, tone: 'plain' as const }]
      : []),
    ...policy.waivers.map(waiverLine),
    ...policy.failures.map((failure) => ({ text: `  ✖ ${failure}`, tone: 'bad' as const })),
  ];
}

function waiverLine(waiver: WaiverResult): PolicyLine {
  const until = waiver.expires ? ` until ${waiver.expires}` : '';
  switch (waiver.state) {
    case 'applied':
      return { text: `Waived:   indicator ${waiver.indicator}${until}: ${waiver.reason}`, tone: 'warn' };
    case 'expired':
      return {
        text: `Expired:  waiver for indicator ${waiver.indicator} ended ${waiver.expires ?? ''}, no longer waives: ${waiver.reason}`,
        tone: 'bad',
      };
    default:
      return {
        text: `Unused:   waiver for indicator ${waiver.indicator}${until} (nothing to waive: remove it?)`,
        tone: 'plain',
      };
  }
}
