/**
 * The shields.io endpoint badge (https://shields.io/badges/endpoint-badge): a small JSON a project
 * publishes at a stable URL; shields.io renders it as "DPG Standard | 61/100 · gaps".
 */
import type { Report, Verdict } from '../../model/report.js';

export const BADGE_LABEL = 'DPG Standard';

export interface ShieldsEndpoint {
  readonly schemaVersion: 1;
  readonly label: string;
  readonly message: string;
  readonly color: string;
}

/** A gaps verdict close to ready is yellow; far from it, orange. */
const NEAR_READY_SCORE = 75;

export function badgeColor(verdict: Verdict, score: number): string {
  if (verdict === 'ready') return 'brightgreen';
  if (verdict === 'not-eligible') return 'red';
  return score >= NEAR_READY_SCORE ? 'yellow' : 'orange';
}

export function badgeEndpoint(report: Report): ShieldsEndpoint {
  const { score, verdict } = report.summary;
  return {
    schemaVersion: 1,
    label: BADGE_LABEL,
    message: `${score}/100 · ${verdict}`,
    color: badgeColor(verdict, score),
  };
}

/** True when the text is a badge this command wrote before: only such a file is replaced without --force. */
export function isOurBadge(text: string): boolean {
  try {
    const parsed = JSON.parse(text) as Partial<ShieldsEndpoint> | null;
    return parsed !== null && typeof parsed === 'object' && parsed.schemaVersion === 1 && parsed.label === BADGE_LABEL;
  } catch {
    return false;
  }
}
