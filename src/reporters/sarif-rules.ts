/**
 * SARIF rules: one per DPG indicator. Evidence in the report belongs to an indicator, not to a
 * check, and reviewers judge indicators, so a code-scanning alert per indicator says what a reviewer
 * would say. The checks behind each indicator are listed in the rule's help.
 */
import { INDICATORS } from '../model/indicator.js';
import type { IndicatorResult, Report } from '../model/report.js';
import { INDICATOR_REQUIREMENT, STANDARD_URL } from './indicator-help.js';

export interface SarifText {
  readonly text: string;
  readonly markdown?: string;
}

export interface SarifRule {
  readonly id: string;
  readonly name: string;
  readonly shortDescription: SarifText;
  readonly fullDescription: SarifText;
  readonly help: SarifText;
  readonly helpUri: string;
  readonly defaultConfiguration: { readonly level: 'error' | 'warning' };
  readonly properties: {
    readonly tags: readonly string[];
    readonly indicator: string;
    readonly checks: readonly string[];
  };
}

/** `DPG2`, `DPG9a`: short, stable, and what the Standard calls the indicator. */
export const ruleIdOf = (indicator: Pick<IndicatorResult, 'id'>): string => `DPG${indicator.id}`;

/** In the order of the report (which is the Standard's order), so ruleIndex is the indicator's position. */
export function sarifRules(report: Report): SarifRule[] {
  return report.indicators.map((indicator) => {
    const info = INDICATORS.find((i) => i.id === indicator.id);
    const requirement = INDICATOR_REQUIREMENT[indicator.id];
    const checks = [...indicator.checks].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    const checkLines = checks.map((c) => `- \`${c.id}\` (${c.level}): ${c.title}`);
    const judged = checks.length > 0 ? `dpg-check judges it with these checks:\n\n${checkLines.join('\n')}\n\n` : '';
    return {
      id: ruleIdOf(indicator),
      name: pascalCase(indicator.slug),
      shortDescription: { text: `DPG Standard indicator ${indicator.id}: ${indicator.title}` },
      fullDescription: { text: requirement },
      help: {
        text: `${requirement} A failing required check fails the indicator; a failing recommended one only warns. See ${STANDARD_URL}`,
        markdown:
          `**Indicator ${indicator.id}: ${indicator.title}**\n\n${requirement}\n\n${judged}` +
          `A failing *required* check fails the indicator; a failing *recommended* one only warns. ` +
          `${info?.blocking ? "This indicator is part of the DPGA's gate (indicators 1–3). " : ''}See [the DPG Standard](${STANDARD_URL}).`,
      },
      helpUri: STANDARD_URL,
      defaultConfiguration: { level: info?.blocking ? 'error' : 'warning' },
      properties: {
        tags: ['dpg-standard', `dpg-indicator-${indicator.id}`, indicator.slug],
        indicator: indicator.id,
        checks: checks.map((c) => c.id),
      },
    };
  });
}

function pascalCase(slug: string): string {
  return slug
    .split('-')
    .map((word) => word.charAt(0).toUpperCase() + word.slice(1))
    .join('');
}
