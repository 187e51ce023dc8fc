/**
 * Test support: the adjudicated license truth of each corpus repository and family-level scoring.
 * The rules live in bench/license-score.js (shared with `npm run bench:licenses`, which runs plain JS
 * against dist/), the per-repository table in bench/license-truth.json; this file adapts them to
 * CorpusEntry and tallies results the way the bench prints them.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  licenseeAnswer,
  percent,
  scoreAnswer,
  truthFor,
  type CorpusTruth,
  type ExpectedLicenses,
  type Score,
} from '../../bench/license-score.js';
import type { CorpusEntry } from './corpus.js';

export { familiesOf, familyOf, percent, scoreAnswer, TRUTH_TABLE, truthFor } from '../../bench/license-score.js';
export type { CorpusTruth, ExpectedLicenses, Score } from '../../bench/license-score.js';

export interface ScoredRepo {
  readonly repo: string;
  /** Our engine's project expression. */
  readonly ours: string | null;
  readonly licensee: string | null;
  readonly truth: CorpusTruth;
  readonly score: Score;
  readonly licenseeScore: Score;
}

export interface Tally {
  readonly total: number;
  readonly strict: number;
  readonly lenient: number;
  readonly strictPercent: number;
  readonly lenientPercent: number;
}

/** expected.json with the adjudication, which corpus.ts's CorpusExpected leaves out. */
export function readExpectedLicenses(entry: CorpusEntry): ExpectedLicenses {
  return JSON.parse(readFileSync(join(entry.dir, 'expected.json'), 'utf8')) as ExpectedLicenses;
}

/** Scores our expression for one repository, and licensee's answer from expected.json by the same rule. */
export function scoreRepo(entry: CorpusEntry, ours: string | null): ScoredRepo {
  const expected = readExpectedLicenses(entry);
  const truth = truthFor(expected);
  const licensee = licenseeAnswer(expected);
  return {
    repo: expected.repo,
    ours,
    licensee,
    truth,
    score: scoreAnswer(ours, truth),
    licenseeScore: scoreAnswer(licensee, truth),
  };
}

export function tally(scores: readonly Score[]): Tally {
  const strict = scores.filter((s) => s.strict).length;
  const lenient = scores.filter((s) => s.lenient).length;
  const total = scores.length;
  return { total, strict, lenient, strictPercent: percent(strict, total), lenientPercent: percent(lenient, total) };
}

/** One line per wrong repository: ours vs truth vs licensee, and where the truth came from. */
export function wrongLine(r: ScoredRepo): string {
  const truth = r.truth.truth.join(', ') || 'no listed license';
  const code = r.truth.code.join(', ') || 'none';
  return `${r.repo}: ours ${r.ours ?? '—'} | truth ${truth} (code: ${code}; from ${r.truth.source}) | licensee ${r.licensee ?? '—'}`;
}
