import { describe, expect, it } from 'vitest';
import type { Evidence, IndicatorResult, Report } from '../../src/model/report.js';
import { sarif } from '../../src/reporters/sarif.js';
import { fixtureCopy } from '../support/cli.js';
import { runCliInProcess } from '../support/in-process-cli.js';
import { CANONICAL_REPORT } from './canonical.js';
import { githubProblems, sarifSchemaErrors } from './sarif-validate.js';

interface SarifResult {
  ruleId: string;
  level: string;
  message: { text: string };
  locations: { physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number } } }[];
  partialFingerprints: Record<string, string>;
  properties: Record<string, unknown>;
}
const resultsOf = (text: string): SarifResult[] =>
  (JSON.parse(text) as { runs: { results: SarifResult[] }[] }).runs[0]?.results ?? [];
const uriOf = (r: SarifResult | undefined) => r?.locations[0]?.physicalLocation.artifactLocation.uri;

/** The canonical report with indicator 3's evidence replaced. */
function withEvidence(evidence: Evidence[], status: IndicatorResult['status'] = 'fail'): Report {
  return {
    ...CANONICAL_REPORT,
    indicators: CANONICAL_REPORT.indicators.map((ind) => (ind.id === '3' ? { ...ind, status, evidence } : ind)),
  };
}
const ev = (
  path: string | null,
  detail: string,
  line: number | null = null,
  outcome: Evidence['outcome'] = 'fail',
): Evidence => ({ outcome, path, line, url: null, detail });

