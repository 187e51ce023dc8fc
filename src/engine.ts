/** Runs checks over one context; a check that throws marks only itself as `error`. */
import type { Check, CheckContext } from './checks/define.js';
import type { Finding } from './model/finding.js';

export interface CheckResult {
  readonly check: Check;
  readonly findings: readonly Finding[];
  /** The thrown error's message, when the check crashed. */
  readonly error?: string;
  readonly stack?: string;
}

export function runChecks(checks: readonly Check[], ctx: CheckContext): CheckResult[] {
  return checks.map((check) => runOne(check, ctx));
}

function runOne(check: Check, ctx: CheckContext): CheckResult {
  try {
    const findings = check.run(ctx);
    if (!Array.isArray(findings)) throw new TypeError('run() must return an array of findings');
    return { check, findings };
  } catch (err) {
    const error = err instanceof Error ? err : new Error(String(err));
    return { check, findings: [{ outcome: 'error', messageId: 'error' }], error: error.message, stack: error.stack };
  }
}
