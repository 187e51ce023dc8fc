/** Python Trove classifiers ("License :: OSI Approved :: MIT License") read through data/declared-license-classifiers.json. */
import data from '../../data/declared-license-classifiers.json' with { type: 'json' };
import type { At, DeclaredLicense } from './model.js';
import { record } from './record.js';
import { shortText } from './lines.js';

const TABLE = new Map<string, string | null>(Object.entries(data.classifiers).map(([k, v]) => [k.toLowerCase(), v]));
const LICENSE_CLASSIFIER = /^\s*License\s*::/i;

export function isLicenseClassifier(text: string): boolean {
  return LICENSE_CLASSIFIER.test(text);
}

/** One record per license classifier; "License :: OSI Approved" alone says nothing about which. */
export function classifierRecord(classifier: string, at: At): DeclaredLicense | undefined {
  const raw = shortText(classifier, 200);
  const name = raw.split('::').pop()?.trim() ?? '';
  if (!isLicenseClassifier(raw) || /^(?:OSI Approved|DFSG approved)$/i.test(name)) return undefined;
  const id = TABLE.get(name.toLowerCase());
  if (id === 'proprietary') return { expression: null, raw, ...at, problem: 'proprietary' };
  if (id === null) return { expression: null, raw, ...at, problem: 'invalid' };
  if (id !== undefined) return { expression: id, raw, ...at, repairedFrom: raw };
  const fromName = record(name, at);
  return fromName ? { ...fromName, raw, ...(fromName.expression ? { repairedFrom: raw } : {}) } : undefined;
}
