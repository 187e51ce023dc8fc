/**
 * What each indicator of the DPG Standard asks for, in our own words, for the rule help of SARIF
 * and Markdown. The Standard keeps all indicators in one table in standard.md (no per-indicator
 * anchors), so every indicator links to that page.
 */
import type { IndicatorId } from '../model/indicator.js';

export const STANDARD_URL = 'https://github.com/DPGAlliance/dpg-standard/blob/main/standard.md';
export const TOOL_URL = 'https://github.com/dpg-check/dpg-check';

export const INDICATOR_REQUIREMENT: Record<IndicatorId, string> = {
  '1': 'The product shows how it helps to advance one or more of the UN Sustainable Development Goals.',
  '2': 'The product is published under a license on the DPGA list of approved open licenses (OSI-approved for software, Creative Commons for content, Open Data Commons or equivalent for data).',
  '3': 'Who owns the product and what it produces is clearly defined and documented, for example by copyright or trademark notices.',
  '4': "Mandatory dependencies that restrict more than the product's own license have open alternatives, or the product is shown to be independent of them.",
  '5': 'Documentation lets a technical person unfamiliar with the project set it up and run it (for data: describes every field and how it was collected).',
  '6': 'Non-personal data and content can be extracted from and imported into the system in a non-proprietary format.',
  '7': 'The product is designed and developed to comply with privacy and other applicable laws.',
  '8': 'The product is designed and developed to follow relevant standards, best practices and principles.',
  '9a': 'Where personal data (PII) is collected, stored or distributed, the project shows how its privacy, security and integrity are ensured.',
  '9b': 'Where content is collected, stored or distributed, there are policies defining inappropriate and illegal content and processes to detect, moderate, report and remove it.',
  '9c': 'Where users or contributors interact, there is a process to protect them from grief, abuse and harassment, and a system for the safety of underage users.',
};
