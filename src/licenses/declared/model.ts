/** The record every declared-license reader returns (re-exported by index.ts). */
export interface DeclaredLicense {
  /** SPDX expression; null when the declaration could not be read as one (see `problem`). */
  expression: string | null;
  /** The declaration as written (for a legacy array, its entries joined with ' OR '). */
  raw: string;
  path: string;
  line: number;
  method: 'manifest' | 'readme' | 'header' | 'reuse';
  /** e.g. 'package.json license', 'pyproject classifiers', 'README License section', 'SPDX headers (12 of 30 sampled files)'. */
  source: string;
  /** The original text when `expression` is a repair of it ("read 'Apache 2' as Apache-2.0"). */
  repairedFrom?: string;
  problem?: 'invalid' | 'unparseable' | 'proprietary' | 'see-file';
  /** REUSE: the path pattern(s) this license applies to, space-separated. */
  covers?: string;
}

export type Method = DeclaredLicense['method'];

/** Where a record was read: everything but the license itself. */
export interface At {
  readonly path: string;
  readonly line: number;
  readonly method: Method;
  readonly source: string;
  readonly covers?: string;
}
