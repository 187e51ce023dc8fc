/** What every batch input format produces: the targets in input order, with where each came from. */
import type { BatchTarget } from '../targets.js';

/** What the registry declares about the product a repository belongs to. */
export interface Declared {
  readonly product: string;
  /** SPDX ids as filed (the registry often uses deprecated ids such as GPL-3.0). */
  readonly licenses: readonly string[];
  /** A DPGA nominee record: its `stage` as recorded ("" when it has none). */
  readonly stage?: string;
  /** A record in excluded-nominees/: why the DPGA excluded it (excluded-nominees/README.md). */
  readonly excludedReason?: string;
}

export interface InputEntry {
  readonly target: BatchTarget;
  /** Where it came from, for error rows: `repos.txt:12`, `registry.json records[40] (slug)`. */
  readonly from: string;
  readonly declared?: Declared;
  /** A DPGA nominee record: the target is checked against it (dpg-check --answers FILE). */
  readonly answersFile?: string;
}

/** 'nominees': DPGA nominee records, each target checked against its own record. */
export type InputKind = 'list' | 'registry' | 'csv' | 'nominees';

export interface BatchInput {
  readonly kind: InputKind;
  readonly entries: readonly InputEntry[];
  /** Things worth telling the user that are not errors (records without a repository, say). */
  readonly notes: readonly string[];
}
