/**
 * summary.md: counts on top, then (for registry input) where the declared license and the found one
 * disagree, then every target sorted by verdict, then score (best first). Cells are escaped: targets
 * and messages come from untrusted input files and repositories.
 */
import { INDICATORS } from '../../../model/indicator.js';
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

export function markdownSummary(sorted: readonly SummaryRow[], withDeclared: boolean): string {
  const parts = ['# dpg-check batch results\n', counts(sorted)];
  if (withDeclared) parts.push(disagreements(sorted));
  parts.push(allTargets(sorted));
  return parts.join('\n');
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

function allTargets(rows: readonly SummaryRow[]): string {
  const ids = INDICATORS.map((indicator) => indicator.id);
  const legend = INDICATORS.map((indicator) => `${indicator.id} ${indicator.title}`).join('; ');
  const header = row(['Target', 'Verdict', 'Score', 'License', ...ids, 'Error']);
  const rule = `|${['---', '---', '---:', '---', ...ids.map(() => ':-:'), '---'].join('|')}|`;
  const body = rows.map((r) =>
    row([
      r.target,
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
