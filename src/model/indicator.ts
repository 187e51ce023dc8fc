/** The indicators of the DPG Standard. Ids and slugs are part of the JSON contract: never rename. */

export const INDICATORS = [
  { id: '1', slug: 'sdg-relevance', title: 'Relevance to the SDGs', blocking: true },
  { id: '2', slug: 'open-license', title: 'Use of approved open licenses', blocking: true },
  { id: '3', slug: 'clear-ownership', title: 'Clear ownership', blocking: true },
  { id: '4', slug: 'platform-independence', title: 'Platform independence', blocking: false },
  { id: '5', slug: 'documentation', title: 'Documentation', blocking: false },
  { id: '6', slug: 'data-extraction', title: 'Mechanism for extracting data and content', blocking: false },
  { id: '7', slug: 'privacy-and-laws', title: 'Privacy and applicable laws', blocking: false },
  { id: '8', slug: 'standards-best-practices', title: 'Standards and best practices', blocking: false },
  { id: '9a', slug: 'data-privacy-security', title: 'Do no harm: data privacy and security', blocking: false },
  { id: '9b', slug: 'inappropriate-content', title: 'Do no harm: inappropriate and illegal content', blocking: false },
  { id: '9c', slug: 'harassment-protection', title: 'Do no harm: protection from harassment', blocking: false },
] as const;

export type IndicatorInfo = (typeof INDICATORS)[number];
export type IndicatorId = IndicatorInfo['id'];
export type IndicatorSlug = IndicatorInfo['slug'];

export const STANDARD_VERSION = '1.1.7 (2025-06-26)';
