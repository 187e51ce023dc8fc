import { describe, expect, it } from 'vitest';
import { evaluateGate } from '../../src/config/gate.js';
import type { IndicatorStatus } from '../../src/model/report.js';
import { reportWith, settings, waiver } from './report-builder.js';

const TODAY = '2026-06-15';

describe('fail-on: the mildest status that fails the build', () => {
  it.each<[IndicatorStatus, 'warn' | 'manual' | 'fail', boolean]>([
    ['warn', 'warn', false],
    ['warn', 'manual', true],
    ['warn', 'fail', true],
    ['manual', 'warn', false],
    ['manual', 'manual', false],
    ['manual', 'fail', true],
    ['fail', 'warn', false],
    ['fail', 'manual', false],
    ['fail', 'fail', false],
    ['error', 'fail', false],
    ['n/a', 'warn', true],
    ['pass', 'warn', true],
  ])('indicator 5 %s with fail-on %s passes: %s', (status, failOn, passes) => {
    const result = evaluateGate(reportWith({ '5': status }), settings({ failOn }), TODAY);
    expect(result.passed).toBe(passes);
    expect(result.failures).toEqual(passes ? [] : [`indicator 5 (documentation) is ${status} (fail-on: ${failOn})`]);
  });

  it('by default (manual) fails exactly when the verdict is not ready', () => {
    for (const statuses of [
      {},
      { '3': 'warn' as const },
      { '3': 'manual' as const },
      { '9c': 'fail' as const },
      { '7': 'error' as const },
    ]) {
      const report = reportWith(statuses);
      expect(evaluateGate(report, settings(), TODAY).passed).toBe(report.summary.verdict === 'ready');
    }
  });

  it('fails a repository that is not eligible even with fail-on fail', () => {
    const result = evaluateGate(reportWith({}, false), settings({ failOn: 'fail' }), TODAY);
    expect(result.failures).toEqual(['not eligible: no approved open license was found']);
  });
});

describe('min-score, skip and require', () => {
  it('fails below min-score and passes at it', () => {
    const report = reportWith({ '5': 'warn', '6': 'warn' }); // 9 × 10 + 2 × 5 over 11 (1–3 count double)
    const { score } = evaluateGate(report, settings(), TODAY);
    expect(score).toBe(93);
    expect(evaluateGate(report, settings({ minScore: 93 }), TODAY).passed).toBe(true);
    expect(evaluateGate(report, settings({ minScore: 94 }), TODAY).failures).toEqual([
      'score 93 is below min-score 94',
    ]);
  });

  it('leaves skipped indicators out of the exit code and the policy score', () => {
    const report = reportWith({ '6': 'fail' });
    const result = evaluateGate(report, settings({ skip: ['6'], minScore: 100 }), TODAY);
    expect(result).toMatchObject({ passed: true, score: 100, skipped: ['6'] });
    expect(evaluateGate(report, settings({ minScore: 100 }), TODAY).passed).toBe(false);
  });

  it('requires a required indicator to pass whatever fail-on says; n/a is accepted', () => {
    const report = reportWith({ '9a': 'warn', '9c': 'n/a' });
    expect(evaluateGate(report, settings({ failOn: 'fail' }), TODAY).passed).toBe(true);
    const result = evaluateGate(report, settings({ failOn: 'fail', require: ['9a', '9c'] }), TODAY);
    expect(result.failures).toEqual(['indicator 9a (data-privacy-security) is required to pass and is warn']);
  });
});

describe('waivers', () => {
  it('excuse a gap, and say so', () => {
    const result = evaluateGate(reportWith({ '4': 'fail' }), settings({ waivers: [waiver('4')] }), TODAY);
    expect(result.passed).toBe(true);
    expect(result.waivers).toEqual([{ indicator: '4', reason: 'accepted gap in 4', expires: null, state: 'applied' }]);
  });

  it('apply through their expiry day and stop the day after', () => {
    const report = reportWith({ '4': 'fail' });
    expect(evaluateGate(report, settings({ waivers: [waiver('4', TODAY)] }), TODAY).passed).toBe(true);
    const expired = evaluateGate(report, settings({ waivers: [waiver('4', '2026-06-14')] }), TODAY);
    expect(expired.passed).toBe(false);
    expect(expired.waivers[0]?.state).toBe('expired');
    expect(expired.failures).toEqual(['indicator 4 (platform-independence) is fail (fail-on: manual)']);
  });

  it('are marked unused when there is nothing to excuse, and excuse a required indicator too', () => {
    expect(evaluateGate(reportWith({}), settings({ waivers: [waiver('4')] }), TODAY).waivers[0]?.state).toBe('unused');
    const result = evaluateGate(
      reportWith({ '2': 'warn' }),
      settings({ require: ['2'], waivers: [waiver('2')] }),
      TODAY,
    );
    expect(result.passed).toBe(true);
  });

  it('waive "not eligible" with indicator 2', () => {
    const result = evaluateGate(reportWith({ '2': 'fail' }, false), settings({ waivers: [waiver('2')] }), TODAY);
    expect(result.passed).toBe(true);
  });
});
