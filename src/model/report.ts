/** The report: the stable JSON contract (schemas/report.schema.json), version `schemaVersion`. */
import type { AnswersKind, AnswersWarning, NormalisedShape } from './declaration.js';
import type { IndicatorId, IndicatorSlug } from './indicator.js';
import type { Outcome } from './finding.js';
import type { RepoTarget } from './snapshot.js';

export type IndicatorStatus = 'pass' | 'warn' | 'fail' | 'manual' | 'n/a' | 'error';
export type Verdict = 'ready' | 'gaps' | 'not-eligible';
export type LicenseMethod = 'text' | 'manifest' | 'header' | 'readme' | 'host';

export interface Evidence {
  /** The id of the check that looked at it (absent in reports from before 0.2). */
  readonly check?: string;
  /** What the check concluded from this piece of evidence. */
  readonly outcome: Outcome;
  readonly path: string | null;
  readonly line: number | null;
  readonly url: string | null;
  readonly detail: string;
}

export interface CheckSummary {
  readonly id: string;
  readonly title: string;
  readonly level: 'required' | 'recommended';
  readonly outcome: Outcome;
  /** Set when the check threw: its message. */
  readonly error?: string;
  /** What to do, set when the check did not pass (also listed, de-duplicated, in the indicator's advice). */
  readonly advice?: string;
}

export interface IndicatorResult {
  readonly id: IndicatorId;
  readonly slug: IndicatorSlug;
  readonly title: string;
  readonly status: IndicatorStatus;
  readonly score: number;
  readonly evidence: readonly Evidence[];
  readonly advice: readonly string[];
  readonly checks: readonly CheckSummary[];
}

export interface DetectedLicense {
  readonly spdx: string;
  readonly path: string | null;
  readonly confidence: number;
  readonly method: LicenseMethod;
}

export interface LicenseSummary {
  readonly expression: string | null;
  readonly approved: boolean;
  readonly detected: readonly DetectedLicense[];
}

export type StatusCounts = Record<IndicatorStatus, number>;

export interface Report {
  readonly schemaVersion: 1;
  readonly tool: { readonly name: 'dpg-check'; readonly version: string };
  readonly standard: { readonly version: string };
  readonly target: RepoTarget;
  readonly declaredAnswers: {
    readonly path: string | null;
    /** Top-level answer -> the file it came from (dpg.yml or publiccode.yml), when answers were found. */
    readonly origins?: Readonly<Record<string, string>>;
  };
  /** Present when the answers came from --answers, are a DPGA record, or there is something to tell about them. */
  readonly declaration?: DeclarationNotes;
  readonly indicators: readonly IndicatorResult[];
  readonly licenses: LicenseSummary;
  readonly summary: { readonly score: number; readonly verdict: Verdict; readonly counts: StatusCounts };
  /** Present when a config file or a policy flag is in effect: how the build's policy judged this report. */
  readonly policy?: PolicyResult;
}

/** What the report says about the answers themselves, beside the indicators they settle. */
export interface DeclarationNotes {
  /** 'file': given with --answers, used instead of the repository's own answers; 'repository': found there. */
  readonly source: 'repository' | 'file';
  readonly path: string;
  /** A DPGA nominee record read together with its screening answers: the screening file (digitalpublicgoods/…). */
  readonly screening?: string;
  readonly kind: AnswersKind;
  readonly normalised: readonly NormalisedShape[];
  readonly warnings: readonly AnswersWarning[];
}

/** The mildest indicator status that fails the build: warn < manual < fail (error always fails). */
export type FailOn = 'fail' | 'warn' | 'manual';
/** applied: it excused a gap; unused: nothing to excuse; expired: past its date, so it excused nothing. */
export type WaiverState = 'applied' | 'unused' | 'expired';

export interface WaiverResult {
  readonly indicator: IndicatorId;
  readonly reason: string;
  /** Last day (UTC) the waiver applies, YYYY-MM-DD, or null for no end. */
  readonly expires: string | null;
  readonly state: WaiverState;
}

/** Policy is applied after scoring: the indicator scores stay the Standard's; this decides the exit code. */
export interface PolicyResult {
  /** The config file used, or null when only flags set the policy. */
  readonly config: string | null;
  readonly failOn: FailOn;
  readonly minScore: number | null;
  /** The overall score over the indicators that are not skipped. */
  readonly score: number;
  readonly skipped: readonly IndicatorId[];
  readonly required: readonly IndicatorId[];
  readonly waivers: readonly WaiverResult[];
  /** Why the build fails, one sentence each; empty when it passes. */
  readonly failures: readonly string[];
  readonly passed: boolean;
}
