/** The report: the stable JSON contract (schemas/report.schema.json), version `schemaVersion`. */
import type { IndicatorId, IndicatorSlug } from './indicator.js';
import type { Outcome } from './finding.js';
import type { RepoTarget } from './snapshot.js';

export type IndicatorStatus = 'pass' | 'warn' | 'fail' | 'manual' | 'n/a' | 'error';
export type Verdict = 'ready' | 'gaps' | 'not-eligible';
export type LicenseMethod = 'text' | 'manifest' | 'header' | 'readme' | 'host';

export interface Evidence {
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
  readonly declaredAnswers: { readonly path: string | null };
  readonly indicators: readonly IndicatorResult[];
  readonly licenses: LicenseSummary;
  readonly summary: { readonly score: number; readonly verdict: Verdict; readonly counts: StatusCounts };
}
