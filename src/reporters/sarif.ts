/**
 * SARIF 2.1.0 for GitHub code scanning (github/codeql-action/upload-sarif) and other SARIF viewers.
 * One rule per indicator (sarif-rules.ts), one result per non-passing piece of evidence.
 */
import type { Report } from '../model/report.js';
import { fingerprint } from './fingerprint.js';
import { TOOL_URL } from './indicator-help.js';
import { adviceFor, problemsOf, repoRelativePath, compareText, type Problem, type ProblemLevel } from './problems.js';
import { ruleIdOf, sarifRules } from './sarif-rules.js';
import type { Reporter } from './types.js';

const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';
const SRCROOT = '%SRCROOT%';
/** Versioned: changing what goes into the fingerprint would reopen every alert, so bump the key then. */
const FINGERPRINT_KEY = 'dpgCheckFinding/v1';

interface SarifResult {
  readonly ruleId: string;
  readonly ruleIndex: number;
  readonly level: ProblemLevel;
  readonly message: { readonly text: string };
  readonly locations: readonly unknown[];
  readonly partialFingerprints: Record<string, string>;
  readonly properties: Record<string, string | boolean>;
}

export const sarif: Reporter = (report) => {
  const rules = sarifRules(report);
  const fallback = fallbackPath(report);
  const log = {
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'dpg-check',
            version: report.tool.version,
            semanticVersion: report.tool.version,
            informationUri: TOOL_URL,
            rules,
          },
        },
        originalUriBaseIds: { [SRCROOT]: { description: { text: 'The root of the checked repository' } } },
        invocations: [{ executionSuccessful: true }],
        results: withFingerprints(problemsOf(report).map((p) => toResult(report, p, fallback))),
        properties: { standard: report.standard.version, score: report.summary.score, verdict: report.summary.verdict },
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
};

function toResult(report: Report, problem: Problem, fallback: string): SarifResult {
  const { indicator, evidence, level } = problem;
  const path = repoRelativePath(evidence.path);
  const pinned = path === null;
  // GitHub places an alert only with region.startLine; a finding about a whole file starts at line 1.
  const line =
    path !== null && evidence.line !== null && Number.isInteger(evidence.line) && evidence.line >= 1
      ? evidence.line
      : 1;
  const todo = adviceFor(evidence, indicator);
  const advice = todo.length > 0 ? ` To do: ${todo.join(' ')}` : '';
  const where = pinned ? ` (No file holds this finding: the alert is pinned to ${fallback}.)` : '';
  const url = evidence.url ? ` See ${evidence.url}.` : '';
  return {
    ruleId: ruleIdOf(indicator),
    ruleIndex: report.indicators.indexOf(indicator),
    level,
    message: { text: `${sentence(evidence.detail)}${url}${advice}${where}` },
    locations: [
      {
        physicalLocation: {
          artifactLocation: { uri: encodePath(path ?? fallback), uriBaseId: SRCROOT },
          region: { startLine: line },
        },
      },
    ],
    // The line is left out on purpose: editing lines above a finding must not open a new alert.
    partialFingerprints: {
      [FINGERPRINT_KEY]: fingerprint([ruleIdOf(indicator), path ?? '', evidence.url ?? '', evidence.detail]),
    },
    properties: {
      indicator: indicator.id,
      outcome: evidence.outcome,
      ...(pinned ? { pinnedToRepositoryRoot: true } : {}),
    },
  };
}

/** Identical fingerprints would merge two alerts into one, so repeats get a counter, as CodeQL's `hash:n`. */
function withFingerprints(results: SarifResult[]): SarifResult[] {
  const seen = new Map<string, number>();
  return results.map((result) => {
    const base = result.partialFingerprints[FINGERPRINT_KEY] ?? '';
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    return { ...result, partialFingerprints: { [FINGERPRINT_KEY]: `${base}:${n}` } };
  });
}

/**
 * Code scanning shows an alert only with a location, and only on a file of the repository. A finding
 * about something missing (no LICENSE, no SDGs declared) has no file, so it is pinned to a root file
 * the report shows exists: the declared answers (where most missing answers go), else the license
 * file, else another root file that passed a check; README.md when the report names none.
 */
function fallbackPath(report: Report): string {
  const passing = report.indicators.flatMap((i) => i.evidence.filter((e) => e.outcome === 'pass').map((e) => e.path));
  const known = [report.declaredAnswers.path, ...report.licenses.detected.map((d) => d.path)];
  const atRoot = (p: string | null): p is string => p !== null && !p.includes('/');
  const first =
    known.map(repoRelativePath).find(atRoot) ?? passing.map(repoRelativePath).filter(atRoot).sort(compareText)[0];
  return first ?? 'README.md';
}

/** A relative URI reference: each path segment percent-encoded (spaces, '#', '?', '%' in file names). */
function encodePath(path: string): string {
  return path
    .split('/')
    .map((segment) => encodeURIComponent(segment))
    .join('/');
}

function sentence(text: string): string {
  const trimmed = text.trim();
  return /[.!?]$/.test(trimmed) ? trimmed : `${trimmed}.`;
}
