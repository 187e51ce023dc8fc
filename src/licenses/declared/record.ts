/** Builds DeclaredLicense records from declared values, so every reader reports repairs the same way. */
import type { At, DeclaredLicense } from './model.js';
import { repairExpression } from './repair.js';
import { shortText } from './lines.js';

/** A multi-line value (a whole license pasted into a manifest) is read by its first line. */
const firstLine = (value: string) => value.trim().split('\n', 1)[0] ?? '';

export function record(written: string, at: At): DeclaredLicense | undefined {
  const value = firstLine(written);
  const repair = repairExpression(value);
  if (!repair) return undefined;
  const source = repair.file ? `${at.source}, see ${repair.file}` : at.source;
  return {
    expression: repair.expression,
    raw: shortText(value, 300),
    ...at,
    source,
    ...(repair.repairedFrom !== undefined ? { repairedFrom: shortText(repair.repairedFrom, 300) } : {}),
    ...(repair.problem ? { problem: repair.problem } : {}),
  };
}

/**
 * Lists of licenses in one field (npm's legacy `licenses`, composer, gemspec, mix, Maven) mean
 * "any of these": the readable ones join with OR, the others are reported one by one.
 */
export function anyOf(values: readonly string[], at: At): DeclaredLicense[] {
  const records = values.flatMap((v) => record(v, at) ?? []);
  const read = records.filter((r) => r.expression !== null && !r.problem);
  if (read.length <= 1) return records;
  const expression = read.map((r) => (/\s/.test(r.expression ?? '') ? `(${r.expression})` : r.expression)).join(' OR ');
  const raw = read.map((r) => r.raw).join(' OR ');
  const repaired = read.some((r) => r.repairedFrom !== undefined);
  const combined: DeclaredLicense = { expression, raw, ...at, ...(repaired ? { repairedFrom: raw } : {}) };
  return [combined, ...records.filter((r) => !read.includes(r))];
}

export function unparseable(at: Omit<At, 'line'>, raw = '', line = 1): DeclaredLicense {
  return { expression: null, raw: shortText(raw), ...at, line, problem: 'unparseable' };
}
