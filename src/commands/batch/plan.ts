/**
 * What one run checks: the input's targets with repeats removed (first spelling wins), then the
 * slice for `--shard i/n`. The slice is contiguous in input order, so shards 1..n of the same input
 * cover every target exactly once and their results concatenate in input order.
 */
import { UsageError } from '../../errors.js';
import type { InputEntry } from './input/index.js';

export interface Shard {
  /** 1-based, as the user wrote it. */
  readonly index: number;
  readonly count: number;
}

export interface Plan {
  readonly items: readonly InputEntry[];
  /** Distinct targets in the whole input, before sharding. */
  readonly distinct: number;
  /** Lines naming a target already listed. */
  readonly duplicates: number;
}

export function planBatch(entries: readonly InputEntry[], shard?: Shard): Plan {
  const seen = new Set<string>();
  const unique: InputEntry[] = [];
  for (const entry of entries) {
    if (seen.has(entry.target.key)) continue;
    seen.add(entry.target.key);
    unique.push(entry);
  }
  const items = shard ? shardSlice(unique, shard) : unique;
  return { items, distinct: unique.length, duplicates: entries.length - unique.length };
}

export function shardSlice<T>(list: readonly T[], { index, count }: Shard): T[] {
  const start = Math.floor(((index - 1) * list.length) / count);
  const end = Math.floor((index * list.length) / count);
  return list.slice(start, end);
}

export function parseShard(text: string): Shard {
  const match = /^(\d{1,6})\/(\d{1,6})$/.exec(text.trim());
  const index = Number(match?.[1]);
  const count = Number(match?.[2]);
  if (!match || count < 1 || index < 1 || index > count) {
    throw new UsageError(
      `--shard ${text} is not a slice i/n with 1 <= i <= n`,
      'e.g. --shard 2/5 for the second of five machines',
    );
  }
  return { index, count };
}
