import { describe, expect, it } from 'vitest';
import { json } from '../../src/reporters/json.js';
import { validateReport } from '../support/report-schema.js';
import { CANONICAL_REPORT } from './canonical.js';

describe('json reporter', () => {
  it('prints the report unchanged, and it matches the published schema', async () => {
    const out = json(CANONICAL_REPORT, { color: true });
    expect(JSON.parse(out)).toEqual(CANONICAL_REPORT);
    expect(validateReport(JSON.parse(out))).toEqual([]);
    await expect(out).toMatchFileSnapshot('__snapshots__/canonical.json');
  });

  it('the schema rejects a report that breaks the contract', () => {
    const broken = { ...CANONICAL_REPORT, summary: { ...CANONICAL_REPORT.summary, verdict: 'maybe' } };
    expect(validateReport(broken)).toContain('/summary/verdict must be equal to one of the allowed values');
    expect(
      validateReport({ ...CANONICAL_REPORT, indicators: CANONICAL_REPORT.indicators.slice(1) }).length,
    ).toBeGreaterThan(0);
  });
});
