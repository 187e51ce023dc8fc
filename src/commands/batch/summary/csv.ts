/**
 * summary.csv: one row per target, RFC 4180 (CRLF, quotes doubled, quoted only when needed). A cell
 * that a spreadsheet would run as a formula (= + - @, tab, CR first) gets a leading apostrophe:
 * targets and error messages come from input files and repositories, so they are untrusted.
 */
import { INDICATORS } from '../../../model/indicator.js';
import type { SummaryRow } from './rows.js';

export function csvHeader(withDeclared: boolean): string {
  const indicators = INDICATORS.map((indicator) => `${indicator.id} ${indicator.slug}`);
  const declared = withDeclared ? ['product', 'declared_license', 'license_agreement'] : [];
  return csvLine(['target', 'verdict', 'score', ...indicators, 'license', ...declared, 'error']);
}

export function csvRow(row: SummaryRow, withDeclared: boolean): string {
  const statuses = INDICATORS.map((indicator) => row.statuses[indicator.id] ?? '');
  const declared = withDeclared ? [row.product ?? '', row.declared ?? '', row.agreement ?? ''] : [];
  return csvLine([
    row.target,
    row.verdict,
    row.score === null ? '' : String(row.score),
    ...statuses,
    row.license ?? '',
    ...declared,
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
