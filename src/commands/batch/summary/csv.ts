/**
 * summary.csv: one row per target, RFC 4180 (CRLF, quotes doubled, quoted only when needed). A cell
 * that a spreadsheet would run as a formula (= + - @, tab, CR first) gets a leading apostrophe:
 * targets and error messages come from input files and repositories, so they are untrusted.
 */
import { INDICATORS } from '../../../model/indicator.js';
import type { SummaryRow } from './rows.js';

/** Which columns beyond the verdicts: the registry's declared license, and the DPGA's decision on a record. */
export interface SummaryColumns {
  readonly withDeclared: boolean;
  readonly withDpga: boolean;
}

export function csvHeader({ withDeclared, withDpga }: SummaryColumns): string {
  const indicators = INDICATORS.map((indicator) => `${indicator.id} ${indicator.slug}`);
  const declared = withDeclared ? ['product', 'declared_license', 'license_agreement'] : [];
  const dpga = withDpga ? ['stage', 'excluded_reason'] : [];
  return csvLine(['target', 'verdict', 'score', ...indicators, 'license', ...declared, ...dpga, 'error']);
}

export function csvRow(row: SummaryRow, { withDeclared, withDpga }: SummaryColumns): string {
  const statuses = INDICATORS.map((indicator) => row.statuses[indicator.id] ?? '');
  const declared = withDeclared ? [row.product ?? '', row.declared ?? '', row.agreement ?? ''] : [];
  const dpga = withDpga ? [row.stage ?? '', row.excludedReason ?? ''] : [];
  return csvLine([
    row.target,
    row.verdict,
    row.score === null ? '' : String(row.score),
    ...statuses,
    row.license ?? '',
    ...declared,
    ...dpga,
    row.error ?? '',
  ]);
}

function csvLine(cells: readonly string[]): string {
  return `${cells.map(csvCell).join(',')}\r\n`;
}

export function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}
