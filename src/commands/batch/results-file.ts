/**
 * results.jsonl: one record per line, appended and handed to the kernel as each target finishes, so
 * a run killed at any moment keeps every finished target. --resume reads it back (streaming), and cuts
 * off a last line that a crash left half-written, so that target is simply checked again.
 */
import { InputError } from '../../errors.js';
import { openAppendFile } from '../../output/append.js';
import { readJsonLines, type JsonLine } from './json-lines.js';
import type { BatchRecord } from './record.js';

export const RESULTS_FILE = 'results.jsonl';

export interface PriorResults {
  /** Key -> whether that target failed. */
  readonly outcomes: ReadonlyMap<string, boolean>;
  /** Bytes of whole lines; anything after is a half-written line. */
  readonly validBytes: number;
  readonly droppedPartialLine: boolean;
}

export async function scanResults(path: string, shownAs: string): Promise<PriorResults> {
  const outcomes = new Map<string, boolean>();
  let validBytes = 0;
  let droppedPartialLine = false;
  for await (const line of readJsonLines(path)) {
    if (!line.complete) {
      droppedPartialLine = true;
      break;
    }
    validBytes = line.end;
    const record = parseRecordLine(line, shownAs);
    if (record && !outcomes.has(record.key)) outcomes.set(record.key, 'error' in record);
  }
  return { outcomes, validBytes, droppedPartialLine };
}

/** A whole line that is not a record was not written by us (or was edited): stop rather than guess. */
export function parseRecordLine(line: JsonLine, shownAs: string): BatchRecord | undefined {
  if (line.text.trim() === '') return undefined;
  let value: unknown;
  try {
    value = JSON.parse(line.text);
  } catch {
    value = undefined;
  }
  const record = value as Partial<Record<'key' | 'report' | 'error', unknown>> | undefined;
  const valid =
    typeof record === 'object' &&
    record !== null &&
    typeof record.key === 'string' &&
    (typeof record.report === 'object' || typeof record.error === 'object');
  if (!valid)
    throw new InputError(
      `${shownAs}:${line.number} is not a dpg-check batch record`,
      'remove that line, or start over with --force',
    );
  return value as BatchRecord;
}

export interface ResultsWriter {
  append(record: BatchRecord): Promise<void>;
  close(): Promise<void>;
}

/** A fresh run has no file yet; a resumed one passes `keepBytes` and loses only a half-written last line. */
export async function openResults(path: string, keepBytes?: number): Promise<ResultsWriter> {
  const file = await openAppendFile(path, keepBytes);
  // One write per line, one line at a time: concurrent targets never interleave their lines.
  return { append: (record) => file.append(`${JSON.stringify(record)}\n`), close: () => file.close() };
}
