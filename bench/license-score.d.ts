/** Types of bench/license-score.js, for the TypeScript tests that share it. */

export interface TruthEntry {
  readonly truth: readonly string[];
  readonly code: readonly string[];
  readonly reason: string;
}

export interface CorpusTruth {
  /** Every license family that applies to part of the repository. */
  readonly truth: readonly string[];
  /** The families that license the code ([] = a license with no SPDX id). */
  readonly code: readonly string[];
  readonly source: 'table' | 'licensee' | 'registry';
  readonly reason: string | null;
}

/** The fields of a corpus expected.json the scoring reads. */
export interface ExpectedLicenses {
  readonly repo: string;
  readonly declaredSpdx?: readonly string[] | null;
  readonly licensee?: { readonly project?: string | null } | null;
  readonly adjudication?: { readonly whoIsRight?: string | null } | null;
}

export interface Score {
  readonly found: readonly string[];
  readonly strict: boolean;
  readonly lenient: boolean;
}

export type Answer = string | readonly string[] | null | undefined;

export const TRUTH_TABLE: Readonly<Record<string, TruthEntry>>;
export function familyOf(id: string): string;
export function familiesOf(answer: Answer): Set<string>;
export function licenseeAnswer(expected: ExpectedLicenses): string | null;
export function truthFor(expected: ExpectedLicenses): CorpusTruth;
export function scoreAnswer(answer: Answer, truth: Pick<CorpusTruth, 'truth' | 'code'>): Score;
export function percent(right: number, total: number): number;