describe('sarif reporter', () => {
  it('prints the canonical report as valid SARIF 2.1.0 that code scanning accepts', async () => {
    const out = sarif(CANONICAL_REPORT, { color: false });
    expect(sarifSchemaErrors(JSON.parse(out))).toEqual([]);
    expect(githubProblems(JSON.parse(out))).toEqual([]);
    await expect(out).toMatchFileSnapshot('__snapshots__/canonical.sarif');
  });

  it("the validators reject SARIF that breaks the schema or GitHub's rules", () => {
    const log = JSON.parse(sarif(CANONICAL_REPORT, { color: false })) as {
      runs: { results: Record<string, unknown>[] }[];
    };
    const first = log.runs[0]?.results[0] as Record<string, unknown>;
    first['level'] = 'fatal';
    first['ruleId'] = 'DPG99';
    first['locations'] = [{ physicalLocation: { artifactLocation: { uri: './LICENSE' } } }];
    expect(sarifSchemaErrors(log).join('\n')).toMatch(/level must be equal to one of the allowed values/);
    expect(githubProblems(log)).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/ruleId DPG99 is not a rule/),
        expect.stringMatching(/not a clean relative path/),
        expect.stringMatching(/no region.startLine/),
      ]),
    );
  });

  it('reports every non-passing finding once, with the level its indicator deserves', () => {
    const results = resultsOf(sarif(CANONICAL_REPORT, { color: false }));
    expect(results.map((r) => `${r.ruleId} ${r.level}`)).toEqual([
      'DPG1 note',
      'DPG3 error',
      ...Array.from({ length: 8 }, () => 'DPG4 warning'),
      'DPG7 warning',
    ]);
    const holder = results.find((r) => r.ruleId === 'DPG3');
    expect(holder?.message.text).toBe(
      'License template never names the copyright holder. To do: Name the copyright holder in LICENSE.',
    );
    expect(holder?.locations[0]?.physicalLocation).toEqual({
      artifactLocation: { uri: 'LICENSE', uriBaseId: '%SRCROOT%' },
      region: { startLine: 3 },
    });
  });

  it('a failing recommended check in a warn indicator is a warning, not an error', () => {
    const results = resultsOf(sarif(withEvidence([ev('NOTICE', 'No holder in NOTICE', 2)], 'warn'), { color: false }));
    expect(results.find((r) => r.ruleId === 'DPG3')?.level).toBe('warning');
  });

  it('pins findings without a file to the declared answers, else a root file the report shows exists', () => {
    const pinned = (report: Report) => resultsOf(sarif(report, { color: false })).find((r) => r.ruleId === 'DPG1');
    expect(uriOf(pinned(CANONICAL_REPORT))).toBe('dpg.yml');
    expect(pinned(CANONICAL_REPORT)?.properties['pinnedToRepositoryRoot']).toBe(true);
    expect(pinned(CANONICAL_REPORT)?.message.text).toContain('pinned to dpg.yml');
    const noAnswers = { ...CANONICAL_REPORT, declaredAnswers: { path: null } };
    expect(uriOf(pinned(noAnswers))).toBe('LICENSE');
    const nothingKnown = {
      ...noAnswers,
      licenses: { expression: null, approved: false, detected: [] },
      indicators: noAnswers.indicators.map((i) => ({ ...i, evidence: i.evidence.filter((e) => e.outcome !== 'pass') })),
    };
    expect(uriOf(pinned(nothingKnown))).toBe('README.md');
  });

  it('writes hostile paths as clean relative URIs and never escapes the repository', () => {
    const report = withEvidence([
      ev('./docs/a b#c?.md', 'odd name', 4),
      ev('../../etc/passwd', 'outside'),
      ev('/etc/shadow', 'absolute'),
      ev('C:\\x\\y.txt', 'windows'),
    ]);
    const out = sarif(report, { color: false });
    expect(githubProblems(JSON.parse(out))).toEqual([]);
    const uris = resultsOf(out)
      .filter((r) => r.ruleId === 'DPG3')
      .map((r) => `${uriOf(r)}:${r.locations[0]?.physicalLocation.region.startLine}`);
    expect(uris.sort()).toEqual(['docs/a%20b%23c%3F.md:4', 'dpg.yml:1', 'dpg.yml:1', 'dpg.yml:1']);
  });

  it('is deterministic, and its fingerprints survive moved lines but not changed findings', () => {
    const a = withEvidence([ev('LICENSE', 'holder missing', 3), ev('AUTHORS', 'empty', 1)]);
    const b = withEvidence([ev('AUTHORS', 'empty', 1), ev('LICENSE', 'holder missing', 3)]);
    expect(sarif(a, { color: false })).toBe(sarif(b, { color: false }));
    const fp = (report: Report) =>
      resultsOf(sarif(report, { color: false }))
        .filter((r) => r.ruleId === 'DPG3')
        .map((r) => r.partialFingerprints['dpgCheckFinding/v1']);
    expect(fp(withEvidence([ev('LICENSE', 'holder missing', 9)]))).toEqual(
      fp(withEvidence([ev('LICENSE', 'holder missing', 3)])),
    );
    expect(fp(withEvidence([ev('LICENSE', 'holder still missing', 3)]))).not.toEqual(
      fp(withEvidence([ev('LICENSE', 'holder missing', 3)])),
    );
    const twins = fp(
      withEvidence([ev('package.json', 'closed dependency x', 2), ev('package.json', 'closed dependency x', 7)]),
    );
    expect(new Set(twins).size).toBe(2);
  });
});

describe('dpg-check --format sarif on fixture repositories', () => {
  const cases = [
    'no-license',
    'compliant-app',
    'closed-dependency',
    'gpl-only-copying',
    'rejected-license',
    'monorepo-mapbox-in-frontend',
  ];
  it.each(cases)('%s: valid SARIF, every result located, exit code as for the terminal report', async (name) => {
    const { cwd, target } = fixtureCopy(name);
    const run = await runCliInProcess([target, '--format', 'sarif'], { cwd });
    expect(run.stderr).toBe('');
    expect([0, 1]).toContain(run.code);
    const log = JSON.parse(run.stdout) as unknown;
    expect(sarifSchemaErrors(log)).toEqual([]);
    expect(githubProblems(log)).toEqual([]);
    const json = JSON.parse((await runCliInProcess([target, '--format', 'json'], { cwd })).stdout) as Report;
    const nonPassing = json.indicators.flatMap((i) =>
      i.evidence.filter((e) => !['pass', 'not-applicable'].includes(e.outcome)),
    );
    // One result per distinct non-passing finding: none exactly when the JSON report has none.
    expect(resultsOf(run.stdout).length > 0).toBe(nonPassing.length > 0);
    expect(resultsOf(run.stdout).length).toBeLessThanOrEqual(nonPassing.length);
    expect(run.code).toBe(json.summary.verdict === 'ready' ? 0 : 1);
  });
});
