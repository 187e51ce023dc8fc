/**
 * Builds summary.csv and summary.md from results.jsonl in one streaming pass: CSV rows are written as
 * they are read; the Markdown table needs sorting, so it keeps the small rows (not the reports).
 * Each file is written beside its final name and renamed, so a reader never sees half a summary.
 */
import { join } from 'node:path';
import { openPartialFile, writeWholeFile, type PartialFile } from '../../../output/partial-file.js';
import { csvHeader, csvRow } from './csv.js';
import { markdownSummary, sortRows } from './markdown.js';
import { streamRows, type SummaryRow } from './rows.js';

export type SummaryFormat = 'csv' | 'md' | 'jsonl';
export const SUMMARY_FORMATS: readonly SummaryFormat[] = ['csv', 'md', 'jsonl'];
export const SUMMARY_FILES = { csv: 'summary.csv', md: 'summary.md' } as const;

export interface SummaryOptions {
  readonly resultsPath: string;
  readonly shownAs: string;
  readonly outDir: string;
  readonly formats: readonly SummaryFormat[];
  /** Registry input: add the declared license and whether it agrees. */
  readonly withDeclared: boolean;
  /** DPGA nominee records: add each record's stage and exclusion reason, and where the verdict disagrees. */
  readonly withDpga?: boolean;
}

export interface SummaryCounts {
  readonly total: number;
  readonly failed: number;
}

const FLUSH_BYTES = 64 * 1024;

export async function writeSummaries(options: SummaryOptions): Promise<SummaryCounts> {
  const csv = options.formats.includes('csv')
    ? await openPartialFile(join(options.outDir, SUMMARY_FILES.csv))
    : undefined;
  const keepRows = options.formats.includes('md');
  const rows: SummaryRow[] = [];
  let total = 0;
  let failed = 0;
  const columns = { withDeclared: options.withDeclared, withDpga: options.withDpga === true };
  let pending = csvHeader(columns);
  try {
    for await (const row of streamRows(options.resultsPath, options.shownAs)) {
      total++;
      if (row.verdict === 'error') failed++;
      if (keepRows) rows.push(row);
      if (!csv) continue;
      pending += csvRow(row, columns);
      if (pending.length >= FLUSH_BYTES) pending = await flush(csv, pending);
    }
    if (csv) await flush(csv, pending);
  } finally {
    await csv?.close();
  }
  if (csv) await csv.publish();
  if (keepRows) await writeWholeFile(join(options.outDir, SUMMARY_FILES.md), markdownSummary(sortRows(rows), columns));
  return { total, failed };
}

async function flush(file: PartialFile, text: string): Promise<string> {
  await file.write(text);
  return '';
}
