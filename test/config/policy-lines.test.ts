/** The policy section of the human reports (terminal, markdown), from a fixed judgement. */
import { describe, expect, it } from 'vitest';
import { evaluateGate } from '../../src/config/gate.js';
import { terminal } from '../../src/reporters/terminal.js';
import { policyLines } from '../../src/reporters/policy-lines.js';
import { reportWith, settings, waiver } from './report-builder.js';

describe('policy lines', () => {
  it('are empty without a policy', () => {
    expect(policyLines(undefined)).toEqual([]);
  });

  it('show the settings, skipped and required indicators, each waiver and each failure', async () => {
    const report = reportWith({ '3': 'warn', '4': 'fail', '6': 'manual', '9b': 'fail' });
    const policy = evaluateGate(
      report,
      settings({
        config: '.dpg-check.yml',
        failOn: 'warn',
        minScore: 90,
        skip: ['9b'],
        require: ['2'],
        waivers: [waiver('4', '2099-01-01'), waiver('6', '2001-01-01'), waiver('8')],
      }),
      '2026-06-15',
    );
    const text = terminal({ ...report, policy }, { color: false });
    await expect(text.slice(text.indexOf('Verdict:'))).toMatchFileSnapshot('__snapshots__/policy.terminal.txt');
  });
});
