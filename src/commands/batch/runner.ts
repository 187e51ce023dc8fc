/**
 * Runs the plan with at most `concurrency` targets in flight. Each finished target is written before
 * the next one is taken, and its report is dropped: memory holds `concurrency` reports, never the batch.
 * A target that fails becomes a failed record; only a failure to write the results stops the batch.
 */
import type { Report } from '../../model/report.js';
import type { InputEntry } from './input/index.js';
import { checkedRecord, failedRecord, invalidRecord, type BatchRecord } from './record.js';
import type { GitHubTarget, LocalTarget } from './targets.js';

/** `answersFile`: a DPGA record to check the target against instead of its own answers (--answers). */
export type CheckOne = (target: GitHubTarget | LocalTarget, answersFile?: string) => Promise<Report>;

export interface BatchRun {
  readonly items: readonly InputEntry[];
  readonly concurrency: number;
  readonly check: CheckOne;
  readonly write: (record: BatchRecord) => Promise<void>;
  /** Called after each record is written. */
  readonly onFinished?: (failed: boolean) => void;
  /** Cut out of every error message (a token). */
  readonly secrets?: readonly string[];
}

export interface BatchTally {
  readonly checked: number;
  readonly failed: number;
}

export async function runBatch(batch: BatchRun): Promise<BatchTally> {
  let next = 0;
  let checked = 0;
  let failed = 0;
  const worker = async (): Promise<void> => {
    while (next < batch.items.length) {
      const entry = batch.items[next++] as InputEntry;
      const record = await checkEntry(entry, batch);
      try {
        await batch.write(record);
      } catch (err) {
        next = batch.items.length; // the other workers stop taking targets too
        throw err;
      }
      if ('error' in record) failed++;
      else checked++;
      batch.onFinished?.('error' in record);
    }
  };
  const workers = Math.max(1, Math.min(batch.concurrency, batch.items.length));
  await Promise.all(Array.from({ length: workers }, worker));
  return { checked, failed };
}

async function checkEntry(entry: InputEntry, batch: BatchRun): Promise<BatchRecord> {
  const { target } = entry;
  if (target.kind === 'invalid') return invalidRecord(entry, target.message, target.hint);
  try {
    return checkedRecord(entry, await batch.check(target, entry.answersFile));
  } catch (err) {
    return failedRecord(entry, err, batch.secrets);
  }
}
