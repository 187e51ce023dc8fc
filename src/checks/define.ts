/** The contract every check follows, built-in or plugin. */
import type { Declaration, DeclaredAnswers } from '../model/declaration.js';
import type { Finding } from '../model/finding.js';
import type { IndicatorId } from '../model/indicator.js';
import type { RepoSnapshot } from '../model/snapshot.js';
import type { RepoFacts } from '../facts/index.js';

export interface CheckMeta<M extends string> {
  /** `<indicator-slug>/<check-name>`, the same as the file path under src/checks/. */
  readonly id: string;
  readonly indicator: IndicatorId;
  /** A failing `required` check fails its indicator; a failing `recommended` one only warns. */
  readonly level: 'required' | 'recommended';
  readonly title: string;
  /** Why the DPGA cares, in one or two sentences. */
  readonly rationale: string;
  /** What to do when the check does not pass; shown as advice. */
  readonly remediation: string;
  /** Case-insensitive globs of the files whose text the check needs in `repo.texts`. */
  readonly reads: readonly string[];
  /** Message templates by id; `{{name}}` is filled from a finding's `data`. */
  readonly messages: Readonly<Record<M, string>>;
}

export interface CheckContext {
  readonly repo: RepoSnapshot;
  /** The owner's declared answers, when the repository has a dpg.yml. */
  readonly declaration: Declaration | undefined;
  /** Where each declared answer is written (file and line), for findings that cite a claim; absent in older callers. */
  readonly declared?: DeclaredAnswers | undefined;
  /** Facts derived once from the snapshot and shared by several checks (e.g. licenses). */
  readonly facts: RepoFacts;
  /** Passed in rather than read, so checks stay deterministic. */
  readonly now: Date;
}

export interface Check<M extends string = string> {
  readonly meta: CheckMeta<M>;
  /** Pure and synchronous: no I/O, no clock, no randomness. Returns at least one finding. */
  run(ctx: CheckContext): Finding<NoInfer<M>>[];
}

/** Identity function that lets TypeScript infer `M` from `meta.messages`, so a typo in a messageId is a type error. */
export const defineCheck = <M extends string>(check: Check<M>): Check<M> => check;
