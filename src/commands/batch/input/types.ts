/** What every batch input format produces: the targets in input order, with where each came from. */
import type { BatchTarget } from '../targets.js';

/** What the registry declares about the product a repository belongs to. */
export interface Declared {
  readonly product: string;
  /** SPDX ids as filed (the registry often uses deprecated ids such as GPL-3.0). */
  readonly licenses: readonly string[];
}

export interface InputEntry {
  readonly target: BatchTarget;
  /** Where it came from, for error rows: `repos.txt:12`, `registry.json records[40] (slug)`. */
  readonly from: string;
  readonly declared?: Declared;
}

export type InputKind = 'list' | 'registry' | 'csv';

export interface BatchInput {
  readonly kind: InputKind;
  readonly entries: readonly InputEntry[];
  /** Things worth telling the user that are not errors (records without a repository, say). */
  readonly notes: readonly string[];
}
