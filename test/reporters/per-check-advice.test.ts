/**
 * An alert says what to do about its own finding: the advice of the check that produced the evidence,
 * not everything its indicator needs. Older reports (no check ids) keep the indicator's advice.
 */
import { describe, expect, it } from 'vitest';
import type { IndicatorResult, Report } from '../../src/model/report.js';
import { githubAnnotations } from '../../src/reporters/github-annotations.js';
import { adviceFor } from '../../src/reporters/problems.js';
import { sarif } from '../../src/reporters/sarif.js';
import { fixtureCopy } from '../support/cli.js';
import { runCliInProcess } from '../support/in-process-cli.js';
import { CANONICAL_REPORT } from './canonical.js';

const DOCS: IndicatorResult = {
  id: '5',
  slug: 'documentation',
  title: 'Documentation',
  status: 'fail',
  score: 3,
  evidence: [
    {
      check: 'documentation/readme-explains-setup',
      outcome: 'fail',
      path: 'README.md',
      line: null,
      url: null,
      detail: 'No install section',
    },
    {
      check: 'documentation/docs-coverage',
      outcome: 'warn',
      path: null,
      line: null,
      url: null,
      detail: 'No docs folder',
    },
    {
      check: 'documentation/crashy',
      outcome: 'error',
      path: null,
      line: null,
      url: null,
      detail: 'check documentation/crashy failed to run: boom',
    },
  ],
  advice: ['Add Installation and Usage sections.', 'Add a docs folder.'],
  checks: [
    {
      id: 'documentation/readme-explains-setup',
      title: 'Setup',
      level: 'required',
      outcome: 'fail',
      advice: 'Add Installation and Usage sections.',
    },
    {
      id: 'documentation/docs-coverage',
      title: 'Coverage',
      level: 'recommended',
      outcome: 'warn',
      advice: 'Add a docs folder.',
    },
    { id: 'documentation/crashy', title: 'Crashy', level: 'recommended', outcome: 'error', error: 'boom' },
  ],
};

const report: Report = {
  ...CANONICAL_REPORT,
  indicators: CANONICAL_REPORT.indicators.map((i) => (i.id === '5' ? DOCS : i)),
};

describe('per-check advice', () => {
  it('takes the advice of the check behind the evidence, none for a crashed check', () => {
    expect(adviceFor(DOCS.evidence[0]!, DOCS)).toEqual(['Add Installation and Usage sections.']);
    expect(adviceFor(DOCS.evidence[1]!, DOCS)).toEqual(['Add a docs folder.']);
    expect(adviceFor(DOCS.evidence[2]!, DOCS)).toEqual([]);
  });

  it("falls back to the indicator's advice for evidence without a check id", () => {
    const old = { ...DOCS.evidence[0]!, check: undefined };
    expect(adviceFor(old, DOCS)).toEqual(DOCS.advice);
  });

  it('gives each SARIF result and annotation only its own advice', () => {
    const results = (
      JSON.parse(sarif(report, { color: false })) as {
        runs: { results: { ruleId: string; message: { text: string } }[] }[];
      }
    ).runs[0]!.results.filter((r) => r.ruleId === 'DPG5');
    const install = results.find((r) => r.message.text.startsWith('No install section'));
    expect(install?.message.text).toContain('To do: Add Installation and Usage sections.');
    expect(install?.message.text).not.toContain('docs folder.');
    const annotations = githubAnnotations(report)
      .split('\n')
      .filter((l) => l.includes('No docs folder'));
    expect(annotations).toHaveLength(1);
    expect(annotations[0]).toContain('To do: Add a docs folder.');
    expect(annotations[0]).not.toContain('Installation');
  });

  it("is what the CLI writes: every SARIF result of a real run carries one check's advice", async () => {
    const copy = fixtureCopy('no-license');
    const json = JSON.parse(
      (await runCliInProcess([copy.target, '--format', 'json'], { cwd: copy.cwd })).stdout,
    ) as Report;
    const adviceOfCheck = new Map(
      json.indicators.flatMap((i) => i.checks).flatMap((c) => (c.advice ? [[c.id, c.advice] as const] : [])),
    );
    const problems = json.indicators.flatMap((i) =>
      i.evidence.filter((e) => e.outcome === 'fail' || e.outcome === 'warn'),
    );
    expect(problems.length).toBeGreaterThan(3);
    for (const evidence of problems) expect(adviceOfCheck.get(evidence.check ?? ''), evidence.detail).toBeDefined();
  });
});
