/** What one check says about one thing it looked at. Wording lives in the check's `meta.messages`. */

export type Outcome = 'pass' | 'warn' | 'fail' | 'needs-review' | 'not-applicable' | 'error';

export interface Finding<M extends string = string> {
  readonly outcome: Outcome;
  readonly messageId: M;
  readonly data?: Readonly<Record<string, string | number | undefined>>;
  /** The repository file that is the evidence, if any. */
  readonly path?: string;
  readonly line?: number;
  /** An outside page that is the evidence (e.g. a declared URL). */
  readonly url?: string;
}
