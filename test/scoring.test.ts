import { describe, expect, it } from 'vitest';
import { defineCheck, type Check } from '../src/checks/define.js';
import type { CheckResult } from '../src/engine.js';
import type { Outcome } from '../src/model/finding.js';
import type { IndicatorId } from '../src/model/indicator.js';
import { score } from '../src/scoring.js';

const approved = { expression: 'MIT', approved: true, detected: [] };

function fake(id: string, indicator: IndicatorId, level: 'required' | 'recommended'): Check {
  return defineCheck({
    meta: {
      id,
      indicator,
      level,
      title: id,
      rationale: '',
      remediation: `fix ${id}`,
      reads: [],
      messages: { m: 'message {{x}}' },
    },
    run: () => [],
  });
}

const result = (check: Check, ...outcomes: Outcome[]): CheckResult => ({
  check,
  findings: outcomes.map((outcome) => ({ outcome, messageId: 'm', data: { x: outcome } })),
});

const req = fake('a/required', '5', 'required');
const rec = fake('a/recommended', '5', 'recommended');

describe('indicator status', () => {
  it.each([
    [['pass'], ['pass'], 'pass', 10],
    [['pass'], ['warn'], 'warn', 8],
    [['pass'], ['fail'], 'warn', 7],
    [['fail'], ['pass'], 'fail', 3],
    [['needs-review'], ['pass'], 'manual', 3],
    [['pass', 'fail'], ['pass'], 'fail', 3],
    [['not-applicable'], ['not-applicable'], 'n/a', 10],
    [['not-applicable'], ['pass'], 'pass', 10],
    [['error'], ['pass'], 'error', 10],
    [['fail'], ['error'], 'fail', 0],
  ] as [Outcome[], Outcome[], string, number][])(
    'required %j + recommended %j -> %s (%i/10)',
    (a, b, status, points) => {
      const [documentation] = score([result(req, ...a), result(rec, ...b)], approved).indicators.filter(
        (i) => i.id === '5',
      );
      expect(documentation?.status).toBe(status);
      expect(documentation?.score).toBe(points);
    },
  );

  it('gives advice only for checks that did not pass, and evidence for all', () => {
    const [documentation] = score([result(req, 'pass'), result(rec, 'warn')], approved).indicators.filter(
      (i) => i.id === '5',
    );
    expect(documentation?.advice).toEqual(['fix a/recommended']);
    expect(documentation?.evidence.map((e) => e.detail)).toEqual(['message warn', 'message pass']);
  });

  it('names a crashed check and its message in the evidence', () => {
    const crashed: CheckResult = { check: req, findings: [{ outcome: 'error', messageId: 'error' }], error: 'boom' };
    const [documentation] = score([crashed], approved).indicators.filter((i) => i.id === '5');
    expect(documentation?.evidence).toEqual([
      {
        check: 'a/required',
        outcome: 'error',
        path: null,
        line: null,
        url: null,
        detail: 'check a/required failed to run: boom',
      },
    ]);
    expect(documentation?.checks[0]).toMatchObject({ outcome: 'error', error: 'boom' });
    expect(documentation?.checks[0]?.advice).toBeUndefined();
  });

  it("names each evidence's check, and gives a check that did not pass its own advice", () => {
    const [documentation] = score([result(req, 'fail'), result(rec, 'pass')], approved).indicators.filter(
      (i) => i.id === '5',
    );
    expect(documentation?.evidence.map((e) => e.check)).toEqual(['a/required', 'a/recommended']);
    expect(documentation?.checks.map((c) => c.advice)).toEqual([req.meta.remediation, undefined]);
  });
});

describe('verdict and overall score', () => {
  const license = fake('b/license', '2', 'required');

  it('is not-eligible without an approved license, whatever else passes', () => {
    expect(score([result(license, 'pass')], { ...approved, approved: false }).summary.verdict).toBe('not-eligible');
  });

  it('is gaps when anything fails, is manual or errored; ready otherwise', () => {
    expect(score([result(license, 'pass'), result(req, 'warn')], approved).summary.verdict).toBe('ready');
    expect(score([result(license, 'pass'), result(req, 'fail')], approved).summary.verdict).toBe('gaps');
    expect(score([result(license, 'pass'), result(req, 'needs-review')], approved).summary.verdict).toBe('gaps');
    expect(score([result(license, 'pass'), result(req, 'error')], approved).summary.verdict).toBe('gaps');
  });

  it('counts the gate indicators 1-3 double and leaves n/a indicators out', () => {
    // Indicator 2 (weight 2) scores 10, indicator 5 (weight 1) scores 0: (20 + 0) / 30.
    const { summary } = score([result(license, 'pass'), result(req, 'fail')], approved);
    expect(summary.score).toBe(67);
    expect(summary.counts).toMatchObject({ pass: 1, fail: 1, 'n/a': 9 });
  });
});
