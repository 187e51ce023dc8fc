/**
 * One line of results.jsonl: where a target came from, plus either its full report or why it could
 * not be checked. `key` is what --resume and de-duplication compare.
 */
import { KnownError, SourceError } from '../../errors.js';
import type { Report } from '../../model/report.js';
import type { Declared, InputEntry } from './input/index.js';

export type FailureKind = 'invalid-target' | 'input' | 'source' | 'unexpected';

export interface Failure {
  readonly kind: FailureKind;
  readonly message: string;
  readonly hint?: string;
}

interface RecordBase {
  readonly key: string;
  /** The target as written in the input. */
  readonly target: string;
  readonly from: string;
  readonly declared?: Declared;
}

export interface CheckedRecord extends RecordBase {
  readonly report: Report;
}
export interface FailedRecord extends RecordBase {
  readonly error: Failure;
}
export type BatchRecord = CheckedRecord | FailedRecord;

function base(entry: InputEntry): RecordBase {
  const { target, from, declared } = entry;
  return { key: target.key, target: target.text, from, ...(declared ? { declared } : {}) };
}

export function checkedRecord(entry: InputEntry, report: Report): CheckedRecord {
  return { ...base(entry), report };
}

/** Secrets (a token) are cut out of every message, whatever produced it. */
export function failedRecord(entry: InputEntry, err: unknown, secrets: readonly string[] = []): FailedRecord {
  return { ...base(entry), error: redact(failureOf(err), secrets) };
}

function failureOf(err: unknown): Failure {
  if (err instanceof KnownError) {
    const kind: FailureKind = err instanceof SourceError ? 'source' : 'input';
    return { kind, message: err.message, ...(err.hint ? { hint: err.hint } : {}) };
  }
  const message = err instanceof Error ? err.message : String(err);
  return { kind: 'unexpected', message: `unexpected error: ${message.split('\n')[0]}` };
}

function redact(failure: Failure, secrets: readonly string[]): Failure {
  const clean = (text: string) =>
    secrets.filter((s) => s.length >= 4).reduce((out, s) => out.split(s).join('***'), text);
  return { ...failure, message: clean(failure.message), ...(failure.hint ? { hint: clean(failure.hint) } : {}) };
}

export function isFailed(record: BatchRecord): record is FailedRecord {
  return 'error' in record;
}

/** A line of the input that names nothing checkable: `from` says which line. */
export function invalidRecord(entry: InputEntry, message: string, hint: string): FailedRecord {
  return { ...base(entry), error: { kind: 'invalid-target', message, ...(hint ? { hint } : {}) } };
}
