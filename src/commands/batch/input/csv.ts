/**
 * A spreadsheet export: the targets are in one column (`--column NAME`, or a column called
 * repository / repo / url / repositoryURL). Rows with an empty cell are skipped like blank lines.
 */
import { parse } from 'csv-parse/sync';
import { InputError } from '../../../errors.js';
import { parseTarget, type ParseContext } from '../targets.js';
import type { BatchInput, InputEntry } from './types.js';

const USUAL_COLUMNS = ['repository', 'repo', 'url', 'repositoryurl', 'repository_url', 'repository url'];

interface ParsedRow {
  readonly record: Record<string, string>;
  readonly info: { readonly lines: number };
}

export function parseCsvList(
  text: string,
  shownAs: string,
  column: string | undefined,
  context: ParseContext,
): BatchInput {
  const rows = parseRows(text, shownAs);
  const header = Object.keys(rows[0]?.record ?? headerOf(text, shownAs));
  const chosen = pickColumn(header, column, shownAs);
  const entries: InputEntry[] = [];
  for (const { record, info } of rows) {
    const cell = (record[chosen] ?? '').trim();
    if (cell !== '') entries.push({ target: parseTarget(cell, context), from: `${shownAs}:${info.lines}` });
  }
  return { kind: 'csv', entries, notes: [] };
}

function parseRows(text: string, shownAs: string): ParsedRow[] {
  try {
    return parse(text, { columns: true, info: true, skip_empty_lines: true, bom: true, trim: false }) as ParsedRow[];
  } catch (err) {
    throw csvError(err, shownAs);
  }
}

function headerOf(text: string, shownAs: string): Record<string, string> {
  try {
    const [first] = parse(text, { to_line: 1, bom: true }) as string[][];
    return Object.fromEntries((first ?? []).map((name) => [name, '']));
  } catch (err) {
    throw csvError(err, shownAs);
  }
}

function pickColumn(header: readonly string[], column: string | undefined, shownAs: string): string {
  if (header.length === 0)
    throw new InputError(`${shownAs} is empty`, 'a CSV file needs a header line naming its columns');
  const found =
    column !== undefined
      ? (header.find((name) => name === column) ??
        header.find((name) => name.trim().toLowerCase() === column.trim().toLowerCase()))
      : header.find((name) => USUAL_COLUMNS.includes(name.trim().toLowerCase()));
  if (found !== undefined) return found;
  const names = header.map((name) => JSON.stringify(name)).join(', ');
  const what = column === undefined ? 'has no repository column' : `has no column ${JSON.stringify(column)}`;
  throw new InputError(`${shownAs} ${what}; its columns are ${names}`, 'choose one with --column NAME');
}

function csvError(err: unknown, shownAs: string): InputError {
  const { message, lines } = err as { message?: string; lines?: number };
  const where = typeof lines === 'number' ? `${shownAs}:${lines}` : shownAs;
  const reason = (message ?? 'unreadable CSV')
    .replace(/^Invalid (?:Record|Opening Quote|Closing Quote)[^:]*:\s*/i, '')
    .split('\n')[0];
  return new InputError(
    `${where}: not valid CSV (${reason})`,
    'export it again as CSV with a header line, or pass a plain list',
  );
}
