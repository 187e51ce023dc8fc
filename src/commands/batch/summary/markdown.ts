/**
 * summary.md: counts on top, then (for DPGA records) where the verdict and the DPGA's decision part,
 * then (for registry input) where the declared license and the found one disagree, then every target sorted by verdict, then score (best first). Cells are escaped: targets
 * and messages come from untrusted input files and repositories.
 */
import { INDICATORS } from '../../../model/indicator.js';
import type { SummaryColumns } from './csv.js';
import type { RowVerdict, SummaryRow } from './rows.js';

const VERDICT_ORDER: readonly RowVerdict[] = ['ready', 'gaps', 'not-eligible', 'error'];
const VERDICT_TEXT: Record<RowVerdict, string> = {
  ready: 'ready',
  gaps: 'gaps',
  'not-eligible': 'not eligible',
  error: 'could not be checked',
};

export function sortRows(rows: SummaryRow[]): SummaryRow[] {
  return rows.sort(
    (a, b) =>
      VERDICT_ORDER.indexOf(a.verdict) - VERDICT_ORDER.indexOf(b.verdict) ||
      (b.score ?? -1) - (a.score ?? -1) ||
      (a.target < b.target ? -1 : a.target > b.target ? 1 : 0),
  );
}

export function markdownSummary(sorted: readonly SummaryRow[], columns: SummaryColumns): string {
  const parts = ['# dpg-check batch results\n', counts(sorted)];
  if (columns.withDpga) parts.push(dpgaDisagreements(sorted));
  if (columns.withDeclared) parts.push(disagreements(sorted));
  parts.push(allTargets(sorted, columns.withDpga));
  return parts.join('\n');
}

/**
 * Where the verdict and the DPGA's decision part: an approved DPG (stage DPG, not excluded) with an
 * indicator `fail` or called not eligible, or an excluded product called ready.
 */
export function disagreesWithDpga(row: SummaryRow): boolean {
  if (row.verdict === 'error') return false;
  if (row.excludedReason !== null) return row.verdict === 'ready';
  const failed = Object.values(row.statuses).includes('fail');
  return row.stage === 'DPG' && (failed || row.verdict === 'not-eligible');
}

function dpgaDisagreements(rows: readonly SummaryRow[]): string {
  const differing = rows.filter(disagreesWithDpga);
  const head = `## Verdict vs the DPGA's decision (${differing.length} to review)\n`;
  if (differing.length === 0)
    return `${head}\nNo approved DPG fails an indicator, and no excluded product is called ready.\n`;
  const body = differing.map((r) =>
    row([
      r.target,
      r.product ?? '',
      r.excludedReason === null ? (r.stage ?? '') : `excluded: ${r.excludedReason}`,
      VERDICT_TEXT[r.verdict],
      failing(r).join(', '),
    ]),
  );
  return [head, '| Target | Product | DPGA | Verdict | Failed indicators |', '|---|---|---|---|---|', ...body, ''].join(
    '\n',
  );
}

function failing(r: SummaryRow): string[] {
  return INDICATORS.map((indicator) => indicator.id).filter((id) => r.statuses[id] === 'fail');
}

function counts(rows: readonly SummaryRow[]): string {
  const lines = VERDICT_ORDER.map(
    (verdict) => `| ${VERDICT_TEXT[verdict]} | ${rows.filter((r) => r.verdict === verdict).length} |`,
  );
  return ['| Verdict | Targets |', '|---|---:|', ...lines, `| **total** | ${rows.length} |`, ''].join('\n');
}

function disagreements(rows: readonly SummaryRow[]): string {
  const differing = rows.filter((r) => r.agreement === 'disagree' || r.agreement === 'not-found');
  const head = `## Declared license vs found (${differing.length} to review)\n`;
  if (differing.length === 0) return `${head}\nEvery checked repository holds the license its product declares.\n`;
  const body = differing.map((r) =>
    row([
      r.target,
      r.product ?? '',
      r.declared ?? '',
      r.license ?? 'none found',
      r.agreement === 'disagree' ? 'differs' : 'not found',
    ]),
  );
  return [head, '| Target | Product | Declared | Found | |', '|---|---|---|---|---|', ...body, ''].join('\n');
}

function allTargets(rows: readonly SummaryRow[], withDpga: boolean): string {
  const ids = INDICATORS.map((indicator) => indicator.id);
  const legend = INDICATORS.map((indicator) => `${indicator.id} ${indicator.title}`).join('; ');
  const dpga = withDpga ? ['DPGA'] : [];
  const header = row(['Target', ...dpga, 'Verdict', 'Score', 'License', ...ids, 'Error']);
  const rule = `|${['---', ...dpga.map(() => '---'), '---', '---:', '---', ...ids.map(() => ':-:'), '---'].join('|')}|`;
  const body = rows.map((r) =>
    row([
      r.target,
      ...(withDpga ? [r.excludedReason === null ? (r.stage ?? '') : 'excluded'] : []),
      VERDICT_TEXT[r.verdict],
      r.score === null ? '' : String(r.score),
      r.license ?? '',
      ...ids.map((id) => r.statuses[id] ?? ''),
      r.error ?? '',
    ]),
  );
  return ['## All targets\n', `Indicators: ${legend}.\n`, header, rule, ...body, ''].join('\n');
}

function row(cells: readonly string[]): string {
  return `| ${cells.map(escapeCell).join(' | ')} |`;
}

/** Plain text in a table cell: no HTML, no links or emphasis, no column breaks, one line. */
export function escapeCell(text: string): string {
  return text
    .replace(/[\r\n]+/g, ' ')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/([\\`*_[\]|#!~])/g, '\\$1');
}
