/**
 * The few fields of a record the summaries show. Read by streaming results.jsonl, so a summary of
 * 5,000 targets holds 5,000 of these small rows, never 5,000 reports.
 */
import { INDICATORS, type IndicatorId } from '../../../model/indicator.js';
import type { IndicatorStatus, Verdict } from '../../../model/report.js';
import { readJsonLines } from '../json-lines.js';
import { compareLicenses, type Agreement } from '../license-agreement.js';
import { isFailed, type BatchRecord } from '../record.js';
import { parseRecordLine } from '../results-file.js';

export type RowVerdict = Verdict | 'error';

export interface SummaryRow {
  readonly target: string;
  readonly verdict: RowVerdict;
  readonly score: number | null;
  readonly statuses: Readonly<Partial<Record<IndicatorId, IndicatorStatus>>>;
  readonly license: string | null;
  readonly product: string | null;
  readonly declared: string | null;
  readonly agreement: Agreement | null;
  /** DPGA nominee records: the record's stage ("" when it has none) and, for an excluded one, why. */
  readonly stage: string | null;
  readonly excludedReason: string | null;
  readonly error: string | null;
}

export function rowOf(record: BatchRecord): SummaryRow {
  const declared = record.declared ? record.declared.licenses.join(', ') : null;
  const product = record.declared?.product ?? null;
  const stage = record.declared?.stage ?? null;
  const excludedReason = record.declared?.excludedReason ?? null;
  if (isFailed(record)) {
    const error = record.error.hint ? `${record.error.message} (${record.error.hint})` : record.error.message;
    return {
      target: record.target,
      verdict: 'error',
      score: null,
      statuses: {},
      license: null,
      product,
      declared,
      agreement: null,
      stage,
      excludedReason,
      error,
    };
  }
  const { report } = record;
  const statuses: Partial<Record<IndicatorId, IndicatorStatus>> = {};
  for (const indicator of report.indicators) statuses[indicator.id] = indicator.status;
  const license = report.licenses.expression;
  const agreement = record.declared ? compareLicenses(record.declared.licenses, license) : null;
  return {
    target: record.target,
    verdict: report.summary.verdict,
    score: report.summary.score,
    statuses,
    license,
    product,
    declared,
    agreement,
    stage,
    excludedReason,
    error: null,
  };
}

/** Each key once (the first line wins: concatenated shard outputs may overlap); a half-written last line is left out. */
export async function* streamRows(path: string, shownAs: string): AsyncGenerator<SummaryRow> {
  const seen = new Set<string>();
  for await (const line of readJsonLines(path)) {
    if (!line.complete) break;
    const record = parseRecordLine(line, shownAs);
    if (!record || seen.has(record.key)) continue;
    seen.add(record.key);
    yield rowOf(record);
  }
}

export const INDICATOR_IDS: readonly IndicatorId[] = INDICATORS.map((indicator) => indicator.id);
